// Rewrite quick fixes over real stdio against the built server: the code action for a diagnostic carries
// its edit; applied, the diagnostic goes away. When the statement runs in a transaction the fix moves it into
// a new migration: CreateFile + its contents in the tool's convention, and the statement leaves this file.
import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { codes, copyFixture, LspClient, only, withServer, Workspace } from './lspClient';

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
