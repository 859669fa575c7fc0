// e. "Sluice: Restart Server" restarts the language server and the diagnostics come back (runs last: r*).
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  MIGRATION,
  RULE,
  insertAtTop,
  openInEditor,
  recordDiagnosticChanges,
  revert,
  ruleDiagnostics,
  waitForDiagnostics,
  waitForIndexFinding,
} from './helpers';

describe('sluice.restartServer', () => {
  it('restarts the server and the migration gets its diagnostics again', async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('sluice.restartServer'), 'command sluice.restartServer is not registered');

    const { document } = await openInEditor(MIGRATION);
    const before = await waitForIndexFinding(document.uri);

    // Count diagnostics events from before the command, so "came back" means republished, not "never left".
    const changes = recordDiagnosticChanges(document.uri);
    try {
      await vscode.commands.executeCommand('sluice.restartServer');
      await waitForDiagnostics(
        document.uri,
        () => changes.count() > 0 && ruleDiagnostics(document.uri).length === 1,
        undefined,
        `the ${RULE} diagnostic to be published again after the restart`,
      );
    } finally {
      changes.dispose();
    }

    // The restarted server keeps serving: an edit moves the finding, reverting moves it back.
    try {
      await insertAtTop(document, '-- e2e: edited after restart\n');
      await waitForIndexFinding(
        document.uri,
        (d) => d.range.start.line === before.range.start.line + 1,
        'the diagnostic to follow an edit after the restart',
      );
    } finally {
      await revert(document);
    }
    await waitForIndexFinding(
      document.uri,
      (d) => d.range.start.line === before.range.start.line,
      'the diagnostic to return to its line after revert',
    );
  });
});
