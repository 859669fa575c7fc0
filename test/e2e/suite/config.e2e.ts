// d. Editing .sluicerc.json re-diagnoses open migrations: severity override, then turning the rule off.
import * as vscode from 'vscode';
import {
  CONFIG,
  MIGRATION,
  RULE,
  openInEditor,
  ruleDiagnostics,
  waitForDiagnostics,
  waitForIndexFinding,
  workspaceUri,
} from './helpers';

async function writeConfig(uri: vscode.Uri, config: unknown): Promise<void> {
  // Written to disk like a user saving the file; the server learns of it through its file watcher.
  await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify(config, null, 2) + '\n'));
}

describe('.sluicerc.json', () => {
  it('changing a rule to "warning" and then "off" updates the open migration', async () => {
    const { document } = await openInEditor(MIGRATION);
    await waitForIndexFinding(
      document.uri,
      (d) => d.severity === vscode.DiagnosticSeverity.Error,
      `an Error-level ${RULE} diagnostic`,
    );

    const configUri = workspaceUri(CONFIG);
    const original = await vscode.workspace.fs.readFile(configUri);
    try {
      await writeConfig(configUri, { pgVersion: 15, rules: { [RULE]: 'warning' } });
      await waitForIndexFinding(
        document.uri,
        (d) => d.severity === vscode.DiagnosticSeverity.Warning,
        `the ${RULE} diagnostic to become a Warning`,
      );

      await writeConfig(configUri, { pgVersion: 15, rules: { [RULE]: 'off' } });
      await waitForDiagnostics(
        document.uri,
        () => ruleDiagnostics(document.uri).length === 0,
        undefined,
        `the ${RULE} diagnostic to disappear with the rule off`,
      );
    } finally {
      await vscode.workspace.fs.writeFile(configUri, original);
    }
    await waitForIndexFinding(
      document.uri,
      (d) => d.severity === vscode.DiagnosticSeverity.Error,
      `the Error-level ${RULE} diagnostic to return after restoring ${CONFIG}`,
    );
  });
});
