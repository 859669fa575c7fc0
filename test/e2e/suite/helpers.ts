// Shared helpers for the e2e tests that run inside the VS Code extension host (code-server or Electron).
import * as assert from 'assert';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sluice.sluice';
export const RULE = 'require-concurrent-index';
export const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
export const REPORT = 'queries/report.sql';
export const CONFIG = '.sluicerc.json';

/** Long enough for a cold extension activation + server start on a slow CI machine. */
export const DIAGNOSTICS_TIMEOUT_MS = 30_000;

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('e2e: no workspace folder is open (the runner must open test/e2e/workspace)');
  return folder.uri;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...relativePath.split('/'));
}

/** The rule id of a diagnostic: VS Code turns `code` + `codeDescription.href` into `{value, target}`. */
export function codeValue(d: vscode.Diagnostic): string | number | undefined {
  return typeof d.code === 'object' ? d.code.value : d.code;
}

export function sluiceDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sluice');
}

export function ruleDiagnostics(uri: vscode.Uri, rule = RULE): vscode.Diagnostic[] {
  return sluiceDiagnostics(uri).filter((d) => codeValue(d) === rule);
}

function describeDiagnostics(uri: vscode.Uri): string {
  const all = vscode.languages.getDiagnostics(uri);
  if (all.length === 0) return '(none)';
  return all
    .map(
      (d) => `[${d.source ?? '?'} ${String(codeValue(d))} sev=${d.severity} line=${d.range.start.line}] ${d.message}`,
    )
    .join('; ');
}

/**
 * Resolves with the diagnostics of `uri` once `predicate` holds for them. Checks the current state first, then
 * re-checks on every `onDidChangeDiagnostics` event for that uri; rejects after `timeoutMs` with what it last saw.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs: number = DIAGNOSTICS_TIMEOUT_MS,
  what = 'the expected diagnostics',
): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!predicate(diagnostics)) return false;
      cleanup();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      cleanup();
      reject(
        new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${vscode.workspace.asRelativePath(uri)}; ` +
            `current diagnostics: ${describeDiagnostics(uri)}`,
        ),
      );
    }, timeoutMs);
    function cleanup(): void {
      clearTimeout(timer);
      subscription.dispose();
    }
    check();
  });
}

/** Records diagnostics-change events for one uri, so a test can tell "changed since X" from "was already so". */
export function recordDiagnosticChanges(uri: vscode.Uri): { count(): number; dispose(): void } {
  let count = 0;
  const subscription = vscode.languages.onDidChangeDiagnostics((e) => {
    if (e.uris.some((u) => u.toString() === uri.toString())) count++;
  });
  return { count: () => count, dispose: () => subscription.dispose() };
}

export async function openInEditor(relativePath: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceUri(relativePath));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** 0-based line of the first line containing `needle`; fails the test when there is none. */
export function lineOf(document: vscode.TextDocument, needle: string): number {
  for (let line = 0; line < document.lineCount; line++) {
    if (document.lineAt(line).text.includes(needle)) return line;
  }
  assert.fail(`"${needle}" not found in ${vscode.workspace.asRelativePath(document.uri)}:\n${document.getText()}`);
}

/** Waits until the migration shows exactly one require-concurrent-index finding and returns it. */
export async function waitForIndexFinding(
  uri: vscode.Uri,
  predicate: (d: vscode.Diagnostic) => boolean = () => true,
  what = `a ${RULE} diagnostic`,
): Promise<vscode.Diagnostic> {
  await waitForDiagnostics(uri, () => ruleDiagnostics(uri).some(predicate), DIAGNOSTICS_TIMEOUT_MS, what);
  const found = ruleDiagnostics(uri).filter(predicate);
  assert.strictEqual(found.length, 1, `expected one ${RULE} diagnostic, got: ${describeDiagnostics(uri)}`);
  return found[0];
}

/** Inserts `text` at the start of the document without saving (the server sees it through didChange). */
export async function insertAtTop(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit refused the edit');
}

/** Throws away unsaved edits so the next test starts from the file on disk. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  // The revert command acts on the active editor, so make this document active first.
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  assert.ok(!document.isDirty, `${vscode.workspace.asRelativePath(document.uri)} is still dirty after revert`);
}

/** Polls `condition` every 100 ms until it holds; only for states VS Code publishes no event for. */
export async function pollUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
