// The real `sluice` command for CLI tests (bin/sluice.js runs the bundle SLUICE_DIST names, else dist/), and
// throwaway project folders that are removed when the test process exits.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const SLUICE_BIN = path.join(REPO_ROOT, 'bin', 'sluice.js');

export interface SluiceRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `sluice ARGS` in `cwd`, `input` on stdin; colours off unless `env` (the whole environment) says otherwise. */
export function runSluice(
  args: readonly string[],
  cwd: string,
  input?: string,
  env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' },
): SluiceRun {
  const result = spawnSync(process.execPath, [SLUICE_BIN, ...args], { cwd, input, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const projects: string[] = [];
process.on('exit', () => {
  for (const dir of projects) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder holding `files` (relative paths → contents). */
export function tempProject(files: Record<string, string>, prefix = 'sluice-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  projects.push(dir);
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}
