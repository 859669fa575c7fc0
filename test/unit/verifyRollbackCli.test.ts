// `sluice verify-rollback` through the built command (SLUICE_DIST or dist/): JSON valid against
// docs/schemas/verify-rollback-output.schema.json, --dir over golang-migrate and goose folders on embedded PGlite,
// a real PostgreSQL named by URL left exactly as it was (also when SIGTERM stops it), exit codes and usage errors.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { snapshotSchema, tableChecksums } from '../../server/src/dryrun/catalog';
import { openPostgres } from '../../server/src/dryrun/postgres';
import { createTestDatabase } from '../support/postgresServer';
import { runSluice, SLUICE_BIN, tempProject as makeTempProject } from '../support/sluiceCli';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CACHE = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-verify-cache-test-'));
const ENV = { ...process.env, NO_COLOR: '1', SLUICE_CACHE_DIR: CACHE, SLUICE_DATABASE_URL: '' };
const sluice = (args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV) => runSluice(args, cwd, undefined, env);
const tempProject = (files: Record<string, string>) => makeTempProject(files, 'sluice-verify-');

const ajv = new Ajv2020({ strict: false });
ajv.addSchema(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'lint-output.schema.json'), 'utf8')),
  'lint-output.schema.json',
);
const schema = ajv.compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'verify-rollback-output.schema.json'), 'utf8')),
);
function parsed(stdout: string): VerifyJson {
  const document = JSON.parse(stdout);
  assert.ok(schema(document), JSON.stringify(schema.errors));
  return document as VerifyJson;
}

interface VerifyJson {
  version: number;
  ok: boolean;
  engine: string;
  steps: {
    migration: string;
    name: string;
    file: string;
    status: string;
    error: { message: string } | null;
    reason?: string;
  }[];
  differences: { migration: string; object: string; before: unknown; after: unknown }[];
  reconciliation: { migration: string; invariants: { query: string; ok: boolean }[] }[];
}

const GOLANG = {
  'db/migrations/000001_charges.up.sql':
    'CREATE TABLE charges (id int PRIMARY KEY, amount_cents int NOT NULL);\n' +
    'INSERT INTO charges SELECT g, g FROM generate_series(1, 100) g;\n',
  'db/migrations/000001_charges.down.sql': 'DROP TABLE charges;\n',
  'db/migrations/000002_index.up.sql':
    '-- sluice-reconcile: SELECT sum(amount_cents) FROM charges\n' +
    'CREATE INDEX CONCURRENTLY charges_amount_idx ON charges (amount_cents);\n',
  'db/migrations/000002_index.down.sql': 'DROP INDEX CONCURRENTLY charges_amount_idx;\n',
  'db/migrations/000003_total.up.sql': 'ALTER TABLE charges ADD COLUMN total numeric(12,2) DEFAULT 0;\n',
  'db/migrations/000003_total.down.sql': 'ALTER TABLE charges DROP COLUMN total;\n',
};

describe('sluice verify-rollback (CLI)', function () {
  this.timeout(300_000);

  it('--dir over a golang-migrate folder: every migration up → down → up, in order, valid JSON, exit 0', () => {
    const dir = tempProject(GOLANG);
    const run = sluice(['verify-rollback', '--dir', 'db/migrations', '--format', 'json'], dir);
    assert.strictEqual(run.code, 0, run.stderr + run.stdout);
    const document = parsed(run.stdout);
    assert.strictEqual(document.ok, true);
    assert.strictEqual(document.engine, 'pglite');
    assert.deepStrictEqual(
      document.steps.map((s) => `${path.basename(s.file)} ${s.name} ${s.status}`),
      [
        '000001_charges.up.sql up ok',
        '000001_charges.down.sql down ok',
        '000001_charges.up.sql up-again ok',
        '000002_index.up.sql up ok',
        '000002_index.down.sql down ok',
        '000002_index.up.sql up-again ok',
        '000003_total.up.sql up ok',
        '000003_total.down.sql down ok',
        '000003_total.up.sql up-again ok',
      ],
    );
    assert.deepStrictEqual(document.differences, []);
    assert.deepStrictEqual(
      document.reconciliation[1].invariants.map((i) => [i.query, i.ok]),
      [['SELECT sum(amount_cents) FROM charges', true]],
    );
  });

  it('a down that adds back a dropped column (PostgreSQL puts it last) undoes its up', () => {
    const dir = tempProject({
      'db/migrations/000001_orders.up.sql': 'CREATE TABLE orders (id int PRIMARY KEY, note text, total int);\n',
      'db/migrations/000001_orders.down.sql': 'DROP TABLE orders;\n',
      'db/migrations/000002_drop_note.up.sql': 'ALTER TABLE orders DROP COLUMN note;\n',
      'db/migrations/000002_drop_note.down.sql': 'ALTER TABLE orders ADD COLUMN note text;\n',
    });
    const run = sluice(['verify-rollback', '--dir', 'db/migrations', '--format', 'json'], dir);
    assert.strictEqual(run.code, 0, run.stderr + run.stdout);
    assert.deepStrictEqual(parsed(run.stdout).differences, []);
  });

  it('--dir over a goose folder: down sections; a wrong down is listed per object and exits 1', () => {
    const dir = tempProject({
      'db/migrations/00001_charges.sql':
        '-- +goose Up\nCREATE TABLE charges (id int PRIMARY KEY, note text);\n-- +goose Down\nDROP TABLE charges;\n',
      'db/migrations/00002_note.sql':
        '-- +goose Up\nALTER TABLE charges DROP COLUMN note;\nCREATE INDEX charges_id_idx ON charges (id);\n' +
        '-- +goose Down\nALTER TABLE charges ADD COLUMN note varchar(10);\n',
      'db/migrations/00003_after.sql':
        '-- +goose Up\nCREATE TABLE later (id int);\n-- +goose Down\nDROP TABLE later;\n',
    });
    const run = sluice(['verify-rollback', '--dir', 'db/migrations', '--format', 'json'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    const document = parsed(run.stdout);
    assert.strictEqual(document.ok, false);
    assert.deepStrictEqual(
      document.differences.map((d) => [path.basename(d.migration), d.object, d.before, d.after]),
      [
        [
          '00002_note.sql',
          'index public.charges_id_idx',
          null,
          'CREATE INDEX charges_id_idx ON public.charges USING btree (id)',
        ],
        ['00002_note.sql', 'public.charges.note', 'text', 'character varying(10)'],
      ],
    );
    // up → down → up fails on the index the down left behind; the later migration is not verified.
    assert.deepStrictEqual(document.steps.map((s) => `${path.basename(s.migration)} ${s.name} ${s.status}`).slice(3), [
      '00002_note.sql up ok',
      '00002_note.sql down ok',
      '00002_note.sql up-again error',
      '00003_after.sql up skipped',
      '00003_after.sql down skipped',
      '00003_after.sql up-again skipped',
    ]);
  });

  it('FILE: applies the earlier migrations first; a missing down says where it belongs (text format)', () => {
    const dir = tempProject({
      ...GOLANG,
      'db/migrations/000004_refunds.up.sql': 'CREATE TABLE refunds (charge_id int REFERENCES charges (id));\n',
    });
    const run = sluice(['verify-rollback', 'db/migrations/000004_refunds.up.sql'], dir);
    assert.strictEqual(run.code, 1, run.stderr);
    assert.match(run.stdout, /down\s+error/);
    assert.match(
      run.stdout,
      /has no rollback: no down script was found \(golang-migrate expects it in db\/migrations\/000004_refunds\.down\.sql\)/,
    );
    assert.match(run.stdout, /FAILED/);
  });

  it('bad usage and input exit 2 with one line that says what to do', () => {
    const dir = tempProject(GOLANG);
    const cases: [string[], RegExp][] = [
      [['verify-rollback'], /needs one migration file \(or --dir DIR/],
      [['verify-rollback', 'a.sql', '--dir', 'x'], /not both/],
      [
        ['verify-rollback', 'db/migrations/000001_charges.down.sql'],
        /is a down script: run verify-rollback on its up migration/,
      ],
      [['verify-rollback', 'db/migrations'], /is a folder: use --dir/],
      [['verify-rollback', '--dir', 'nowhere'], /--dir nowhere: no such folder/],
      [['verify-rollback', '--dir', 'db', '--format', 'xml'], /--format must be text or json/],
    ];
    for (const [args, message] of cases) {
      const run = sluice(args, dir);
      assert.strictEqual(run.code, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    }
  });

  it('on a PostgreSQL named by URL: verifies inside one rolled-back transaction, the database byte-for-byte unchanged', async () => {
    const created = await createTestDatabase();
    const db = await openPostgres(created.url);
    try {
      await db.exec(
        'CREATE TABLE charges (id int PRIMARY KEY, amount_cents int NOT NULL);\n' +
          'INSERT INTO charges SELECT g, g FROM generate_series(1, 100) g;\n' +
          'CREATE TABLE customers (id int PRIMARY KEY);\nINSERT INTO customers VALUES (1), (2);\n',
      );
      const state = async () => ({
        schema: [...(await snapshotSchema(db)).objects],
        rows: [...(await tableChecksums(db))],
      });
      const before = await state();
      const dir = tempProject({
        'db/migrations/000002_paid.up.sql':
          '-- sluice-reconcile: SELECT sum(amount_cents) FROM charges\n' +
          'ALTER TABLE charges ADD COLUMN paid boolean NOT NULL DEFAULT false;\n' +
          'UPDATE charges SET amount_cents = 0 WHERE id = 1;\n' +
          'CREATE INDEX charges_paid_idx ON charges (paid);\n',
        'db/migrations/000002_paid.down.sql': 'ALTER TABLE charges DROP COLUMN paid;\n',
      });
      const run = sluice(['verify-rollback', 'db/migrations/000002_paid.up.sql', '--format', 'json'], dir, {
        ...ENV,
        SLUICE_DATABASE_URL: created.url,
      });
      assert.strictEqual(run.code, 1, run.stderr);
      const document = parsed(run.stdout);
      assert.strictEqual(document.engine, 'postgres');
      assert.deepStrictEqual(
        document.steps.map((s) => s.status),
        ['ok', 'ok', 'ok'],
      );
      // Dropping the column dropped its index too: the down is right about the schema, the UPDATE is not undone.
      assert.deepStrictEqual(document.differences, []);
      assert.deepStrictEqual(
        document.reconciliation[0].invariants.map((i) => i.ok),
        [false],
      );
      assert.deepStrictEqual(await state(), before);

      const text = sluice(['verify-rollback', 'db/migrations/000002_paid.up.sql', '--database-url', created.url], dir);
      assert.match(
        text.stdout,
        /reconcile CHANGED SELECT sum\(amount_cents\) FROM charges {2}\(before 5050; after up 5049; after down 5049\)/,
      );
      assert.match(text.stdout, /Everything was rolled back; nothing was committed\./);
      assert.deepStrictEqual(await state(), before);
    } finally {
      await db.close();
      await created.drop();
    }
  });
  it('on a PostgreSQL named by URL: SIGTERM (an editor cancelling) in the down script cancels it, rolls back and exits 143', async () => {
    const created = await createTestDatabase();
    const db = await openPostgres(created.url);
    try {
      await db.exec(
        'CREATE TABLE charges (id int PRIMARY KEY, amount_cents int NOT NULL);\nINSERT INTO charges VALUES (1, 1);\n',
      );
      const state = async () => ({
        schema: [...(await snapshotSchema(db)).objects],
        rows: [...(await tableChecksums(db))],
      });
      const before = await state();
      const dir = tempProject({
        'db/migrations/000002_paid.up.sql':
          'ALTER TABLE charges ADD COLUMN paid boolean;\nUPDATE charges SET paid = true;\n',
        'db/migrations/000002_paid.down.sql': 'SELECT pg_sleep(30);\nALTER TABLE charges DROP COLUMN paid;\n',
      });
      const child = spawn(
        process.execPath,
        [SLUICE_BIN, 'verify-rollback', 'db/migrations/000002_paid.up.sql', '--database-url', created.url],
        { cwd: dir, env: ENV },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const ended = new Promise<number | null>((resolve) => child.on('close', resolve));
      // The known point: the server runs the down script's pg_sleep.
      const sleeping = async (): Promise<boolean> =>
        (
          await db.query(
            "SELECT 1 FROM pg_stat_activity WHERE application_name = 'sluice' AND datname = current_database() AND query LIKE 'SELECT pg_sleep%'",
          )
        ).rows.length > 0;
      const deadline = Date.now() + 60_000;
      while (!(await sleeping())) {
        assert.ok(Date.now() < deadline && child.exitCode === null, `the down script never ran: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      child.kill('SIGTERM');
      const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await ended;
      clearTimeout(guard);
      assert.strictEqual(code, 143, `a hang was killed after 15 s (code null): ${stderr}`);
      assert.match(
        stderr,
        /^sluice: verify-rollback interrupted by SIGTERM before it finished: everything was rolled back, nothing was committed$/m,
      );
      assert.strictEqual(stdout, '');
      // Its connection is closed (the backend may take a moment to leave pg_stat_activity; this test's own
      // connection is named sluice too).
      const sessions = async (): Promise<number> =>
        (
          await db.query(
            "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'sluice' AND datname = current_database() AND pid <> pg_backend_pid()",
          )
        ).rows[0].n as number;
      const closing = Date.now() + 10_000;
      while ((await sessions()) > 0 && Date.now() < closing) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.strictEqual(await sessions(), 0, 'the connection is closed');
      assert.deepStrictEqual(await state(), before);
    } finally {
      await db.close();
      await created.drop();
    }
  });
});
