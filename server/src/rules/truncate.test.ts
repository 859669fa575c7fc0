import { ruleTests } from '../../../test/unit/ruleTester';
import { truncate } from './truncate';

ruleTests(truncate, {
  valid: [
    {
      name: 'a table created earlier in the same migration',
      sql: 'CREATE TABLE staging_orders (id bigint);\nINSERT INTO staging_orders SELECT id FROM orders;\nTRUNCATE staging_orders;',
    },
    {
      name: 'a goose down section empties what its up section created',
      tool: 'goose',
      sql: '-- +goose Up\nCREATE TABLE staging (id bigint);\n\n-- +goose Down\nTRUNCATE staging;\nDROP TABLE staging;',
    },
    {
      name: 'a down script in its own file whose up script created the table',
      direction: 'down',
      createdByUp: ['public.staging'],
      sql: 'TRUNCATE TABLE staging CASCADE;',
    },
    "DELETE FROM sessions WHERE expires_at < now() - interval '30 days';",
  ],
  invalid: [
    {
      sql: 'TRUNCATE sessions;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 18,
          severity: 'warning',
          lock: 'AccessExclusiveLock',
          message:
            /^TRUNCATE sessions takes an AccessExclusiveLock on sessions: reads and writes wait .*the rows are gone at once/,
        },
      ],
    },
    {
      name: 'CASCADE empties tables the statement does not name',
      sql: 'TRUNCATE TABLE orders RESTART IDENTITY CASCADE;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^TRUNCATE orders CASCADE also empties every table with a foreign key to it, recursively/,
        },
      ],
    },
    {
      name: 'only the pre-existing tables of the list are named',
      sql: 'CREATE TABLE scratch (id bigint);\nBEGIN;\nTRUNCATE scratch, ONLY billing.invoices, sessions;\nCOMMIT;',
      errors: [{ line: 3, column: 1, severity: 'warning', message: /^TRUNCATE billing\.invoices, sessions takes/ }],
    },
    {
      name: 'goose transaction',
      tool: 'goose',
      sql: '-- +goose Up\nTRUNCATE sessions;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1, severity: 'warning' }],
    },
  ],
});
