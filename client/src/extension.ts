// Activates Sluice: starts the language server (the same bundle as the `sluice` CLI) and wires the editor UI.
// The client never parses SQL; everything it shows comes from the server.
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import { FILE_INFO_REQUEST, FileInfo } from '../../server/src/protocol';
import { newSafeChange, NewSafeChangeArgs } from './commands/newSafeChange';
import { generateRollback } from './commands/generateRollback';
import { restartServer } from './commands/restartServer';
import { dryRun, MigrationChecks } from './commands/dryRun';
import { verifyRollback } from './commands/verifyRollback';
import { DryRunCodeLensProvider } from './dryRunCodeLens';
import { DryRunDiagnostics } from './dryRunDiagnostics';
import { DryRunConnections } from './secrets';
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
  const dryRunLenses = new DryRunCodeLensProvider(fileInfo);
  const connections = new DryRunConnections(context);
  const checks = new MigrationChecks({
    context,
    output,
    fileInfo,
    diagnostics: new DryRunDiagnostics(),
    connections,
  });

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
    dryRunLenses,
    checks,
    languageClient.onDidChangeState((e) => e.newState === State.Running && dryRunLenses.refresh()),
    vscode.languages.registerCodeLensProvider({ scheme: 'file', language: 'sql' }, dryRunLenses),
    vscode.commands.registerCommand('sluice.dryRun', (uri?: vscode.Uri | string) => dryRun(checks, uri)),
    vscode.commands.registerCommand('sluice.verifyRollback', (uri?: vscode.Uri | string) =>
      verifyRollback(checks, uri),
    ),
    vscode.commands.registerCommand('sluice.setDryRunPassword', () => connections.setPassword()),
    // Test hook: what the panel's page reports it rendered (optionally once it has rendered a given run).
    vscode.commands.registerCommand('sluice.dryRun.panelState', (args?: { runId?: number; timeoutMs?: number }) =>
      checks.panel.whenRendered(args?.runId, args?.timeoutMs),
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
