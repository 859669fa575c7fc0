// f. Dry-run from the code lens: the migration runs on the embedded PGlite (history applied), the panel shows the
// non-concurrent index build's ShareLock on orders and what it blocks, Enter on the row reveals the statement,
// the finding shows in the editor until the next edit. Under code-server the runner takes the panel's screenshot.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { CheckResult } from '../../../client/src/commands/dryRun';
import type { RenderedView } from '../../../client/src/panel/messages';
import { MIGRATION, insertAtTop, lineOf, openInEditor, revert, waitForIndexFinding } from './helpers';

/** A cold PGlite start plus the history on a loaded CI machine: generous, the test waits on events, not time. */
const DRY_RUN_TIMEOUT_MS = 240_000;

interface RunnerRequest {
  name: string;
  webviewSelector?: string;
  press?: { selector: string; key: string };
  screenshot?: boolean;
}

/**
 * Asks the code-server runner to act on the workbench (screenshot, key press in the webview) and waits for its
 * answer. Returns false when no runner serves requests (the Electron runner): the caller skips what needs it.
 */
function askRunner(request: RunnerRequest, timeoutMs = 90_000): Promise<boolean> {
  const dir = process.env.SLUICE_E2E_REQUESTS;
  if (!dir) return Promise.resolve(false);
  const done = path.join(dir, `${request.name}.done`);
  const failed = path.join(dir, `${request.name}.failed`);
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (fs.existsSync(done)) finish(() => resolve(true));
      else if (fs.existsSync(failed)) finish(() => reject(new Error(`runner: ${fs.readFileSync(failed, 'utf8')}`)));
    };
    const watcher = fs.watch(dir, check);
    const timer = setTimeout(
      () => finish(() => reject(new Error(`the runner did not answer "${request.name}" in ${timeoutMs} ms`))),
      timeoutMs,
    );
    function finish(then: () => void): void {
      clearTimeout(timer);
      watcher.close();
      then();
    }
    const file = path.join(dir, `${request.name}.request`);
    fs.writeFileSync(`${file}.partial`, JSON.stringify(request));
    fs.renameSync(`${file}.partial`, file);
    check();
  });
}

/** Resolves once the active editor shows `uri` with a selection starting on `line`. */
function waitForSelection(uri: vscode.Uri, line: number, timeoutMs: number): Promise<vscode.Selection> {
  return new Promise((resolve, reject) => {
    const matches = (editor: vscode.TextEditor | undefined): boolean =>
      editor?.document.uri.toString() === uri.toString() && editor.selection.start.line === line;
    const finish = (editor: vscode.TextEditor): void => {
      cleanup();
      resolve(editor.selection);
    };
    const subscriptions = [
      vscode.window.onDidChangeTextEditorSelection((e) => matches(e.textEditor) && finish(e.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((e) => e && matches(e) && finish(e)),
    ];
    const timer = setTimeout(() => {
      cleanup();
      const editor = vscode.window.activeTextEditor;
      reject(
        new Error(
          `no editor revealed line ${line} of ${uri.fsPath} within ${timeoutMs} ms; active: ` +
            `${editor?.document.uri.fsPath} at line ${editor?.selection.start.line}`,
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscriptions.forEach((s) => s.dispose());
    }
    if (matches(vscode.window.activeTextEditor)) finish(vscode.window.activeTextEditor!);
  });
}

describe('dry-run from the code lens', () => {
  after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it("shows the index build's ShareLock on public.orders, blocking INSERT, UPDATE and DELETE", async function () {
    this.timeout(DRY_RUN_TIMEOUT_MS + 120_000);
    const editor = await openInEditor(MIGRATION);
    const { document } = editor;
    // The server answers "is this a migration" for the lens once it runs: its first diagnostics say it does.
    await waitForIndexFinding(document.uri);

    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const titles = lenses.filter((l) => l.command?.command.startsWith('sluice.')).map((l) => l.command!.title);
    assert.deepStrictEqual(titles, ['▶ Dry-run', '↺ Verify rollback']);
    const lens = lenses.find((l) => l.command?.command === 'sluice.dryRun')!;
    assert.strictEqual(lens.range.start.line, 0, 'the lens sits at the top of the file');

    // What a click on the lens does: its command with its arguments.
    const result = await vscode.commands.executeCommand<CheckResult>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.strictEqual(result.state, 'done', `the dry-run did not finish: ${result.error}`);
    assert.strictEqual(result.dryRun?.engine, 'pglite');

    // What the page rendered (read back from its DOM), not what the host meant to show.
    const view = await vscode.commands.executeCommand<RenderedView>('sluice.dryRun.panelState', {
      runId: result.runId,
      timeoutMs: 60_000,
    });
    assert.ok(view, 'the panel reported nothing rendered');
    assert.strictEqual(view.file, MIGRATION);
    assert.match(view.engine, /^PGlite \(PostgreSQL \d+\.\d+\)/);
    const row = view.rows.find((r) => r.sql.startsWith('CREATE INDEX orders_created_at_idx'));
    assert.ok(row, `no row for the CREATE INDEX; rows: ${JSON.stringify(view.rows)}`);
    assert.strictEqual(row.status, 'ok');
    assert.deepStrictEqual(row.locks, [
      { mode: 'ShareLock', relation: 'public.orders', blocks: ['INSERT', 'UPDATE', 'DELETE'] },
    ]);
    assert.strictEqual(row.rewrite, false);
    assert.match(row.time, /^\d+(\.\d+)? (ms|s)$/);
    assert.deepStrictEqual(
      view.stages.map((s) => `${s.id}: ${s.status}`),
      ['dry-run: passed', 'migrate: not run', 'backfill: not run', 'reconcile: not run', 'rollback-test: not run'],
    );
    assert.ok(view.rerunEnabled, 'Rerun is disabled after the run finished');

    // The same finding in the editor, on the statement.
    const indexLine = lineOf(document, 'CREATE INDEX');
    const finding = vscode.languages
      .getDiagnostics(document.uri)
      .find((d) => d.source === 'sluice dry-run' && d.range.start.line === indexLine);
    assert.ok(finding, 'no dry-run diagnostic on the CREATE INDEX line');
    assert.match(finding.message, /ShareLock on public\.orders blocks INSERT, UPDATE, DELETE/);

    // The screenshot for the README, then Enter on the row moves the caret to the statement (keyboard only).
    await vscode.commands.executeCommand('workbench.action.closeSidebar');
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    const served = await askRunner({ name: 'dry-run-panel', webviewSelector: '.lock-mode', screenshot: true });
    if (served) {
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      const revealed = waitForSelection(document.uri, indexLine, 60_000);
      await askRunner({ name: 'dry-run-reveal', press: { selector: `.row[data-index="${row.index}"]`, key: 'Enter' } });
      const selection = await revealed;
      assert.strictEqual(selection.start.character, 0);
      assert.strictEqual(selection.end.line, indexLine);
    }

    // The finding describes the file as run: the first edit clears it.
    try {
      await insertAtTop(document, '-- edited after the dry-run\n');
      assert.ok(
        !vscode.languages.getDiagnostics(document.uri).some((d) => d.source === 'sluice dry-run'),
        'the dry-run findings outlived an edit',
      );
    } finally {
      await revert(document);
    }
  });

  it('"↺ Verify rollback" fills the migrate and rollback-test stages beside the dry-run\'s result', async function () {
    this.timeout(DRY_RUN_TIMEOUT_MS + 60_000);
    const { document } = await openInEditor(MIGRATION);
    await waitForIndexFinding(document.uri);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>(
      'vscode.executeCodeLensProvider',
      document.uri,
    );
    const lens = lenses.find((l) => l.command?.command === 'sluice.verifyRollback');
    assert.ok(lens, 'no Verify rollback lens');
    const result = await vscode.commands.executeCommand<CheckResult>(
      lens.command!.command,
      ...(lens.command!.arguments ?? []),
    );
    assert.strictEqual(result.state, 'done', `verify-rollback did not finish: ${result.error}`);
    const view = await vscode.commands.executeCommand<RenderedView>('sluice.dryRun.panelState', {
      runId: result.runId,
      timeoutMs: 60_000,
    });
    // The down script drops the index: up → down leaves the schema as before. The earlier dry-run stays shown.
    assert.deepStrictEqual(
      view.stages.map((s) => `${s.id}: ${s.status}`),
      ['dry-run: passed', 'migrate: passed', 'backfill: not run', 'reconcile: not run', 'rollback-test: passed'],
    );
    assert.ok(
      view.rows.some((r) => r.locks.some((l) => l.mode === 'ShareLock' && l.relation === 'public.orders')),
      'the dry-run rows disappeared after the rollback test',
    );
    assert.deepStrictEqual(view.differences, []);
  });
});
