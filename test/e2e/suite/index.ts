// Entry point VS Code loads as `extensionTestsPath`: runs the *.e2e.js tests beside it with mocha inside the
// extension host, writes the outcome to $SLUICE_E2E_RESULT, and leaves the editor showing what a user sees.
// The same module serves both runners (runCodeServer.ts offline, runElectron.ts with @vscode/test-electron).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { MIGRATION, RULE, openInEditor, waitForIndexFinding } from './helpers';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  error: string | null;
  durationMs?: number;
}

export interface E2eResult {
  passed: number;
  failed: number;
  tests: TestOutcome[];
  /** Set when the final editor state for the screenshot could not be prepared. */
  viewError?: string;
}

function runMocha(files: string[]): Promise<TestOutcome[]> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 90_000, color: false, reporter: 'spec' });
  for (const file of files) mocha.addFile(file);
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(outcomes));
      runner.on('pass', (test) =>
        outcomes.push({ title: test.fullTitle(), state: 'passed', error: null, durationMs: test.duration }),
      );
      // Also fires for failing hooks, which then count as failures too.
      runner.on('fail', (test, err: unknown) => {
        const error = err instanceof Error ? (err.stack ?? err.message) : String(err);
        outcomes.push({ title: test.fullTitle(), state: 'failed', error, durationMs: test.duration });
      });
    } catch (err) {
      reject(err);
    }
  });
}

/** Leaves the migration with its diagnostic open and the Problems panel visible, for the runner's screenshot. */
async function showFinalView(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  const editor = await openInEditor(MIGRATION);
  const diagnostic = await waitForIndexFinding(
    editor.document.uri,
    () => true,
    `a ${RULE} diagnostic for the final screenshot`,
  );
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  // Problems takes focus; give it back to the editor, caret on the finding, with its hover open, as a user sees it.
  const shown = await vscode.window.showTextDocument(editor.document, { preview: false, preserveFocus: false });
  shown.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
  shown.revealRange(diagnostic.range);
  await vscode.commands.executeCommand('editor.action.showHover');
}

function writeResult(file: string, result: E2eResult): void {
  // Write then rename, so the runner (watching the folder) never reads a half-written file.
  const partial = `${file}.partial`;
  fs.writeFileSync(partial, JSON.stringify(result, null, 2));
  fs.renameSync(partial, file);
}

/**
 * The code-server runner screenshots the workbench after reading the result; VS Code shuts the extension host down
 * (clearing its diagnostics) as soon as run() returns, so hold until the runner creates $SLUICE_E2E_RELEASE.
 */
function waitForRelease(file: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      watcher.close();
      resolve();
    };
    const watcher = fs.watch(path.dirname(file), () => {
      if (fs.existsSync(file)) done();
    });
    const timer = setTimeout(() => {
      console.error(`e2e: no release signal at ${file} after ${timeoutMs} ms; finishing anyway`);
      done();
    }, timeoutMs);
    if (fs.existsSync(file)) done();
  });
}

export async function run(): Promise<void> {
  const resultFile = process.env.SLUICE_E2E_RESULT;
  const files = fs
    .readdirSync(__dirname)
    .filter((name) => name.endsWith('.e2e.js'))
    .sort()
    .map((name) => path.join(__dirname, name));

  const tests = await runMocha(files);
  const result: E2eResult = {
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    tests,
  };

  try {
    await showFinalView();
  } catch (err) {
    result.viewError = err instanceof Error ? err.message : String(err);
    console.error(`e2e: could not prepare the final view: ${result.viewError}`);
  }

  if (resultFile) {
    writeResult(resultFile, result);
    const release = process.env.SLUICE_E2E_RELEASE;
    if (release) await waitForRelease(release, 60_000);
  } else {
    console.warn('e2e: SLUICE_E2E_RESULT is not set; results are only in the mocha output above');
  }

  // Rejecting makes VS Code (and @vscode/test-electron's runTests) report a non-zero exit code.
  if (result.failed > 0) throw new Error(`e2e: ${result.failed} test(s) failed`);
  if (result.passed === 0) throw new Error(`e2e: no tests ran (looked for *.e2e.js in ${__dirname})`);
}
