// drop-column applied to PGlite and a real PostgreSQL with rows in the table.
import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { dropColumnPlan } from '../../server/src/fixes/scaffold/dropColumn';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { deployPlan, failure } from './deploySteps';
import { snapshotSchema } from '../../server/src/dryrun/catalog';

const HISTORY =
  "CREATE TABLE orders (id bigint PRIMARY KEY, note varchar(50) NOT NULL, status text NOT NULL DEFAULT 'new', total int);\n";
const SEED = "INSERT INTO orders (id, note, total) SELECT g, 'note ' || g, g FROM generate_series(1, 3000) AS g;\n";
const UP = { isMigration: true, tool: 'golang-migrate' as const, direction: 'up' as const };
const plan = (column: string, history = HISTORY) =>
  dropColumnPlan(
    { kind: 'drop-column', table: 'orders', column },
    {
      schema: replayMigration(EMPTY_SCHEMA, history, UP),
      pgVersion: 15,
      sources: { texts: [history], tool: 'golang-migrate' },
    },
  );
// The probe's case: a NOT NULL column with a constant default and an index of its own.
const INDEXED =
  "CREATE TABLE orders (id bigserial PRIMARY KEY, status text NOT NULL DEFAULT 'new', created_at timestamptz DEFAULT now(), note text);\n" +
  'CREATE INDEX orders_status_idx ON orders (status, note);\n';

// The old version reads and writes note; the new one never mentions it.
const OLD_APP = [
  "INSERT INTO orders (id, note, total) SELECT coalesce(max(id), 0) + 1, 'old app', 1 FROM orders",
  'SELECT id, note, status, total FROM orders WHERE id = 1',
];
const NEW_APP = [
  'INSERT INTO orders (id, total) SELECT coalesce(max(id), 0) + 1, 2 FROM orders',
  'SELECT id, status, total FROM orders WHERE id = 1',
];

/** Every row without the dropped column: the other values must never change. */
async function rowsWithoutColumn(db: Database, column: string): Promise<string> {
  const result = await db.query(
    `SELECT md5(string_agg((to_jsonb(o) - '${column}')::text, '|' ORDER BY id)) AS sum FROM orders o`,
  );
  return String(result.rows[0].sum);
}

for (const engine of ENGINES) {
  describe(`scaffold drop-column on ${engine.name}`, function () {
    this.timeout(120_000);
    before(() => loadParser());

    it('old and new code work after deploy 1, only the new after deploy 2; the rollbacks bring the column back', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        await deployPlan(db, plan('note'), {
          apps: [OLD_APP, NEW_APP, NEW_APP],
          checksum: (d) => rowsWithoutColumn(d, 'note'),
        });
        const gone = await failure(() => db.query('SELECT note FROM orders'));
        assert.strictEqual(gone.code, '42703');
        assert.strictEqual((await db.query('SELECT count(*)::int AS n FROM orders')).rows[0].n, 3005);
      } finally {
        await db.close();
      }
    });

    it('ups in order, the downs in reverse order, the ups again, on a table with rows: default and index come back', async () => {
      const db = await engine.open();
      try {
        await db.exec(INDEXED + "INSERT INTO orders (note) SELECT 'n' || g FROM generate_series(1, 2000) AS g;\n");
        const steps = plan('status', INDEXED).steps;
        assert.deepStrictEqual(
          steps.map((s) => [s.name, s.deploy, s.transactional]),
          [
            ['drop_orders_status_not_null', 1, true],
            ['drop_orders_status_idx', 2, false],
            ['drop_orders_status', 2, true],
          ],
        );
        for (const step of steps) await db.exec(step.up);
        const after = await snapshotSchema(db);
        for (const step of [...steps].reverse()) await db.exec(step.down);
        const column = await db.query(
          "SELECT column_default AS def, is_nullable FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status'",
        );
        // The values are gone (NULL in every row), so NOT NULL cannot come back: the expand down says so and runs.
        assert.deepStrictEqual(column.rows, [{ def: "'new'::text", is_nullable: 'YES' }]);
        const index = await db.query(
          "SELECT pg_get_indexdef(i.indexrelid) AS def, i.indisvalid AS valid FROM pg_index i WHERE i.indexrelid = 'orders_status_idx'::regclass",
        );
        assert.deepStrictEqual(index.rows, [
          { def: 'CREATE INDEX orders_status_idx ON public.orders USING btree (status, note)', valid: true },
        ]);
        await db.query('INSERT INTO orders (note) VALUES (1)');
        assert.deepStrictEqual((await db.query('SELECT status FROM orders ORDER BY id DESC LIMIT 1')).rows, [
          { status: 'new' },
        ]);
        for (const step of steps) await db.exec(step.up);
        assert.deepStrictEqual(await snapshotSchema(db), after);
      } finally {
        await db.close();
      }
    });

    it('the rollback of DROP NOT NULL right after it restores NOT NULL, and fails on a NULL written since', async () => {
      const db = await engine.open();
      try {
        await db.exec(INDEXED + "INSERT INTO orders (note) SELECT 'n' || g FROM generate_series(1, 20) AS g;\n");
        const expand = plan('status', INDEXED).steps[0];
        await db.exec(expand.up);
        await db.exec(expand.down);
        const nullable =
          "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status'";
        assert.deepStrictEqual((await db.query(nullable)).rows, [{ is_nullable: 'NO' }]);
        await db.exec(expand.up);
        await db.query('INSERT INTO orders (status) VALUES (NULL)');
        const refused = await failure(() => db.exec(expand.down));
        assert.strictEqual(refused.code, '23502');
      } finally {
        await db.close();
      }
    });

    it('the rollback of the drop re-creates the column empty, and says the values are gone', async () => {
      const db = await engine.open();
      try {
        await db.exec(HISTORY + SEED);
        const steps = plan('note').steps;
        for (const step of steps) await db.exec(step.up);
        await db.exec(steps[1].down);
        assert.match(steps[1].down, /^-- sluice: cannot undo: the up migration deleted every value of orders\.note/);
        const back = await db.query(
          "SELECT data_type, character_maximum_length AS length, is_nullable FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'",
        );
        assert.deepStrictEqual(back.rows, [{ data_type: 'character varying', length: 50, is_nullable: 'YES' }]);
        assert.deepStrictEqual((await db.query('SELECT count(note)::int AS n FROM orders')).rows, [{ n: 0 }]);
      } finally {
        await db.close();
      }
    });
  });
}
