// d. Safe multi-step changes: the refactor on a risky rename writes the expand/migrate/contract migrations with
// their rollbacks, and the "New Safe Schema Change" command writes them for a change given as arguments.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { openInEditor, ruleDiagnostics, waitForDiagnostics, workspaceUri } from './helpers';

const FOLDER = 'db/migrations';
const RENAME_UP = `${FOLDER}/000003_rename_total.up.sql`;
const RENAME_DOWN = `${FOLDER}/000003_rename_total.down.sql`;

function listing(): string[] {
  return fs.readdirSync(workspaceUri(FOLDER).fsPath).sort();
}

function newMigrations(before: readonly string[]): string[] {
  return listing().filter((name) => !before.includes(name));
}

describe('safe change scaffolding', () => {
  it('the rewrite on a risky RENAME COLUMN writes expand/migrate/contract migrations, each with its down file', async () => {
    fs.writeFileSync(
      workspaceUri(RENAME_UP).fsPath,
      "SET lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN total TO total_amount;\n",
    );
    fs.writeFileSync(workspaceUri(RENAME_DOWN).fsPath, 'ALTER TABLE orders RENAME COLUMN total_amount TO total;\n');
    const before = listing();
    const { document } = await openInEditor(RENAME_UP);
    await waitForDiagnostics(
      document.uri,
      () => ruleDiagnostics(document.uri, 'rename-column').length === 1,
      undefined,
      'the rename-column diagnostic',
    );
    const diagnostic = ruleDiagnostics(document.uri, 'rename-column')[0];

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.RefactorRewrite.value,
      100,
    );
    const action = (actions ?? []).find((a) => a.title.startsWith('Rewrite as safe migrations: rename the column'));
    assert.ok(action, `no rename scaffold offered; got: ${JSON.stringify((actions ?? []).map((a) => a.title))}`);
    assert.ok(action.edit, 'the scaffold action carries no edit after resolve');
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'VS Code refused the scaffold edit');

    const created = newMigrations(before);
    const ups = created.filter((n) => n.endsWith('.up.sql'));
    const downs = created.filter((n) => n.endsWith('.down.sql'));
    assert.ok(ups.length >= 3, `expected at least 3 new up migrations (expand, migrate, contract), got ${created}`);
    assert.deepStrictEqual(
      downs.map((n) => n.replace(/\.down\.sql$/, '')),
      ups.map((n) => n.replace(/\.up\.sql$/, '')),
      'every new up migration has its down file',
    );
    for (const name of created) assert.match(name, /^0000(0[4-9]|[1-9]\d)_\w+\.(up|down)\.sql$/, name);

    const read = async (name: string): Promise<string> =>
      (await vscode.workspace.openTextDocument(workspaceUri(`${FOLDER}/${name}`))).getText();
    const first = await read(ups[0]);
    assert.match(first, /expand — deploy 1 of \d/, `first migration header:\n${first}`);
    assert.match(first, /total_amount/, 'the expand step adds the new column');
    const last = await read(ups[ups.length - 1]);
    assert.match(last, /contract/, `last migration header:\n${last}`);
    assert.match(last, /DROP COLUMN\s+(IF EXISTS\s+)?total\b/i, `the contract step drops the old column:\n${last}`);

    // The risky statement is gone from its file; a comment points at the steps that replace it.
    assert.doesNotMatch(document.getText(), /^ALTER TABLE orders RENAME COLUMN/m);
    assert.match(document.getText(), new RegExp(`-- sluice: .*${ups[0].replace(/\./g, '\\.')}`));
    await waitForDiagnostics(
      document.uri,
      () => ruleDiagnostics(document.uri, 'rename-column').length === 0,
      undefined,
      'the rename-column diagnostic to go away',
    );
    if (document.isDirty) await document.save();
  });

  it('"Sluice: New Safe Schema Change" given a change writes and saves its migrations', async () => {
    const before = listing();
    const result = await vscode.commands.executeCommand<{ files: { uri: string; deploy: number }[]; error?: string }>(
      'sluice.newSafeChange',
      {
        uri: workspaceUri(FOLDER).toString(),
        request: { kind: 'add-index', table: 'orders', columns: ['customer_id'] },
      },
    );
    assert.ok(result && !result.error, `the command failed: ${result?.error}`);
    const created = newMigrations(before);
    assert.deepStrictEqual(created.length, result.files.length, `files on disk: ${created}`);
    const up = created.find((n) => n.endsWith('.up.sql'));
    assert.ok(up, `no up migration among ${created}`);
    const text = fs.readFileSync(path.join(workspaceUri(FOLDER).fsPath, up), 'utf8');
    assert.match(text, /CREATE INDEX CONCURRENTLY/i, text);
    assert.match(text, /customer_id/, text);
    const shown = vscode.window.activeTextEditor?.document.uri.fsPath;
    assert.ok(shown && path.basename(shown) === up, `the new up migration is not shown (active: ${shown})`);
  });
});
