import { ruleTests } from '../../../test/unit/ruleTester';
import { addRequiredColumn } from './add-required-column';

ruleTests(addRequiredColumn, {
  valid: [
    {
      name: "a domain with a DEFAULT, found through SET search_path, fills the NOT NULL column (PostgreSQL 15: rows get 'new')",
      history:
        "CREATE SCHEMA crm;\nCREATE DOMAIN crm.lead_stage AS text DEFAULT 'new';\nCREATE TABLE crm.leads (id bigint PRIMARY KEY);",
      sql: "SET lock_timeout = '2s';\nSET search_path TO crm, public;\nALTER TABLE leads ADD COLUMN stage lead_stage NOT NULL;",
    },
    {
      name: 'ALTER TABLE IF EXISTS of a table an earlier migration dropped (Hibernate writes these): nothing happens',
      history: 'CREATE TABLE legacy (id bigint);\nCREATE TABLE users (id bigint);\nDROP TABLE legacy;',
      sql: 'alter table if exists legacy add column note varchar(255) not null;',
    },
    {
      name: 'ALTER TABLE IF EXISTS of a table an earlier migration renamed away',
      history: 'CREATE TABLE legacy (id bigint);\nALTER TABLE legacy RENAME TO archive;',
      sql: 'ALTER TABLE IF EXISTS legacy ADD COLUMN note text NOT NULL;',
    },
    {
      name: 'ADD COLUMN IF NOT EXISTS of a column the table has: PostgreSQL skips it',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, token uuid);',
      sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS email varchar(255) NOT NULL;',
    },
    {
      name: 'a NOT NULL domain that an earlier migration gave a default',
      history: "CREATE DOMAIN nonempty_text AS text NOT NULL;\nALTER DOMAIN nonempty_text SET DEFAULT 'n/a';",
      sql: 'ALTER TABLE orders ADD COLUMN label nonempty_text;',
    },
    'ALTER TABLE orders ADD COLUMN note text;',
    "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';",
    'ALTER TABLE orders ADD COLUMN imported_at timestamptz NOT NULL DEFAULT now();',
    {
      name: 'identity columns fill every row themselves (measured: succeeds on a non-empty table)',
      sql: 'ALTER TABLE orders ADD COLUMN seq bigint NOT NULL GENERATED ALWAYS AS IDENTITY;',
    },
    {
      name: 'serial columns have an implicit nextval default',
      sql: 'ALTER TABLE orders ADD COLUMN seq bigserial NOT NULL, ADD COLUMN seq2 serial PRIMARY KEY;',
    },
    {
      name: 'stored generated columns are computed for every row',
      sql: 'ALTER TABLE order_lines ADD COLUMN total numeric NOT NULL GENERATED ALWAYS AS (quantity * unit_price) STORED;',
    },
    {
      name: 'a domain default fills the column (measured on PostgreSQL 15)',
      sql: 'CREATE DOMAIN cents AS bigint NOT NULL DEFAULT 0;\nALTER TABLE orders ADD COLUMN discount cents NOT NULL;',
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE refunds (id bigint);\nALTER TABLE refunds ADD COLUMN order_id bigint NOT NULL;',
    },
    'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
    'CREATE TABLE refunds (id bigint NOT NULL, order_id bigint NOT NULL);',
  ],
  invalid: [
    {
      name: 'ALTER TABLE IF EXISTS of a table in a schema the history never showed (Supabase auth, say)',
      history: 'CREATE TABLE profiles (id uuid PRIMARY KEY);',
      sql: 'ALTER TABLE IF EXISTS auth.users ADD COLUMN tenant_id uuid NOT NULL;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'ALTER TABLE IF EXISTS in a schema the history only altered tables of (GoTrue: auth is made outside it)',
      history: 'ALTER TABLE auth.users ADD COLUMN IF NOT EXISTS is_sso_user boolean NOT NULL DEFAULT false;',
      sql: 'ALTER TABLE IF EXISTS auth.identities ADD COLUMN provider_id text NOT NULL;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'ALTER TABLE IF EXISTS of a table the history has',
      history: 'CREATE TABLE legacy (id bigint);',
      sql: 'ALTER TABLE IF EXISTS legacy ADD COLUMN note text NOT NULL;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'ADD COLUMN IF NOT EXISTS of a column the table does not have adds it',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);',
      sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS locale text NOT NULL;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a NOT NULL domain an earlier migration created',
      history: 'CREATE DOMAIN app.nonempty_text AS text NOT NULL;\nCREATE TABLE orders (id bigint);',
      sql: 'ALTER TABLE orders ADD COLUMN label app.nonempty_text;',
      errors: [{ line: 1, column: 1, message: /of domain nonempty_text, which is NOT NULL/ }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 58,
          lock: 'AccessExclusiveLock',
          message:
            /^ADD COLUMN customer_id NOT NULL without a default on orders: it fails with "contains null values" if the table has rows.*INSERT from the application version still running.*AccessExclusiveLock on orders/,
        },
      ],
    },
    {
      name: 'DEFAULT NULL is no default',
      sql: 'ALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL DEFAULT NULL;',
      errors: [{ line: 1, column: 1, message: /DEFAULT NULL is no default/ }],
    },
    {
      name: 'PRIMARY KEY implies NOT NULL (measured: fails on a non-empty table)',
      sql: 'ALTER TABLE countries ADD COLUMN id integer PRIMARY KEY;',
      errors: [{ line: 1, column: 1, message: /ADD COLUMN id PRIMARY KEY \(so NOT NULL\) without a default/ }],
    },
    {
      name: 'a NOT NULL domain without a default (measured: fails on a non-empty table)',
      sql: 'CREATE DOMAIN email AS text NOT NULL;\nALTER TABLE users ADD COLUMN contact email;',
      errors: [{ line: 2, column: 1, message: /of domain email, which is NOT NULL/ }],
    },
    {
      name: 'one finding per required column; others are fine',
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders\n  ADD COLUMN a int NOT NULL,\n  ADD COLUMN b int NOT NULL DEFAULT 0,\n  ADD COLUMN c text NOT NULL;",
      errors: [
        { line: 2, column: 1, message: /COLUMN a / },
        { line: 2, column: 1, message: /COLUMN c / },
      ],
    },
    {
      name: 'down sections are checked too: re-adding a dropped NOT NULL column fails on a non-empty table',
      sql: '-- +goose Up\nALTER TABLE orders DROP COLUMN legacy_code;\n-- +goose Down\nALTER TABLE orders ADD COLUMN legacy_code text NOT NULL;',
      tool: 'goose',
      errors: [{ line: 4, column: 1 }],
    },
  ],
});
