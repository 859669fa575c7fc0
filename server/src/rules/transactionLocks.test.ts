// The held AccessExclusiveLocks the schema alone knows of (transactionLocks.ts: schemaLocks), as the rules that read
// them see them. Each lock was checked in pg_locks on PostgreSQL 15.
import { ruleTests } from '../../../test/unit/ruleTester';
import { lockHeldDuringSlowOperation } from './lock-held-during-slow-operation';
import { validateInSameTransaction } from './validate-in-same-transaction';

const ORDERS_PAYMENTS = [
  'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
  'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
].join('\n');

const METRICS = [
  'CREATE TABLE metrics (id bigint, at date, value int) PARTITION BY RANGE (at);',
  "CREATE TABLE metrics_2024_01 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');",
  "CREATE TABLE metrics_2024_02 PARTITION OF metrics FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');",
].join('\n');

/** A partitioned table with a foreign key to accounts, which order_items' foreign key references. */
const ORDERS_PARTITIONED = [
  'CREATE TABLE accounts (id bigint PRIMARY KEY, name text);',
  'CREATE TABLE orders (id bigint NOT NULL, account_id bigint NOT NULL REFERENCES accounts (id), placed_at date NOT NULL, PRIMARY KEY (id, placed_at)) PARTITION BY RANGE (placed_at);',
  "CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
  'CREATE TABLE order_items (order_id bigint NOT NULL, placed_at date NOT NULL, qty int, FOREIGN KEY (order_id, placed_at) REFERENCES orders (id, placed_at));',
].join('\n');

/** Statements in one transaction, with a lock_timeout set (require-lock-timeout has nothing to say). */
function inTransaction(...statements: string[]): string {
  return ["SET lock_timeout = '2s';", 'BEGIN;', ...statements, 'COMMIT;'].join('\n');
}

ruleTests(lockHeldDuringSlowOperation, {
  valid: [
    {
      name: 'DROP TYPE ... CASCADE of a type no table uses holds no table',
      history: "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE orders (id bigint PRIMARY KEY, q int);",
      sql: inTransaction('DROP TYPE mood CASCADE;', 'CREATE INDEX orders_q_idx ON orders (q);'),
      rules: { 'require-concurrent-index': 'off' },
    },
    {
      name: 'DROP SCHEMA ... CASCADE: the tables it dropped are gone, nothing can wait for them',
      history: 'CREATE SCHEMA audit;\nCREATE TABLE audit.log (id bigint);\nCREATE TABLE orders (id bigint, q int);',
      sql: inTransaction('DROP SCHEMA audit CASCADE;', 'CREATE INDEX orders_q_idx ON orders (q);'),
      rules: { 'require-concurrent-index': 'off' },
    },
    {
      name: 'a partition detached first: dropping it no longer locks the parent',
      history: METRICS,
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE metrics DETACH PARTITION metrics_2024_01;',
        'BEGIN;',
        'DROP TABLE metrics_2024_01;',
        "DELETE FROM metrics WHERE at < '2024-02-01';",
        'COMMIT;',
      ].join('\n'),
      rules: { 'unbatched-backfill': 'off' },
    },
    {
      name: 'ATTACH PARTITION takes only a ShareRowExclusiveLock on the tables of its parent’s foreign keys',
      history: ORDERS_PARTITIONED,
      sql: inTransaction(
        'CREATE TABLE orders_2025 (id bigint NOT NULL, account_id bigint NOT NULL, placed_at date NOT NULL);',
        "ALTER TABLE orders ATTACH PARTITION orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        'UPDATE order_items SET qty = 0 WHERE qty IS NULL;',
        "UPDATE accounts SET name = '' WHERE name IS NULL;",
      ),
    },
    {
      name: 'TRUNCATE ... CASCADE of a new table that only new tables reference',
      history: ORDERS_PAYMENTS,
      sql: inTransaction(
        'CREATE TABLE plans (id bigint PRIMARY KEY);',
        'CREATE TABLE plan_prices (plan_id bigint REFERENCES plans (id));',
        'TRUNCATE plans CASCADE;',
        "UPDATE orders SET status = 'archived' WHERE status = 'old';",
      ),
    },
    {
      name: 'the foreign key was dropped in an earlier transaction: dropping the table locks only itself',
      history: ORDERS_PAYMENTS,
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey;',
        'BEGIN;',
        'DROP TABLE payments;',
        "UPDATE orders SET status = 'archived' WHERE status = 'old';",
        'COMMIT;',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'the lock ATTACH PARTITION took on the DEFAULT partition is named by its statement',
      history: [
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
        'CREATE TABLE events_default PARTITION OF events DEFAULT;',
        'CREATE TABLE events_2024 (id bigint, at date);',
      ].join('\n'),
      sql: inTransaction(
        "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        'UPDATE events_2024 SET id = id + 1;',
      ),
      errors: [
        { line: 4, column: 1, message: /events_default \(by ALTER TABLE events ATTACH PARTITION events_2024\)/ },
      ],
    },
    {
      name: 'a partition’s foreign keys are its parent’s: dropping it holds the parent, not the referenced table',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE ev (id bigint, at date, order_id bigint REFERENCES orders (id)) PARTITION BY RANGE (at);',
        "CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');",
      ].join('\n'),
      sql: inTransaction('DROP TABLE ev_1;', "UPDATE orders SET status = 'archived' WHERE status = 'old';"),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^UPDATE of orders runs while the AccessExclusiveLock that DROP TABLE ev_1 took on ev earlier in this transaction is still held: reads and writes of ev wait/,
        },
      ],
    },
    {
      name: 'a renamed table’s lock follows it to its new name: the table is named once',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, name text, phone text);',
      sql: inTransaction(
        'ALTER TABLE users RENAME TO members;',
        'ALTER TABLE members DROP COLUMN phone;',
        'CREATE INDEX members_name_idx ON members (name);',
      ),
      rules: { 'require-concurrent-index': 'off' },
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^CREATE INDEX builds an index on members while the AccessExclusiveLock that ALTER TABLE users RENAME TO members took on members earlier in this transaction is still held: reads and writes of members wait/,
        },
      ],
    },
    {
      name: 'a swap: each table held under the name it has now',
      history:
        'CREATE TABLE measurements (id bigint, at date);\nCREATE TABLE measurements_p (id bigint, at date) PARTITION BY RANGE (at);',
      sql: inTransaction(
        'ALTER TABLE measurements RENAME TO measurements_old;',
        'ALTER TABLE measurements_p RENAME TO measurements;',
        "DELETE FROM measurements_old WHERE at < '2020-01-01';",
      ),
      rules: { 'unbatched-backfill': 'off' },
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /on measurements_old \(by ALTER TABLE measurements RENAME TO measurements_old\) and measurements \(by ALTER TABLE measurements_p RENAME TO measurements\) are still held/,
        },
      ],
    },
    {
      name: 'a table moved by SET SCHEMA is held under its new name, and its index lands on it there',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\nCREATE INDEX users_name_idx ON users (name);',
      sql: inTransaction(
        'ALTER TABLE users SET SCHEMA archive;',
        'DROP INDEX archive.users_name_idx;',
        'DELETE FROM archive.users WHERE name IS NULL;',
      ),
      rules: { 'unbatched-backfill': 'off' },
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^DELETE from archive\.users runs while the AccessExclusiveLock that ALTER TABLE users SET SCHEMA archive took on archive\.users earlier in this transaction is still held/,
        },
      ],
    },
    {
      name: 'the index of a renamed table lands on it under its new name',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, name text);\nCREATE INDEX users_name_idx ON users (name);',
      sql: inTransaction(
        'ALTER TABLE users RENAME TO members;',
        'DROP INDEX users_name_idx;',
        'DELETE FROM members WHERE name IS NULL;',
      ),
      rules: { 'unbatched-backfill': 'off' },
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^DELETE from members runs while the AccessExclusiveLock that ALTER TABLE users RENAME TO members took on members earlier in this transaction is still held/,
        },
      ],
    },
    {
      name: 'DROP TABLE of a partition holds its parent: a DELETE of the parent runs under that lock',
      history: METRICS,
      sql: inTransaction('DROP TABLE metrics_2024_01;', "DELETE FROM metrics WHERE at < '2024-03-01';"),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^DELETE from metrics runs while the AccessExclusiveLock that DROP TABLE metrics_2024_01 took on metrics earlier in this transaction is still held/,
        },
      ],
    },
    {
      name: 'DROP TABLE of a table with a foreign key holds the referenced table',
      history: ORDERS_PAYMENTS,
      sql: inTransaction('DROP TABLE payments;', 'CREATE INDEX orders_status_idx ON orders (status);'),
      rules: { 'require-concurrent-index': 'off' },
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^CREATE INDEX builds an index on orders while the AccessExclusiveLock that DROP TABLE payments took on orders/,
        },
      ],
    },
    {
      name: 'DROP CONSTRAINT of a foreign key holds both tables',
      history: ORDERS_PAYMENTS,
      sql: inTransaction(
        'ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey;',
        "UPDATE orders SET status = 'archived' WHERE status = 'old';",
      ),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /on payments \(by ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey\) and orders \(by ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey\) are still held: reads and writes of payments and orders wait/,
        },
      ],
    },
    {
      name: 'DROP TABLE ... CASCADE holds the tables whose foreign keys it dropped',
      history: ORDERS_PAYMENTS,
      sql: inTransaction('DROP TABLE orders CASCADE;', 'DELETE FROM payments WHERE order_id > 100;'),
      errors: [{ line: 4, column: 1, message: /that DROP TABLE orders took on payments earlier/ }],
    },
    {
      name: 'DETACH PARTITION drops the partition’s share of a referencing table’s foreign key: it holds that table',
      history: ORDERS_PARTITIONED,
      sql: inTransaction(
        'ALTER TABLE orders DETACH PARTITION orders_2024;',
        'UPDATE order_items SET qty = 0 WHERE qty IS NULL;',
      ),
      rules: { 'require-concurrent-detach': 'off' },
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^UPDATE of order_items runs while the AccessExclusiveLocks taken earlier in this transaction on orders \(by ALTER TABLE orders DETACH PARTITION orders_2024\), orders_2024 \(by ALTER TABLE orders DETACH PARTITION orders_2024\) and order_items \(by ALTER TABLE orders DETACH PARTITION orders_2024\) are still held/,
        },
      ],
    },
    {
      name: 'DETACH PARTITION of a sub-partition: the foreign keys come from the top of the tree',
      history: [
        ORDERS_PARTITIONED,
        "CREATE TABLE orders_2030s PARTITION OF orders FOR VALUES FROM ('2030-01-01') TO ('2040-01-01') PARTITION BY RANGE (placed_at);",
        "CREATE TABLE orders_2030 PARTITION OF orders_2030s FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');",
      ].join('\n'),
      sql: inTransaction(
        'ALTER TABLE orders_2030s DETACH PARTITION orders_2030;',
        "UPDATE accounts SET name = '' WHERE name IS NULL;",
      ),
      rules: { 'require-concurrent-detach': 'off' },
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^UPDATE of accounts runs while the AccessExclusiveLocks taken earlier in this transaction on orders_2030s \(by ALTER TABLE orders_2030s DETACH PARTITION orders_2030\), orders_2030 \(by ALTER TABLE orders_2030s DETACH PARTITION orders_2030\) and order_items \(by ALTER TABLE orders_2030s DETACH PARTITION orders_2030\) are still held: reads and writes of orders_2030s, orders_2030 and order_items wait/,
        },
      ],
    },
    {
      name: 'TRUNCATE ... CASCADE of a new table holds the tables in use it empties, recursively',
      history: ORDERS_PAYMENTS,
      sql: [
        "SET lock_timeout = '2s';",
        'CREATE TABLE regions (id bigint PRIMARY KEY);',
        'ALTER TABLE orders ADD COLUMN region_id bigint REFERENCES regions (id);',
        'BEGIN;',
        'TRUNCATE regions CASCADE;',
        "UPDATE orders SET status = 'archived' WHERE status = 'old';",
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 6,
          column: 1,
          message:
            /^UPDATE of orders runs while the AccessExclusiveLocks taken earlier in this transaction on orders \(by TRUNCATE regions CASCADE\) and payments \(by TRUNCATE regions CASCADE\) are still held/,
        },
      ],
    },
    {
      name: 'DROP TYPE ... CASCADE holds the tables whose columns of that type it dropped',
      history: "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE orders (id bigint PRIMARY KEY, m mood, q int);",
      sql: inTransaction('DROP TYPE mood CASCADE;', 'CREATE INDEX orders_q_idx ON orders (q);'),
      errors: [{ line: 4, column: 1, message: /that DROP TYPE mood CASCADE took on orders earlier/ }],
      rules: { 'require-concurrent-index': 'off' },
    },
  ],
});

ruleTests(validateInSameTransaction, {
  valid: [],
  invalid: [
    {
      name: 'VALIDATE of a constraint of the table a dropped foreign key referenced, in the same transaction',
      history: [
        ORDERS_PAYMENTS,
        "ALTER TABLE orders ADD CONSTRAINT orders_status_check CHECK (status <> '') NOT VALID;",
      ].join('\n'),
      sql: inTransaction(
        'ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_check;',
      ),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT orders_status_check runs in the same transaction as ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey, whose AccessExclusiveLock on orders is still held/,
        },
      ],
    },
  ],
});
