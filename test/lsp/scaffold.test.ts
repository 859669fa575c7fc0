// Safe multi-step changes over real stdio: the refactor on a risky statement (with and without codeAction/resolve)
// and the wizard's requests (sluice/scaffoldOptions, sluice/scaffold).
import * as assert from 'assert';
import type { CodeAction, CreateFile, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, copyFixture, LspClient, only, withServer, Workspace } from './lspClient';

const UP = 'db/migrations/000002_rename_total.up.sql';
const UP_SQL = "SET lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN total TO total_cents;\n";
const REWRITE = 'Rewrite as safe migrations: rename the column';

function createdFiles(edit: WorkspaceEdit | undefined): string[] {
  return (edit?.documentChanges ?? [])
    .filter((c): c is CreateFile => 'kind' in c && c.kind === 'create')
    .map((c) => c.uri.slice(c.uri.lastIndexOf('/') + 1));
}

function textFor(edit: WorkspaceEdit | undefined, uriEnd: string): string {
  const change = (edit?.documentChanges ?? []).find(
    (c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri.endsWith(uriEnd),
  );
  assert.ok(change, `no text edit for ${uriEnd}`);
  return change.edits.map((e) => (e as TextEdit).newText).join('');
}

/** The edit's shape a user relies on: expand/migrate/contract files numbered after 000002, each up with its down. */
function assertRenameEdit(ws: Workspace, edit: WorkspaceEdit | undefined, version: number): void {
  const created = createdFiles(edit);
  const ups = created.filter((n) => n.endsWith('.up.sql'));
  assert.ok(ups.length >= 3, `expand, migrate and contract files, got ${created}`);
  assert.deepStrictEqual(
    created.filter((n) => n.endsWith('.down.sql')).map((n) => n.replace('.down.sql', '')),
    ups.map((n) => n.replace('.up.sql', '')),
  );
  assert.match(ups[0], /^000003_/);
  assert.match(textFor(edit, ups[0]), /expand — deploy 1 of/);
  assert.match(textFor(edit, ups[ups.length - 1]), /DROP COLUMN (IF EXISTS )?total\b/);
  // The statement itself is replaced by a pointer to the new files, in the version the action was offered for.
  const own = (edit?.documentChanges ?? []).find(
    (c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === ws.fileUri(UP),
  );
  assert.ok(own, 'the migration itself is edited');
  assert.strictEqual(own.textDocument.version, version);
  assert.strictEqual(own.edits.length, 1);
  assert.match((own.edits[0] as TextEdit).newText, new RegExp(`^-- sluice: .*${ups[0].replace(/\./g, '\\.')}`));
}

describe('lsp: scaffolding', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = copyFixture();
    ws.write(UP, UP_SQL);
  });
  afterEach(() => ws.remove());

  it('a risky rename offers a refactor.rewrite whose edit creates the expand/migrate/contract files', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(UP);
      await client.open(uri, UP_SQL, 1);
      const [diagnostic] = only((await client.nextDiagnostics(uri, 1)).diagnostics, 'rename-column');
      assert.ok(diagnostic, 'rename-column is reported');
      const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
      const rewrite = actions.find((a) => a.title.startsWith(REWRITE));
      assert.ok(rewrite, `no scaffold among ${actions.map((a) => a.title).join(' | ')}`);
      assert.strictEqual(rewrite.kind, 'refactor.rewrite');
      assertRenameEdit(ws, rewrite.edit, 1);
    });
  });

  it('with codeAction/resolve the action carries data and its edit comes on resolve', async () => {
    await withServer({ workspace: ws, resolveCodeActions: true }, async (client) => {
      const uri = ws.fileUri(UP);
      await client.open(uri, UP_SQL, 1);
      const [diagnostic] = only((await client.nextDiagnostics(uri, 1)).diagnostics, 'rename-column');
      const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
      const rewrite = actions.find((a) => a.title.startsWith(REWRITE));
      assert.ok(rewrite && rewrite.data && !rewrite.edit, 'the action waits for resolve');
      const resolved = await client.request<CodeAction>('codeAction/resolve', rewrite);
      assertRenameEdit(ws, resolved.edit, 1);
    });
  });

  it('no rewrite is offered for a statement Sluice does not flag', async () => {
    const safe = 'CREATE TABLE t (a int);\nALTER TABLE t RENAME COLUMN a TO b;\n';
    ws.write(UP, safe);
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(UP);
      await client.open(uri, safe, 1);
      await client.nextDiagnostics(uri, 1);
      const range = { start: { line: 1, character: 0 }, end: { line: 1, character: 10 } };
      const actions = ((await client.codeActions(uri, range, [])) ?? []) as CodeAction[];
      assert.deepStrictEqual(
        actions.filter((a) => a.kind === 'refactor.rewrite').map((a) => a.title),
        [],
      );
    });
  });

  it('no rewrite for a drop or rename whose column is added back in the same transaction; a plain drop gets one', async () => {
    // golang-migrate sends the file as one query: one transaction.
    const sql =
      "SET lock_timeout = '2s';\n" +
      'ALTER TABLE orders DROP COLUMN total;\n' +
      'ALTER TABLE orders ADD COLUMN total numeric(14, 2);\n' +
      'ALTER TABLE orders RENAME COLUMN customer_id TO buyer_id;\n' +
      'ALTER TABLE orders ADD COLUMN customer_id bigint;\n' +
      'ALTER TABLE orders DROP COLUMN created_at;\n';
    ws.write(UP, sql);
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(UP);
      await client.open(uri, sql, 1);
      const { diagnostics } = await client.nextDiagnostics(uri, 1);
      const rewrites: Record<number, string[]> = {};
      for (const diagnostic of diagnostics.filter((d) => d.code === 'drop-column' || d.code === 'rename-column')) {
        const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
        rewrites[diagnostic.range.start.line + 1] = actions
          .filter((a) => a.kind === 'refactor.rewrite')
          .map((a) => a.title.replace(/ in expand → .*/, ''));
      }
      assert.deepStrictEqual(rewrites, {
        2: [],
        4: [],
        6: ['Rewrite as safe migrations: drop the column'],
      });
    });
  });

  it('a change Sluice cannot plan is left out, or shown disabled with the reason to clients that grey it out', async () => {
    const sql = 'ALTER TABLE orders ALTER COLUMN id TYPE integer;\n';
    const plain = 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n';
    const rewrites = async (text: string, disabledCodeActions: boolean): Promise<CodeAction[]> => {
      ws.write(UP, text);
      return withServer({ workspace: ws, disabledCodeActions }, async (client) => {
        const uri = ws.fileUri(UP);
        await client.open(uri, text, 1);
        const [diagnostic] = only((await client.nextDiagnostics(uri, 1)).diagnostics, 'column-type-rewrite');
        assert.ok(diagnostic, 'column-type-rewrite is reported');
        const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
        return actions.filter((a) => a.kind === 'refactor.rewrite');
      });
    };
    // change-type applies to total; a primary-key column needs a hand-written plan.
    const offered = await rewrites(plain, false);
    assert.strictEqual(offered.length, 1);
    assert.strictEqual(offered[0].disabled, undefined);
    assert.deepStrictEqual(await rewrites(sql, false), []);
    const [disabled] = await rewrites(sql, true);
    assert.ok(disabled, 'the action is listed for a client that shows disabled actions');
    assert.match(disabled.disabled?.reason ?? '', /primary key/i);
    assert.strictEqual(disabled.edit, undefined);
  });

  it('the wizard learns the tables of the folder and gets files for a change, or a reason', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const folder = ws.fileUri('db/migrations');
      const options = await client.request<{ tool: string; tables: { name: string; columns: string[] }[] }>(
        'sluice/scaffoldOptions',
        { uri: folder },
      );
      assert.strictEqual(options.tool, 'golang-migrate');
      // 000002 renames total: the wizard sees the folder as its migrations leave it.
      assert.deepStrictEqual(
        options.tables.map((t) => ({ name: t.name, columns: [...t.columns].sort() })),
        [{ name: 'orders', columns: ['created_at', 'customer_id', 'id', 'total_cents'] }],
      );

      const result = await client.request<{
        files: { uri: string; kind: string; deploy: number }[];
        edit?: WorkspaceEdit;
      }>('sluice/scaffold', { uri: folder, request: { kind: 'add-index', table: 'orders', columns: ['customer_id'] } });
      assert.deepStrictEqual(
        result.files.map((f) => [f.uri.slice(f.uri.lastIndexOf('/') + 1), f.kind, f.deploy]),
        createdFiles(result.edit).map((name) => [name, name.endsWith('.down.sql') ? 'down' : 'up', 1]),
      );
      assert.match(createdFiles(result.edit)[0], /^000003_.*\.up\.sql$/);

      const refused = await client.request<{ files: unknown[]; error?: string }>('sluice/scaffold', {
        uri: folder,
        request: { kind: 'rename-column', table: 'orders', column: 'no_such_column', to: 'x' },
      });
      assert.deepStrictEqual(refused.files, []);
      assert.match(refused.error ?? '', /no_such_column/);
    });
  });
});

/** The edits the action makes to one existing file (by URI). */
function editsOf(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
  return (edit?.documentChanges ?? [])
    .filter((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri)
    .flatMap((c) => c.edits as TextEdit[]);
}

/** The add-index rewrite offered for the file's require-concurrent-index diagnostic. */
async function indexRewrite(client: LspClient, uri: string, text: string): Promise<CodeAction> {
  await client.open(uri, text, 1);
  const [diagnostic] = only((await client.nextDiagnostics(uri, 1)).diagnostics, 'require-concurrent-index');
  assert.ok(diagnostic, 'require-concurrent-index is reported');
  const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
  const rewrite = actions.find((a) => a.title.startsWith('Rewrite as safe migrations: add the index'));
  assert.ok(rewrite, `no scaffold among ${actions.map((a) => a.title).join(' | ')}`);
  return rewrite;
}

describe('lsp: scaffolding takes the statement’s undo out of the old down', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = copyFixture();
  });
  afterEach(() => ws.remove());

  // The fixture's 000002 builds orders_created_at_idx; its .down.sql drops it.
  const up = 'db/migrations/000002_index_orders.up.sql';
  const down = 'db/migrations/000002_index_orders.down.sql';
  const LEFT = /\(the down script is left as it is: no statement in it is exactly the undo of this one; check it\)$/;

  it('golang-migrate: the DROP INDEX leaves the .down.sql (the new files drop the index they build)', async () => {
    ws.write(down, "SET lock_timeout = '2s';\nDROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;\n");
    for (const resolveCodeActions of [false, true]) {
      await withServer({ workspace: ws, resolveCodeActions }, async (client) => {
        const uri = ws.fileUri(up);
        let rewrite = await indexRewrite(client, uri, ws.read(up));
        assert.doesNotMatch(rewrite.title, LEFT);
        if (resolveCodeActions) rewrite = await client.request<CodeAction>('codeAction/resolve', rewrite);
        assert.doesNotMatch(rewrite.title, LEFT);
        const downEdit = (rewrite.edit?.documentChanges ?? []).find(
          (c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === ws.fileUri(down),
        );
        assert.ok(downEdit, 'the down file is edited');
        // The file as read: the client applies the edit to that text, whatever its version.
        assert.strictEqual(downEdit.textDocument.version, null);
        assert.strictEqual(applyTextEdits(ws.read(down), downEdit.edits as TextEdit[]), "SET lock_timeout = '2s';\n");
        assert.match(applyTextEdits(ws.read(up), editsOf(rewrite.edit, uri)), /^-- Speeds up .*\n\n-- sluice: /);
        const created = createdFiles(rewrite.edit);
        const newDown = created.find((n) => n.endsWith('.down.sql'));
        assert.ok(newDown, created.join(', '));
        assert.match(textFor(rewrite.edit, newDown), /DROP INDEX CONCURRENTLY IF EXISTS /);
      });
    }
  });

  it('goose: the DROP INDEX leaves the Down section, in the same edit of the file', async () => {
    const base = 'db/goose/00001_base.sql';
    const file = 'db/goose/00002_index.sql';
    ws.write(
      base,
      '-- +goose Up\nCREATE TABLE t (id bigint, created_at timestamptz);\n-- +goose Down\nDROP TABLE t;\n',
    );
    const text =
      '-- +goose Up\nCREATE INDEX t_created_at_idx ON t (created_at);\n\n-- +goose Down\nDROP INDEX t_created_at_idx;\n';
    ws.write(file, text);
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(file);
      const rewrite = await indexRewrite(client, uri, text);
      assert.doesNotMatch(rewrite.title, LEFT);
      const own = (rewrite.edit?.documentChanges ?? []).filter(
        (c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri,
      );
      assert.strictEqual(own.length, 1);
      assert.strictEqual(own[0].textDocument.version, 1);
      assert.match(
        applyTextEdits(text, own[0].edits as TextEdit[]),
        /^-- \+goose Up\n-- sluice: .*\n\n-- \+goose Down\n$/,
      );
      const created = createdFiles(rewrite.edit);
      assert.ok(created.length >= 1 && created.every((n) => /^00003_.*\.sql$/.test(n)), created.join(', '));
    });
  });

  it('a down that does not drop that index alone is left as it is, and the title says so', async () => {
    ws.write(down, 'DROP INDEX orders_created_at_idx, orders_other_idx;\n');
    for (const resolveCodeActions of [false, true]) {
      await withServer({ workspace: ws, resolveCodeActions }, async (client) => {
        const uri = ws.fileUri(up);
        let rewrite = await indexRewrite(client, uri, ws.read(up));
        assert.match(rewrite.title, LEFT);
        if (resolveCodeActions) rewrite = await client.request<CodeAction>('codeAction/resolve', rewrite);
        assert.match(rewrite.title, LEFT);
        assert.ok(rewrite.edit, 'the rewrite is still offered');
        assert.deepStrictEqual(editsOf(rewrite.edit, ws.fileUri(down)), []);
      });
    }
  });
});
