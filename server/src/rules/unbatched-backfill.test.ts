import { ruleTests } from '../../../test/unit/ruleTester';
import { unbatchedBackfill } from './unbatched-backfill';

ruleTests(unbatchedBackfill, {
  valid: [
    {
      name: 'a filtered DELETE in a WITH query, outside a transaction; a WHERE comparing two different constants',
      history: 'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz);\nCREATE TABLE logs_archive (id bigint);',
      sql: "WITH moved AS (DELETE FROM logs WHERE at < '2020-01-01' RETURNING id) INSERT INTO logs_archive SELECT id FROM moved;\nDELETE FROM logs WHERE 1 = 2;",
    },
    {
      name: 'DDL whose lock blocks neither reads nor writes (VALIDATE, SET STATISTICS) next to a bounded backfill',
      tool: 'goose',
      sql: [
        '-- +goose Up',
        "UPDATE orders SET status = 'new' WHERE id < 1000;",
        'ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_check;',
        "UPDATE orders SET status = 'old' WHERE id < 100;",
      ].join('\n'),
    },
    {
      name: 'one row by its primary key next to DDL is not a backfill',
      tool: 'goose',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      sql: "-- +goose Up\nUPDATE accounts SET email = 'admin@example.com' WHERE id = 1;\nALTER TABLE accounts ADD COLUMN locale text;",
    },
    'UPDATE orders SET status = 0 WHERE id IN (SELECT id FROM orders WHERE status IS NULL LIMIT 5000);',
    'DELETE FROM sessions WHERE expires_at < now();',
    {
      name: 'a table created in this migration is empty',
      sql: 'CREATE TABLE refunds (id bigint, state int);\nUPDATE refunds SET state = 0;',
    },
    {
      name: 'DDL and a filtered backfill in separate transactions',
      sql: 'ALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;',
    },
    {
      name: 'DDL committed before the backfill',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nCOMMIT;\nBEGIN;\nUPDATE orders SET state = 0 WHERE id < 5000;\nCOMMIT;',
    },
    {
      name: 'DDL on another table in the same transaction',
      sql: 'BEGIN;\nALTER TABLE invoices ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;\nCOMMIT;',
    },
    {
      name: 'a DDL lock only on the new table',
      sql: 'BEGIN;\nCREATE TABLE order_notes (order_id bigint, note text);\nUPDATE orders SET note_count = 0 WHERE id < 5000;\nCOMMIT;',
    },
    "INSERT INTO countries (code) VALUES ('NL');",
  ],
  invalid: [
    {
      name: 'UPDATE and DELETE in WITH queries (the archiving idiom), and WHERE clauses that keep every row',
      history:
        'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz);\nCREATE TABLE logs_archive (id bigint, at timestamptz);\nCREATE TABLE users (id bigint PRIMARY KEY, status text);',
      sql: [
        'WITH moved AS (DELETE FROM logs RETURNING *) INSERT INTO logs_archive SELECT * FROM moved;',
        "WITH changed AS (UPDATE users SET status = 'active' RETURNING id) SELECT count(*) FROM changed;",
        "UPDATE users SET status = 'x' WHERE true;",
        'DELETE FROM logs WHERE 1 = 1;',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /^DELETE of every row of logs/ },
        { line: 2, column: 1, message: /^UPDATE of every row of users/ },
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ],
    },
    {
      sql: 'UPDATE orders SET state = 0;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 28,
          lock: 'RowExclusiveLock',
          message:
            /^UPDATE of every row of orders in one statement \(no WHERE\): it locks each row .*RowExclusiveLock on orders/,
        },
      ],
    },
    {
      sql: 'DELETE FROM ONLY billing.sessions;',
      errors: [{ line: 1, column: 1, message: /^DELETE of every row of billing\.sessions/ }],
    },
    {
      name: 'a filtered backfill after DDL on the table in the same explicit transaction',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE state IS NULL;\nCOMMIT;',
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^UPDATE of orders in the same transaction as an earlier ALTER TABLE on it: the AccessExclusiveLock that ALTER TABLE took on orders is held until commit/,
        },
      ],
    },
    {
      name: 'DDL after the backfill in the same transaction',
      sql: 'BEGIN;\nUPDATE orders SET state = 0 WHERE state IS NULL;\nCREATE INDEX orders_state_idx ON orders (state);\nCOMMIT;',
      errors: [
        { line: 2, column: 1, lock: 'ShareLock', message: /later CREATE INDEX on it.*waits for a ShareLock on orders/ },
      ],
    },
    {
      name: 'a tool-wrapped unit is one transaction',
      sql: '-- +goose Up\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;\n-- +goose Down\nALTER TABLE orders DROP COLUMN state;',
      tool: 'goose',
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'DDL on another table that locks this one through a foreign key',
      sql: 'BEGIN;\nALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;\nDELETE FROM orders WHERE archived;\nCOMMIT;',
      errors: [{ line: 3, column: 1, lock: 'ShareRowExclusiveLock' }],
    },
    {
      name: 'no WHERE is reported once even after DDL',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0;\nCOMMIT;',
      errors: [{ line: 3, column: 1, message: /no WHERE/ }],
    },
  ],
});
