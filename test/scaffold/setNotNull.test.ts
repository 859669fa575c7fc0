// set-not-null applied to PGlite and a real PostgreSQL with rows in the table.
import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import { setNotNullPlan } from '../../server/src/fixes/scaffold/setNotNull';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { deployPlan, failure } from './deploySteps';

const HISTORY = 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2), note text);\n';
const SEED = "INSERT INTO orders SELECT g, g * 1.5, 'row ' || g FROM generate_series(1, 3000) AS g;";
const UP = { isMigration: true, tool: 'golang-migrate' as const, direction: 'up' as const };
const plan = () =>
  setNotNullPlan(
    { kind: 'set-not-null', table: 'orders', column: 'total' },
    { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
  );

// Both versions write total; the new one may rely on it never being NULL.
const APP = [
  "INSERT INTO orders (id, total, note) SELECT coalesce(max(id), 0) + 1, 9.99, 'app' FROM orders",
  'UPDATE orders SET total = total + 1 WHERE id = 1',
  'SELECT id, total FROM orders WHERE id = 1',
];
const NEW_APP = [...APP, 'SELECT sum(total) FROM orders WHERE total IS NOT NULL'];

for (const engine of ENGINES) {
  describe(`scaffold set-not-null on ${engine.name}`, function () {
    this.timeout(120_000);
    before(() => loadParser());

    it('keeps old and new code working at every step, each down restores exactly, and NOT NULL holds at the end', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        await deployPlan(db, plan(), { apps: [APP, NEW_APP] });
        const column = await db.query(
          "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'total'",
        );
        assert.strictEqual(column.rows[0].is_nullable, 'NO');
        const checks = await db.query(
          "SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid = 'orders'::regclass",
        );
        assert.deepStrictEqual(checks.rows, [], 'the helper check is dropped');
        const error = await failure(() => db.query('INSERT INTO orders (id, total) VALUES (-1, NULL)'));
        assert.strictEqual(error.code, '23502');
        assert.strictEqual(
          (await db.query('SELECT count(*)::int AS n FROM orders')).rows[0].n,
          3003,
          'every app run inserted its row; nothing else changed',
        );
      } finally {
        await db.close();
      }
    });

    it('rejects NULL writes from the first step on, and VALIDATE names the constraint when an old row is NULL', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED + 'UPDATE orders SET total = NULL WHERE id = 7;');
        const [check, validate] = plan().steps;
        const before = await db.query('SELECT to_jsonb(o)::text AS r FROM orders o ORDER BY id');
        await db.exec(check.up);
        const write = await failure(() => db.query('INSERT INTO orders (id, total) VALUES (-1, NULL)'));
        assert.strictEqual(write.code, '23514');
        const failed = await failure(() => db.exec(validate.up));
        assert.strictEqual(failed.code, '23514');
        assert.match(
          failed.message,
          /check constraint "orders_total_not_null_check" of relation "orders" is violated by some row/,
        );
        // Nothing half-done: the check is still NOT VALID, and the first step's down takes it away again.
        const state = await db.query(
          "SELECT convalidated FROM pg_constraint WHERE conname = 'orders_total_not_null_check'",
        );
        assert.deepStrictEqual(state.rows, [{ convalidated: false }]);
        await db.exec(check.down);
        assert.deepStrictEqual(
          (
            await db.query(
              "SELECT count(*)::int AS n FROM pg_constraint WHERE contype = 'c' AND conrelid = 'orders'::regclass",
            )
          ).rows,
          [{ n: 0 }],
        );
        assert.deepStrictEqual(
          (await db.query('SELECT to_jsonb(o)::text AS r FROM orders o ORDER BY id')).rows,
          before.rows,
        );
      } finally {
        await db.close();
      }
    });
  });
}
