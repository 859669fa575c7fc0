// c. A .sql file outside the migration folders is not a migration and gets no Sluice diagnostics.
import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  MIGRATION,
  REPORT,
  insertAtTop,
  openInEditor,
  revert,
  sluiceDiagnostics,
  waitForIndexFinding,
  workspaceUri,
} from './helpers';

interface FileInfo {
  isMigration: boolean;
  tool: string | null;
}

describe('files outside migration folders', () => {
  it('queries/report.sql is not a migration and gets no diagnostics', async () => {
    const report = (await openInEditor(REPORT)).document;
    const reportInfo = await vscode.commands.executeCommand<FileInfo>('sluice.fileInfo', report.uri);
    assert.ok(reportInfo, 'sluice.fileInfo returned nothing');
    assert.strictEqual(reportInfo.isMigration, false, `fileInfo(${REPORT}) = ${JSON.stringify(reportInfo)}`);
    // The command distinguishes the two: the real migration is one.
    const migrationInfo = await vscode.commands.executeCommand<FileInfo>('sluice.fileInfo', workspaceUri(MIGRATION));
    assert.strictEqual(migrationInfo?.isMigration, true, `fileInfo(${MIGRATION}) = ${JSON.stringify(migrationInfo)}`);

    // The server handles notifications in order: once it has answered an edit to a migration made after
    // report.sql was opened, it has had its chance to publish for report.sql too.
    const migration = (await openInEditor(MIGRATION)).document;
    const before = await waitForIndexFinding(migration.uri);
    try {
      await insertAtTop(migration, '-- e2e: edited after opening report.sql\n');
      await waitForIndexFinding(
        migration.uri,
        (d) => d.range.start.line === before.range.start.line + 1,
        'the migration diagnostic to follow the edit',
      );
      assert.deepStrictEqual(
        sluiceDiagnostics(report.uri).map((d) => `${d.range.start.line}: ${d.message}`),
        [],
        `${REPORT} should have no sluice diagnostics`,
      );
    } finally {
      await revert(migration);
    }
  });
});
