// The language server on a large migration: time to first diagnostics, latency of incremental edits, memory.
//
// Run with `npm run bench:lsp` (builds dist/, compiles, then runs out/bench/lsp.js). Starts the built server
// (`node dist/sluice.js lsp --stdio`) like an editor would (over stdio, with vscode-jsonrpc, push diagnostics),
// in a temporary golang-migrate folder holding a small earlier migration and a 5,000-statement one, then:
//   1. didOpen of the 5,000-statement migration → the matching publishDiagnostics      (budget ≤ 250 ms)
//   2. 50 incremental edits in the middle, each changing one statement (a column rename, or adding/removing
//      NOT NULL so the findings change), each timed from didChange to the publish of that version
//                                                                                      (budget p95 ≤ 50 ms)
//   3. the server's resident memory, VmRSS (and peak VmHWM) from /proc/<pid>/status, right after the edits
//      and once the server has been idle long enough to collect its garbage             (budget ≤ 150 MB)
// Prints figures only: it asserts nothing, and exits 0 unless it cannot run at all.
//
// SLUICE_BENCH_SERVER_ARGS adds node flags for the server process, e.g. to profile it:
//   SLUICE_BENCH_SERVER_ARGS="--cpu-prof --cpu-prof-dir=/tmp/sluice-prof" node out/bench/lsp.js
// SLUICE_BENCH_EDITS sets the number of edits (default 50; 0 profiles the open alone).
import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { IDLE_COLLECTION_DELAYS_MS } from '../server/src/lsp/idleCollector';
import { generateMigration } from './lint';

const ROOT = path.resolve(__dirname, '..', '..');
// SLUICE_DIST: a development build kept apart from dist/ (as bin/sluice.js and the LSP test client honour it).
const DIST = process.env.SLUICE_DIST || 'dist';
const SERVER = path.join(ROOT, DIST, 'sluice.js');
const STATEMENTS = 5_000;
const EDITS = Number(process.env.SLUICE_BENCH_EDITS ?? 50);
const DEADLINE_MS = 60_000;
const BUDGET = { firstMs: 250, p95Ms: 50, rssMb: 150 };

const HISTORY = `CREATE TABLE accounts (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE users (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL REFERENCES accounts (id),
  email text NOT NULL,
  status text NOT NULL DEFAULT 'new',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX users_account_id_idx ON users (account_id);
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL,
  status text NOT NULL DEFAULT 'new',
  amount_cents bigint NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
`;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function memory(pid: number): { rssMb: number; hwmMb: number } | undefined {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key: string): number => Number(new RegExp(`^${key}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined; // no /proc (not Linux)
  }
}

interface Edit {
  line: number;
  start: number;
  end: number;
  text: string;
  what: string;
}

/**
 * Fifty edits near the middle of the file, one statement each: single-line `ALTER TABLE t ADD COLUMN note_N text;`
 * statements, alternately renamed (`note_N` → `note_N_v2`: the same findings) and made `NOT NULL` (a new
 * add-required-column finding appears). Lines are distinct, so each edit's range is exact in the current text.
 */
function planEdits(text: string): Edit[] {
  const lines = text.split('\n');
  const candidates: number[] = [];
  lines.forEach((line, i) => {
    if (/^ALTER TABLE \w+ ADD COLUMN note_\d+ text;$/.test(line)) candidates.push(i);
  });
  const middle = lines.length / 2;
  candidates.sort((a, b) => Math.abs(a - middle) - Math.abs(b - middle));
  return candidates.slice(0, EDITS).map((line, k) => {
    const content = lines[line];
    if (k % 2 === 0) {
      const m = /note_\d+/.exec(content)!;
      return { line, start: m.index, end: m.index + m[0].length, text: `${m[0]}_v2`, what: 'rename column' };
    }
    const at = content.length - 1; // before the `;`
    return { line, start: at, end: at, text: ' NOT NULL', what: 'add NOT NULL' };
  });
}

async function main(): Promise<void> {
  if (!fs.existsSync(SERVER)) {
    console.error(`bench:lsp: ${DIST}/sluice.js is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-lsp-')));
  const dir = path.join(root, 'db', 'migrations');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, '000001_create_base.up.sql'), HISTORY);
  fs.writeFileSync(
    path.join(dir, '000001_create_base.down.sql'),
    'DROP TABLE orders;\nDROP TABLE users;\nDROP TABLE accounts;\n',
  );
  const file = path.join(dir, '000002_big_change.up.sql');
  const text = generateMigration(STATEMENTS);
  fs.writeFileSync(file, text);
  fs.writeFileSync(path.join(dir, '000002_big_change.down.sql'), 'SELECT 1;\n');
  const uri = pathToFileURL(file).toString();

  const nodeArgs = (process.env.SLUICE_BENCH_SERVER_ARGS ?? '').split(/\s+/).filter(Boolean);
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [...nodeArgs, SERVER, 'lsp', '--stdio'], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  let exited = false;
  const exit = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      resolve(code);
    }),
  );
  const connection = createMessageConnection(
    new StreamMessageReader(child.stdout),
    new StreamMessageWriter(child.stdin),
  );

  // Each publish for our document, stamped on arrival.
  const waiting = new Map<number, (at: bigint, params: PublishDiagnosticsParams) => void>();
  const arrived = new Map<number, { at: bigint; params: PublishDiagnosticsParams }>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
    const at = process.hrtime.bigint();
    if (params.uri !== uri || params.version === undefined) return;
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(at, params);
    } else arrived.set(params.version, { at, params });
  });
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
    params.items.map(() => ({ enable: true, migrationDirs: [] })),
  );
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onNotification('window/logMessage', () => undefined);
  connection.onNotification('window/showMessage', () => undefined);
  connection.listen();

  const publishOf = (version: number): Promise<{ at: bigint; params: PublishDiagnosticsParams }> => {
    const early = arrived.get(version);
    if (early) return Promise.resolve(early);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new Error(
              `no publishDiagnostics for version ${version} within ${DEADLINE_MS} ms; stderr: ${stderr.slice(-2000)}`,
            ),
          ),
        DEADLINE_MS,
      );
      waiting.set(version, (at, params) => {
        clearTimeout(timer);
        resolve({ at, params });
      });
      void exit.then(() => reject(new Error(`the server exited; stderr: ${stderr.slice(-2000)}`)));
    });
  };

  try {
    const startedAt = process.hrtime.bigint();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      clientInfo: { name: 'sluice-bench' },
      rootUri: pathToFileURL(root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'bench' }],
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: true },
        },
      },
    });
    await connection.sendNotification('initialized', {});
    const initializedMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
    const idle = memory(child.pid!);

    console.log('sluice language server on a 5,000-statement migration');
    console.log(`  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
    console.log(
      `  file: db/migrations/000002_big_change.up.sql (golang-migrate, after 1 earlier migration): ${STATEMENTS.toLocaleString('en-US')} statements, ${text.split('\n').length - 1} lines, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB`,
    );
    console.log(`  server: node${nodeArgs.length ? ` ${nodeArgs.join(' ')}` : ''} ${DIST}/sluice.js lsp --stdio`);
    console.log(
      `  initialize round trip: ${initializedMs.toFixed(0)} ms; RSS before opening: ${idle ? `${idle.rssMb.toFixed(1)} MB` : 'n/a'}`,
    );
    console.log('');

    // 1. First diagnostics after didOpen.
    let version = 1;
    let current = text;
    const openSent = process.hrtime.bigint();
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'sql', version, text },
    });
    const first = await publishOf(version);
    const firstMs = Number(first.at - openSent) / 1e6;
    const afterOpen = memory(child.pid!);
    console.log(
      `didOpen → first publishDiagnostics: ${firstMs.toFixed(1)} ms (budget ≤ ${BUDGET.firstMs} ms) — ${first.params.diagnostics.length} diagnostics`,
    );

    // 2. Incremental edits in the middle, one at a time.
    const edits = planEdits(current);
    if (edits.length < EDITS) console.log(`  (only ${edits.length} editable statements found in the middle)`);
    const latencies: number[] = [];
    const counts: number[] = [];
    for (const edit of edits) {
      version++;
      const lines = current.split('\n');
      lines[edit.line] = lines[edit.line].slice(0, edit.start) + edit.text + lines[edit.line].slice(edit.end);
      current = lines.join('\n');
      const sent = process.hrtime.bigint();
      await connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [
          {
            range: { start: { line: edit.line, character: edit.start }, end: { line: edit.line, character: edit.end } },
            text: edit.text,
          },
        ],
      });
      const published = await publishOf(version);
      latencies.push(Number(published.at - sent) / 1e6);
      counts.push(published.params.diagnostics.length);
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    const p50 = percentile(sorted, 50);
    const p95 = percentile(sorted, 95);
    const max = sorted[sorted.length - 1];
    if (latencies.length > 0) {
      console.log(
        `${latencies.length} incremental edits (didChange → publishDiagnostics of that version): p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (budget ≤ ${BUDGET.p95Ms} ms), max ${max.toFixed(1)} ms, mean ${(latencies.reduce((a, b) => a + b, 0) / latencies.length).toFixed(1)} ms`,
      );
      console.log(
        `  diagnostics per publish: ${Math.min(...counts)}..${Math.max(...counts)} (they change as NOT NULL is added); first 10 latencies: ${latencies
          .slice(0, 10)
          .map((l) => l.toFixed(1))
          .join(', ')} ms`,
      );
    } else {
      console.log('no incremental edits (SLUICE_BENCH_EDITS=0)');
    }

    // 3. Memory: right after the edits, and once the server has been quiet long enough to collect its garbage
    // (server/src/lsp/idleCollector.ts), as it stays while the user reads the diagnostics.
    const end = memory(child.pid!);
    const settleMs = Math.max(...IDLE_COLLECTION_DELAYS_MS) + 2_000;
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const settled = memory(child.pid!);
    if (end && settled) {
      console.log(
        `server memory: VmRSS ${end.rssMb.toFixed(1)} MB right after the edits, ${settled.rssMb.toFixed(1)} MB after ${settleMs / 1000} s without requests (budget ≤ ${BUDGET.rssMb} MB); ${afterOpen ? `${afterOpen.rssMb.toFixed(1)} MB after didOpen, ` : ''}peak VmHWM ${settled.hwmMb.toFixed(1)} MB`,
      );
    } else {
      console.log('server memory: n/a (/proc/<pid>/status is not available on this system)');
    }

    console.log('');
    console.log('Summary');
    console.log(
      `  first diagnostics: ${firstMs.toFixed(0)} ms (≤ ${BUDGET.firstMs} ms: ${firstMs <= BUDGET.firstMs ? 'within' : 'MISSED'})`,
    );
    if (latencies.length > 0)
      console.log(
        `  edit latency p95: ${p95.toFixed(1)} ms (≤ ${BUDGET.p95Ms} ms: ${p95 <= BUDGET.p95Ms ? 'within' : 'MISSED'}); p50 ${p50.toFixed(1)} ms; max ${max.toFixed(1)} ms`,
      );
    if (end && settled)
      console.log(
        `  RSS: ${end.rssMb.toFixed(0)} MB while editing (≤ ${BUDGET.rssMb} MB: ${end.rssMb <= BUDGET.rssMb ? 'within' : 'MISSED'}), ${settled.rssMb.toFixed(0)} MB once idle (${settled.rssMb <= BUDGET.rssMb ? 'within' : 'MISSED'}); peak ${settled.hwmMb.toFixed(0)} MB`,
      );
  } finally {
    if (!exited) {
      try {
        await Promise.race([connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
        await connection.sendNotification('exit');
      } catch {
        // the server is gone already
      }
      const code = await Promise.race([exit, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 10_000))]);
      if (code === 'timeout') child.kill('SIGKILL');
    }
    connection.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(`bench:lsp: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
