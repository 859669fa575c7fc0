import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export async function restartServer(client: LanguageClient, output: vscode.OutputChannel): Promise<void> {
  output.appendLine('Restarting the Sluice language server…');
  await client.restart();
}
