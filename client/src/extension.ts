// Activates Sluice: starts the language server (the same bundle as the `sluice` CLI) and wires the editor UI.
// The client never parses SQL; everything it shows comes from the server.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { FILE_INFO_REQUEST, FileInfo } from '../../server/src/protocol';
import { newSafeChange, NewSafeChangeArgs } from './commands/newSafeChange';
import { generateRollback } from './commands/generateRollback';
import { restartServer } from './commands/restartServer';
import { SECTION } from './settings';
import { SluiceStatusBar } from './statusBar';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Sluice', { log: true });
  const serverModule = context.asAbsolutePath('dist/sluice.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, args: ['lsp'] },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      args: ['lsp'],
      options: { execArgv: ['--nolazy', '--inspect=6010'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'sql' }],
    outputChannel: output,
    synchronize: { configurationSection: SECTION },
  };
  const languageClient = new LanguageClient('sluice', 'Sluice', serverOptions, clientOptions);
  client = languageClient;

  const fileInfo = async (uri: vscode.Uri): Promise<FileInfo | undefined> => {
    if (!languageClient.isRunning()) return undefined;
    return languageClient.sendRequest<FileInfo>(FILE_INFO_REQUEST, { uri: uri.toString() });
  };
  const statusBar = new SluiceStatusBar(fileInfo);

  context.subscriptions.push(
    output,
    statusBar,
    languageClient.onDidChangeState((e) => statusBar.setServerState(e.newState)),
    vscode.window.onDidChangeActiveTextEditor((editor) => void statusBar.update(editor)),
    vscode.commands.registerCommand('sluice.restartServer', () => restartServer(languageClient, output)),
    vscode.commands.registerCommand('sluice.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('sluice.generateRollbackScript', () => generateRollback(languageClient)),
    vscode.commands.registerCommand('sluice.newSafeChange', (args?: NewSafeChangeArgs) =>
      newSafeChange(languageClient, args),
    ),
    vscode.commands.registerCommand('sluice.fileInfo', (uri?: vscode.Uri | string) => {
      const target =
        typeof uri === 'string' ? vscode.Uri.parse(uri) : (uri ?? vscode.window.activeTextEditor?.document.uri);
      return target ? fileInfo(target) : undefined;
    }),
  );

  await languageClient.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
