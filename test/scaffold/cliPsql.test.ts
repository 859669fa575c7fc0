// What a user does with `sluice scaffold rename-column`: run the real `sluice` command on a migrations folder, then
// apply the files it wrote with the real `psql` to a real PostgreSQL holding rows, in the order and deployments
// its JSON output names. After every deployment but the last, the application version before it (reads and
// writes `total`) and the one after it (`total_cents`) both work and see each other's writes; after the last only
// `total_cents` exists. Every down applied right after its up restores the schema and the rows; no seeded row is
// lost or changed; and `sluice lint` finds nothing but the contract's suppressed drop.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { tableChecksums } from '../../server/src/dryrun/catalog';
import { Database, DatabaseError } from '../../server/src/dryrun/database';
import { openPostgres } from '../../server/src/dryrun/postgres';
import { CANNOT_UNDO } from '../../server/src/fixes/cannotUndo';
import { splitUnits } from '../../server/src/migrations/units';
import { readDirectives } from '../../server/src/syntax/directives';
import { splitStatements } from '../../server/src/syntax/split';
import { createTestDatabase, findPostgresBinaries } from '../support/postgresServer';
import { runSluice as sluice, tempProject } from '../support/sluiceCli';
import { applyWithRollback } from './deploySteps';

const SEEDED = 3000;

const CREATE_ORDERS = `CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  total numeric(12,2) NOT NULL,
  note text
);
`;
const SEED = `INSERT INTO orders (total, note) SELECT g * 1.25, 'row ' || g FROM generate_series(1, ${SEEDED}) AS g`;

/** The real psql of the test cluster's installation, stopping at the first error, reading no ~/.psqlrc. */
function psql(url: string, args: string[], input?: string): void {
  const result = spawnSync(
    path.join(findPostgresBinaries(), 'psql'),
    ['-v', 'ON_ERROR_STOP=1', '-X', '-q', ...args, url],
    {
      input,
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`psql ${args.join(' ')} failed (exit ${result.status}):\n${result.stderr}${result.error ?? ''}`);
}

/** One migration as the tool runs it: an up and the down that undoes it, each applied with psql. */
interface PsqlMigration {
  name: string;
  up(url: string): void;
  down(url: string): void;
  /** The down says some of what the up did cannot be restored (values a copy wrote). */
  downIsPartial: boolean;
}

interface Deployment {
  deploy: number;
  phases: string[];
  migrations: PsqlMigration[];
}

interface ScaffoldJson {
  version: number;
  files: { path: string; phase: string; kind: 'up' | 'down'; deploy: number }[];
}

/** The JSON's files grouped by deployment, in its order; `migrationsOf` turns one deployment's files into migrations. */
function deployments(
  output: ScaffoldJson,
  migrationsOf: (files: ScaffoldJson['files']) => PsqlMigration[],
): Deployment[] {
  const numbers = [...new Set(output.files.map((f) => f.deploy))];
  assert.deepStrictEqual(
    numbers,
    numbers.map((_, i) => i + 1),
    'deployments are numbered 1, 2, ... in file order',
  );
  return numbers.map((deploy) => {
    const files = output.files.filter((f) => f.deploy === deploy);
    return { deploy, phases: [...new Set(files.map((f) => f.phase))], migrations: migrationsOf(files) };
  });
}

/** golang-migrate: each `.up.sql` is followed by its `.down.sql`; psql runs a file statement by statement. */
function golangMigrate(dir: string) {
  return (files: ScaffoldJson['files']): PsqlMigration[] => {
    const migrations: PsqlMigration[] = [];
    files.forEach((file, i) => {
      if (file.kind !== 'up') return;
      const down = files[i + 1];
      assert.ok(down?.kind === 'down', `${file.path} is followed by its down file`);
      assert.strictEqual(down.path, file.path.replace(/\.up\.sql$/, '.down.sql'));
      const upFile = path.join(dir, file.path);
      const downFile = path.join(dir, down.path);
      migrations.push({
        name: path.basename(file.path),
        up: (url) => psql(url, ['-f', upFile]),
        down: (url) => psql(url, ['-f', downFile]),
        downIsPartial: fs.readFileSync(downFile, 'utf8').includes(CANNOT_UNDO),
      });
    });
    return migrations;
  };
}

/**
 * goose and sql-migrate keep both directions in one file. Sluice's own unit split finds the sections; psql then
 * runs a direction as the tool does: statement by statement, all in one transaction unless the file says
 * `-- +goose NO TRANSACTION` (sql-migrate: `notransaction` on the direction's marker).
 */
function sections(tool: 'goose' | 'sql-migrate', downMarker: string) {
  return (dir: string) =>
    (files: ScaffoldJson['files']): PsqlMigration[] =>
      files.map((file) => {
        assert.strictEqual(file.kind, 'up', `${tool} files hold both sections`);
        const text = fs.readFileSync(path.join(dir, file.path), 'utf8');
        const split = splitStatements(text);
        const units = splitUnits(split.statements, readDirectives(split.comments), {
          tool,
          fileDirection: 'up',
          assumeInTransaction: false,
        });
        const section = (direction: 'up' | 'down') => {
          const found = units.filter((u) => u.direction === direction);
          assert.strictEqual(found.length, 1, `${file.path} has one ${direction} section`);
          const sql = found[0].statements.map((i) => `${split.statements[i].text};\n`).join('');
          const single = found[0].toolTransaction ? ['--single-transaction'] : [];
          return { sql, apply: (url: string) => psql(url, [...single, '-f', '-'], sql) };
        };
        const up = section('up');
        const down = section('down');
        const downText = text.slice(text.indexOf(downMarker));
        return {
          name: path.basename(file.path),
          up: up.apply,
          down: down.apply,
          downIsPartial: downText.includes(CANNOT_UNDO),
        };
      });
}

const goose = sections('goose', '-- +goose Down');
const sqlMigrate = sections('sql-migrate', '-- +migrate Down');

async function orderColumns(db: Database): Promise<string[]> {
  const { rows } = await db.query(
    "SELECT column_name::text AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'orders' ORDER BY ordinal_position",
  );
  return rows.map((r) => String(r.name));
}

/** catalog.ts's checksum of `select`'s rows: copied into a scratch schema, checksummed there, dropped again. */
async function checksumOf(db: Database, select: string): Promise<string> {
  await db.exec(`CREATE SCHEMA sluice_check; CREATE TABLE sluice_check.checked AS ${select}`);
  try {
    const sum = (await tableChecksums(db)).get('sluice_check.checked');
    assert.ok(sum !== undefined);
    return sum;
  } finally {
    await db.exec('DROP SCHEMA sluice_check CASCADE');
  }
}

/** The rows as the application before the change sees them: `total` while it exists, then `total_cents`. */
async function oldShapeChecksum(db: Database): Promise<string> {
  const total = (await orderColumns(db)).includes('total') ? 'total' : 'total_cents';
  return checksumOf(db, `SELECT id, ${total} AS total, note FROM public.orders`);
}

/** Every column's values, whatever the columns' order. */
async function allColumnsChecksum(db: Database, columns: readonly string[]): Promise<string> {
  return checksumOf(db, `SELECT ${[...columns].sort().join(', ')} FROM public.orders`);
}

/**
 * Up, its down right after it, then the up again: the rows as the application before the change sees them never
 * change; the down brings the schema back (bar a re-added column's position) and every column's values, unless
 * it says it cannot undo something.
 */
async function applyWithPsql(db: Database, url: string, migration: PsqlMigration, phase: string) {
  await applyWithRollback(
    db,
    { name: migration.name, up: async () => migration.up(url), down: async () => migration.down(url) },
    {
      kept: oldShapeChecksum,
      restored: async (d) => {
        const columns = [...(await orderColumns(d))].sort();
        return { columns, values: migration.downIsPartial ? null : await allColumnsChecksum(d, columns) };
      },
    },
  );
}

/** The application before the change writes `total`, the one after it `total_cents`: each sees the other's writes. */
async function bothVersionsWork(db: Database, label: string) {
  const insertOld = await db.query('INSERT INTO orders (total, note) VALUES (111.11, $1) RETURNING id::text AS id', [
    `old app ${label}`,
  ]);
  const insertNew = await db.query(
    'INSERT INTO orders (total_cents, note) VALUES (222.22, $1) RETURNING id::text AS id',
    [`new app ${label}`],
  );
  const oldRow = String(insertOld.rows[0].id);
  const newRow = String(insertNew.rows[0].id);
  const read = async (column: string, id: string) =>
    (await db.query(`SELECT ${column}::text AS v FROM orders WHERE id = $1`, [id])).rows[0]?.v;
  assert.strictEqual(await read('total', newRow), '222.22', `${label}: the old version reads the new version's row`);
  assert.strictEqual(await read('total_cents', oldRow), '111.11', `${label}: the new version reads the old one's row`);
  await db.query('UPDATE orders SET total = total + 1 WHERE id = $1', [newRow]);
  await db.query('UPDATE orders SET total_cents = total_cents + 2 WHERE id = $1', [oldRow]);
  assert.strictEqual(
    await read('total_cents', newRow),
    '223.22',
    `${label}: the new version sees the old one's update`,
  );
  assert.strictEqual(await read('total', oldRow), '113.11', `${label}: the old version sees the new one's update`);
  await db.query('DELETE FROM orders WHERE id IN ($1, $2)', [oldRow, newRow]);
}

async function onlyNewShapeRemains(db: Database) {
  assert.deepStrictEqual(await orderColumns(db), ['id', 'note', 'total_cents']);
  const inserted = await db.query(
    "INSERT INTO orders (total_cents, note) VALUES (9.99, 'after contract') RETURNING id::text AS id",
  );
  await db.query('UPDATE orders SET total_cents = total_cents + 1 WHERE id = $1', [inserted.rows[0].id]);
  await db.query('DELETE FROM orders WHERE id = $1', [inserted.rows[0].id]);
  await assert.rejects(
    db.query("INSERT INTO orders (total, note) VALUES (1, 'old shape')"),
    (e: unknown) => e instanceof DatabaseError && e.code === '42703',
  );
  const leftovers = await db.query(
    "SELECT (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'orders'::regclass AND NOT tgisinternal)::int AS triggers, (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public')::int AS functions",
  );
  assert.deepStrictEqual(leftovers.rows, [{ triggers: 0, functions: 0 }], 'the sync trigger and its function are gone');
}

/** The checks of issue 4 on a folder whose first migration created `orders` (applied here with `createOrders`). */
async function scaffoldAndApply(
  project: string,
  dirName: string,
  createOrders: (url: string) => void,
  migrationsOf: (dir: string) => (files: ScaffoldJson['files']) => PsqlMigration[],
) {
  const created = await createTestDatabase();
  const db = await openPostgres(created.url);
  try {
    createOrders(created.url);
    psql(created.url, ['-c', SEED]);
    const seeded = await oldShapeChecksum(db);

    const command = 'scaffold rename-column --table orders --column total --to total_cents --format json --dir';
    const run = sluice([...command.split(' '), dirName], project);
    assert.strictEqual(run.code, 0, run.stderr);
    const plan = deployments(JSON.parse(run.stdout) as ScaffoldJson, migrationsOf(project));
    assert.deepStrictEqual(
      plan.map((d) => d.phases.join('+')),
      ['expand+migrate', 'migrate', 'contract'],
    );

    for (const deployment of plan) {
      for (const migration of deployment.migrations)
        await applyWithPsql(db, created.url, migration, deployment.phases.join('+'));
      if (deployment.phases.includes('contract')) await onlyNewShapeRemains(db);
      else await bothVersionsWork(db, `after deployment ${deployment.deploy}`);
    }

    const rows = await db.query(
      'SELECT count(*)::int AS n, count(*) FILTER (WHERE total_cents = substr(note, 5)::int * 1.25)::int AS kept FROM orders',
    );
    assert.deepStrictEqual(rows.rows, [{ n: SEEDED, kept: SEEDED }]);
    assert.strictEqual(await oldShapeChecksum(db), seeded, 'every seeded row is as it was, now under total_cents');
  } finally {
    await db.close();
    await created.drop();
  }
}

/** `sluice lint` over the folder: nothing to report; the contract's drop is suppressed, and only it. */
function lintsClean(project: string, dirName: string, contractFile: string) {
  const run = sluice(['lint', '--format', 'json', dirName], project);
  assert.strictEqual(run.code, 0, run.stdout + run.stderr);
  const report = JSON.parse(run.stdout) as {
    files: { path: string; diagnostics: { rule: string; severity: string }[] }[];
    summary: { errors: number; warnings: number };
  };
  const findings = report.files.flatMap((f) =>
    f.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${f.path}: ${d.rule}`),
  );
  assert.deepStrictEqual(findings, []);
  assert.deepStrictEqual([report.summary.errors, report.summary.warnings], [0, 0]);

  const contract = fs.readFileSync(path.join(project, contractFile), 'utf8');
  const ignore = /^-- sluice-ignore drop-column: .+\n/m;
  assert.match(contract, ignore, 'the contract says why its drop is safe');
  const bare = sluice(
    ['lint', '--format', 'json', '--stdin', '--stdin-filename', contractFile],
    project,
    contract.replace(ignore, ''),
  );
  const unsuppressed = (JSON.parse(bare.stdout) as typeof report).files.flatMap((f) =>
    f.diagnostics.map((d) => d.rule),
  );
  assert.deepStrictEqual(unsuppressed, ['drop-column'], 'the suppression hides the drop and nothing else');
}

describe('sluice scaffold rename-column, applied with psql to PostgreSQL', function () {
  this.timeout(180_000);
  const project = (files: Record<string, string>) => tempProject(files, 'sluice-psql-');

  it('golang-migrate: every deployment keeps both versions working, every down restores, nothing is lost', async () => {
    const root = project({
      'db/migrations/000001_create_orders.up.sql': CREATE_ORDERS,
      'db/migrations/000001_create_orders.down.sql': 'DROP TABLE orders;\n',
    });
    await scaffoldAndApply(
      root,
      'db/migrations',
      (url) => psql(url, ['-f', path.join(root, 'db/migrations/000001_create_orders.up.sql')]),
      golangMigrate,
    );
    lintsClean(root, 'db/migrations', 'db/migrations/000006_drop_orders_total.up.sql');
  });

  it('goose: the Up and Down sections, run as goose runs them, pass the same checks', async () => {
    const root = project({
      'db/migrations/20240101000000_create_orders.sql': `-- +goose Up\n${CREATE_ORDERS}\n-- +goose Down\nDROP TABLE orders;\n`,
    });
    await scaffoldAndApply(root, 'db/migrations', (url) => psql(url, ['-c', CREATE_ORDERS]), goose);
    const contract = fs.readdirSync(path.join(root, 'db/migrations')).find((f) => f.endsWith('_drop_orders_total.sql'));
    assert.ok(contract, 'a contract file');
    lintsClean(root, 'db/migrations', `db/migrations/${contract}`);
  });

  it('sql-migrate: the Up and Down sections, run as sql-migrate runs them, pass the same checks', async () => {
    const root = project({
      'sql/1677078479.sql': `-- +migrate Up\n${CREATE_ORDERS}\n-- +migrate Down\nDROP TABLE orders;\n`,
    });
    await scaffoldAndApply(root, 'sql', (url) => psql(url, ['-c', CREATE_ORDERS]), sqlMigrate);
    const contract = fs.readdirSync(path.join(root, 'sql')).find((f) => f.endsWith('-drop_orders_total.sql'));
    assert.ok(contract, 'a contract file');
    lintsClean(root, 'sql', `sql/${contract}`);
  });
});
