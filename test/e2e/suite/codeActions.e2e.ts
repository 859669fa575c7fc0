// b. The "ignore this statement" quick fix inserts a suppression comment, and the finding goes away.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  MIGRATION,
  RULE,
  lineOf,
  openInEditor,
  revert,
  ruleDiagnostics,
  waitForDiagnostics,
  waitForIndexFinding,
} from './helpers';

const TITLE = `Ignore ${RULE} for this statement`;
const SUPPRESSION = `-- sluice-ignore ${RULE}`;

describe('quick fixes', () => {
  it(`"${TITLE}" inserts a suppression comment above the statement`, async () => {
    const { document } = await openInEditor(MIGRATION);
    const diagnostic = await waitForIndexFinding(document.uri);
    try {
      // The 4th argument resolves lazily computed edits (codeAction/resolve), as the lightbulb would.
      const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        undefined,
        100,
      );
      const titles = (actions ?? []).map((a) => a.title);
      const action = (actions ?? []).find(
        (a): a is vscode.CodeAction => a.title === TITLE && !('command' in a && typeof a.command === 'string'),
      );
      assert.ok(action, `no code action "${TITLE}"; offered: ${JSON.stringify(titles)}`);
      assert.ok(action.edit, `code action "${TITLE}" carries no edit`);
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'VS Code refused the code action edit');

      const statementLine = lineOf(document, 'CREATE INDEX orders_created_at_idx');
      assert.ok(statementLine > 0, 'no line above the statement for the suppression comment');
      assert.strictEqual(
        document.lineAt(statementLine - 1).text.trim(),
        SUPPRESSION,
        `expected "${SUPPRESSION}" directly above the statement, document is:\n${document.getText()}`,
      );
      assert.strictEqual(document.lineAt(0).text, "SET lock_timeout = '2s';", 'the edit touched the first statement');

      await waitForDiagnostics(
        document.uri,
        () => ruleDiagnostics(document.uri).length === 0,
        undefined,
        `the ${RULE} diagnostic to go away`,
      );
    } finally {
      await revert(document);
    }
    // Back to the file on disk, the finding is back: the suppression, not something else, removed it.
    await waitForIndexFinding(document.uri, () => true, `the ${RULE} diagnostic to return after revert`);
  });
});
