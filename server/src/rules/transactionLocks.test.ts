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
