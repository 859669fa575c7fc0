// A throwaway real PostgreSQL cluster for tests: initdb into a temp folder, listening on loopback only,
// started once per test process and stopped when the process exits. Tests fail (never skip) without it.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { Client } from 'pg';

interface Cluster {
  port: number;
  root: string;
  dataDir: string;
  bin: string;
  /** Runs a server binary as the cluster's owner. */
  runAs: (binary: string, args: string[]) => { status: number | null; output: string };
}

const INSTALL_HINT =
  'Install the server (Debian/Ubuntu: apt-get install postgresql) or set SLUICE_PG_BIN to the folder that ' +
  'holds initdb and pg_ctl.';

const SERVER_BINARIES = ['initdb', 'pg_ctl', 'postgres'];
const hasServerBinaries = (dir: string) => SERVER_BINARIES.every((b) => fs.existsSync(path.join(dir, b)));

/** SLUICE_PG_BIN (and only it, when set), else the newest /usr/lib/postgresql/<n>/bin, else pg_config --bindir. */
export function findPostgresBinaries(): string {
  const chosen = process.env.SLUICE_PG_BIN;
  if (chosen) {
    if (hasServerBinaries(chosen)) return chosen;
    throw new Error(`SLUICE_PG_BIN=${chosen} holds no ${SERVER_BINARIES.join(', ')}. ${INSTALL_HINT}`);
  }
  const candidates: string[] = [];
  const debianRoot = '/usr/lib/postgresql';
  if (fs.existsSync(debianRoot)) {
    const versions = fs
      .readdirSync(debianRoot)
      .filter((name) => /^\d+(\.\d+)?$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debianRoot, version, 'bin')));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: 'pipe' }).trim());
  } catch {
    // no pg_config on PATH
  }
  const found = candidates.find(hasServerBinaries);
  if (found) return found;
  const looked = candidates.length ? ` (looked in ${candidates.join(', ')})` : '';
  throw new Error(`The tests need the PostgreSQL server binaries and found none${looked}. ${INSTALL_HINT}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** initdb refuses to run as root: then the cluster belongs to the `postgres` user. */
function ownerRunner(root: string): Cluster['runAs'] {
  const isRoot = process.getuid?.() === 0;
  if (isRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(root, uid, gid);
  }
  return (binary, args) => {
    const [command, commandArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
    const result = spawnSync(command, commandArgs, { encoding: 'utf8', cwd: root, stdio: 'pipe' });
    return {
      status: result.status,
      output: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`,
    };
  };
}

function logTail(logFile: string): string {
  try {
    return fs.readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n');
  } catch {
    return '(no server log)';
  }
}

async function startCluster(): Promise<Cluster> {
  const started = performance.now();
  const bin = findPostgresBinaries();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-pg-'));
  const runAs = ownerRunner(root);
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'server.log');
  const initdb = runAs(path.join(bin, 'initdb'), [
    '--no-sync',
    '-A',
    'trust',
    '-U',
    'postgres',
    '-E',
    'UTF8',
    '--locale=C',
    '-D',
    dataDir,
  ]);
  if (initdb.status !== 0) {
    fs.rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed (exit ${initdb.status}):\n${initdb.output}`);
  }
  // A port can be taken between choosing and binding it: try a few.
  let lastFailure = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const options = `-c fsync=off -c listen_addresses=127.0.0.1 -p ${port} -k ${root}`;
    const start = runAs(path.join(bin, 'pg_ctl'), [
      '-D',
      dataDir,
      '-l',
      logFile,
      '-o',
      options,
      '-w',
      '-t',
      '60',
      'start',
    ]);
    if (start.status === 0) {
      const cluster = { port, root, dataDir, bin, runAs };
      await waitUntilAccepting(port, logFile);
      clusterStartMs = performance.now() - started;
      return cluster;
    }
    lastFailure = `${start.output}\n${logTail(logFile)}`;
  }
  fs.rmSync(root, { recursive: true, force: true });
  throw new Error(`The test PostgreSQL server did not start:\n${lastFailure}`);
}

async function waitUntilAccepting(port: number, logFile: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) {
        throw new Error(
          `The test PostgreSQL server on port ${port} accepts no connections: ${error}\n${logTail(logFile)}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** How long initdb + start + first connection took (ms), once started; for reports. */
export let clusterStartMs: number | undefined;

let cluster: Promise<Cluster> | undefined;
/** Set once started, for the synchronous exit handler. */
let running: Cluster | undefined;

function stopSync(stopped: Cluster): void {
  stopped.runAs(path.join(stopped.bin, 'pg_ctl'), ['-D', stopped.dataDir, '-m', 'immediate', '-w', 'stop']);
  fs.rmSync(stopped.root, { recursive: true, force: true });
}

// The last line of defence against an orphaned postgres: 'exit' handlers may only do synchronous work.
process.on('exit', () => {
  if (running) stopSync(running);
  running = undefined;
});

/**
 * Ctrl-C or a kill ends Node without 'exit' handlers. While a cluster runs, those signals stop it first, then
 * take their usual course (the listener is gone by then, so re-raising the signal ends the process).
 */
const SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function stopThenRaise(signal: NodeJS.Signals): void {
  removeSignalHandlers();
  if (running) stopSync(running);
  running = undefined;
  process.kill(process.pid, signal);
}
function addSignalHandlers(): void {
  for (const signal of SIGNALS) process.once(signal, stopThenRaise);
}
function removeSignalHandlers(): void {
  for (const signal of SIGNALS) process.removeListener(signal, stopThenRaise);
}

function sharedCluster(): Promise<Cluster> {
  cluster ??= startCluster().then(
    (started) => {
      addSignalHandlers();
      return (running = started);
    },
    (error: unknown) => {
      cluster = undefined;
      throw error;
    },
  );
  return cluster;
}

let databaseCounter = 0;

/** A fresh, empty database in the shared cluster (started on first use). */
export async function createTestDatabase(): Promise<{ url: string; socketUrl: string; drop(): Promise<void> }> {
  const { port, root } = await sharedCluster();
  const name = `sluice_test_${process.pid}_${++databaseCounter}`;
  await asAdmin(port, `CREATE DATABASE ${name}`);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/${name}`,
    // libpq's form for a Unix socket: the socket folder in the query, no host before the path.
    socketUrl: `postgresql://postgres@/${name}?host=${root}&port=${port}`,
    drop: () => asAdmin(port, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function asAdmin(port: number, sql: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', database: 'postgres' });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function stopPostgresServer(): Promise<void> {
  const pending = cluster;
  cluster = undefined;
  if (!pending) return;
  const stopped = await pending.catch(() => undefined);
  if (stopped && running === stopped) {
    running = undefined;
    removeSignalHandlers();
    stopSync(stopped);
  }
}
