// Hostile documents: each gets a diagnostics response (possibly empty), every range lies inside the document,
// and the server answers the next request.
import * as assert from 'assert';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import {
  codes,
  copyFixture,
  lineCount,
  lineText,
  LspClient,
  only,
  rangeOf,
  textIn,
  withServer,
  Workspace,
} from './lspClient';

const RULE = 'require-concurrent-index';

/** Deterministic pseudo-random bytes (xorshift32), so a failure reproduces. */
function randomBytes(length: number, seed = 0x5eed1234): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed >>> 0;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function assertRangesInside(text: string, diagnostics: readonly Diagnostic[]): void {
  const lines = lineCount(text);
  for (const d of diagnostics) {
    for (const p of [d.range.start, d.range.end]) {
      assert.ok(
        p.line >= 0 && p.line < lines,
        `${String(d.code)}: line ${p.line} outside the document (${lines} lines)`,
      );
      const length = lineText(text, p.line).length;
      assert.ok(
        p.character >= 0 && p.character <= length,
        `${String(d.code)}: character ${p.character} outside line ${p.line} (length ${length})`,
      );
    }
    const ordered =
      d.range.start.line < d.range.end.line ||
      (d.range.start.line === d.range.end.line && d.range.start.character <= d.range.end.character);
    assert.ok(ordered, `${String(d.code)}: range end before start ${JSON.stringify(d.range)}`);
  }
}

/** Opens `text`, waits for its diagnostics, checks ranges, then proves the server still answers requests. */
async function survive(client: LspClient, uri: string, text: string): Promise<Diagnostic[]> {
  await client.open(uri, text, 1);
  const published = await client.nextDiagnostics(uri, 1);
  assertRangesInside(text, published.diagnostics);
  const info = await client.fileInfo(uri);
  assert.strictEqual(info.isMigration, true);
  await client.hover(uri, { line: 0, character: 0 });
  assert.strictEqual(client.exitCode, undefined, `the server died: ${client.stderr}`);
  return published.diagnostics;
}

describe('lsp: robustness', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('survives 200 KB of random bytes (decoded as UTF-8)', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text = randomBytes(200 * 1024).toString('utf8');
      await survive(client, ws.fileUri('db/migrations/000100_random.up.sql'), text);
    });
  });

  it('survives an unterminated dollar quote', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text =
        'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$\nSELECT 1;\nCREATE INDEX orders_total_idx ON orders (total);\n';
      await survive(client, ws.fileUri('db/migrations/000101_dollar.up.sql'), text);
    });
  });

  it('survives 10,000 nested parentheses and still analyses the next statement', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text = `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n`;
      const diagnostics = await survive(client, ws.fileUri('db/migrations/000102_parens.up.sql'), text);
      const found = only(diagnostics, RULE);
      assert.strictEqual(
        found.length,
        1,
        `the statement after the deep one should still be analysed; got ${codes(diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 57 } });
    });
  });

  it('gives exact ranges in a CRLF file', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text = [
        '-- CRLF line endings',
        "SET lock_timeout = '2s';",
        'CREATE INDEX orders_created_at_idx ON orders (created_at);',
        'CREATE INDEX orders_total_idx',
        '  ON orders (total);',
        '',
      ].join('\r\n');
      const diagnostics = await survive(client, ws.fileUri('db/migrations/000103_crlf.up.sql'), text);
      const found = only(diagnostics, RULE);
      assert.strictEqual(found.length, 2, `got ${codes(diagnostics).join(', ')}`);
      // Line 3 (1-based): the whole line up to the `;`.
      assert.deepStrictEqual(found[0].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 57 } });
      assert.strictEqual(textIn(text, found[0].range), 'CREATE INDEX orders_created_at_idx ON orders (created_at)');
      // A statement across a CRLF: ends on line 5 (1-based) before the `;`.
      assert.deepStrictEqual(found[1].range, { start: { line: 3, character: 0 }, end: { line: 4, character: 19 } });
      assert.deepStrictEqual(found[1].range, rangeOf(text, 'CREATE INDEX orders_total_idx\r\n  ON orders (total)'));
    });
  });

  it('a byte-order mark at the start of the text a client sends is no syntax error, and columns stay its own', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text = '\uFEFFCREATE INDEX orders_bom_idx ON orders (created_at);\n';
      const diagnostics = await survive(client, ws.fileUri('db/migrations/000105_bom.up.sql'), text);
      assert.deepStrictEqual(only(diagnostics, 'syntax-error'), []);
      const [found] = only(diagnostics, RULE);
      assert.deepStrictEqual(found.range, rangeOf(text, 'CREATE INDEX orders_bom_idx ON orders (created_at)'));
    });
  });

  it('survives a file of only comments, with no syntax-error', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text = '-- nothing to run here\n/* a block comment\n   /* nested */ over lines */\n-- the end';
      const diagnostics = await survive(client, ws.fileUri('db/migrations/000104_comments.up.sql'), text);
      assert.deepStrictEqual(only(diagnostics, 'syntax-error'), []);
    });
  });
  it('counts columns in UTF-16 code units (non-ASCII and astral characters before a finding)', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const text =
        '/* é😀 */ CREATE INDEX orders_created_at_idx ON orders (created_at);\n' +
        "INSERT INTO orders (note) VALUES ('é😀ü') RETURNING RETURNING;\n";
      const diagnostics = await survive(client, ws.fileUri('db/migrations/000105_unicode.up.sql'), text);
      const [index] = only(diagnostics, RULE);
      assert.ok(index, `got ${codes(diagnostics).join(', ')}`);
      assert.deepStrictEqual(index.range, { start: { line: 0, character: 10 }, end: { line: 0, character: 67 } });
      const [syntax] = only(diagnostics, 'syntax-error');
      assert.ok(syntax, `got ${codes(diagnostics).join(', ')}`);
      assert.deepStrictEqual(syntax.range, rangeOf(text, 'RETURNING', 1));
      assert.deepStrictEqual(syntax.range, { start: { line: 1, character: 52 }, end: { line: 1, character: 61 } });
    });
  });
});
