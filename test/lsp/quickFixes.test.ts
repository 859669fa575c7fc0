// Rewrite quick fixes over real stdio against the built server: the code action for a diagnostic carries
// its edit; applied, the diagnostic goes away. When the statement runs in a transaction the fix moves it into
// a new migration: CreateFile + its contents in the tool's convention, and the statement leaves this file, its
// undo the paired down file. In a down script only edits in place are offered.
import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { applyTextEdits, codes, copyFixture, LspClient, only, withServer, Workspace } from './lspClient';

const RULE = 'require-concurrent-index';

async function diagnosticFor(client: LspClient, uri: string, text: string, rule: string): Promise<Diagnostic> {
  await client.open(uri, text, 1);
  const published = await client.nextDiagnostics(uri, 1);
  const [diagnostic] = only(published.diagnostics, rule);
  assert.ok(diagnostic, `no ${rule} diagnostic; got ${codes(published.diagnostics).join(', ')}`);
  return diagnostic;
}

async function rewriteFix(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction> {
  const actions = ((await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? []) as CodeAction[];
  const fix = actions[0];
  assert.ok(fix?.isPreferred, `the rewrite fix should come first; got ${actions.map((a) => a.title).join(' | ')}`);
  assert.strictEqual(fix.kind, 'quickfix');
  assert.deepStrictEqual(fix.diagnostics, [diagnostic]);
  return fix;
}

/** What a fix does: its text edits per file, and the files it creates. */
function changesOf(fix: CodeAction): { edits: (uri: string) => TextEdit[]; created: string[] } {
  const changes = (fix.edit?.documentChanges ?? []) as (TextDocumentEdit | CreateFile)[];
  return {
    edits: (uri) =>
      changes
        .filter((c): c is TextDocumentEdit => !('kind' in c) && c.textDocument.uri === uri)
        .flatMap((c) => c.edits as TextEdit[]),
    created: changes.filter((c): c is CreateFile => 'kind' in c && c.kind === 'create').map((c) => c.uri),
  };
}

/** The new migration pair the fix moved `orders_note_idx` into: built concurrently, dropped by its down. */
function assertNoteIndexMoved({ edits, created }: ReturnType<typeof changesOf>): void {
  const newDown = created.find((u) => /000004_create_orders_note_idx_concurrently\.down\.sql$/.test(u));
  assert.ok(newDown, created.join(', '));
  assert.match(edits(newDown)[0].newText, /\nDROP INDEX CONCURRENTLY IF EXISTS orders_note_idx;\n$/);
  const newUp = created.find((u) => u.endsWith('.up.sql'))!;
  assert.match(edits(newUp)[0].newText, /\nCREATE INDEX CONCURRENTLY orders_note_idx ON orders \(note\);\n$/);
}

describe('lsp: rewrite quick fixes', () => {
  let ws: Workspace;
  beforeEach(() => {
    ws = copyFixture();
  });
  afterEach(() => ws.remove());

  it('adds CONCURRENTLY in place when the statement runs alone, and the diagnostic goes away', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000002_index_orders.up.sql';
      const uri = ws.fileUri(file);
      const diagnostic = await diagnosticFor(client, uri, ws.read(file), RULE);
      const fix = await rewriteFix(client, uri, diagnostic);
      assert.strictEqual(fix.title, 'Add CONCURRENTLY');
      const version = await client.applyEdits(uri, fix.edit?.changes?.[uri] as TextEdit[]);
      assert.strictEqual(
        client.text(uri),
        '-- Speeds up the daily revenue report.\n\nCREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n',
      );
      const after = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(codes(after.diagnostics), [], 'the fixed file should lint clean');
    });
  });

  it('moves the statement to a new non-transactional migration when the file runs as one transaction', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000003_notes.up.sql';
      const text =
        "SET lock_timeout = '2s';\r\nALTER TABLE orders ADD COLUMN note text;\r\nCREATE INDEX orders_note_idx ON orders (note);\r\n";
      ws.write(file, text);
      ws.write('db/migrations/000003_notes.down.sql', 'ALTER TABLE orders DROP COLUMN note;\n');
      const uri = ws.fileUri(file);
      const diagnostic = await diagnosticFor(client, uri, text, RULE);
      const fix = await rewriteFix(client, uri, diagnostic);
      assert.strictEqual(fix.title, 'Add CONCURRENTLY and move it to a new migration outside a transaction');
      const changes = fix.edit?.documentChanges ?? [];
      const [here, createUp, upContent, createDown, downContent] = changes as [
        TextDocumentEdit,
        CreateFile,
        TextDocumentEdit,
        CreateFile,
        TextDocumentEdit,
      ];
      assert.strictEqual(changes.length, 5, JSON.stringify(changes, null, 1));
      assert.deepStrictEqual(here.textDocument, { uri, version: 1 });
      assert.strictEqual(createUp.kind, 'create');
      assert.match(createUp.uri, /\/db\/migrations\/000004_create_orders_note_idx_concurrently\.up\.sql$/);
      assert.deepStrictEqual(createUp.options, { overwrite: false, ignoreIfExists: false });
      assert.strictEqual(upContent.textDocument.uri, createUp.uri);
      const up = (upContent.edits[0] as TextEdit).newText;
      assert.match(up, /^-- expand — deploy 1 of 1/);
      assert.ok(up.endsWith('\nCREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n'), up);
      assert.match(createDown.uri, /\/db\/migrations\/000004_create_orders_note_idx_concurrently\.down\.sql$/);
      const down = (downContent.edits[0] as TextEdit).newText;
      assert.ok(down.endsWith('\nDROP INDEX CONCURRENTLY IF EXISTS orders_note_idx;\n'), down);

      // This file loses the statement (CRLF kept), and lints clean for the rule.
      const version = await client.applyEdits(uri, here.edits as TextEdit[]);
      assert.strictEqual(client.text(uri), "SET lock_timeout = '2s';\r\nALTER TABLE orders ADD COLUMN note text;\r\n");
      const after = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(only(after.diagnostics, RULE), []);

      // The new migration, written as the editor would, lints clean too (no transaction, no blocking build).
      fs.writeFileSync(fileURLToPath(createUp.uri), up);
      fs.writeFileSync(fileURLToPath(createDown.uri), down);
      await client.open(createUp.uri, up, 1);
      const created = await client.nextDiagnostics(createUp.uri, 1);
      assert.deepStrictEqual(codes(created.diagnostics), [], 'the new migration should lint clean');
    });
  });

  it("moves the index's DROP INDEX out of the paired down file into the new migration's down", async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000003_notes.up.sql';
      const downFile = 'db/migrations/000003_notes.down.sql';
      const text =
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n";
      ws.write(file, text);
      ws.write(
        downFile,
        "SET lock_timeout = '2s';\nDROP INDEX orders_note_idx;\nALTER TABLE orders DROP COLUMN note;\n",
      );
      const uri = ws.fileUri(file);
      const diagnostic = await diagnosticFor(client, uri, text, RULE);
      const fix = await rewriteFix(client, uri, diagnostic);
      assert.strictEqual(fix.title, 'Add CONCURRENTLY and move it to a new migration outside a transaction');
      const changed = changesOf(fix);
      const { edits } = changed;
      // The old down no longer drops the index...
      const oldDown = applyTextEdits(ws.read(downFile), edits(ws.fileUri(downFile)));
      assert.strictEqual(oldDown, "SET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN note;\n");
      assert.strictEqual(
        applyTextEdits(text, edits(uri)),
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n",
      );
      // ...the new down does.
      assertNoteIndexMoved(changed);
    });
  });

  it("names a moved unnamed index as PostgreSQL would, and moves the down's DROP INDEX of that name", async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000003_notes.up.sql';
      const downFile = 'db/migrations/000003_notes.down.sql';
      const text =
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX ON orders (note);\n";
      ws.write(file, text);
      ws.write(
        downFile,
        "SET lock_timeout = '2s';\nDROP INDEX orders_note_idx;\nALTER TABLE orders DROP COLUMN note;\n",
      );
      const uri = ws.fileUri(file);
      const fix = await rewriteFix(client, uri, await diagnosticFor(client, uri, text, RULE));
      const changed = changesOf(fix);
      const oldDown = applyTextEdits(ws.read(downFile), changed.edits(ws.fileUri(downFile)));
      assert.strictEqual(oldDown, "SET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN note;\n");
      assertNoteIndexMoved(changed);
    });
  });

  it('in a down script (file or goose Down section): no new migration and no scaffold', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000002_index_orders.down.sql';
      const text = 'DROP INDEX orders_created_at_idx;\nALTER TABLE orders ADD COLUMN note text;\n';
      ws.write(file, text);
      const uri = ws.fileUri(file);
      await client.open(uri, text, 1);
      const published = await client.nextDiagnostics(uri, 1);
      const [drop] = only(published.diagnostics, 'require-concurrent-drop-index');
      assert.ok(drop, codes(published.diagnostics).join(', '));
      const actions = ((await client.codeActions(uri, drop.range, [drop])) ?? []) as CodeAction[];
      const titles = actions.map((a) => a.title);
      assert.ok(!titles.some((t) => /move it|Rewrite as safe migrations/.test(t)), titles.join(' | '));
      assert.ok(
        actions.every((a) => !(a.edit?.documentChanges ?? []).some((c) => 'kind' in c)),
        'no file created',
      );

      const goose = 'db/goose/00002_note.sql';
      ws.write('db/goose/00001_base.sql', '-- +goose Up\nCREATE TABLE t (id bigint);\n-- +goose Down\nDROP TABLE t;\n');
      const gooseText =
        '-- +goose Up\nALTER TABLE t ADD COLUMN note text;\n\n-- +goose Down\nCREATE INDEX t_id_idx ON t (id);\nALTER TABLE t DROP COLUMN note;\n';
      ws.write(goose, gooseText);
      const gooseUri = ws.fileUri(goose);
      await client.open(gooseUri, gooseText, 1);
      const gooseDiagnostics = (await client.nextDiagnostics(gooseUri, 1)).diagnostics;
      const [create] = only(gooseDiagnostics, RULE);
      assert.ok(create, codes(gooseDiagnostics).join(', '));
      const gooseActions = ((await client.codeActions(gooseUri, create.range, gooseDiagnostics)) ?? []) as CodeAction[];
      const gooseTitles = gooseActions.map((a) => a.title);
      assert.ok(!gooseTitles.some((t) => /move it|Rewrite as safe migrations/.test(t)), gooseTitles.join(' | '));
      assert.ok(
        gooseTitles.some((t) => /^Ignore/.test(t)),
        gooseTitles.join(' | '),
      );
    });
  });

  it('a plain folder without down scripts gets no down file', async () => {
    await withServer({ workspace: ws }, async (client) => {
      ws.write('migrations/001_base.sql', 'CREATE TABLE users (id bigint, email text);\n');
      const file = 'migrations/002_index.sql';
      const text = "BEGIN;\nSET LOCAL lock_timeout = '2s';\nCREATE INDEX users_email_idx ON users (email);\nCOMMIT;\n";
      ws.write(file, text);
      const uri = ws.fileUri(file);
      const diagnostic = await diagnosticFor(client, uri, text, RULE);
      const fix = await rewriteFix(client, uri, diagnostic);
      const created = (fix.edit?.documentChanges ?? [])
        .filter((c): c is CreateFile => 'kind' in c && c.kind === 'create')
        .map((c) => c.uri.replace(/^.*\//, ''));
      assert.deepStrictEqual(created, ['003_create_users_email_idx_concurrently.sql']);
    });
  });

  it('NOT VALID here and the VALIDATE migration as a new file', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const file = 'db/migrations/000003_check_total.up.sql';
      const text = "SET lock_timeout = '2s';\nALTER TABLE orders ADD CHECK (total >= 0);\n";
      ws.write(file, text);
      const uri = ws.fileUri(file);
      const diagnostic = await diagnosticFor(client, uri, text, 'constraint-without-not-valid');
      const fix = await rewriteFix(client, uri, diagnostic);
      const changes = (fix.edit?.documentChanges ?? []) as (TextDocumentEdit | CreateFile)[];
      const here = changes[0] as TextDocumentEdit;
      const version = await client.applyEdits(uri, here.edits as TextEdit[]);
      assert.strictEqual(
        client.text(uri),
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID;\n",
      );
      const after = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(only(after.diagnostics, 'constraint-without-not-valid'), []);
      const create = changes[1] as CreateFile;
      assert.match(create.uri, /000004_validate_orders_total_check\.up\.sql$/);
      const content = ((changes[2] as TextDocumentEdit).edits[0] as TextEdit).newText;
      assert.ok(content.endsWith('\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;\n'), content);
    });
  });
});
