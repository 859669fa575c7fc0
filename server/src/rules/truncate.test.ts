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
    {
      name: 'CASCADE from a new table that only new tables reference',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nCREATE TABLE plan_prices (plan_id bigint REFERENCES plans (id));\nTRUNCATE plans CASCADE;',
    },
    {
      name: 'a new table that a table in use references, without CASCADE (PostgreSQL refuses it)',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nALTER TABLE users ADD COLUMN plan_id bigint REFERENCES plans (id);\nTRUNCATE plans;',
    },
    {
      name: 'the referencing foreign key was dropped before the TRUNCATE',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
      sql: [
        'CREATE TABLE plans (id bigint PRIMARY KEY);',
        'ALTER TABLE users ADD COLUMN plan_id bigint REFERENCES plans (id);',
        'ALTER TABLE users DROP COLUMN plan_id;',
        'TRUNCATE plans CASCADE;',
      ].join('\n'),
    },
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
      name: 'CASCADE from a new table empties the tables in use that now reference it, recursively',
      history: [
        'CREATE TABLE users (id bigint PRIMARY KEY);',
        'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));',
        'CREATE TABLE countries (id bigint PRIMARY KEY);',
      ].join('\n'),
      sql: [
        'CREATE TABLE plans (id bigint PRIMARY KEY, name text);',
        'ALTER TABLE users ADD COLUMN plan_id bigint REFERENCES plans (id);',
        "INSERT INTO plans VALUES (1, 'free');",
        'TRUNCATE plans CASCADE;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          endColumn: 23,
          severity: 'error',
          lock: 'AccessExclusiveLock',
          message:
            /^TRUNCATE plans CASCADE also empties users and orders, which existed before this migration and reference it through foreign keys: all their rows are gone, not only those referencing a truncated row, and reads and writes of them wait on its AccessExclusiveLock until the transaction ends$/,
        },
      ],
    },
    {
      name: 'CASCADE from new tables: only the tables in use are named',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
      sql: [
        'CREATE TABLE plans (id bigint PRIMARY KEY);',
        'CREATE TABLE tiers (id bigint PRIMARY KEY);',
        'CREATE TABLE plan_tiers (plan_id bigint REFERENCES plans (id), tier_id bigint REFERENCES tiers (id));',
        'ALTER TABLE users ADD COLUMN tier_id bigint REFERENCES tiers (id);',
        'TRUNCATE TABLE plans, tiers CASCADE;',
      ].join('\n'),
      errors: [
        {
          line: 5,
          column: 1,
          severity: 'error',
          message:
            /^TRUNCATE plans, tiers CASCADE also empties users, which existed before this migration and references them through foreign keys: all its rows are gone/,
        },
      ],
    },
    {
      name: 'goose transaction',
      tool: 'goose',
      sql: '-- +goose Up\nTRUNCATE sessions;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1, severity: 'warning' }],
    },
  ],
});
