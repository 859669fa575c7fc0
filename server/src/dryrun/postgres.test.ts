import * as assert from 'assert';
import { execFileSync, spawn } from 'child_process';
import { once } from 'events';
import * as fs from 'fs';
import { DatabaseError } from './database';
import { openPostgres } from './postgres';
import { createTestDatabase, findPostgresBinaries } from '../../../test/support/postgresServer';

describe('openPostgres: connection errors', () => {
  it('a URL nobody listens on gives a clear error without the password', async () => {
    await assert.rejects(openPostgres('postgres://me:secret@127.0.0.1:1/db'), (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, /^Cannot connect to PostgreSQL at postgres:\/\/me:\*\*\*@127\.0\.0\.1:1\/db: /);
      assert.match(e.message, /Check that the server is running/);
      assert.doesNotMatch(e.message, /secret/);
      return true;
    });
  });

  it('something that is not a PostgreSQL URL is named as such', async () => {
    await assert.rejects(openPostgres('mysql://root:pw@localhost/db'), (e: unknown) => {
      assert.match(String(e), /mysql:\/\/root:\*\*\*@localhost\/db is not a PostgreSQL URL/);
      assert.match(String(e), /Expected postgres:\/\/USER\[:PASSWORD\]@HOST\[:PORT\]\/DATABASE/);
      return true;
    });
    await assert.rejects(openPostgres('not a url'), /"not a url" is not a PostgreSQL URL/);
  });

  it('connects through a Unix socket named the way libpq names it (`?host=/socket/folder`)', async function () {
    this.timeout(60_000);
    const { socketUrl, drop } = await createTestDatabase();
    try {
      const db = await openPostgres(socketUrl);
      assert.deepStrictEqual((await db.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
      await db.close();
    } finally {
      await drop();
    }
  });

  it('a database that does not exist is reported with the server’s reason', async function () {
    this.timeout(60_000);
    const { url, drop } = await createTestDatabase();
    await drop();
    await assert.rejects(
      openPostgres(url),
      /Cannot connect to PostgreSQL at .*database "sluice_test_\d+_\d+" does not exist/,
    );
  });
});

describe('openPostgres: COPY ... FROM STDIN sent by query', () => {
  it('fails at once instead of leaving the server waiting for data, and the connection keeps working', async function () {
    this.timeout(60_000);
    const { url, drop } = await createTestDatabase();
    const db = await openPostgres(url);
    try {
      await db.exec('CREATE TABLE c (id int)');
      await db.query('BEGIN');
      await assert.rejects(db.query('COPY c FROM stdin'), (e: unknown) => {
        assert.ok(e instanceof DatabaseError);
        assert.strictEqual(e.code, '57014');
        assert.match(e.message, /^COPY from stdin failed: the dry-run has no data for this COPY$/);
        return true;
      });
      // node-postgres' own answer left the server waiting for a Sync: this ROLLBACK never returned
      await db.query('ROLLBACK');
      assert.deepStrictEqual((await db.query('SELECT count(*)::int AS n FROM c')).rows, [{ n: 0 }]);
    } finally {
      await db.close();
      await drop();
    }
  });
});

describe('openPostgres: cancel()', () => {
  it('stops the running statement over TCP and through a Unix socket; with nothing running it changes nothing', async function () {
    this.timeout(60_000);
    const { url, socketUrl, drop } = await createTestDatabase();
    try {
      for (const at of [url, socketUrl]) {
        const db = await openPostgres(at);
        try {
          await db.query('BEGIN');
          await db.query('CREATE TABLE cancelled (id int)');
          const sleeping = db.query('SELECT pg_sleep(30)').then(
            () => undefined,
            (e: unknown) => e,
          );
          // The statement must be running, not still on its way, when the request arrives.
          const watcher = await openPostgres(url);
          try {
            while (
              (await watcher.query("SELECT 1 FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(30)'")).rows
                .length === 0
            )
              await new Promise((resolve) => setTimeout(resolve, 20));
          } finally {
            await watcher.close();
          }
          const started = Date.now();
          assert.strictEqual(await db.cancel(), true, `the request reached the server (${at})`);
          const error = await sleeping;
          assert.ok(error instanceof DatabaseError && error.code === '57014', String(error));
          assert.ok(Date.now() - started < 20_000, 'cancelled, not slept through');
          await db.query('ROLLBACK');
          // Idle: the server drops the request, and the next statement runs.
          assert.strictEqual(await db.cancel(), true);
          assert.deepStrictEqual((await db.query("SELECT to_regclass('cancelled') AS t")).rows, [{ t: null }]);
        } finally {
          await db.close();
        }
        assert.strictEqual(await db.cancel(), false, 'a closed connection has nothing to cancel');
      }
    } finally {
      await drop();
    }
  });
});

/** Runs a script in a fresh Node process that loads the test cluster module; returns what it printed. */
const CLUSTER_MODULE = require.resolve('../../../test/support/postgresServer');

function inChildProcess(script: string, env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(
    process.execPath,
    ['-e', `const server = require(${JSON.stringify(CLUSTER_MODULE)});\n${script}`],
    {
      encoding: 'utf8',
      env,
      timeout: 120_000,
    },
  );
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // a stopped server the container's init has not reaped yet is a zombie, not a server
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  return !/^\d+ \(.*\) Z/.test(stat);
}

/** Prints the cluster's postmaster pid and folder once a database in it answers. */
const START_AND_REPORT = `
  const { Client } = require('pg');
  async function startAndReport() {
    const { url } = await server.createTestDatabase();
    const client = new Client(url);
    await client.connect();
    const { rows } = await client.query("SELECT current_setting('data_directory') AS dir");
    await client.end();
    const pid = Number(require('fs').readFileSync(rows[0].dir + '/postmaster.pid', 'utf8').split('\\n')[0]);
    return { pid, root: require('path').dirname(rows[0].dir) };
  }`;

describe('test PostgreSQL cluster (test/support/postgresServer)', function () {
  this.timeout(180_000);

  it('is gone, folder and all, when the test process exits', () => {
    const out = inChildProcess(`${START_AND_REPORT}
      startAndReport().then((r) => console.log(JSON.stringify(r)));`);
    const { pid, root } = JSON.parse(out) as { pid: number; root: string };
    assert.ok(pid > 0);
    assert.strictEqual(isRunning(pid), false, `postgres ${pid} survived its test process`);
    assert.strictEqual(fs.existsSync(root), false, `${root} was left behind`);
  });

  it('is gone too when the test process is interrupted (Ctrl-C) or killed', async () => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const child = spawn(
        process.execPath,
        [
          '-e',
          `const server = require(${JSON.stringify(CLUSTER_MODULE)});\n${START_AND_REPORT}
          startAndReport().then((r) => { console.log(JSON.stringify(r)); setInterval(() => undefined, 1000); });`,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) child.kill(signal);
      });
      const [, endedBy] = (await once(child, 'exit')) as [number | null, string | null];
      assert.strictEqual(endedBy, signal, 'the signal still ends the process');
      const { pid, root } = JSON.parse(out) as { pid: number; root: string };
      assert.strictEqual(isRunning(pid), false, `postgres ${pid} survived ${signal}`);
      assert.strictEqual(fs.existsSync(root), false, `${root} was left behind after ${signal}`);
    }
  });

  it('stopPostgresServer stops it at once; it listens on loopback only', () => {
    const out = inChildProcess(`${START_AND_REPORT}
      (async () => {
        const r = await startAndReport();
        const { Client } = require('pg');
        const { url } = await server.createTestDatabase();
        const client = new Client(url);
        await client.connect();
        const { rows } = await client.query("SELECT current_setting('listen_addresses') AS listen");
        await client.end();
        await server.stopPostgresServer();
        console.log(JSON.stringify({ ...r, listen: rows[0].listen, alive: (() => { try { process.kill(r.pid, 0); return require('fs').readFileSync('/proc/' + r.pid + '/stat', 'utf8').split(' ')[2] !== 'Z'; } catch { return false; } })() }));
      })();`);
    const { listen, alive, root } = JSON.parse(out) as { listen: string; alive: boolean; root: string };
    assert.strictEqual(listen, '127.0.0.1');
    assert.strictEqual(alive, false);
    assert.strictEqual(fs.existsSync(root), false);
  });

  it('without server binaries, tests fail with what to install', () => {
    const saved = process.env.SLUICE_PG_BIN;
    process.env.SLUICE_PG_BIN = '/nonexistent/postgresql/bin';
    try {
      assert.throws(
        () => findPostgresBinaries(),
        /SLUICE_PG_BIN=\/nonexistent\/postgresql\/bin holds no initdb, pg_ctl, postgres\. .*apt-get install postgresql/,
      );
    } finally {
      if (saved === undefined) delete process.env.SLUICE_PG_BIN;
      else process.env.SLUICE_PG_BIN = saved;
    }
  });

  it('hands out a fresh, empty database each time', async () => {
    const [a, b] = [await createTestDatabase(), await createTestDatabase()];
    try {
      assert.notStrictEqual(a.url, b.url);
      assert.match(a.url, /^postgres:\/\/postgres@127\.0\.0\.1:\d+\/sluice_test_\d+_\d+$/);
      const db = await openPostgres(a.url);
      try {
        await db.exec('CREATE TABLE only_in_a (x int)');
      } finally {
        await db.close();
      }
      const other = await openPostgres(b.url);
      try {
        const { rows } = await other.query("SELECT to_regclass('only_in_a') AS t");
        assert.deepStrictEqual(rows, [{ t: null }]);
      } finally {
        await other.close();
      }
    } finally {
      await a.drop();
      await b.drop();
    }
  });
});
