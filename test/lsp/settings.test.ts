// Editor settings (workspace/configuration, section `sluice`, per resource) and workspace/didChangeConfiguration.
import * as assert from 'assert';
import { codes, copyFixture, EditorSettings, only, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const OTHER_MIGRATION = 'db/migrations/000003_other.up.sql';
const REPORT = 'queries/report.sql';
const RULE = 'require-concurrent-index';
const DEFAULTS: EditorSettings = { enable: true, migrationDirs: [] };

describe('lsp: editor settings', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('sluice.enable: false for a document gives it no diagnostics (other documents still get theirs)', async () => {
    const disabled = ws.fileUri(MIGRATION);
    await withServer(
      {
        workspace: ws,
        settings: (scopeUri) => (scopeUri === disabled ? { enable: false, migrationDirs: [] } : DEFAULTS),
      },
      async (client) => {
        await client.open(disabled, ws.read(MIGRATION), 1);
        const published = await client.nextDiagnostics(disabled, 1);
        assert.deepStrictEqual(published.diagnostics, [], `got ${codes(published.diagnostics).join(', ')}`);

        const other = ws.fileUri(OTHER_MIGRATION);
        await client.open(other, 'CREATE INDEX orders_total_idx ON orders (total);\n', 1);
        const otherPublished = await client.nextDiagnostics(other, 1);
        assert.strictEqual(
          only(otherPublished.diagnostics, RULE).length,
          1,
          'a document with sluice.enable: true is still checked',
        );
        assert.ok(
          client.configurationRequests.some((r) =>
            r.items.some((i) => i.scopeUri === disabled && i.section === 'sluice'),
          ),
          `the server should ask workspace/configuration for section "sluice" scoped to the document: ${JSON.stringify(client.configurationRequests)}`,
        );
      },
    );
  });

  it('turning sluice.enable off via workspace/didChangeConfiguration clears the diagnostics', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      assert.strictEqual(only((await client.nextDiagnostics(uri, 1)).diagnostics, RULE).length, 1);

      client.settings = () => ({ enable: false, migrationDirs: [] });
      await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const republished = await client.nextDiagnostics(uri, 1);
      assert.deepStrictEqual(republished.diagnostics, []);
    });
  });

  it("migrationDirs: ['queries'] makes queries/report.sql a migration after workspace/didChangeConfiguration", async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(REPORT);
      const text = ws.read(REPORT);
      await client.open(uri, text, 1);
      const before = await client.nextDiagnostics(uri, 1);
      assert.deepStrictEqual(before.diagnostics, [], 'not a migration yet');

      client.settings = () => ({ enable: true, migrationDirs: ['queries'] });
      await client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await client.nextDiagnostics(uri, 1);
      const found = only(after.diagnostics, RULE);
      assert.strictEqual(
        found.length,
        1,
        `queries/report.sql should now be flagged; got ${codes(after.diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(found[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 41 } });
      const info = await client.fileInfo(uri);
      assert.strictEqual(info.isMigration, true);
    });
  });
});
