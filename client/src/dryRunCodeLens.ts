// "▶ Dry-run · ↺ Verify rollback" at the top of every migration (the server says which files are migrations).
// Not offered in an untrusted workspace, where both commands refuse to run.
import * as vscode from 'vscode';
import type { FileInfo } from '../../server/src/protocol';
import { SECTION } from './settings';

export class DryRunCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly fileInfo: (uri: vscode.Uri) => Promise<FileInfo | undefined>) {
    this.subscriptions = [
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.refresh()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SECTION)) this.refresh();
      }),
    ];
  }

  /** Asks VS Code for the lenses again (e.g. once the server runs and can say which files are migrations). */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.isTrusted) return [];
    if (!vscode.workspace.getConfiguration(SECTION, document.uri).get<boolean>('dryRun.codeLens', true)) return [];
    const info = await this.fileInfo(document.uri).catch(() => undefined);
    if (!info?.isMigration) return [];
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, {
        title: '▶ Dry-run',
        tooltip: "Run this migration on a scratch database, see each statement's locks and time, then roll back",
        command: 'sluice.dryRun',
        arguments: [document.uri],
      }),
    ];
    if (info.direction === 'up') {
      lenses.push(
        new vscode.CodeLens(top, {
          title: '↺ Verify rollback',
          tooltip: 'Apply this migration, then its down script, and compare the schema and rows with before',
          command: 'sluice.verifyRollback',
          arguments: [document.uri],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.changed.dispose();
  }
}
