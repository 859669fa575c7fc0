// The status bar item: whether the server runs, and whether the active SQL file is a migration Sluice checks.
import * as vscode from 'vscode';
import { State } from 'vscode-languageclient/node';
import type { FileInfo } from '../../server/src/protocol';

export class SluiceStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sluice.status', vscode.StatusBarAlignment.Right, 100);
  private state: State = State.Starting;

  constructor(private readonly fileInfo: (uri: vscode.Uri) => Promise<FileInfo | undefined>) {
    this.item.name = 'Sluice';
    this.item.command = 'sluice.showOutput';
    this.render();
  }

  setServerState(state: State): void {
    this.state = state;
    void this.update(vscode.window.activeTextEditor);
  }

  async update(editor: vscode.TextEditor | undefined): Promise<void> {
    if (this.state !== State.Running) {
      this.render();
      return;
    }
    const document = editor?.document;
    if (!document || document.languageId !== 'sql') {
      this.render();
      return;
    }
    const info = await this.fileInfo(document.uri).catch(() => undefined);
    if (vscode.window.activeTextEditor?.document !== document) return; // the user moved on meanwhile
    this.render(info);
  }

  private render(info?: FileInfo): void {
    if (this.state === State.Starting) {
      this.item.text = '$(sync~spin) Sluice';
      this.item.tooltip = 'Sluice: starting the language server';
    } else if (this.state === State.Stopped) {
      this.item.text = '$(error) Sluice';
      this.item.tooltip = 'Sluice: the language server is stopped. Run "Sluice: Restart Language Server".';
    } else if (info?.isMigration) {
      this.item.text = `$(check) Sluice: ${info.tool ?? 'migration'}`;
      this.item.tooltip = `Sluice checks this ${info.direction} migration (${info.tool ?? 'plain'})${info.configFile ? `\nConfig: ${info.configFile}` : ''}`;
    } else if (info) {
      this.item.text = '$(circle-slash) Sluice';
      this.item.tooltip =
        'Sluice: this SQL file is not a migration (set "migrationDirs" in .sluicerc.json or sluice.migrationDirs to include it)';
    } else {
      this.item.text = '$(database) Sluice';
      this.item.tooltip = 'Sluice: ready';
    }
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
