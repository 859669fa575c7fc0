// `sluice dry-run` through the built command (SLUICE_DIST or dist/): the spec's JSON on embedded PGlite and on a
// real PostgreSQL, exit codes, and proof that nothing leaks into a named database — after success, an error, a
// timeout, Ctrl-C (mid-statement, between statements, twice, while connecting, with no second connection allowed),
// and kill -9 of the dry-run process mid-statement.
import * as assert from 'assert';
import { ChildProcess, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { snapshotSchema, tableChecksums } from '../../server/src/dryrun/catalog';
import { Database } from '../../server/src/dryrun/database';
import { openPostgres } from '../../server/src/dryrun/postgres';
import { createTestDatabase } from '../support/postgresServer';
import { runSluice, SLUICE_BIN, tempProject as makeTempProject } from '../support/sluiceCli';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN = SLUICE_BIN;
const CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-dryrun-cache-test-'));
const ENV = { ...process.env, NO_COLOR: '1', SLUICE_CACHE_DIR: CACHE, SLUICE_DATABASE_URL: '' };
const sluice = (args: string[], cwd: string) => runSluice(args, cwd, undefined, ENV);
const tempProject = (files: Record<string, string>) => makeTempProject(files, 'sluice-dryrun-');

/** `sluice` killed after `ms`: a dry-run that hangs fails the test (code null) instead of blocking the suite. */
function sluiceWithin(
  args: string[],
  cwd: string,
  ms: number,
): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: ENV,
    timeout: ms,
    killSignal: 'SIGKILL',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What a migration file a tool sends to the server (golang-migrate) gets for COPY ... FROM STDIN. */
const UNFED_COPY =
  /^golang-migrate sends the file's SQL to the server and has no data to send for COPY \.\.\. FROM STDIN \(only psql and Flyway send the lines that follow it\): the statement fails there, so the dry-run did not run it\. Load the rows with INSERT, /;

const ajv = new Ajv2020({ strict: false });
// The dry-run schema takes its range definition from the lint schema beside it.
ajv.addSchema(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'lint-output.schema.json'), 'utf8')),
  'lint-output.schema.json',
);
const dryRunSchema = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'dry-run-output.schema.json'), 'utf8')),
);
function validDocument(document: unknown): boolean {
  return dryRunSchema(document) as boolean;
}

const HISTORY = {
  'db/migrations/000001_orders.up.sql':
    'CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL, note varchar(50));\n' +
    "INSERT INTO orders SELECT g, g, 'n' FROM generate_series(1, 200) g;\n",
  'db/migrations/000001_orders.down.sql': 'DROP TABLE orders;\n',
};

const MIGRATION =
  'CREATE INDEX orders_total_idx ON orders (total);\n' +
  'ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);\n' +
  'ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n' +
  "UPDATE orders SET note = '☕😀' WHERE nope = 1;\n" +
  'DROP TABLE orders;\n';

interface StatementJson {
  status: string;
  locks: { relation: string; mode: string; blocks: string[] }[];
  rewrites: string[];
  error: { code?: string; message: string; range: unknown } | null;
  reason?: string;
  rowsAffected: number | null;
}

describe('sluice dry-run (CLI)', function () {
  this.timeout(300_000);
  // Saved data directories are about 40 MB each.
  after(() => fs.rmSync(CACHE, { recursive: true, force: true }));

  describe('on embedded PGlite with the folder history', () => {
    const dir = tempProject({ ...HISTORY, 'db/migrations/000002_change.up.sql': MIGRATION });
    const file = 'db/migrations/000002_change.up.sql';

    it('prints the spec JSON: locks with what they block, rewrites, the error at its token, the rest skipped', () => {
      const run = sluice(['dry-run', file, '--format', 'json'], dir);
      assert.strictEqual(run.code, 1, run.stderr);
      const document = JSON.parse(run.stdout);
      assert.ok(validDocument(document), JSON.stringify(dryRunSchema.errors));
      assert.strictEqual(document.engine, 'pglite');
      assert.match(document.serverVersion, /^\d+\.\d+$/);
      assert.strictEqual(document.file, file);
      assert.strictEqual(document.committed, false);
      const statements: StatementJson[] = document.statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'ok', 'ok', 'error', 'skipped'],
      );
      assert.deepStrictEqual(statements[0].locks, [
        { relation: 'public.orders', mode: 'ShareLock', blocks: ['INSERT', 'UPDATE', 'DELETE'] },
      ]);
      assert.deepStrictEqual(statements[1].rewrites, [], 'varchar(50) → varchar(200) keeps the storage');
      assert.ok(statements[2].rewrites.includes('public.orders'), 'int → bigint rewrites the table');
      assert.strictEqual(statements[3].error?.code, '42703');
      // "UPDATE orders SET note = '☕😀' WHERE nope": 😀 is two UTF-16 code units but one character for PostgreSQL
      assert.deepStrictEqual(statements[3].error?.range, {
        start: { line: 4, column: 38 },
        end: { line: 4, column: 42 },
      });
    });

    it('reuses the saved history on the next run and prints progress lines', () => {
      const run = sluice(['dry-run', file, '--format', 'json', '--progress'], dir);
      assert.strictEqual(run.code, 1, run.stderr);
      const events = run.stderr
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line));
      const history = events.find((e) => e.event === 'history');
      assert.strictEqual(history?.cache, 'hit');
      assert.strictEqual(history?.files, 1);
      assert.deepStrictEqual(
        events.filter((e) => e.event === 'statement' && e.state === 'started').map((e) => e.index),
        [1, 2, 3, 4],
      );
    });

    it('without history the table does not exist', () => {
      const run = sluice(['dry-run', file, '--format', 'json', '--no-history'], dir);
      assert.strictEqual(run.code, 1, run.stderr);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.strictEqual(statements[0].status, 'error');
      assert.strictEqual(statements[0].error?.code, '42P01');
    });

    it('prints a readable table in text format and exits 0 when every statement ran', () => {
      const ok = tempProject({
        ...HISTORY,
        'db/migrations/000002_idx.up.sql': MIGRATION.split('\n').slice(0, 3).join('\n'),
      });
      const run = sluice(['dry-run', 'db/migrations/000002_idx.up.sql'], ok);
      assert.strictEqual(run.code, 0, run.stderr);
      assert.match(run.stdout, /lock SHARE on public\.orders: blocks INSERT, UPDATE, DELETE/);
      assert.match(run.stdout, /\[REWRITE public\.orders/);
      assert.match(run.stdout, /3 statements: 3 ok/);
    });

    it('stops a statement that outruns --statement-timeout (PGlite ignores statement_timeout: its worker is stopped)', () => {
      const slow = tempProject({
        ...HISTORY,
        'db/migrations/000002_slow.up.sql': 'SELECT pg_sleep(60);\nDROP TABLE orders;\n',
      });
      const started = Date.now();
      const run = sluice(
        ['dry-run', 'db/migrations/000002_slow.up.sql', '--format', 'json', '--statement-timeout', '1500'],
        slow,
      );
      assert.ok(Date.now() - started < 45_000, `took ${Date.now() - started} ms`);
      assert.strictEqual(run.code, 1, run.stderr);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['error', 'skipped'],
      );
      assert.strictEqual(statements[0].error?.code, '57014');
    });

    it('Ctrl-C stops the running statement and still prints the report', async () => {
      const slow = tempProject({
        ...HISTORY,
        'db/migrations/000002_slow.up.sql': 'SELECT pg_sleep(60);\nDROP TABLE orders;\n',
      });
      const child = spawn(
        process.execPath,
        [BIN, 'dry-run', 'db/migrations/000002_slow.up.sql', '--format', 'json', '--progress'],
        {
          cwd: slow,
          env: ENV,
        },
      );
      let stdout = '';
      let stderr = '';
      let interrupted = false;
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        if (!interrupted && stderr.includes('"state":"started","index":1')) {
          interrupted = true; // once: a second Ctrl-C ends the process, as it should
          setTimeout(() => child.kill('SIGINT'), 300);
        }
      });
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      assert.strictEqual(code, 130, stderr);
      assert.match(
        stderr,
        /^sluice: dry-run interrupted by SIGINT: 1 of 2 statements ran; the scratch database is thrown away$/m,
      );
      const statements: StatementJson[] = JSON.parse(stdout).statements;
      assert.strictEqual(statements[0].error?.code, '57014');
      assert.strictEqual(statements[1].status, 'skipped');
    });

    it('loads the PGlite extensions the migrations create (pgcrypto in the history)', () => {
      const withExtension = tempProject({
        'db/migrations/000001_keys.up.sql':
          'CREATE EXTENSION IF NOT EXISTS pgcrypto;\nCREATE TABLE keys (id uuid PRIMARY KEY DEFAULT gen_random_uuid());\n',
        'db/migrations/000002_use.up.sql':
          "INSERT INTO keys DEFAULT VALUES;\nSELECT crypt('secret', gen_salt('bf', 4));\n",
      });
      const run = sluice(['dry-run', 'db/migrations/000002_use.up.sql', '--format', 'json'], withExtension);
      assert.strictEqual(run.code, 0, run.stdout + run.stderr);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'ok'],
      );
    });

    it('COPY ... FROM STDIN that golang-migrate cannot feed: an error at STDIN at once (history too), not a timeout', () => {
      const copying = tempProject({
        'db/migrations/000001_orders.up.sql':
          'CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL);\nCOPY orders FROM stdin;\n1\t1\n\\.\n',
        'db/migrations/000001_orders.down.sql': 'DROP TABLE orders;\n',
        'db/migrations/000002_import.up.sql': 'COPY orders (id, total) FROM stdin;\n2\t2\n\\.\nDROP TABLE orders;\n',
      });
      // Sent to the server, the COPY would wait out this timeout (and the history has none): stopped at 60 s.
      const run = sluiceWithin(
        ['dry-run', 'db/migrations/000002_import.up.sql', '--format', 'json', '--statement-timeout', '120000'],
        copying,
        60_000,
      );
      assert.strictEqual(run.code, 1, run.stderr);
      const document = JSON.parse(run.stdout);
      assert.ok(validDocument(document), JSON.stringify(dryRunSchema.errors));
      const statements: StatementJson[] = document.statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['error', 'skipped'],
      );
      assert.match(statements[0].error?.message ?? '', UNFED_COPY);
      assert.strictEqual(statements[0].error?.code, undefined);
      assert.deepStrictEqual(statements[0].error?.range, {
        start: { line: 1, column: 30 },
        end: { line: 1, column: 35 },
      });
      assert.match(
        run.stderr,
        /note: an earlier migration failed on the embedded database: db\/migrations\/000001_orders\.up\.sql:2:1: golang-migrate sends/,
      );
    });

    it('a folder psql runs loads the data after COPY ... FROM STDIN, in the history and in the migration', () => {
      const psql = tempProject({
        'migrations/0001_orders.sql':
          'CREATE TABLE orders (id int PRIMARY KEY, note text);\nCOPY orders (id, note) FROM stdin;\n1\t\\N\n2\tx\n\\.\n',
        'migrations/0002_fill.sql':
          "COPY orders (id, note) FROM stdin;\n3\t\\N\n\\.\nUPDATE orders SET note = '-' WHERE note IS NULL;\n",
      });
      const run = sluiceWithin(['dry-run', 'migrations/0002_fill.sql', '--format', 'json'], psql, 60_000);
      assert.strictEqual(run.code, 0, run.stderr);
      assert.doesNotMatch(run.stderr, /earlier migration failed/);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => [s.status, s.rowsAffected]),
        [
          ['ok', 1],
          ['ok', 2],
        ],
        "one NULL note from the history's data, one from the migration's",
      );
    });

    it('applies the configured seed after the history', () => {
      const seeded = tempProject({
        ...HISTORY,
        '.sluicerc.json': '{ "seed": "seed.sql" }',
        'seed.sql': 'INSERT INTO orders VALUES (1000, 5, NULL);\n',
        'db/migrations/000002_not_null.up.sql': 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n',
      });
      const run = sluice(['dry-run', 'db/migrations/000002_not_null.up.sql', '--format', 'json'], seeded);
      assert.strictEqual(run.code, 1, run.stderr);
      const [statement] = JSON.parse(run.stdout).statements as StatementJson[];
      assert.strictEqual(statement.error?.code, '23502', 'the seeded NULL fails SET NOT NULL as production would');
    });
  });

  describe('bad input', () => {
    const dir = tempProject({ ...HISTORY, 'notes/hello.sql': 'SELECT 1;\n' });
    const cases: [string, string[], RegExp][] = [
      ['a missing file', ['dry-run', 'db/migrations/nope.up.sql'], /nope\.up\.sql: no such file/],
      ['a file that is not a migration', ['dry-run', 'notes/hello.sql'], /is not a migration/],
      ['no file', ['dry-run'], /needs one migration file/],
      [
        'a URL that is not PostgreSQL',
        ['dry-run', 'db/migrations/000001_orders.up.sql', '--database-url', 'mysql://x@localhost/db'],
        /is not a PostgreSQL URL/,
      ],
      [
        'a server that refuses connections',
        ['dry-run', 'db/migrations/000001_orders.up.sql', '--database-url', 'postgres://u@127.0.0.1:1/db'],
        /Cannot connect to PostgreSQL at postgres:\/\/u@127\.0\.0\.1:1\/db/,
      ],
      [
        'a bad timeout',
        ['dry-run', 'db/migrations/000001_orders.up.sql', '--statement-timeout', 'soon'],
        /whole number/,
      ],
    ];
    for (const [what, args, message] of cases) {
      it(`exits 2 with one clear line for ${what}`, () => {
        const run = sluice(args, dir);
        assert.strictEqual(run.code, 2, run.stdout + run.stderr);
        assert.match(run.stderr.split('\n')[0], message);
        assert.doesNotMatch(run.stderr, /at .*\.js:\d+/, 'no stack trace');
      });
    }
  });

  describe('on a real PostgreSQL named by --database-url', () => {
    let url: string;
    let drop: () => Promise<void>;
    let admin: Database;
    const dir = tempProject({});

    before(async () => {
      ({ url, drop } = await createTestDatabase());
      admin = await openPostgres(url);
      await admin.exec(
        'CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL, note varchar(50));' +
          "INSERT INTO orders SELECT g, g, 'n' || g FROM generate_series(1, 300) g;" +
          'CREATE TABLE users (id int PRIMARY KEY, email text);' +
          "INSERT INTO users VALUES (1, 'a@example.com');",
      );
    });
    after(async () => {
      await admin?.close();
      await drop?.();
    });

    async function state(): Promise<unknown> {
      return { schema: [...(await snapshotSchema(admin)).objects], rows: [...(await tableChecksums(admin))] };
    }

    function migration(name: string, sql: string): string {
      const file = `db/migrations/${name}.up.sql`;
      fs.mkdirSync(path.join(dir, 'db/migrations'), { recursive: true });
      fs.writeFileSync(path.join(dir, file), sql);
      return file;
    }

    it('reports the real locks, leaves CONCURRENTLY not-run, and changes nothing', async () => {
      const before = await state();
      const file = migration(
        '000010_mixed',
        'ALTER TABLE orders ADD COLUMN status text;\n' +
          "UPDATE orders SET status = 'new';\n" +
          'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);\n' +
          'ALTER TABLE orders ALTER COLUMN total TYPE bigint;\n',
      );
      const run = sluice(['dry-run', file, '--format', 'json', '--database-url', url], dir);
      assert.strictEqual(run.code, 0, run.stderr);
      const document = JSON.parse(run.stdout);
      assert.ok(validDocument(document), JSON.stringify(dryRunSchema.errors));
      assert.strictEqual(document.engine, 'postgres');
      assert.match(document.serverVersion, /^1\d\.\d+$/);
      const statements: StatementJson[] = document.statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'ok', 'not-run', 'ok'],
      );
      assert.deepStrictEqual(statements[0].locks[0], {
        relation: 'public.orders',
        mode: 'AccessExclusiveLock',
        blocks: ['SELECT', 'SELECT FOR UPDATE', 'INSERT', 'UPDATE', 'DELETE'],
      });
      assert.match(statements[2].reason ?? '', /cannot run inside a transaction.*database you named/);
      assert.ok(statements[3].rewrites.includes('public.orders'));
      assert.deepStrictEqual(await state(), before);
    });

    it('takes the URL from SLUICE_DATABASE_URL too; an error leaks nothing', async () => {
      const before = await state();
      const file = migration('000011_error', "DELETE FROM users;\nINSERT INTO orders VALUES (1, 1, 'dup');\n");
      const result = spawnSync(process.execPath, [BIN, 'dry-run', file, '--format', 'json'], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...ENV, SLUICE_DATABASE_URL: url },
      });
      assert.strictEqual(result.status, 1, result.stderr);
      const statements: StatementJson[] = JSON.parse(result.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'error'],
      );
      assert.strictEqual(statements[1].error?.code, '23505');
      assert.deepStrictEqual(await state(), before);
    });

    it('stops a slow statement at --statement-timeout and leaks nothing', async () => {
      const before = await state();
      const file = migration('000012_slow', "UPDATE orders SET note = 'x';\nSELECT pg_sleep(30);\nDROP TABLE users;\n");
      const started = Date.now();
      const run = sluice(
        ['dry-run', file, '--format', 'json', '--database-url', url, '--statement-timeout', '300'],
        dir,
      );
      assert.ok(Date.now() - started < 20_000);
      assert.strictEqual(run.code, 1, run.stderr);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'error', 'skipped'],
      );
      assert.strictEqual(statements[1].error?.code, '57014');
      assert.deepStrictEqual(await state(), before);
    });

    it("COPY ... FROM STDIN: golang-migrate's is an error at once, psql's data loads; nothing leaks", async () => {
      const before = await state();
      const file = migration(
        '000015_copy',
        'COPY users (id, email) FROM STDIN;\n2\tb@example.com\n\\.\nDELETE FROM orders;\n',
      );
      // Sent, node-postgres used to leave the server waiting for a Sync: the run never ended. Stopped at 60 s.
      const run = sluiceWithin(
        ['dry-run', file, '--format', 'json', '--database-url', url, '--statement-timeout', '120000'],
        dir,
        60_000,
      );
      assert.strictEqual(run.code, 1, run.stderr);
      const statements: StatementJson[] = JSON.parse(run.stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['error', 'skipped'],
      );
      assert.match(statements[0].error?.message ?? '', UNFED_COPY);

      fs.mkdirSync(path.join(dir, 'migrations'), { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'migrations', '0001_users.sql'),
        'COPY users (id, email) FROM STDIN;\n2\tB@example.com\n3\tC@example.com\n\\.\nUPDATE users SET email = lower(email);\n',
      );
      const psql = sluiceWithin(
        ['dry-run', 'migrations/0001_users.sql', '--format', 'json', '--database-url', url],
        dir,
        60_000,
      );
      assert.strictEqual(psql.code, 0, psql.stderr);
      assert.deepStrictEqual(
        (JSON.parse(psql.stdout).statements as StatementJson[]).map((s) => [s.status, s.rowsAffected]),
        [
          ['ok', 2],
          ['ok', 3],
        ],
      );
      assert.deepStrictEqual(await state(), before);
    });

    interface Started {
      child: ChildProcess;
      /** Resolves when the process has ended, with what it printed. */
      ended: Promise<{ stdout: string; stderr: string }>;
      stderr(): string;
    }

    /** Starts the CLI (`sluice dry-run FILE --progress --database-url ...`) and resolves once stderr shows `marker`. */
    function startUntil(file: string, marker: string | number, databaseUrl = url): Promise<Started> {
      const wanted = typeof marker === 'number' ? `"state":"started","index":${marker}` : marker;
      const child = spawn(
        process.execPath,
        [BIN, 'dry-run', file, '--format', 'json', '--progress', '--database-url', databaseUrl],
        {
          cwd: dir,
          env: ENV,
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      const ended = new Promise<{ stdout: string; stderr: string }>((resolve) =>
        child.on('close', () => resolve({ stdout, stderr })),
      );
      return new Promise((resolve, reject) => {
        child.stderr.on('data', (chunk: Buffer) => {
          stderr += chunk.toString();
          if (stderr.includes(wanted)) resolve({ child, ended, stderr: () => stderr });
        });
        child.on('close', (code) => reject(new Error(`the dry-run ended (${code}) before ${wanted}: ${stderr}`)));
      });
    }

    /** How the process ended; a hang fails the test after `ms` instead of blocking the suite. */
    async function endedWithin(started: Started, ms: number): Promise<{ stdout: string; stderr: string }> {
      let timer: NodeJS.Timeout | undefined;
      const hang = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          started.child.kill('SIGKILL');
          reject(new Error(`still running ${ms} ms after the signal: ${started.stderr()}`));
        }, ms);
      });
      try {
        return await Promise.race([started.ended, hang]);
      } finally {
        clearTimeout(timer);
      }
    }

    async function waitForNoDryRunSession(): Promise<void> {
      const deadline = Date.now() + 60_000;
      while (Date.now() < deadline) {
        const { rows } = await admin.query(
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'sluice' AND pid <> pg_backend_pid() AND datname = current_database()",
        );
        if (rows[0].n === 0) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the killed dry-run still has a session on the server');
    }

    it('Ctrl-C cancels the running statement on the server, rolls back and exits 130', async () => {
      const before = await state();
      const file = migration(
        '000013_cancel',
        'ALTER TABLE orders ADD COLUMN flag int;\nSELECT pg_sleep(30);\nDROP TABLE users;\n',
      );
      const started = await startUntil(file, 2);
      started.child.kill('SIGINT');
      const { stdout, stderr } = await endedWithin(started, 15_000);
      assert.strictEqual(started.child.exitCode, 130, stderr);
      assert.match(
        stderr,
        /^sluice: dry-run interrupted \(SIGINT\): cancelling the running statement and rolling back; press Ctrl-C again to quit at once$/m,
      );
      assert.match(
        stderr,
        /^sluice: dry-run interrupted by SIGINT: 2 of 3 statements ran; everything was rolled back, nothing was committed$/m,
      );
      const statements: StatementJson[] = JSON.parse(stdout).statements;
      assert.deepStrictEqual(
        statements.map((s) => s.status),
        ['ok', 'error', 'skipped'],
      );
      assert.strictEqual(statements[1].error?.code, '57014');
      assert.strictEqual(statements[2].reason, 'the dry-run was cancelled before this statement');
      await waitForNoDryRunSession();
      assert.deepStrictEqual(await state(), before);
    });

    it('Ctrl-C cancels the statement also when the role may open no second connection (CONNECTION LIMIT 1)', async () => {
      // A second session (pg_cancel_backend) is refused here; PostgreSQL's cancel request is not a session.
      const role = `sluice_one_connection_${process.pid}`;
      await admin.exec(`CREATE ROLE ${role} LOGIN CONNECTION LIMIT 1; GRANT SELECT, UPDATE ON orders TO ${role}`);
      try {
        const before = await state();
        const file = migration('000016_limited', "UPDATE orders SET note = 'x';\nSELECT pg_sleep(30);\n");
        const started = await startUntil(file, 2, url.replace('postgres://postgres@', `postgres://${role}@`));
        started.child.kill('SIGINT');
        const { stdout, stderr } = await endedWithin(started, 15_000);
        assert.strictEqual(started.child.exitCode, 130, stderr);
        const statements: StatementJson[] = JSON.parse(stdout).statements;
        assert.deepStrictEqual(
          statements.map((s) => [s.status, s.error?.code]),
          [
            ['ok', undefined],
            ['error', '57014'],
          ],
        );
        await waitForNoDryRunSession();
        assert.deepStrictEqual(await state(), before);
      } finally {
        await admin.exec(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
      }
    });

    it('SIGTERM (an editor cancelling) right after a statement ends stops before the next one and exits 143', async () => {
      const before = await state();
      const file = migration(
        '000017_between',
        "UPDATE orders SET note = 'y';\nSELECT pg_sleep(30);\nDELETE FROM users;\n",
      );
      // The signal lands between the statements or early in the second: either way nothing after it runs.
      const started = await startUntil(file, '"state":"finished","index":1');
      started.child.kill('SIGTERM');
      const { stdout, stderr } = await endedWithin(started, 15_000);
      assert.strictEqual(started.child.exitCode, 143, stderr);
      assert.match(
        stderr,
        /^sluice: dry-run interrupted by SIGTERM: [12] of 3 statements ran; everything was rolled back/m,
      );
      const statements: StatementJson[] = JSON.parse(stdout).statements;
      assert.strictEqual(statements[0].status, 'ok');
      assert.notStrictEqual(statements[1].status, 'ok');
      assert.strictEqual(statements[2].status, 'skipped');
      await waitForNoDryRunSession();
      assert.deepStrictEqual(await state(), before);
    });

    it('a second Ctrl-C quits at once when a statement ignores the cancel; the server still rolls back', async () => {
      const before = await state();
      // A block that catches the cancel (query_canceled) and sleeps on: the first Ctrl-C cannot stop it.
      const file = migration(
        '000018_stubborn',
        "UPDATE orders SET note = 'z';\n" +
          'DO $$ BEGIN FOR i IN 1..5 LOOP BEGIN PERFORM pg_sleep(1); EXCEPTION WHEN query_canceled THEN NULL; END; END LOOP; END $$;\n',
      );
      const started = await startUntil(file, 2);
      started.child.kill('SIGINT');
      while (!started.stderr().includes('press Ctrl-C again')) await new Promise((r) => setTimeout(r, 20));
      started.child.kill('SIGINT');
      const { stdout, stderr } = await endedWithin(started, 30_000);
      assert.strictEqual(started.child.exitCode, 130, stderr);
      assert.match(
        stderr,
        /^sluice: SIGINT again: quitting now; the server rolls back the transaction when it finds the connection closed/m,
      );
      assert.strictEqual(stdout, '', 'it quit without waiting for the statement to print a report');
      await waitForNoDryRunSession();
      assert.deepStrictEqual(await state(), before);
    });

    it('Ctrl-C while connecting ends at once: nothing ran', async () => {
      // A server that accepts the connection and never answers.
      const silent = net.createServer(() => undefined);
      await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
      const { port } = silent.address() as net.AddressInfo;
      try {
        const file = migration('000019_connecting', 'DROP TABLE users;\n');
        const started = await startUntil(file, '"state":"starting"', `postgres://postgres@127.0.0.1:${port}/db`);
        started.child.kill('SIGINT');
        const { stdout, stderr } = await endedWithin(started, 15_000);
        assert.strictEqual(started.child.exitCode, 130, stderr);
        assert.match(stderr, /^sluice: dry-run interrupted \(SIGINT\) before it started: nothing ran$/m);
        assert.strictEqual(stdout, '');
      } finally {
        silent.close();
      }
    });

    it('kill -9 of the dry-run mid-statement leaves the database exactly as it was', async () => {
      const before = await state();
      const file = migration(
        '000014_killed',
        "ALTER TABLE orders ADD COLUMN gone text DEFAULT 'x';\nDELETE FROM users;\nSELECT pg_sleep(3);\nDROP TABLE orders;\n",
      );
      const started = await startUntil(file, 3);
      started.child.kill('SIGKILL');
      await started.ended;
      assert.strictEqual(started.child.signalCode, 'SIGKILL');
      await waitForNoDryRunSession();
      assert.deepStrictEqual(await state(), before);
    });
  });
});
