import { ruleTests } from '../../../test/unit/ruleTester';
import { requireLockTimeout } from './require-lock-timeout';

ruleTests(requireLockTimeout, {
  valid: [
    "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
    "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
    "SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE orders ADD COLUMN note text;",
    'SET lock_timeout = 2000;\nALTER TABLE orders ADD COLUMN note text;',
    {
      name: 'CONCURRENTLY and VALIDATE take ShareUpdateExclusiveLock: reads and writes go on',
      sql: 'CREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
    },
    'UPDATE orders SET status = lower(status) WHERE id < 1000;',
    {
      name: 'REFRESH ... CONCURRENTLY: ExclusiveLock on a materialized view blocks no reads',
      sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;',
    },
    {
      name: 'objects created in this migration',
      sql: 'CREATE TABLE refunds (id bigint);\nALTER TABLE refunds ADD COLUMN reason text;\nCREATE INDEX refunds_reason_idx ON refunds (reason);',
    },
    {
      name: 'SET LOCAL inside the transaction goose opens lasts the whole section',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      tool: 'goose',
    },
    {
      name: 'a down script dropping what its up script created',
      sql: 'DROP TABLE refunds;',
      direction: 'down',
      createdByUp: ['public.refunds'],
    },
    {
      name: 'goose down section undoing its own up section',
      sql: "-- +goose Up\nSET lock_timeout = '1s';\nCREATE TABLE refunds (id bigint);\n-- +goose Down\nDROP TABLE refunds;",
      tool: 'goose',
    },
  ],
  invalid: [
    {
      sql: 'ALTER TABLE orders ADD COLUMN note text;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /AccessExclusiveLock on orders with no lock_timeout.*reads and writes/,
        },
      ],
    },
    {
      name: 'only the first such statement is reported',
      sql: 'CREATE INDEX orders_at_idx ON orders (created_at);\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 1, column: 1, lock: 'ShareLock', message: /all writes on that table/ }],
    },
    {
      name: 'set too late',
      sql: "ALTER TABLE orders ADD COLUMN note text;\nSET lock_timeout = '2s';",
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'lock_timeout = 0 means wait forever',
      sql: 'SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'RESET turns it off again',
      sql: "SET lock_timeout = '2s';\nRESET lock_timeout;\nTRUNCATE orders;",
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'DROP INDEX locks the index’s table',
      sql: 'DROP INDEX orders_at_idx;',
      errors: [{ line: 1, column: 1, message: /the table of index orders_at_idx/ }],
    },
    {
      name: 'each goose section runs on its own',
      sql: "-- +goose Up\nSET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN note text;\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;",
      tool: 'goose',
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'a new partition locks its parent',
      sql: "CREATE TABLE events_2026_07 PARTITION OF events FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');",
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /on events with no lock_timeout/ }],
    },
    {
      name: 'SET LOCAL outside a transaction sets nothing',
      sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'SET LOCAL ends with its transaction',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'dropping an index created earlier locks its (existing) table',
      sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX orders_status_idx;',
      errors: [{ line: 2, column: 1, message: /AccessExclusiveLock on the table of index orders_status_idx/ }],
    },
    {
      name: 'a new table’s foreign key locks the referenced table',
      sql: 'CREATE TABLE refunds (id bigint, order_id bigint REFERENCES orders (id));',
      errors: [{ line: 1, column: 1, lock: 'ShareRowExclusiveLock', message: /on orders/ }],
    },
    {
      name: 'a down script touching a table its up did not create',
      sql: 'ALTER TABLE orders DROP COLUMN note;',
      direction: 'down',
      createdByUp: ['public.refunds'],
      errors: [{ line: 1, column: 1 }],
    },
  ],
});
