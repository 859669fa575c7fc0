// Pull diagnostics: the client declares textDocument.diagnostic, so the server answers textDocument/diagnostic
// and publishes nothing.
import * as assert from 'assert';
import { DiagnosticSeverity, DocumentDiagnosticReportKind, FileChangeType } from 'vscode-languageserver-protocol';
import type { FullDocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { codes, copyFixture, only, textIn, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const RULE = 'require-concurrent-index';
const STATEMENT = 'CREATE INDEX orders_created_at_idx ON orders (created_at)';

describe('lsp: pull diagnostics', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('advertises a diagnosticProvider with interFileDependencies', async () => {
    await withServer({ workspace: ws, pull: true }, async (client) => {
      const provider = client.initializeResult.capabilities.diagnosticProvider;
      assert.ok(provider, 'diagnosticProvider is missing from the initialize result of a pull client');
      assert.strictEqual(provider.interFileDependencies, true);
    });
  });

  it('answers textDocument/diagnostic with a full report holding the same diagnostic as push mode', async () => {
    await withServer({ workspace: ws, pull: true }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      const text = ws.read(MIGRATION);
      await client.open(uri, text, 1);
      const report = await client.pullDiagnostics(uri);
      assert.strictEqual(report.kind, DocumentDiagnosticReportKind.Full);
      const items = (report as FullDocumentDiagnosticReport).items;
      assert.ok(Array.isArray(items), 'report.items should be an array');
      const found = only(items, RULE);
      assert.strictEqual(found.length, 1, `one ${RULE} item expected, got: ${codes(items).join(', ')}`);
      assert.deepStrictEqual(found[0].range, {
        start: { line: 2, character: 0 },
        end: { line: 2, character: STATEMENT.length },
      });
      assert.strictEqual(textIn(text, found[0].range), STATEMENT);
      assert.strictEqual(found[0].severity, DiagnosticSeverity.Error);
      assert.strictEqual(found[0].source, 'sluice');
      assert.match(found[0].codeDescription?.href ?? '', /^file:\/\/.*\/docs\/rules\/require-concurrent-index\.md$/);
    });
  });

  it('publishes nothing in pull mode (didOpen, didChange, then round trips that need the same analysis)', async () => {
    await withServer({ workspace: ws, pull: true }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      await client.change(uri, [
        { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '-- edited\n' },
      ]);
      // The pull waits for the analysis (and the workspace/configuration answer) a push would wait for; the
      // barrier's sequential round trips then flush anything the server would have sent because of it.
      const report = await client.pullDiagnostics(uri);
      assert.strictEqual(only((report as FullDocumentDiagnosticReport).items, RULE).length, 1);
      await client.hover(uri, { line: 3, character: 3 });
      await client.barrier();
      assert.deepStrictEqual(
        client.publishes.map((p) => p.params),
        [],
        'a server in pull mode must not send textDocument/publishDiagnostics',
      );
    });
  });

  it('asks a pull client to refresh diagnostics when .sluicerc.json changes', async () => {
    await withServer({ workspace: ws, pull: true, refreshSupport: true }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      await client.pullDiagnostics(uri);
      const refreshesBefore = client.refreshRequests;
      await client.sendNotification('workspace/didChangeWatchedFiles', {
        changes: [{ uri: ws.fileUri('.sluicerc.json'), type: FileChangeType.Changed }],
      });
      await client.waitFor(
        () => (client.refreshRequests > refreshesBefore ? true : undefined),
        'workspace/diagnostic/refresh',
      );
      await client.barrier();
      assert.deepStrictEqual(
        client.publishes.map((p) => p.params),
        [],
      );
    });
  });
});
