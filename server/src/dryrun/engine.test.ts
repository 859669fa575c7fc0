import * as assert from 'assert';
import { ENGINES } from '../../../test/support/engines';
import type { MigrationTool } from '../migrations/tools';
import { loadParser } from '../syntax/parse';
import { snapshotSchema, tableChecksums } from './catalog';
import { Database } from './database';
import { runDryRun, StatementReport } from './engine';
import { openPGliteWorker } from './pgliteWorker';
import { planStatements } from './statements';

async function dryRun(
  db: Database,
  sql: string,
  options: { scratch?: boolean; timeoutMs?: number; tool?: MigrationTool } = {},
): Promise<StatementReport[]> {
  return runDryRun({
    db,
    text: sql,
    statements: planStatements(sql, { tool: options.tool ?? null, direction: 'up' }),
    scratch: options.scratch ?? false,
    statementTimeoutMs: options.timeoutMs ?? 30_000,
  });
}

/** Everything a leak would change: the schema and every row. */
async function state(db: Database): Promise<unknown> {
  return { schema: [...(await snapshotSchema(db)).objects], rows: [...(await tableChecksums(db))] };
}

const SETUP = `
  CREATE TABLE orders (id int PRIMARY KEY, total int NOT NULL, note varchar(50), placed_at timestamptz);
  INSERT INTO orders SELECT g, g * 10, 'n' || g, now() FROM generate_series(1, 500) g;
  CREATE INDEX orders_note_idx ON orders (note);
  CREATE TABLE customers (id int PRIMARY KEY, name text);
  INSERT INTO customers VALUES (1, 'ada'), (2, 'grace');`;

for (const engine of ENGINES) {
  describe(`dry-run engine (${engine.name})`, function () {
    this.timeout(300_000);
    let db: Database;
    before(async () => {
      await loadParser();
      db = await engine.open();
      await db.exec(SETUP);
    });
    after(async () => {
      await db?.close();
    });

    it('CREATE INDEX takes a ShareLock on the existing table, which blocks INSERT/UPDATE/DELETE', async () => {
      const [index] = await dryRun(db, 'CREATE INDEX orders_total_idx ON orders (total)');
      assert.strictEqual(index.status, 'ok');
      assert.deepStrictEqual(index.locks, [
        { relation: 'public.orders', mode: 'ShareLock', blocks: ['INSERT', 'UPDATE', 'DELETE'] },
      ]);
      assert.deepStrictEqual(index.rewrites, []);
      assert.strictEqual(index.rowsAffected, null);
      assert.ok(typeof index.durationMs === 'number' && index.durationMs >= 0);
    });

    it('every ALTER TABLE of a migration shows its AccessExclusiveLock, also when an earlier one holds it already', async () => {
      const reports = await dryRun(
        db,
        'ALTER TABLE orders ADD COLUMN status text;\nALTER TABLE orders ADD COLUMN shipped boolean;\nCREATE INDEX ON orders (total);',
      );
      assert.deepStrictEqual(
        reports.map((r) => r.locks.map((l) => `${l.relation} ${l.mode}`)),
        [['public.orders AccessExclusiveLock'], ['public.orders AccessExclusiveLock'], ['public.orders ShareLock']],
      );
      assert.deepStrictEqual(reports[0].locks[0].blocks, ['SELECT', 'SELECT FOR UPDATE', 'INSERT', 'UPDATE', 'DELETE']);
    });

    it('reports no lock for a table the migration itself created, and AccessShareLock for a SELECT', async () => {
      const reports = await dryRun(
        db,
        'CREATE TABLE audit (id int);\nALTER TABLE audit ADD COLUMN at timestamptz;\nSELECT count(*) FROM customers;',
      );
      assert.deepStrictEqual(reports[0].locks, []);
      assert.deepStrictEqual(reports[1].locks, []);
      assert.deepStrictEqual(reports[2].locks, [{ relation: 'public.customers', mode: 'AccessShareLock', blocks: [] }]);
    });

    it('a type change to bigint rewrites the table and its indexes; varchar(50) → varchar(200) and SET NOT NULL do not', async () => {
      const reports = await dryRun(
        db,
        [
          'ALTER TABLE orders ALTER COLUMN note TYPE varchar(200)',
          'ALTER TABLE orders ALTER COLUMN placed_at SET NOT NULL',
          'ALTER TABLE orders ALTER COLUMN total TYPE bigint',
        ].join(';\n'),
      );
      assert.deepStrictEqual(
        reports.map((r) => r.status),
        ['ok', 'ok', 'ok'],
      );
      assert.deepStrictEqual(reports[0].rewrites, []);
      assert.deepStrictEqual(reports[1].rewrites, []);
      assert.ok(reports[2].rewrites.includes('public.orders'), JSON.stringify(reports[2].rewrites));
    });

    it('counts the rows a DML statement changed', async () => {
      const [update] = await dryRun(db, 'UPDATE orders SET note = upper(note) WHERE id <= 42');
      assert.strictEqual(update.rowsAffected, 42);
      assert.deepStrictEqual(update.locks, [{ relation: 'public.orders', mode: 'RowExclusiveLock', blocks: [] }]);
    });

    it('maps an error to the offending token in the file and skips the rest; nothing leaks', async () => {
      const before = await state(db);
      const sql =
        'ALTER TABLE orders ADD COLUMN flag boolean;\n\nUPDATE orders\n   SET flag = true WHERE nope = 1;\nDROP TABLE customers;\n';
      const reports = await dryRun(db, sql);
      assert.deepStrictEqual(
        reports.map((r) => r.status),
        ['ok', 'error', 'skipped'],
      );
      const failed = reports[1];
      assert.strictEqual(failed.error?.code, '42703');
      assert.match(failed.error?.message ?? '', /nope/);
      assert.deepStrictEqual(failed.error?.range, { start: { line: 4, column: 26 }, end: { line: 4, column: 30 } });
      assert.deepStrictEqual(failed.range, { start: { line: 3, column: 1 }, end: { line: 4, column: 34 } });
      assert.strictEqual(reports[2].durationMs, null);
      assert.deepStrictEqual(await state(db), before);
    });

    it('an error without a position covers the whole statement', async () => {
      const [failed] = await dryRun(db, "  INSERT INTO customers VALUES (1, 'again')");
      assert.strictEqual(failed.error?.code, '23505');
      assert.deepStrictEqual(failed.error?.range, failed.range);
      assert.deepStrictEqual(failed.range, { start: { line: 1, column: 3 }, end: { line: 1, column: 44 } });
    });

    it('never runs CONCURRENTLY or transaction control against a named database, and rolls back everything', async () => {
      const before = await state(db);
      const reports = await dryRun(
        db,
        [
          'CREATE TABLE kept (id int)',
          'COMMIT',
          'INSERT INTO customers VALUES (3, $$linus$$)',
          'CREATE INDEX CONCURRENTLY customers_name_idx ON customers (name)',
          'BEGIN',
          'DELETE FROM orders',
        ].join(';\n'),
      );
      assert.deepStrictEqual(
        reports.map((r) => r.status),
        ['ok', 'not-run', 'ok', 'not-run', 'not-run', 'ok'],
      );
      assert.match(reports[3].reason ?? '', /CREATE INDEX CONCURRENTLY cannot run inside a transaction/);
      assert.match(reports[1].reason ?? '', /transaction control/);
      assert.strictEqual(reports[5].rowsAffected, 500);
      assert.deepStrictEqual(await state(db), before);
    });

    it('COPY ... FROM STDIN in a file psql runs loads the lines after it, up to \\., as psql sends them', async () => {
      const before = await state(db);
      const sql =
        'COPY customers (id, name) FROM stdin;\n3\tlinus\n4\t\\N\n\\.\n' +
        "UPDATE customers SET name = 'unnamed' WHERE name IS NULL;\n";
      const reports = await dryRun(db, sql);
      assert.deepStrictEqual(
        reports.map((r) => [r.status, r.rowsAffected]),
        [
          ['ok', 2],
          ['ok', 1],
        ],
        'two rows, \\N read as NULL',
      );
      assert.deepStrictEqual(reports[0].locks, [
        { relation: 'public.customers', mode: 'RowExclusiveLock', blocks: [] },
      ]);
      assert.deepStrictEqual(reports[1].range.start, { line: 5, column: 1 }, 'the data is not a statement');
      assert.deepStrictEqual(await state(db), before);
    });

    it('a COPY data line the server rejects is the error range; the rest is skipped', async () => {
      const sql = 'COPY orders (id, total) FROM stdin;\n9001\t1\n9002\tlots\n\\.\nDROP TABLE customers;\n';
      const reports = await dryRun(db, sql);
      assert.deepStrictEqual(
        reports.map((r) => r.status),
        ['error', 'skipped'],
      );
      assert.strictEqual(reports[0].error?.code, '22P02');
      assert.match(reports[0].error?.message ?? '', /invalid input syntax for type integer: "lots"/);
      assert.deepStrictEqual(reports[0].error?.range, { start: { line: 3, column: 1 }, end: { line: 3, column: 10 } });
    });

    it('an error in the COPY statement after STDIN points at its token (PGlite reads the data from a file named there)', async () => {
      const sql = 'CREATE TABLE "☕😀" (a int);\nCOPY "☕😀" (a) FROM stdin WHERE nope > 1;\n1\n\\.\n';
      const reports = await dryRun(db, sql);
      assert.strictEqual(reports[1].error?.code, '42703');
      // 😀 is two UTF-16 code units but one character for PostgreSQL
      const column = 'COPY "☕😀" (a) FROM stdin WHERE '.length + 1;
      assert.deepStrictEqual(reports[1].error?.range, {
        start: { line: 2, column },
        end: { line: 2, column: column + 4 },
      });
    });

    it('a tool that sends SQL itself cannot feed COPY ... FROM STDIN: an error at STDIN, never sent to the server', async () => {
      const before = await state(db);
      const sql = 'DELETE FROM customers;\nCOPY customers FROM STDIN;\n1\tada\n\\.\nDROP TABLE orders;\n';
      const reports = await dryRun(db, sql, { tool: 'golang-migrate' });
      assert.deepStrictEqual(
        reports.map((r) => r.status),
        ['ok', 'error', 'skipped'],
      );
      const copy = reports[1];
      assert.match(
        copy.error?.message ?? '',
        /^golang-migrate sends the file's SQL to the server and has no data to send for COPY \.\.\. FROM STDIN .*Load the rows with INSERT, with COPY \.\.\. FROM '<a file on the database server>', or with psql's \\copy/,
      );
      assert.strictEqual(copy.error?.code, undefined, 'the server never saw it');
      assert.strictEqual(copy.durationMs, null);
      assert.deepStrictEqual(copy.error?.range, { start: { line: 2, column: 21 }, end: { line: 2, column: 26 } });
      assert.match(reports[2].reason ?? '', /statement 2 failed/);
      // the connection is ready for the next call (a COPY sent without data would leave it waiting)
      assert.deepStrictEqual((await db.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
      assert.deepStrictEqual(await state(db), before);
    });

    it('Flyway sends the data after COPY ... FROM STDIN itself: it runs', async () => {
      const before = await state(db);
      const reports = await dryRun(db, 'COPY customers FROM STDIN;\n3\tlinus\n\\.\n', { tool: 'flyway' });
      assert.deepStrictEqual(
        reports.map((r) => [r.status, r.rowsAffected]),
        [['ok', 1]],
      );
      assert.deepStrictEqual(await state(db), before);
    });

    it('COPY ... TO STDOUT runs and counts the rows it wrote; the next statement runs', async () => {
      const reports = await dryRun(
        db,
        'COPY customers TO STDOUT;\nCOPY (SELECT id FROM orders WHERE id <= 7) TO STDOUT WITH (FORMAT csv);\nSELECT 1;',
      );
      assert.deepStrictEqual(
        reports.map((r) => [r.status, r.rowsAffected]),
        [
          ['ok', 2],
          ['ok', 7],
          ['ok', null],
        ],
      );
    });

    if (engine.name === 'postgres') {
      it('stops a statement at --statement-timeout, skips the rest, and leaks nothing', async () => {
        const before = await state(db);
        const started = performance.now();
        const reports = await dryRun(db, 'UPDATE orders SET note = $$x$$;\nSELECT pg_sleep(20);\nDROP TABLE orders;', {
          timeoutMs: 300,
        });
        assert.ok(performance.now() - started < 10_000, 'the sleep was cut short');
        assert.deepStrictEqual(
          reports.map((r) => r.status),
          ['ok', 'error', 'skipped'],
        );
        assert.strictEqual(reports[1].error?.code, '57014');
        assert.deepStrictEqual(await state(db), before);
      });
    }

    if (engine.name === 'pglite') {
      it('on the scratch database a CONCURRENTLY statement runs for real, outside the transaction', async () => {
        const reports = await dryRun(db, 'CREATE INDEX CONCURRENTLY customers_name_idx ON customers (name)', {
          scratch: true,
        });
        assert.strictEqual(reports[0].status, 'ok');
        assert.match(reports[0].reason ?? '', /ran on its own on the scratch database/);
        assert.deepStrictEqual(reports[0].locks, [
          { relation: 'public.customers', mode: 'ShareUpdateExclusiveLock', blocks: [] },
        ]);
      });
    }
  });
}

describe('dry-run engine: Ctrl-C between a statement and the reading of its locks', function () {
  this.timeout(120_000);

  it('reports what ran and skips the rest, instead of failing on the stopped engine', async () => {
    await loadParser();
    const embedded = await openPGliteWorker();
    try {
      await embedded.exec(SETUP);
      const controller = new AbortController();
      let statementRan = false;
      // The known point: statement 1 has run and the engine asks for the locks it holds. There the CLI's Ctrl-C
      // handler does this (the worker stopped, every later call failing with 57014).
      const db: Database = {
        ...embedded,
        async query(sql, params) {
          if (statementRan && !controller.signal.aborted && /UNION ALL/.test(sql)) {
            controller.abort();
            embedded.cancel();
          }
          return embedded.query(sql, params);
        },
      };
      const sql = "UPDATE orders SET note = 'x';\nDROP TABLE customers;\nDELETE FROM orders;";
      const reports = await runDryRun({
        db,
        text: sql,
        statements: planStatements(sql, { tool: null, direction: 'up' }),
        scratch: true,
        statementTimeoutMs: 30_000,
        signal: controller.signal,
        onProgress: (event) => {
          if (event.state === 'started') statementRan = true;
        },
      });
      assert.deepStrictEqual(
        reports.map((r) => [r.status, r.reason]),
        [
          ['ok', 'the dry-run was cancelled before the locks this statement took were read'],
          ['skipped', 'the dry-run was cancelled before this statement'],
          ['skipped', 'the dry-run was cancelled before this statement'],
        ],
      );
      assert.strictEqual(reports[0].rowsAffected, 500);
    } finally {
      await embedded.close();
    }
  });
});
