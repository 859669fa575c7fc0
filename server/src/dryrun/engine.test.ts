import * as assert from 'assert';
import { ENGINES } from '../../../test/support/engines';
import { loadParser } from '../syntax/parse';
import { snapshotSchema, tableChecksums } from './catalog';
import { Database } from './database';
import { runDryRun, StatementReport } from './engine';
import { planStatements } from './statements';

async function dryRun(
  db: Database,
  sql: string,
  options: { scratch?: boolean; timeoutMs?: number } = {},
): Promise<StatementReport[]> {
  return runDryRun({
    db,
    text: sql,
    statements: planStatements(sql, { tool: null, direction: 'up' }),
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
