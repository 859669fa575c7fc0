// Proof on real servers that Sluice's syntax errors for grammar newer than pgVersion are the server's own: each
// statement runs on PGlite (PostgreSQL 18) and on the PostgreSQL server the tests start (the newest installed).
// Where that server is older than the grammar, it must fail with exactly the message and position Sluice reports
// for pgVersion = the server's version; where it is as new, it must run, and Sluice must report nothing.
import * as assert from 'assert';
import { analyzeSql } from '../../../test/unit/ruleTester';
import { ENGINES } from '../../../test/support/engines';
import { Database, DatabaseError } from '../dryrun/database';
import { loadParser } from '../syntax/parse';

/** Tables the statements below run against (committed once per database). */
const FIXTURE = `CREATE TABLE customers (id bigint PRIMARY KEY, profile text);
CREATE TABLE orders (
  id bigint PRIMARY KEY,
  customer_id bigint REFERENCES customers (id),
  status text,
  note text,
  total numeric,
  doubled bigint GENERATED ALWAYS AS (id * 2) STORED
);`;

interface Case {
  sql: string;
  /** The first major version that accepts it; undefined: every version from 15 does. */
  since?: number;
  /** Run first, in the same transaction (newer servers only: an older one stops at the statement's syntax). */
  setup?: string;
  /** Cannot run in a transaction block. */
  outside?: boolean;
}

const ROLES = 'CREATE ROLE sluice_reader; CREATE ROLE sluice_app;';

const CASES: Case[] = [
  // Virtual generated columns (18): an older parser wants STORED after the expression.
  { sql: 'CREATE TABLE g1 (a int, b int GENERATED ALWAYS AS (a * 2));', since: 18 },
  { sql: 'CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL NOT NULL);', since: 18 },
  { sql: 'ALTER TABLE orders ADD COLUMN tripled bigint GENERATED ALWAYS AS (id * 3) VIRTUAL;', since: 18 },
  {
    sql: 'ALTER TABLE orders ADD COLUMN tripled bigint GENERATED ALWAYS AS (id * 3), ADD COLUMN memo text;',
    since: 18,
  },
  { sql: 'ALTER TABLE orders\n  ADD tripled bigint GENERATED ALWAYS AS ((id) * 3) -- virtual on 18\n;', since: 18 },
  // NOT ENFORCED and ENFORCED (18).
  { sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT ENFORCED;', since: 18 },
  {
    sql: 'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE NOT ENFORCED;',
    since: 18,
  },
  { sql: 'CREATE TABLE e1 (a int CONSTRAINT "enforced" CHECK (a > 0) NOT ENFORCED);', since: 18 },
  { sql: 'CREATE TABLE e2 (a bigint REFERENCES customers ENFORCED);', since: 18 },
  { sql: 'ALTER TABLE orders ALTER CONSTRAINT orders_customer_id_fkey NOT ENFORCED;', since: 18 },
  // Temporal keys (18).
  { sql: 'CREATE TABLE rooms (id int4range, during daterange, UNIQUE (id, during WITHOUT OVERLAPS));', since: 18 },
  {
    sql: 'CREATE TABLE booking_items (room int4range, during daterange, FOREIGN KEY (room, PERIOD during) REFERENCES bookings (room, PERIOD during));',
    since: 18,
    setup: 'CREATE TABLE bookings (room int4range, during daterange, PRIMARY KEY (room, during WITHOUT OVERLAPS));',
  },
  // NOT NULL as a table constraint, and NO INHERIT on a column's (18).
  { sql: 'ALTER TABLE orders ADD CONSTRAINT orders_note_nn NOT NULL note NOT VALID;', since: 18 },
  { sql: 'ALTER TABLE orders ADD NOT NULL status;', since: 18 },
  { sql: 'CREATE TABLE n1 (a int, CONSTRAINT n1_a_nn NOT NULL a);', since: 18 },
  { sql: 'CREATE TABLE n2 (a int NOT NULL NO INHERIT);', since: 18 },
  // VACUUM / ANALYZE ONLY (18).
  { sql: 'ANALYZE ONLY orders;', since: 18 },
  { sql: 'VACUUM (ANALYZE) customers, ONLY orders;', since: 18, outside: true },
  // 17.
  { sql: 'ALTER TABLE orders ALTER COLUMN doubled SET EXPRESSION AS (id * 4);', since: 17 },
  {
    sql: 'MERGE INTO orders o USING customers c ON o.customer_id = c.id WHEN NOT MATCHED BY SOURCE THEN DELETE;',
    since: 17,
  },
  {
    sql: 'MERGE INTO customers c USING orders o ON c.id = o.customer_id WHEN MATCHED THEN DO NOTHING RETURNING c.id;',
    since: 17,
  },
  { sql: 'ALTER TABLE orders ALTER COLUMN status SET STATISTICS DEFAULT;', since: 17 },
  { sql: 'ALTER TABLE orders SET ACCESS METHOD DEFAULT;', since: 17 },
  // 16.
  { sql: 'ALTER TABLE customers ADD CONSTRAINT customers_profile_json CHECK (profile IS JSON OBJECT);', since: 16 },
  { sql: 'GRANT sluice_reader TO sluice_app WITH INHERIT FALSE;', since: 16, setup: ROLES },
  { sql: 'REVOKE SET OPTION FOR sluice_reader FROM sluice_app;', since: 16, setup: ROLES },
  { sql: 'GRANT sluice_reader TO sluice_app WITH ADMIN TRUE;', since: 16, setup: ROLES },
  { sql: 'CREATE STATISTICS ON customer_id, status FROM orders;', since: 16 },
  // What every version from 15 accepts, among them names that are keywords only in newer grammar.
  { sql: 'CREATE TABLE enforced (period int, virtual int, json text, CHECK (period > 0) NOT VALID);' },
  { sql: 'ALTER TABLE orders ADD COLUMN tripled bigint GENERATED ALWAYS AS (id * 3) STORED NOT NULL;' },
  { sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;' },
  { sql: 'ALTER TABLE orders ALTER CONSTRAINT orders_customer_id_fkey DEFERRABLE;' },
  { sql: 'MERGE INTO orders o USING customers c ON o.customer_id = c.id WHEN NOT MATCHED THEN DO NOTHING;' },
  { sql: 'GRANT sluice_reader TO sluice_app WITH ADMIN OPTION;', setup: ROLES },
  { sql: 'CREATE STATISTICS orders_stats ON customer_id, status FROM orders;' },
  { sql: 'ANALYZE orders;' },
  { sql: "ALTER TABLE orders ALTER COLUMN status SET STATISTICS -1, ADD CONSTRAINT c CHECK (note <> 'is json');" },
];

function syntaxErrors(sql: string, pgVersion: number) {
  return analyzeSql(sql, { pgVersion }).findings.filter((f) => f.rule === 'syntax-error');
}

/** Runs the case (rolled back unless it cannot run in a transaction); the server's error, if any. */
async function run(db: Database, c: Case, withSetup: boolean): Promise<DatabaseError | undefined> {
  const transaction = c.outside !== true;
  if (transaction) await db.query('BEGIN');
  try {
    if (withSetup && c.setup) await db.exec(c.setup);
    await db.query(c.sql);
    return undefined;
  } catch (error) {
    if (error instanceof DatabaseError) return error;
    throw error;
  } finally {
    if (transaction) await db.query('ROLLBACK');
  }
}

for (const engine of ENGINES) {
  describe(`grammar newer than pgVersion, checked on ${engine.name}`, function () {
    this.timeout(60_000);
    let db: Database;
    let major: number;

    before(async () => {
      await loadParser();
      db = await engine.open();
      await db.exec(FIXTURE);
      major = parseInt(await db.serverVersion(), 10);
    });

    after(() => db?.close());

    for (const c of CASES) {
      it(`${c.since ? `PostgreSQL ${c.since}+: ` : ''}${c.sql.replace(/\s+/g, ' ')}`, async () => {
        const found = syntaxErrors(c.sql, major);
        const newEnough = c.since === undefined || major >= c.since;
        const error = await run(db, c, newEnough);
        if (newEnough) {
          assert.strictEqual(error, undefined, `PostgreSQL ${major} runs it`);
          assert.deepStrictEqual(found, [], `no syntax error at pgVersion ${major}`);
          return;
        }
        assert.ok(error, `PostgreSQL ${major} refuses it`);
        assert.strictEqual(error.code, '42601');
        assert.strictEqual(found.length, 1, JSON.stringify(found));
        assert.ok(found[0].message.startsWith(`${error.message}: `), `${found[0].message}\nvs ${error.message}`);
        // PostgreSQL's position is 1-based, in characters (the statements are ASCII).
        assert.strictEqual(found[0].start, (error.position ?? 0) - 1, 'where the server stops');
      });
    }
  });
}
