// Runs the same e2e suite in desktop VS Code through @vscode/test-electron, which downloads VS Code: for developers
// with internet. Offline machines and CI use runCodeServer.ts (npm run test:e2e) instead.
// Usage: npm run build && npm run compile && npm run test:e2e:electron
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import type { E2eResult } from './suite/index';

// out/test/e2e/runElectron.js -> repo root
const repoRoot = path.resolve(__dirname, '..', '..', '..');

async function main(): Promise<number> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-e2e-electron-'));
  // A fresh copy, so the tests' edits (and a crashed run) never touch the fixture in the repo.
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  const resultFile = path.join(tmp, 'result.json');

  let exitCode: number;
  try {
    exitCode = await runTests({
      version: process.env.SLUICE_E2E_VSCODE_VERSION ?? '1.100.3',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: path.join(repoRoot, 'out', 'test', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { SLUICE_E2E_RESULT: resultFile },
    });
  } catch (err) {
    // runTests rejects when VS Code exits non-zero, which the suite's run() causes on failures.
    console.error(`[e2e] ${err instanceof Error ? err.message : String(err)}`);
    exitCode = 1;
  }

  if (fs.existsSync(resultFile)) {
    const result = JSON.parse(fs.readFileSync(resultFile, 'utf8')) as E2eResult;
    for (const test of result.tests) console.log(`  ${test.state === 'passed' ? 'PASS' : 'FAIL'}  ${test.title}`);
    console.log(`e2e: ${result.passed} passed, ${result.failed} failed`);
    if (result.failed > 0 || result.passed === 0) exitCode = exitCode || 1;
  } else {
    console.log('e2e: 0 passed, 0 failed');
    exitCode = exitCode || 1;
  }
  fs.rmSync(tmp, { recursive: true, force: true });
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
