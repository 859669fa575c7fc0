// Push diagnostics (the client declares no textDocument.diagnostic) and incremental document sync.
import * as assert from 'assert';
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { DiagnosticSeverity, TextDocumentSyncKind } from 'vscode-languageserver-protocol';
import type { TextDocumentSyncOptions } from 'vscode-languageserver-protocol';
import { codes, copyFixture, messageText, only, positionAt, rangeOf, textIn, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const RULE = 'require-concurrent-index';
const STATEMENT = 'CREATE INDEX orders_created_at_idx ON orders (created_at)';

describe('lsp: push diagnostics', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('publishes require-concurrent-index on didOpen with the version, exact range, source, severity, docs link and lock', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      const text = ws.read(MIGRATION);
      await client.open(uri, text, 7);
      const published = await client.nextDiagnostics(uri, 7);
      assert.strictEqual(published.version, 7);
      const found = only(published.diagnostics, RULE);
      assert.strictEqual(
        found.length,
        1,
        `one ${RULE} diagnostic expected, got: ${codes(published.diagnostics).join(', ')}`,
      );
      const [d] = found;
      // The statement is on the third line; its range ends before the `;` (end exclusive, 0-based, UTF-16).
      assert.deepStrictEqual(d.range, {
        start: { line: 2, character: 0 },
        end: { line: 2, character: STATEMENT.length },
      });
      assert.strictEqual(textIn(text, d.range), STATEMENT);
      assert.strictEqual(d.source, 'sluice');
      assert.strictEqual(d.severity, DiagnosticSeverity.Error);
      assert.match(messageText(d), /ShareLock/);
      const href = d.codeDescription?.href;
      assert.ok(href, 'codeDescription.href is missing');
      assert.ok(href.startsWith('file://'), `codeDescription.href should be a file:// URI, got ${href}`);
      assert.ok(
        href.endsWith(`/docs/rules/${RULE}.md`),
        `codeDescription.href should end /docs/rules/${RULE}.md, got ${href}`,
      );
      const docsFile = fileURLToPath(href);
      assert.ok(
        fs.existsSync(docsFile),
        `the documentation page ${docsFile} (codeDescription.href) does not exist on disk`,
      );
    });
  });

  it('does not advertise a diagnosticProvider to a client without pull support', async () => {
    await withServer({ workspace: ws }, async (client) => {
      assert.strictEqual(client.initializeResult.capabilities.diagnosticProvider, undefined);
    });
  });

  it('advertises incremental text document sync', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const sync = client.initializeResult.capabilities.textDocumentSync;
      const change = typeof sync === 'object' ? (sync as TextDocumentSyncOptions).change : sync;
      assert.strictEqual(change, TextDocumentSyncKind.Incremental);
      if (typeof sync === 'object')
        assert.strictEqual(sync.openClose, true, 'textDocumentSync.openClose should be true');
    });
  });

  it('republishes with the new version after a ranged edit adds CONCURRENTLY, without require-concurrent-index', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      const first = await client.nextDiagnostics(uri, 1);
      assert.strictEqual(only(first.diagnostics, RULE).length, 1);

      const at = rangeOf(client.text(uri), 'CREATE INDEX').end; // line 2, character 12
      assert.deepStrictEqual(at, { line: 2, character: 12 });
      const version = await client.change(uri, [{ range: { start: at, end: at }, text: ' CONCURRENTLY' }]);
      assert.strictEqual(version, 2);
      const second = await client.nextDiagnostics(uri, 2);
      assert.strictEqual(second.version, 2);
      assert.deepStrictEqual(
        only(second.diagnostics, RULE),
        [],
        `no ${RULE} expected after CONCURRENTLY; got ${codes(second.diagnostics).join(', ')}`,
      );
    });
  });

  it('reports a syntax-error exactly on the offending token of an inserted broken statement and still analyses the others', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      await client.nextDiagnostics(uri, 1);
      const at = rangeOf(client.text(uri), 'CREATE INDEX').end;
      await client.change(uri, [{ range: { start: at, end: at }, text: ' CONCURRENTLY' }]);
      await client.nextDiagnostics(uri, 2);

      // Two ranged changes in one didChange, applied in order: a broken statement before the (now safe) index,
      // and an unsafe index at the end.
      const before = client.text(uri);
      // The end of the file; the first change adds a line above it.
      const endOfFile = positionAt(before, before.length);
      assert.deepStrictEqual(endOfFile, { line: 3, character: 0 });
      const version = await client.change(uri, [
        { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'CREAT TABLE x ();\n' },
        {
          range: { start: { line: endOfFile.line + 1, character: 0 }, end: { line: endOfFile.line + 1, character: 0 } },
          text: 'CREATE INDEX orders_total_idx ON orders (total);\n',
        },
      ]);
      const text = client.text(uri);
      assert.strictEqual(
        text,
        '-- Speeds up the daily revenue report.\n\nCREAT TABLE x ();\nCREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\nCREATE INDEX orders_total_idx ON orders (total);\n',
      );
      const published = await client.nextDiagnostics(uri, version);

      const syntax = only(published.diagnostics, 'syntax-error');
      assert.strictEqual(
        syntax.length,
        1,
        `one syntax-error expected, got: ${codes(published.diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(syntax[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 5 } });
      assert.strictEqual(textIn(text, syntax[0].range), 'CREAT');
      assert.strictEqual(syntax[0].severity, DiagnosticSeverity.Error);

      const unsafe = only(published.diagnostics, RULE);
      assert.strictEqual(
        unsafe.length,
        1,
        `the later unsafe CREATE INDEX must still be reported; got ${codes(published.diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(unsafe[0].range, rangeOf(text, 'CREATE INDEX orders_total_idx ON orders (total)'));
      assert.strictEqual(unsafe[0].range.start.line, 4);
    });
  });
  it('after a burst of edits, the last publish carries the last version and no older version is published after it', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      // Type "CONCURRENTLY " one chunk at a time without waiting, like a fast typist.
      const chunks = ['CON', 'CUR', 'RENT', 'LY '];
      let character = 'CREATE INDEX '.length;
      let version = 1;
      for (const chunk of chunks) {
        const at = { line: 2, character };
        version = await client.change(uri, [{ range: { start: at, end: at }, text: chunk }]);
        character += chunk.length;
      }
      assert.strictEqual(version, 5);
      assert.ok(client.text(uri).includes('CREATE INDEX CONCURRENTLY orders_created_at_idx'));
      const last = await client.nextDiagnostics(uri, 5);
      assert.deepStrictEqual(only(last.diagnostics, RULE), []);
      const lastSeq = client.mark();
      await client.barrier();
      const stale = client.publishes.filter(
        (p) => p.seq > lastSeq && p.params.uri === uri && (p.params.version ?? 0) < 5,
      );
      assert.deepStrictEqual(
        stale.map((p) => p.params.version),
        [],
        'an older version was published after version 5',
      );
    });
  });

  it('clears the diagnostics of a closed document', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      assert.strictEqual(only((await client.nextDiagnostics(uri, 1)).diagnostics, RULE).length, 1);
      const mark = client.mark();
      await client.close(uri);
      const cleared = await client.nextDiagnostics(uri, undefined, { after: mark });
      assert.deepStrictEqual(cleared.diagnostics, []);
    });
  });
});
