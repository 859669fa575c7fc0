// Proof on real databases (PGlite and a PostgreSQL server): apply an up migration, then its generated down,
// and the schema is exactly what it was before the up, with every row intact. The down script is sent as ONE
// query, as golang-migrate and psql -c send a file (several statements: one implicit transaction).
import * as assert from 'assert';
import { Database } from '../../dryrun/database';
import { diffSchemas, snapshotSchema, tableChecksums } from '../../dryrun/catalog';
import { loadParser } from '../../syntax/parse';
import { splitStatements } from '../../syntax/split';
import { ENGINES } from '../../../../test/support/engines';
import { generateRollback } from './generate';

const HISTORY = `CREATE TABLE customers (id bigint PRIMARY KEY, email varchar(50) NOT NULL);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id),
  status varchar(50) NOT NULL DEFAULT 'new',
  note text,
  total numeric(10, 2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0)
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_status_open_idx ON orders (status) WHERE status <> 'done';`;

const ROWS = `INSERT INTO customers SELECT g, 'c' || g || '@example.com' FROM generate_series(1, 50) g;
INSERT INTO orders (id, customer_id, status, note, total)
  SELECT g, 1 + g % 50, CASE WHEN g % 3 = 0 THEN 'done' ELSE 'new' END, 'n' || g, g * 1.5 FROM generate_series(1, 200) g;`;

const MIGRATIONS: Record<string, string> = {
  'add column with default, change a default': `ALTER TABLE orders ADD COLUMN paid boolean NOT NULL DEFAULT false;
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open';`,
  'create index concurrently (alone)': 'CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);',
  'add column + create index concurrently (the down runs in one transaction)': `ALTER TABLE orders ADD COLUMN shipped_at timestamptz;
CREATE INDEX CONCURRENTLY orders_shipped_idx ON orders (shipped_at);`,
  'add constraint NOT VALID + validate': `ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_id_positive;`,
  'rename column': 'ALTER TABLE orders RENAME COLUMN note TO remark;',
  'create table + index': `CREATE TABLE invoices (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id), amount numeric(10, 2));
CREATE INDEX invoices_order_idx ON invoices (order_id);
INSERT INTO invoices SELECT id, id, total FROM orders;`,
  'create type + column of it': `CREATE TYPE priority AS ENUM ('low', 'high');
ALTER TABLE orders ADD COLUMN priority priority;`,
  'alter type varchar(50) → varchar(200)': 'ALTER TABLE orders ALTER COLUMN status TYPE varchar(200);',
  'set not null': 'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
  'drop not null, drop default': `ALTER TABLE customers ALTER COLUMN email DROP NOT NULL;
ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;`,
  'drop a partial index and a check (re-created from the history)': `DROP INDEX CONCURRENTLY orders_status_open_idx;`,
  'drop constraint': 'ALTER TABLE orders DROP CONSTRAINT orders_total_check;',
  'rename table and constraint': `ALTER TABLE orders RENAME CONSTRAINT orders_total_check TO orders_total_nonnegative;
ALTER TABLE orders RENAME TO purchases;`,
};

/** Runs an up migration statement by statement (each its own transaction), as goose or Flyway would for CONCURRENTLY. */
async function applyUp(db: Database, sql: string): Promise<void> {
  for (const s of splitStatements(sql).statements) await db.exec(s.text);
}

for (const engine of ENGINES) {
  describe(`rollback generation, proven on ${engine.name}`, function () {
    this.timeout(60_000);
    before(loadParser);

    for (const [name, up] of Object.entries(MIGRATIONS)) {
      it(name, async () => {
        const db = await engine.open();
        try {
          await applyUp(db, HISTORY);
          await applyUp(db, ROWS);
          const schemaBefore = await snapshotSchema(db);
          const rowsBefore = await tableChecksums(db);
          await applyUp(db, up);
          assert.notDeepStrictEqual(
            diffSchemas(schemaBefore, await snapshotSchema(db)),
            [],
            'the up changes the schema',
          );

          const down = generateRollback(
            up,
            { isMigration: true, tool: 'golang-migrate', direction: 'up' },
            {
              history: [HISTORY],
            },
          );
          assert.deepStrictEqual(down.warnings, []);
          await db.exec(down.sql);

          assert.deepStrictEqual(diffSchemas(schemaBefore, await snapshotSchema(db)), [], down.sql);
          assert.deepStrictEqual(await tableChecksums(db), rowsBefore, 'every row is as it was');
        } finally {
          await db.close();
        }
      });
    }

    it('a dropped column comes back with its shape (as the last column), not its data, and says so', async () => {
      const db = await engine.open();
      try {
        await applyUp(db, HISTORY);
        await applyUp(db, ROWS);
        const schemaBefore = await snapshotSchema(db);
        const up = 'ALTER TABLE orders DROP COLUMN note;';
        await applyUp(db, up);
        const down = generateRollback(
          up,
          { isMigration: true, tool: 'golang-migrate', direction: 'up' },
          {
            history: [HISTORY],
          },
        );
        assert.match(down.warnings[0].message, /DROP COLUMN orders\.note — the data is gone/);
        await db.exec(down.sql);
        // PostgreSQL adds the column last, which the snapshot does not count (columns by name): its type, default
        // and constraints are back.
        assert.deepStrictEqual(diffSchemas(schemaBefore, await snapshotSchema(db)), []);
        const { rows } = await db.query('SELECT count(*)::int AS n FROM orders WHERE note IS NOT NULL');
        assert.strictEqual(rows[0].n, 0, 'the data is gone, as the comment says');
      } finally {
        await db.close();
      }
    });
  });
}
