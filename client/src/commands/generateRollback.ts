// "Sluice: Generate Rollback Script": asks the server to write the active migration's down/undo script where
// its tool keeps it, then opens it. The server refuses (and says why) when a down script exists or the file is
// not a migration; it never overwrites.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, LanguageClient } from 'vscode-languageclient/node';
import type { GenerateRollbackResult } from '../../../server/src/lsp/rollbackAction';

/** The server-side command (the language client registers it too, without the active editor). */
const SERVER_COMMAND = 'sluice.generateRollback';

export async function generateRollback(client: LanguageClient): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'sql') {
    void vscode.window.showWarningMessage('Sluice: open the migration (a .sql file) to generate its rollback script.');
    return;
  }
  const result = (await client.sendRequest(ExecuteCommandRequest.type, {
    command: SERVER_COMMAND,
    arguments: [editor.document.uri.toString()],
  })) as GenerateRollbackResult | null;
  if (!result) {
    void vscode.window.showErrorMessage('Sluice: the language server did not answer; see the Sluice output.');
    return;
  }
  if (!result.ok) {
    void vscode.window.showWarningMessage(`Sluice: ${result.message}`);
    return;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(result.uri));
  await vscode.window.showTextDocument(document);
  if (result.warnings.length > 0)
    void vscode.window.showWarningMessage(
      `Sluice: ${result.warnings.length} statement(s) cannot be undone; see the "sluice: cannot undo" comments.`,
    );
}
