// Files outside migration folders are left alone; sluice/fileInfo says what the server decided about a file.
import * as assert from 'assert';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { codes, copyFixture, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const REPORT = 'queries/report.sql';

describe('lsp: non-migration files and sluice/fileInfo', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('publishes an empty diagnostics list for an unsafe .sql file outside migration folders (push)', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(REPORT);
      assert.match(ws.read(REPORT), /CREATE INDEX report_idx ON orders/);
      await client.open(uri, ws.read(REPORT), 3);
      const published = await client.nextDiagnostics(uri, 3);
      assert.deepStrictEqual(
        published.diagnostics,
        [],
        `expected no diagnostics, got ${codes(published.diagnostics).join(', ')}`,
      );
    });
  });

  it('returns empty items for an unsafe .sql file outside migration folders (pull)', async () => {
    await withServer({ workspace: ws, pull: true }, async (client) => {
      const uri = ws.fileUri(REPORT);
      await client.open(uri, ws.read(REPORT), 1);
      const report = await client.pullDiagnostics(uri);
      assert.strictEqual(report.kind, 'full');
      assert.deepStrictEqual((report as FullDocumentDiagnosticReport).items, []);
    });
  });

  it('sluice/fileInfo says a query file is not a migration', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(REPORT);
      await client.open(uri, ws.read(REPORT), 1);
      const info = await client.fileInfo(uri);
      assert.strictEqual(info.isMigration, false);
      assert.strictEqual(info.tool, null);
    });
  });

  it('sluice/fileInfo names the tool, direction and config file of a migration', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      const info = await client.fileInfo(uri);
      assert.deepStrictEqual(info, {
        isMigration: true,
        tool: 'golang-migrate',
        direction: 'up',
        configFile: ws.path('.sluicerc.json'),
      });
    });
  });

  it('sluice/fileInfo works for a migration that is not open (read from disk), including a down file', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const info = await client.fileInfo(ws.fileUri('db/migrations/000002_index_orders.down.sql'));
      assert.deepStrictEqual(info, {
        isMigration: true,
        tool: 'golang-migrate',
        direction: 'down',
        configFile: ws.path('.sluicerc.json'),
      });
    });
  });
});
