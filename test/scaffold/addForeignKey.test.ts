// add-foreign-key applied to PGlite and a real PostgreSQL with rows in both tables.
import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import { addForeignKeyPlan } from '../../server/src/fixes/scaffold/addForeignKey';
import { changeRequestOf } from '../../server/src/fixes/scaffold/fromStatement';
import { scaffold } from '../../server/src/fixes/scaffold';
import { snapshotSchema } from '../../server/src/dryrun/catalog';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { deployPlan, failure } from './deploySteps';

const HISTORY =
  'CREATE TABLE customers (id bigint PRIMARY KEY, name text);\n' +
  'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, total int);\n';
const SEED =
  "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 500) AS g;\n" +
  'INSERT INTO orders SELECT g, 1 + g % 500, g FROM generate_series(1, 3000) AS g;\n';
const UP = { isMigration: true, tool: 'golang-migrate' as const, direction: 'up' as const };
const plan = () =>
  addForeignKeyPlan(
    {
      kind: 'add-foreign-key',
      table: 'orders',
      column: 'customer_id',
      references: { table: 'customers', column: 'id' },
    },
    { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
  );
const APP = [
  'INSERT INTO orders (id, customer_id, total) SELECT coalesce(max(id), 0) + 1, 3, 10 FROM orders',
  'SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id = 3',
  "INSERT INTO customers (id, name) SELECT coalesce(max(id), 0) + 1, 'new' FROM customers",
];

for (const engine of ENGINES) {
  describe(`scaffold add-foreign-key on ${engine.name}`, function () {
    this.timeout(120_000);
    before(() => loadParser());

    it('keeps both versions working, each down restores exactly, and the key is enforced and indexed at the end', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        await deployPlan(db, plan(), { apps: [APP, APP] });
        const error = await failure(() => db.query('INSERT INTO orders (id, customer_id) VALUES (-1, 999999)'));
        assert.strictEqual(error.code, '23503');
        const fk = await db.query("SELECT convalidated FROM pg_constraint WHERE conname = 'orders_customer_id_fkey'");
        assert.deepStrictEqual(fk.rows, [{ convalidated: true }]);
        const index = await db.query(
          "SELECT i.indisvalid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'orders_customer_id_idx'",
        );
        assert.deepStrictEqual(index.rows, [{ indisvalid: true }]);
      } finally {
        await db.close();
      }
    });

    it('from a statement: the name and ON DELETE as written, so the down beside it still drops it; downs in reverse, ups again', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        const request = changeRequestOf(
          'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE;',
        );
        assert.ok(request);
        const steps = scaffold(request, { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 }).steps;
        for (const step of steps) await db.exec(step.up);
        const after = await snapshotSchema(db);
        const fk = await db.query(
          "SELECT convalidated, confdeltype FROM pg_constraint WHERE conrelid = 'orders'::regclass AND contype = 'f'",
        );
        assert.deepStrictEqual(fk.rows, [{ convalidated: true, confdeltype: 'c' }]);
        await db.query('DELETE FROM customers WHERE id = 7');
        assert.deepStrictEqual((await db.query('SELECT count(*)::int AS n FROM orders WHERE customer_id = 7')).rows, [
          { n: 0 },
        ]);
        for (const step of [...steps].reverse()) await db.exec(step.down);
        for (const step of steps) await db.exec(step.up);
        assert.deepStrictEqual(await snapshotSchema(db), after);
        // The migration's own down, written for the statement the scaffold replaced.
        await db.exec('ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;');
      } finally {
        await db.close();
      }
    });

    it('VALIDATE fails naming the key when an existing row points nowhere; new rows were checked from step 2 on', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED + 'UPDATE orders SET customer_id = 424242 WHERE id = 9;');
        const [index, add, validate] = plan().steps;
        await db.exec(index.up);
        await db.exec(add.up);
        assert.strictEqual(
          (await failure(() => db.query('INSERT INTO orders (id, customer_id) VALUES (-1, 999999)'))).code,
          '23503',
        );
        const failed = await failure(() => db.exec(validate.up));
        assert.strictEqual(failed.code, '23503');
        assert.match(failed.message, /orders_customer_id_fkey/);
      } finally {
        await db.close();
      }
    });
  });
}
