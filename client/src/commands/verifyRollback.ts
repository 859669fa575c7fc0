// "Sluice: Verify Rollback": up → down on a scratch database, compared with the state before
// (`sluice verify-rollback FILE --format json`), shown as the panel's rollback-test stage.
import * as vscode from 'vscode';
import { CheckResult, MigrationChecks } from './dryRun';

export function verifyRollback(checks: MigrationChecks, arg?: vscode.Uri | string): Promise<CheckResult> {
  return checks.run('verify-rollback', arg);
}
