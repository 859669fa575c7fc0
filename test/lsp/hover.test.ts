// Hover on a flagged statement names the lock, what it blocks, that reads go on, and the safe way.
import * as assert from 'assert';
import type { MarkupContent } from 'vscode-languageserver-protocol';
import { copyFixture, rangeOf, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const STATEMENT = 'CREATE INDEX orders_created_at_idx ON orders (created_at)';

describe('lsp: hover', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('explains the lock of the flagged statement in markdown: ShareLock, blocks INSERT/UPDATE/DELETE, reads go on, CONCURRENTLY', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      const text = ws.read(MIGRATION);
      await client.open(uri, text, 1);
      await client.nextDiagnostics(uri, 1);
      const hover = await client.hover(uri, { line: 2, character: 20 }); // inside the index name
      assert.ok(hover, 'hover on the flagged statement returned null');
      const contents = hover.contents as MarkupContent;
      assert.strictEqual(typeof contents, 'object', 'hover contents should be MarkupContent');
      assert.strictEqual(contents.kind, 'markdown');
      const value = contents.value;
      assert.match(value, /ShareLock/);
      for (const op of ['INSERT', 'UPDATE', 'DELETE'])
        assert.ok(value.includes(op), `hover should say it blocks ${op}:\n${value}`);
      assert.match(value, /reads go on/i, `hover should say reads go on:\n${value}`);
      assert.match(value, /CONCURRENTLY/, `hover should give the safe way (CONCURRENTLY):\n${value}`);
      if (hover.range) assert.deepStrictEqual(hover.range, rangeOf(text, STATEMENT));
    });
  });

  it('returns null on a blank line', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      const text = ws.read(MIGRATION);
      assert.strictEqual(text.split('\n')[1], '', 'the fixture should have a blank second line');
      await client.open(uri, text, 1);
      await client.nextDiagnostics(uri, 1);
      const hover = await client.hover(uri, { line: 1, character: 0 });
      assert.strictEqual(hover, null);
    });
  });
});
