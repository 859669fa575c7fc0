// Suppression comments: `-- sluice-ignore <rule>: reason` covers the next statement; unknown ids are reported.
import * as assert from 'assert';
import { copyFixture, codes, only, rangeOf, textIn, withServer, Workspace } from './lspClient';

const RULE = 'require-concurrent-index';

describe('lsp: suppression comments', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('-- sluice-ignore require-concurrent-index: reviewed removes the finding from the next statement only', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri('db/migrations/000003_suppressed.up.sql');
      const text = [
        `-- sluice-ignore ${RULE}: reviewed`,
        'CREATE INDEX orders_created_at_idx ON orders (created_at);',
        'CREATE INDEX orders_total_idx ON orders (total);',
        '',
      ].join('\n');
      await client.open(uri, text, 1);
      const published = await client.nextDiagnostics(uri, 1);
      const found = only(published.diagnostics, RULE);
      assert.strictEqual(
        found.length,
        1,
        `only the unsuppressed statement should be flagged; got ${codes(published.diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(found[0].range, rangeOf(text, 'CREATE INDEX orders_total_idx ON orders (total)'));
      assert.deepStrictEqual(only(published.diagnostics, 'invalid-directive'), []);
    });
  });

  it('-- sluice-ignore no-such-rule produces invalid-directive exactly on the token no-such-rule', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri('db/migrations/000004_unknown_rule.up.sql');
      const text = '-- sluice-ignore no-such-rule\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n';
      await client.open(uri, text, 1);
      const published = await client.nextDiagnostics(uri, 1);
      const invalid = only(published.diagnostics, 'invalid-directive');
      assert.strictEqual(invalid.length, 1, `got ${codes(published.diagnostics).join(', ')}`);
      assert.deepStrictEqual(invalid[0].range, { start: { line: 0, character: 17 }, end: { line: 0, character: 29 } });
      assert.strictEqual(textIn(text, invalid[0].range), 'no-such-rule');
      assert.strictEqual(invalid[0].source, 'sluice');
      // It suppresses nothing.
      assert.strictEqual(only(published.diagnostics, RULE).length, 1);
    });
  });
});
