// Entry point of the `sluice` bundle (dist/sluice.js): the CLI, and the language server behind `sluice lsp`.
import { main } from './cli/main';
import { VERSION } from './version';
export { configJsonSchema } from './config/config';
export { main };

function readStdin(): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks)));
    process.stdin.on('error', reject);
  });
}

/** Runs the CLI as a process: writes output, waits for it to flush, sets the exit code. */
export async function run(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`sluice lint ... | head`) closes the pipe: what is left to print has nowhere to go,
  // and the exit code still says what was found.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  const code = await main(argv, {
    cwd: process.cwd(),
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    readStdin,
    isTTY: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    version: VERSION,
  });
  if (code >= 0) process.exitCode = code;
}

if (require.main === module) void run(process.argv.slice(2));
