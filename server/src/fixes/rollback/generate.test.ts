import * as assert from 'assert';
import { analyze, createdRelations, replayMigration } from '../../analysis';
import { DEFAULT_CONFIG } from '../../config/config';
import type { MigrationInfo, MigrationTool } from '../../migrations/tools';
import { EMPTY_SCHEMA } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { CANNOT_UNDO } from '../cannotUndo';
import { generateRollback, RollbackError } from './generate';

const LOCK_TIMEOUT = "SET lock_timeout = '2s';";
const RESET = 'RESET lock_timeout;';

const ORDERS = `CREATE TABLE orders (
  id bigint PRIMARY KEY,
  status varchar(50) NOT NULL DEFAULT 'new',
  note text,
  total numeric(10, 2) NOT NULL DEFAULT 0 CONSTRAINT orders_total_check CHECK (total >= 0),
  customer_id bigint
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE TYPE mood AS ENUM ('happy', 'sad');`;

const up = (tool: MigrationTool = 'golang-migrate'): MigrationInfo => ({ isMigration: true, tool, direction: 'up' });

/** The statements (non-comment lines) of the generated down script, its marked comments and warnings. */
function rollbackOf(sql: string, tool: MigrationTool = 'golang-migrate') {
  const result = generateRollback(sql, up(tool), { history: [ORDERS] });
  const lines = result.sql.split('\n').filter((l) => l.trim() !== '');
  return {
    ...result,
    statements: lines.filter((l) => !l.startsWith('--') && l !== LOCK_TIMEOUT && l !== RESET),
    cannot: lines.filter((l) => l.startsWith(CANNOT_UNDO)).map((l) => l.slice(CANNOT_UNDO.length + 1)),
  };
}

/** Every rule, the down script analysed as Sluice analyses a `.down.sql` beside its up script. */
function findingsOfDown(upSql: string, downSql: string, tool: MigrationTool = 'golang-migrate') {
  const history = replayMigration(EMPTY_SCHEMA, ORDERS, up(tool));
  const schema = replayMigration(history, upSql, up(tool));
  return analyze(
    downSql,
    { isMigration: true, tool, direction: 'down' },
    { pgVersion: DEFAULT_CONFIG.pgVersion, assumeInTransaction: false, rules: {} },
    { schema, upScript: upSql, createdByUp: createdRelations(upSql) },
  ).findings.map((f) => `${f.rule}: ${f.message}`);
}

/** Statement → exact inverse statements (in the order the down script runs them). */
const INVERSES: [string, string[]][] = [
  ['ALTER TABLE orders ADD COLUMN paid boolean NOT NULL DEFAULT false;', ['ALTER TABLE orders DROP COLUMN paid;']],
  ['ALTER TABLE orders ADD COLUMN IF NOT EXISTS note text;', []],
  [
    'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);',
    ['DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;'],
  ],
  ['CREATE INDEX CONCURRENTLY ON orders (status);', ['DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;']],
  ['ALTER TABLE orders RENAME COLUMN note TO remark;', ['ALTER TABLE orders RENAME COLUMN remark TO note;']],
  ['ALTER TABLE orders RENAME TO purchases;', ['ALTER TABLE purchases RENAME TO orders;']],
  [
    'ALTER INDEX orders_customer_idx RENAME TO orders_cust_idx;',
    ['ALTER INDEX orders_cust_idx RENAME TO orders_customer_idx;'],
  ],
  [
    'ALTER TABLE orders RENAME CONSTRAINT orders_total_check TO total_positive;',
    ['ALTER TABLE orders RENAME CONSTRAINT total_positive TO orders_total_check;'],
  ],
  ['ALTER TABLE orders ALTER COLUMN note SET NOT NULL;', ['ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;']],
  ['ALTER TABLE orders ALTER COLUMN status SET NOT NULL;', []],
  ['ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;', ['ALTER TABLE orders ALTER COLUMN status SET NOT NULL;']],
  [
    'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES orders (id) NOT VALID;',
    ['ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;'],
  ],
  ['ALTER TABLE orders ADD CHECK (id > 0);', ['ALTER TABLE orders DROP CONSTRAINT orders_id_check;']],
  ['ALTER TABLE orders ADD UNIQUE (customer_id);', ['ALTER TABLE orders DROP CONSTRAINT orders_customer_id_key;']],
  [
    'ALTER TABLE orders DROP CONSTRAINT orders_total_check;',
    ['ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);'],
  ],
  ['CREATE TABLE items (id int PRIMARY KEY, order_id bigint REFERENCES orders (id));', ['DROP TABLE items;']],
  ['CREATE TABLE IF NOT EXISTS orders (id bigint);', []],
  ["CREATE TYPE status AS ENUM ('open', 'closed');", ['DROP TYPE status;']],
  ['CREATE DOMAIN cents AS bigint CHECK (VALUE >= 0);', ['DROP DOMAIN cents;']],
  ["ALTER TYPE mood RENAME VALUE 'sad' TO 'blue';", ["ALTER TYPE mood RENAME VALUE 'blue' TO 'sad';"]],
  [
    "ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open';",
    ["ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';"],
  ],
  ["ALTER TABLE orders ALTER COLUMN note SET DEFAULT '-';", ['ALTER TABLE orders ALTER COLUMN note DROP DEFAULT;']],
  ['ALTER TABLE orders ALTER COLUMN total DROP DEFAULT;', ['ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0;']],
  [
    'ALTER TABLE orders ALTER COLUMN status TYPE varchar(200);',
    ['ALTER TABLE orders ALTER COLUMN status TYPE varchar(50);'],
  ],
  [
    'ALTER TABLE orders ALTER COLUMN total TYPE text;',
    ['ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2) USING total::numeric(10, 2);'],
  ],
  [
    "CREATE FUNCTION touch(o bigint, label text DEFAULT 'x') RETURNS void LANGUAGE sql AS $$ SELECT 1 $$;",
    ['DROP FUNCTION touch(bigint, text);'],
  ],
  [
    'CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();',
    ['DROP TRIGGER orders_touch ON orders;'],
  ],
  ["CREATE VIEW open_orders AS SELECT * FROM orders WHERE status = 'open';", ['DROP VIEW open_orders;']],
  ['CREATE SCHEMA billing;', ['DROP SCHEMA billing;']],
  ['ALTER TABLE orders SET SCHEMA billing;', ['ALTER TABLE billing.orders SET SCHEMA public;']],
  [
    'DROP INDEX CONCURRENTLY orders_customer_idx;',
    ['CREATE INDEX CONCURRENTLY orders_customer_idx ON orders (customer_id);'],
  ],
  ['ALTER TABLE "Orders" ADD COLUMN "Paid" boolean;', ['ALTER TABLE "Orders" DROP COLUMN "Paid";']],
  ['ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;', []],
  ["SET lock_timeout = '2s';", []],
];

/** Statement → the marked comment (and warning) it must produce, and what is re-created (shape without data). */
const IRREVERSIBLE: [string, RegExp, string[]][] = [
  [
    'ALTER TABLE orders DROP COLUMN note;',
    /^DROP COLUMN orders\.note — the data is gone; restore from backup/,
    ['ALTER TABLE orders ADD COLUMN note text;'],
  ],
  [
    'ALTER TABLE orders DROP COLUMN total;',
    /^DROP COLUMN orders\.total — the data is gone/,
    [
      'ALTER TABLE orders ADD COLUMN total numeric(10, 2) DEFAULT 0 NOT NULL;',
      'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);',
    ],
  ],
  [
    'ALTER TABLE orders DROP COLUMN customer_id;',
    /^DROP COLUMN orders\.customer_id/,
    ['ALTER TABLE orders ADD COLUMN customer_id bigint;', 'CREATE INDEX orders_customer_idx ON orders (customer_id);'],
  ],
  [
    'DROP TABLE orders;',
    /^DROP TABLE orders — the data is gone; restore from backup/,
    [
      'CREATE TABLE orders (',
      '  id bigint NOT NULL,',
      "  status varchar(50) DEFAULT 'new' NOT NULL,",
      '  note text,',
      '  total numeric(10, 2) DEFAULT 0 NOT NULL,',
      '  customer_id bigint,',
      '  CONSTRAINT orders_pkey PRIMARY KEY (id),',
      '  CONSTRAINT orders_total_check CHECK (total >= 0)',
      ');',
      'CREATE INDEX orders_customer_idx ON orders (customer_id);',
    ],
  ],
  ['DROP TABLE invoices;', /^DROP TABLE invoices — the data is gone/, []],
  [
    "UPDATE orders SET status = 'open' WHERE status = 'new';",
    /^UPDATE orders SET status = 'open'.* — data changes are not undone/,
    [],
  ],
  ['DELETE FROM orders WHERE id < 10;', /^DELETE FROM orders WHERE id < 10 — data changes/, []],
  ['INSERT INTO orders (id) VALUES (1);', /^INSERT INTO orders .* — data changes/, []],
  [
    "ALTER TYPE mood ADD VALUE 'meh';",
    /^ALTER TYPE mood ADD VALUE 'meh' — PostgreSQL cannot remove a value from an enum/,
    [],
  ],
  ['DO $$ BEGIN PERFORM 1; END $$;', /DO block/, []],
  ['TRUNCATE orders;', /^TRUNCATE orders — the rows are gone/, []],
  ['DROP VIEW IF EXISTS report;', /^DROP VIEW report — its definition is not known/, []],
  ['ALTER TABLE orders ALTER COLUMN missing TYPE text;', /previous type is not known/, []],
  ['GRANT SELECT ON orders TO reporting;', /does not invert this statement/, []],
];

describe('rollback generation', () => {
  before(loadParser);

  describe('statement → exact inverse', () => {
    for (const [statement, expected] of INVERSES) {
      it(statement, () => {
        const r = rollbackOf(statement);
        assert.deepStrictEqual(r.statements, expected);
        assert.deepStrictEqual(r.warnings, [], 'an invertible statement draws no warning');
      });
    }
  });

  describe('what cannot be undone: a marked comment and a warning', () => {
    for (const [statement, message, recreated] of IRREVERSIBLE) {
      it(statement, () => {
        const r = rollbackOf(statement);
        assert.strictEqual(r.cannot.length, 1, r.sql);
        assert.match(r.cannot[0], message);
        assert.strictEqual(r.warnings.length, 1);
        assert.strictEqual(r.warnings[0].message, r.cannot[0]);
        assert.deepStrictEqual([r.warnings[0].start, r.warnings[0].end], [0, statement.length - 1]);
        assert.deepStrictEqual(r.statements, recreated);
      });
    }
  });

  it('undoes statements in reverse order; objects on a table created here go with its DROP TABLE', () => {
    const r = rollbackOf(
      [
        'CREATE TABLE items (id int PRIMARY KEY, order_id bigint);',
        'CREATE INDEX items_order_idx ON items (order_id);',
        'ALTER TABLE items ADD CONSTRAINT items_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);',
        'INSERT INTO items VALUES (1, 1);',
        'ALTER TABLE orders ADD COLUMN item_count int;',
        'ALTER TABLE orders RENAME COLUMN item_count TO items;',
      ].join('\n'),
    );
    assert.deepStrictEqual(r.statements, [
      'ALTER TABLE orders RENAME COLUMN items TO item_count;',
      'ALTER TABLE orders DROP COLUMN item_count;',
      'DROP TABLE items;',
    ]);
    assert.deepStrictEqual(r.warnings, []);
  });

  it('the previous default and type come from earlier migrations as they wrote them', () => {
    const r = generateRollback(
      "ALTER TABLE orders ALTER COLUMN status TYPE text, ALTER COLUMN status SET DEFAULT 'open';",
      up(),
      { history: [ORDERS, "ALTER TABLE orders ALTER COLUMN status SET DEFAULT ('x' || 'y');"] },
    );
    assert.match(
      r.sql,
      /ALTER TABLE orders ALTER COLUMN status SET DEFAULT \('x' \|\| 'y'\);\n[\s\S]*TYPE varchar\(50\);/,
    );
  });

  it('golang-migrate runs a multi-statement down in one implicit transaction: plain DROP INDEX, lock_timeout, the reason', () => {
    const upSql =
      'ALTER TABLE orders ADD COLUMN paid boolean;\nCREATE INDEX CONCURRENTLY orders_paid_idx ON orders (paid);\n';
    const r = generateRollback(upSql, up(), { history: [ORDERS], file: '000002_paid.up.sql' });
    assert.strictEqual(
      r.sql,
      [
        '-- Rollback of 000002_paid.up.sql, generated by Sluice: each statement of the up migration undone, in reverse order.',
        LOCK_TIMEOUT,
        '',
        '-- undoes: CREATE INDEX CONCURRENTLY orders_paid_idx ON orders (paid)',
        '-- sluice-ignore require-concurrent-drop-index: this script runs in one transaction, where CONCURRENTLY fails; lock_timeout bounds the wait',
        'DROP INDEX IF EXISTS orders_paid_idx;',
        '',
        '-- undoes: ALTER TABLE orders ADD COLUMN paid boolean',
        'ALTER TABLE orders DROP COLUMN paid;',
        '',
        // A plain SET lasts for the session: golang-migrate keeps its connection.
        RESET,
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(findingsOfDown(upSql, r.sql), []);
  });

  it('a lone DROP INDEX CONCURRENTLY stays concurrent (one statement runs outside a transaction)', () => {
    const upSql = 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);';
    const r = generateRollback(upSql, up(), { history: [ORDERS] });
    assert.ok(!r.sql.includes(LOCK_TIMEOUT));
    assert.match(r.sql, /^DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;$/m);
    assert.deepStrictEqual(findingsOfDown(upSql, r.sql), []);
  });

  it('Diesel runs down.sql in a transaction: plain DROP INDEX even alone; Flyway runs CONCURRENTLY outside its own', () => {
    const upSql = 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);';
    const diesel = generateRollback(upSql, up('diesel'), { history: [ORDERS] });
    assert.match(diesel.sql, /^DROP INDEX IF EXISTS orders_status_idx;$/m);
    const flyway = generateRollback(upSql, up('flyway'), { history: [ORDERS] });
    assert.match(flyway.sql, /^DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;$/m);
  });

  it('the generated down scripts lint clean under every rule', () => {
    const migrations = [
      "ALTER TABLE orders ADD COLUMN paid boolean NOT NULL DEFAULT false;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'open';",
      'ALTER TABLE orders RENAME COLUMN note TO remark;',
      'ALTER TABLE orders ADD CONSTRAINT orders_id_positive CHECK (id > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_id_positive;',
      'CREATE TABLE items (id bigint PRIMARY KEY, order_id bigint NOT NULL);\nCREATE INDEX items_order_idx ON items (order_id);',
      "CREATE TYPE priority AS ENUM ('low', 'high');\nALTER TABLE orders ADD COLUMN priority priority;",
    ];
    for (const m of migrations) {
      const r = generateRollback(m, up(), { history: [ORDERS] });
      assert.deepStrictEqual(findingsOfDown(m, r.sql), [], `${m}\n---\n${r.sql}`);
    }
  });

  it('narrowing a type back is a rollback-only rewrite: ignored with the reason, no error on the down file', () => {
    const m = 'ALTER TABLE orders ALTER COLUMN status TYPE varchar(200);';
    const down = generateRollback(m, up(), { history: [ORDERS] }).sql;
    assert.match(
      down,
      /\n-- sluice-ignore column-type-rewrite: rollback only; it changes orders\.status back to its type before the up migration, which can rewrite or scan orders under its lock\nALTER TABLE orders ALTER COLUMN status TYPE varchar\(50\);\n/,
    );
    assert.deepStrictEqual(findingsOfDown(m, down), []);
  });

  it('restoring NOT NULL is a rollback-only scan: ignored with the reason', () => {
    const m = 'ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;';
    const down = generateRollback(m, up(), { history: [ORDERS] }).sql;
    assert.match(
      down,
      /\n-- sluice-ignore set-not-null: rollback only; it reads orders once under the lock, and fails if a row written since has status NULL\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n/,
    );
    assert.deepStrictEqual(findingsOfDown(m, down), []);
  });

  it('refuses a down script and a file that is not a migration', () => {
    assert.throws(
      () => generateRollback('SELECT 1;', { isMigration: true, tool: 'golang-migrate', direction: 'down' }),
      RollbackError,
    );
    assert.throws(
      () => generateRollback('SELECT 1;', { isMigration: false, tool: null, direction: 'up' }),
      /not a migration/,
    );
  });

  it('goose: only the up section is undone', () => {
    const r = generateRollback('-- +goose Up\nALTER TABLE orders ADD COLUMN paid boolean;\n', up('goose'), {
      history: [ORDERS],
      placement: 'section',
    });
    assert.deepStrictEqual(
      r.sql.split('\n').filter((l) => l && !l.startsWith('--')),
      [LOCK_TIMEOUT, 'ALTER TABLE orders DROP COLUMN paid;', RESET],
    );
  });
});
