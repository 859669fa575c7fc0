import { ruleTests } from '../../../test/unit/ruleTester';
import { dropColumn } from './drop-column';

ruleTests(dropColumn, {
  valid: [
    'ALTER TABLE orders ADD COLUMN note text;',
    'ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;',
    'ALTER TABLE orders DROP CONSTRAINT orders_note_check;',
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE refunds (id bigint, note text);\nALTER TABLE refunds DROP COLUMN note;',
    },
    {
      name: 'a column added earlier in this migration: no deployed code knows it',
      sql: 'ALTER TABLE orders ADD COLUMN tmp text;\nALTER TABLE orders DROP COLUMN tmp;',
    },
    {
      name: 'a column added and renamed earlier in this migration',
      sql: 'ALTER TABLE orders ADD COLUMN tmp text;\nALTER TABLE orders RENAME COLUMN tmp TO tmp2;\nALTER TABLE orders DROP COLUMN tmp2;',
    },
    {
      name: 'ALTER TYPE ... DROP ATTRIBUTE is about a composite type',
      sql: 'ALTER TYPE address DROP ATTRIBUTE zip;',
    },
    {
      name: 'a .down.sql script undoes its up migration',
      sql: 'ALTER TABLE orders DROP COLUMN note;',
      tool: 'golang-migrate',
      direction: 'down',
    },
    {
      name: 'goose Down section',
      sql: '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;',
      tool: 'goose',
    },
    {
      name: 'a down section that drops a column its up section added and one of a table the up section created',
      sql: '-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\nCREATE TABLE refunds (id bigint, note text);\n-- +goose Down\nALTER TABLE refunds DROP COLUMN note;\nALTER TABLE orders DROP COLUMN note;\nDROP TABLE refunds;',
      tool: 'goose',
    },
    {
      name: 'dbmate down section',
      sql: '-- migrate:up\nALTER TABLE orders ADD COLUMN note text;\n\n-- migrate:down\nALTER TABLE orders DROP COLUMN note;',
      tool: 'dbmate',
    },
  ],
  invalid: [
    {
      sql: 'ALTER TABLE orders DROP COLUMN note;',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 36,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP COLUMN orders\.note breaks the application version that is still running.*"column does not exist".*AccessExclusiveLock on orders/,
        },
      ],
    },
    {
      sql: "SET lock_timeout = '2s';\nALTER TABLE IF EXISTS billing.invoices DROP COLUMN IF EXISTS legacy_total CASCADE;",
      errors: [{ line: 2, column: 1, message: /billing\.invoices\.legacy_total.*CASCADE also drops/ }],
    },
    {
      name: 'one finding per dropped column',
      sql: 'ALTER TABLE orders DROP COLUMN a, ADD COLUMN c text, DROP COLUMN b;',
      errors: [
        { line: 1, column: 1, message: /orders\.a / },
        { line: 1, column: 1, message: /orders\.b / },
      ],
    },
    {
      name: 'a goose Down section that drops a column its Up section never added (copy-paste slip)',
      sql: '-- +goose Up\nALTER TABLE users ADD COLUMN time_zone text;\n\n-- +goose Down\nALTER TABLE users DROP COLUMN phone;',
      tool: 'goose',
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /users\.phone .*This down section does not undo its up section here \(the up section did not add phone\)/,
        },
      ],
    },
    {
      sql: 'ALTER FOREIGN TABLE remote_orders DROP COLUMN note;',
      errors: [{ line: 1, column: 1, message: /remote_orders\.note/ }],
    },
    {
      name: 'goose Up section',
      sql: '-- +goose Up\nALTER TABLE orders DROP COLUMN note;\n\n-- +goose Down\nALTER TABLE orders ADD COLUMN note text;',
      tool: 'goose',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'the same column name on another table',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nALTER TABLE invoices DROP COLUMN note;',
      errors: [{ line: 2, column: 1, message: /invoices\.note/ }],
    },
  ],
});
