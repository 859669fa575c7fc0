// Runs the bundled `sluice` CLI (dist/sluice.js) in a child process for dry-runs and rollback tests, so neither
// the extension host nor the language server ever waits on a database. The extension host's own binary runs it:
// Node in code-server, Electron (as Node, through ELECTRON_RUN_AS_NODE) in desktop VS Code. Cancelling sends the
// child SIGTERM: the CLI cancels the running statement, rolls back, prints what ran and exits 143; one that has not
// ended after the grace period is killed, and a server rolls back when it finds the connection dropped.
import { spawn } from 'child_process';
import * as vscode from 'vscode';
import { parseProgressLine, ProgressEvent } from './panel/progress';

export interface CliRun {
  stdout: string;
  /** stderr without the progress lines: notes and error messages, for the user. */
  messages: string[];
  exitCode: number | null;
  cancelled: boolean;
}

export interface CliRunOptions {
  cliPath: string;
  args: string[];
  cwd: string;
  /** Added to the environment (the database URL and password travel here, never in args). */
  env: Record<string, string | undefined>;
  token: vscode.CancellationToken;
  onProgress(event: ProgressEvent): void;
}

/** How long a cancelled CLI gets to roll back and print its partial report before it is killed outright. */
const CANCEL_GRACE_MS = 5_000;

export function runCli(options: CliRunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    for (const [key, value] of Object.entries(options.env)) {
      if (value === undefined) delete env[key];
      else env[key] = value;
    }
    const child = spawn(process.execPath, [options.cliPath, ...options.args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    let stdout = '';
    let pending = '';
    const messages: string[] = [];
    let cancelled = false;
    let killTimer: NodeJS.Timeout | undefined;

    const takeLine = (line: string): void => {
      const event = parseProgressLine(line);
      if (event) options.onProgress(event);
      else if (line.trim() !== '') messages.push(line.replace(/^sluice: /, ''));
    };
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(takeLine);
    });
    const cancellation = options.token.onCancellationRequested(() => {
      cancelled = true;
      child.kill('SIGTERM');
      killTimer = setTimeout(() => child.kill('SIGKILL'), CANCEL_GRACE_MS);
    });
    child.on('error', (error) => {
      cancellation.dispose();
      clearTimeout(killTimer);
      reject(new Error(`could not start the Sluice CLI (${options.cliPath}): ${error.message}`));
    });
    child.on('close', (code) => {
      cancellation.dispose();
      clearTimeout(killTimer);
      if (pending) takeLine(pending);
      resolve({ stdout, messages, exitCode: code, cancelled });
    });
  });
}
