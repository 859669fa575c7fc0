// The one reader of Sluice's VS Code settings on the client side (the server reads its own per resource).
import * as vscode from 'vscode';

export const SECTION = 'sluice';

export function isEnabled(scope?: vscode.Uri): boolean {
  return vscode.workspace.getConfiguration(SECTION, scope).get<boolean>('enable', true);
}
