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

describe('rewrite quick fixes', () => {
  const MOVE = 'Add CONCURRENTLY and move it to a new migration outside a transaction';

  it(`"${MOVE}" writes the concurrent build into a new migration pair and removes it here`, async () => {
    const { document } = await openInEditor(MIGRATION);
    const original = document.getText();
    const diagnostic = await waitForIndexFinding(document.uri);
    const folder = vscode.Uri.joinPath(document.uri, '..');
    const before = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    // The paired down: its DROP INDEX moves to the new migration's down with the statement.
    const pairedDown = vscode.Uri.file(document.uri.fsPath.replace(/\.up\.sql$/, '.down.sql'));
    const originalDown = await vscode.workspace.fs.readFile(pairedDown);
    const created: vscode.Uri[] = [];
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
        100,
      );
      const action = (actions ?? []).find((a) => a.title === MOVE);
      // golang-migrate sends this two-statement file as one query: one implicit transaction, so in place is wrong.
      assert.ok(
        action?.edit,
        `no "${MOVE}" with an edit; offered: ${JSON.stringify((actions ?? []).map((a) => a.title))}`,
      );
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'VS Code refused the quick fix edit');

      const after = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
      const added = after.filter((name) => !before.includes(name)).sort();
      created.push(...added.map((name) => vscode.Uri.joinPath(folder, name)));
      assert.deepStrictEqual(
        added.map((name) => name.replace(/^\d+_/, '')),
        ['create_orders_created_at_idx_concurrently.down.sql', 'create_orders_created_at_idx_concurrently.up.sql'],
        `new files: ${added}`,
      );
      const up = await vscode.workspace.openTextDocument(created[1]);
      assert.match(up.getText(), /CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders \(created_at\);/);
      const down = await vscode.workspace.openTextDocument(created[0]);
      assert.match(down.getText(), /DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;/);
      assert.doesNotMatch(document.getText(), /CREATE INDEX/, `the statement is still here:\n${document.getText()}`);
      const oldDown = (await vscode.workspace.openTextDocument(pairedDown)).getText();
      assert.doesNotMatch(oldDown, /DROP INDEX/, `the old down still undoes the moved statement:\n${oldDown}`);
      await waitForDiagnostics(
        document.uri,
        () => ruleDiagnostics(document.uri).length === 0,
        undefined,
        `the ${RULE} diagnostic to go away`,
      );
    } finally {
      // VS Code saves the files a refactoring touched (files.refactoring.autoSave): put the disk back as it was.
      const undo = new vscode.WorkspaceEdit();
      for (const uri of created) undo.deleteFile(uri, { ignoreIfNotExists: true });
      await vscode.workspace.applyEdit(undo);
      await vscode.workspace.fs.writeFile(document.uri, Buffer.from(original, 'utf8'));
      // The down may be open and edited but not yet saved: put the disk back, then drop the editor's copy.
      const downDocument = await vscode.workspace.openTextDocument(pairedDown);
      if (downDocument.isDirty) await downDocument.save();
      await vscode.workspace.fs.writeFile(pairedDown, originalDown);
      await revert(downDocument);
      await revert(document);
    }
    await waitForIndexFinding(document.uri, () => true, `the ${RULE} diagnostic to return after revert`);
  });
});
