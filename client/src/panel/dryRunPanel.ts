// The dry-run panel's host: one webview panel, reused for every run. It sends the page a PanelModel, checks every
// message the page sends back, reveals a statement on click or Enter, reruns on request, and keeps what the page
// last reported as rendered (the `sluice.dryRun.panelState` test hook reads it).
import * as vscode from 'vscode';
import { newNonce, pageHtml } from './html';
import { parsePageMessage, RenderedView } from './messages';
import { PanelModel, RunKind } from './model';

export interface PanelTarget {
  uri: vscode.Uri;
  kind: RunKind;
}

export class DryRunPanel implements vscode.Disposable {
  static readonly viewType = 'sluice.dryRunPanel';
  private panel: vscode.WebviewPanel | undefined;
  private pageReady = false;
  private model: PanelModel | undefined;
  private target: PanelTarget | undefined;
  private rendered: RenderedView | undefined;
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedView>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly rerun: (target: PanelTarget) => void,
  ) {}

  private get mediaRoot(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'client', 'media');
  }

  /** Shows `model` for `target`, opening the panel beside the editor if it is closed. */
  show(model: PanelModel, target: PanelTarget): void {
    this.model = model;
    this.target = target;
    if (!this.panel) this.open();
    else if (!this.panel.visible) this.panel.reveal(undefined, true);
    this.panel!.title = `Sluice: ${model.kind === 'verify-rollback' ? 'Verify rollback' : 'Dry-run'}`;
    this.post();
  }

  private open(): void {
    const panel = vscode.window.createWebviewPanel(
      DryRunPanel.viewType,
      'Sluice: Dry-run',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [this.mediaRoot], enableCommandUris: false },
    );
    this.panel = panel;
    this.pageReady = false;
    const webview = panel.webview;
    webview.html = pageHtml({
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'dryRunPanel.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'dryRunPanel.js')).toString(),
      nonce: newNonce(),
    });
    webview.onDidReceiveMessage((raw: unknown) => this.receive(raw));
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.pageReady = false;
      this.rendered = undefined;
    });
  }

  private post(): void {
    // Before the page has loaded its script a message would be lost; it asks with 'ready' once it can listen.
    if (this.panel && this.pageReady && this.model)
      void this.panel.webview.postMessage({ type: 'render', model: this.model });
  }

  private receive(raw: unknown): void {
    const message = parsePageMessage(raw);
    if (!message) return; // not something the page may say: ignored
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        this.post();
        break;
      case 'rendered':
        this.rendered = message.view;
        this.renderedEmitter.fire(message.view);
        break;
      case 'reveal':
        void this.reveal(message.index);
        break;
      case 'rerun':
        if (this.target && this.model?.state !== 'running') this.rerun(this.target);
        break;
    }
  }

  private async reveal(index: number): Promise<void> {
    const row = this.model?.rows.find((r) => r.index === index);
    if (!row || !this.target) return;
    const r = row.range;
    const range = new vscode.Range(r.startLine, r.startCharacter, r.endLine, r.endCharacter);
    const document = await vscode.workspace.openTextDocument(this.target.uri);
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const editor = await vscode.window.showTextDocument(document, {
      viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
      selection: range,
      preserveFocus: false,
    });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /**
   * What the page last reported as rendered; with `runId`, waits (up to `timeoutMs`) until the page has rendered
   * that run in a final state.
   */
  whenRendered(runId?: number, timeoutMs = 60_000): Promise<RenderedView | undefined> {
    const done = (view: RenderedView | undefined): boolean =>
      view !== undefined && (runId === undefined || (view.runId >= runId && view.state !== 'running'));
    if (runId === undefined || done(this.rendered)) return Promise.resolve(this.rendered);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        subscription.dispose();
        reject(new Error(`the dry-run panel did not render run ${runId} within ${timeoutMs} ms`));
      }, timeoutMs);
      const subscription = this.renderedEmitter.event((view) => {
        if (!done(view)) return;
        clearTimeout(timer);
        subscription.dispose();
        resolve(view);
      });
    });
  }

  dispose(): void {
    this.panel?.dispose();
    this.renderedEmitter.dispose();
  }
}
