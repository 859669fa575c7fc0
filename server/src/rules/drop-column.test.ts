import * as assert from 'assert';
import { ruleTests } from '../../../test/unit/ruleTester';
import { downScriptFindings } from '../../../test/support/downScript';
import { loadParser } from '../syntax/parse';
import { dropColumn } from './drop-column';

ruleTests(dropColumn, {
  valid: [
    {
      name: 'DROP COLUMN IF EXISTS of a column the history already dropped: PostgreSQL only notes it skips it',
      history:
        'CREATE TABLE posts (id bigint PRIMARY KEY, title text, archived_at timestamp(0));\nALTER TABLE posts DROP COLUMN archived_at;',
      sql: "SET lock_timeout = '5s';\nALTER TABLE posts DROP COLUMN IF EXISTS archived_at;",
    },
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
      name: 'a generated column dropped and added back in the same transaction (kestra V1_13): readers wait, then find it',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;",
      history:
        "CREATE TABLE logs (id bigint, message text, fulltext tsvector GENERATED ALWAYS AS (to_tsvector('english', message)) STORED);",
    },
    {
      name: 'a column dropped and added back as a generated one, over a column the history does not know',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;\nCOMMIT;",
    },
    {
      name: 'a column dropped and added back, then written by an UPDATE before the transaction ends',
      assumeInTransaction: true,
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN total_v2 numeric(12, 2);\nUPDATE orders SET total_v2 = total;\nALTER TABLE orders DROP COLUMN total;\nALTER TABLE orders ADD COLUMN total numeric(12, 2);\nUPDATE orders SET total = total_v2;\nALTER TABLE orders DROP COLUMN total_v2;",
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
      name: 'a down section that drops a column the up section added, under the name the up section renamed its table to',
      sql: [
        '-- +goose Up',
        'ALTER TABLE customers ADD COLUMN segment text;',
        'ALTER TABLE customers RENAME TO clients;',
        'CREATE VIEW customers AS SELECT * FROM clients;',
        '-- +goose Down',
        'DROP VIEW customers;',
        'ALTER TABLE clients DROP COLUMN segment;',
        'ALTER TABLE clients RENAME TO customers;',
      ].join('\n'),
      tool: 'goose',
    },
    {
      name: 'the same down section renaming the table back first',
      sql: [
        '-- +goose Up',
        'ALTER TABLE customers ADD COLUMN segment text;',
        'ALTER TABLE customers RENAME TO clients;',
        'CREATE VIEW customers AS SELECT * FROM clients;',
        '-- +goose Down',
        'DROP VIEW customers;',
        'ALTER TABLE clients RENAME TO customers;',
        'ALTER TABLE customers DROP COLUMN segment;',
      ].join('\n'),
      tool: 'goose',
    },
    {
      name: 'a down section that drops a column the up section added and then renamed',
      sql: '-- +goose Up\nALTER TABLE t ADD COLUMN tmp_name text;\nALTER TABLE t RENAME COLUMN tmp_name TO display_name;\n-- +goose Down\nALTER TABLE t DROP COLUMN display_name;',
      tool: 'goose',
    },
    {
      name: 'DROP TYPE ... CASCADE of a type no pre-existing column has',
      history: "CREATE TYPE mood AS ENUM ('ok');\nCREATE TABLE t (id bigint);",
      sql: 'DROP TYPE mood CASCADE;',
    },
    {
      name: 'DROP TYPE without CASCADE: PostgreSQL refuses while a column has the type',
      history:
        "CREATE TYPE plan_tier AS ENUM ('free', 'pro');\nCREATE TABLE organizations (id bigint, plan plan_tier);",
      sql: 'DROP TYPE plan_tier;',
    },
    {
      name: 'DROP TYPE ... CASCADE: the column belongs to a table this migration created',
      history: "CREATE TYPE plan_tier AS ENUM ('free', 'pro');",
      sql: 'CREATE TABLE organizations (id bigint, plan plan_tier);\nDROP TYPE plan_tier CASCADE;',
    },
    {
      name: 'DROP TYPE ... CASCADE: the column was added in this migration',
      history: "CREATE TYPE plan_tier AS ENUM ('free', 'pro');\nCREATE TABLE organizations (id bigint);",
      sql: 'ALTER TABLE organizations ADD COLUMN plan plan_tier;\nDROP TYPE plan_tier CASCADE;',
    },
    {
      name: 'DROP TYPE ... CASCADE: a type of that name in two schemas, which one the column has is unknown',
      history:
        "CREATE SCHEMA billing;\nCREATE TYPE plan_tier AS ENUM ('free');\nCREATE TYPE billing.plan_tier AS ENUM ('a');\nCREATE TABLE organizations (id bigint, plan plan_tier);",
      sql: 'DROP TYPE billing.plan_tier CASCADE;',
    },
    {
      name: 'DROP TYPE IF EXISTS ... CASCADE of a public type that is not there: columns name a billing type of that name',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE TYPE billing.addr AS (street text, city text);',
        'CREATE TYPE billing.span AS RANGE (subtype = float8);',
        'CREATE TABLE billing.customers (id int PRIMARY KEY, address billing.addr, s billing.span);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP TYPE IF EXISTS addr CASCADE;\nDROP TYPE IF EXISTS public.span CASCADE;",
    },
    {
      name: 'DROP TYPE IF EXISTS ... CASCADE of a type moved to another schema: its columns follow it there',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE SCHEMA core;',
        'CREATE TYPE billing.addr AS (street text);',
        'CREATE TABLE customers (id int PRIMARY KEY, address billing.addr);',
        'ALTER TYPE billing.addr SET SCHEMA core;',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP TYPE IF EXISTS billing.addr CASCADE;",
    },
    {
      name: 'DROP FUNCTION IF EXISTS f(args) CASCADE naming arguments the only known f does not take: a no-op',
      history: [
        "CREATE FUNCTION norm(t text) RETURNS text IMMUTABLE LANGUAGE sql AS 'select lower(t)';",
        'CREATE TABLE em (id int PRIMARY KEY, e text, e_norm text GENERATED ALWAYS AS (norm(e)) STORED);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP FUNCTION IF EXISTS norm(int) CASCADE;",
    },
    {
      name: 'DROP FUNCTION f(args) CASCADE where the history made two functions f: which one is dropped is unknown',
      history: [
        "CREATE FUNCTION norm(t text) RETURNS text IMMUTABLE LANGUAGE sql AS 'select lower(t)';",
        "CREATE FUNCTION norm(t int) RETURNS text IMMUTABLE LANGUAGE sql AS 'select t::text';",
        'CREATE TABLE em (id int PRIMARY KEY, e text, e_norm text GENERATED ALWAYS AS (norm(e)) STORED);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP FUNCTION norm(int) CASCADE;",
    },
    {
      name: 'DROP TYPE ... CASCADE in a down section undoes its up section',
      history: 'CREATE TABLE organizations (id bigint);',
      sql: "-- +goose Up\nCREATE TYPE plan_tier AS ENUM ('free', 'pro');\nALTER TABLE organizations ADD COLUMN plan plan_tier;\n-- +goose Down\nDROP TYPE plan_tier CASCADE;",
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
      name: 'a plain column dropped and added back in the same transaction: the name stays, the values are gone',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE invoices DROP COLUMN status;\nALTER TABLE invoices ADD COLUMN status text NOT NULL DEFAULT 'draft';",
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^DROP COLUMN invoices\.status, then ADD COLUMN status in the same transaction: running code still finds invoices\.status, but every value it held is lost: existing rows get what ADD COLUMN fills in \(NULL, or the new column's default\)\. To change its type, ALTER COLUMN \.\.\. TYPE \.\.\. USING keeps the values/,
          lock: 'AccessExclusiveLock',
        },
      ],
    },
    {
      name: 'dropped and added back in one ALTER TABLE, outside a transaction: the values are gone',
      sql: "SET lock_timeout = '2s';\nALTER TABLE invoices DROP COLUMN status, ADD COLUMN status text;",
      errors: [
        {
          line: 2,
          column: 1,
          message: /^DROP COLUMN invoices\.status, then ADD COLUMN status .*every value it held is lost/,
        },
      ],
    },
    {
      name: 'a plain column added back as a generated one: the running version’s writes to it fail',
      history: 'CREATE TABLE orders (id bigint, total numeric, total_cents numeric);',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN total_cents;\nALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100) STORED;\nCOMMIT;",
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^DROP COLUMN orders\.total_cents, then ADD COLUMN total_cents in the same transaction: running code still finds orders\.total_cents, but it is generated now: the application version that is still running during the deploy fails on each INSERT or UPDATE that writes it \("cannot insert a non-DEFAULT value into column"\)/,
        },
      ],
    },
    {
      name: 'dropped and added back in separate statements outside a transaction: missing in between',
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;",
      errors: [{ line: 2, column: 1, message: /^DROP COLUMN logs\.fulltext breaks the application version/ }],
    },
    {
      name: 'added back, then dropped again before the transaction ends',
      assumeInTransaction: true,
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;\nALTER TABLE logs DROP COLUMN fulltext;",
      errors: [{ line: 2, column: 1, message: /^DROP COLUMN logs\.fulltext breaks the application version/ }],
    },
    {
      name: 'added back after the transaction committed',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nALTER TABLE logs DROP COLUMN fulltext;\nCOMMIT;\nBEGIN;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;\nCOMMIT;",
      errors: [{ line: 3, column: 1, message: /^DROP COLUMN logs\.fulltext breaks the application version/ }],
    },
    {
      name: 'a goose down section dropping what its up section only said to create (IF NOT EXISTS of what the history has)',
      tool: 'goose',
      history: 'CREATE TABLE customers (id bigint PRIMARY KEY, email text, phone text);',
      sql: [
        '-- +goose Up',
        'CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY, email text, phone text);',
        'ALTER TABLE customers ADD COLUMN IF NOT EXISTS phone text;',
        '-- +goose Down',
        "SET lock_timeout = '2s';",
        'ALTER TABLE customers DROP COLUMN phone;',
      ].join('\n'),
      errors: [{ line: 6, column: 1 }],
    },
    {
      name: 'DROP COLUMN IF EXISTS of a column the table has, or of a table whose columns the history does not know',
      history: 'CREATE TABLE posts (id bigint PRIMARY KEY, title text);\nALTER TABLE comments ADD COLUMN note text;',
      sql: "SET lock_timeout = '5s';\nALTER TABLE posts DROP COLUMN IF EXISTS title;\nALTER TABLE comments DROP COLUMN IF EXISTS body;",
      errors: [
        { line: 2, column: 1 },
        { line: 3, column: 1 },
      ],
    },
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
      name: 'a down section that renames the table back where the up section left a view, then drops a column it never added',
      sql: [
        '-- +goose Up',
        'ALTER TABLE users RENAME TO members;',
        'CREATE VIEW users AS SELECT * FROM members;',
        '-- +goose Down',
        'DROP VIEW users;',
        'ALTER TABLE members RENAME TO users;',
        'ALTER TABLE users DROP COLUMN phone;',
      ].join('\n'),
      tool: 'goose',
      errors: [{ line: 7, column: 1, message: /^DROP COLUMN users\.phone .*the up section did not add phone\)/ }],
    },
    {
      name: 'a down section dropping, under the renamed table, a column the up section did not add',
      sql: '-- +goose Up\nALTER TABLE customers ADD COLUMN segment text;\nALTER TABLE customers RENAME TO clients;\n-- +goose Down\nALTER TABLE clients DROP COLUMN name;',
      tool: 'goose',
      errors: [{ line: 5, column: 1, message: /^DROP COLUMN clients\.name / }],
    },
    {
      name: 'DROP TYPE ... CASCADE drops the columns of that type (PostgreSQL 15: "drop cascades to column plan")',
      history:
        "CREATE TYPE plan_tier AS ENUM ('free', 'pro');\nCREATE TABLE organizations (id bigint, plan plan_tier, plans plan_tier[]);",
      sql: "SET lock_timeout = '2s';\nDROP TYPE plan_tier CASCADE;",
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 28,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP TYPE plan_tier CASCADE also drops the column organizations\.plan, which breaks the application version .*"column does not exist".* AccessExclusiveLock on organizations\.$/,
        },
        { line: 2, column: 1, message: /also drops the column organizations\.plans,/ },
      ],
    },
    {
      name: 'DROP TYPE ... CASCADE also drops the domains over it, and their columns',
      history:
        "CREATE TYPE plan_tier AS ENUM ('free');\nCREATE DOMAIN tier AS plan_tier;\nCREATE TABLE organizations (id bigint, t tier);",
      sql: 'DROP TYPE plan_tier CASCADE;',
      errors: [{ line: 1, column: 1, message: /^DROP TYPE plan_tier CASCADE also drops the column organizations\.t,/ }],
    },
    {
      name: 'DROP DOMAIN ... CASCADE',
      history: "CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');\nCREATE TABLE users (id bigint, contact email);",
      sql: 'DROP DOMAIN email CASCADE;',
      errors: [{ line: 1, column: 1, message: /^DROP DOMAIN email CASCADE also drops the column users\.contact,/ }],
    },
    {
      name: 'DROP EXTENSION ... CASCADE drops the columns of its types',
      history: 'CREATE EXTENSION citext;\nCREATE TABLE users (id bigint, email citext);',
      sql: 'DROP EXTENSION citext CASCADE;',
      errors: [{ line: 1, column: 1, message: /^DROP EXTENSION citext CASCADE also drops the column users\.email,/ }],
    },
    {
      name: 'DROP FUNCTION ... CASCADE drops the generated columns computed with it',
      history: [
        "CREATE FUNCTION slugify(text) RETURNS text IMMUTABLE LANGUAGE sql AS 'SELECT lower($1)';",
        'CREATE TABLE posts (id bigint, title text, slug text GENERATED ALWAYS AS (slugify(title)) STORED);',
      ].join('\n'),
      sql: 'DROP FUNCTION slugify CASCADE;',
      errors: [{ line: 1, column: 1, message: /^DROP FUNCTION slugify CASCADE also drops the column posts\.slug,/ }],
    },
    {
      name: 'DROP SCHEMA ... CASCADE drops the columns of its types in tables elsewhere',
      history:
        "CREATE SCHEMA billing;\nCREATE TYPE billing.currency AS ENUM ('eur');\nCREATE TABLE invoices (id bigint, currency billing.currency);",
      sql: 'DROP SCHEMA billing CASCADE;',
      errors: [
        { line: 1, column: 1, message: /^DROP SCHEMA billing CASCADE also drops the column invoices\.currency,/ },
      ],
    },
    {
      name: 'DROP EXTENSION ... CASCADE drops the columns of the domains over its types too',
      history: [
        'CREATE EXTENSION IF NOT EXISTS citext;',
        'CREATE DOMAIN ci_email AS citext;',
        'CREATE TABLE users (id bigint PRIMARY KEY, emails citext[], mail ci_email);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP EXTENSION citext CASCADE;",
      errors: [
        { line: 2, column: 1, message: /^DROP EXTENSION citext CASCADE also drops the column users\.emails,/ },
        { line: 2, column: 1, message: /^DROP EXTENSION citext CASCADE also drops the column users\.mail,/ },
      ],
    },
    {
      name: 'DROP FUNCTION f(args) CASCADE where the history made only one f: PostgreSQL drops that one or fails',
      history: [
        "CREATE FUNCTION norm(t text) RETURNS text IMMUTABLE LANGUAGE sql AS 'select lower(t)';",
        'CREATE TABLE em (id int PRIMARY KEY, e text CHECK (norm(e) = e), e_norm text GENERATED ALWAYS AS (norm(e)) STORED);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP FUNCTION norm(text) CASCADE;",
      errors: [{ line: 2, column: 1, message: /^DROP FUNCTION norm CASCADE also drops the column em\.e_norm,/ }],
    },
    {
      name: 'DROP TYPE ... CASCADE of a composite type moved to another schema and renamed',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE SCHEMA core;',
        'CREATE TYPE billing.addr AS (street text);',
        'CREATE TABLE customers (id int PRIMARY KEY, address billing.addr);',
        'ALTER TYPE billing.addr SET SCHEMA core;',
        'ALTER TYPE core.addr RENAME TO address;',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP TYPE core.address CASCADE;",
      errors: [
        { line: 2, column: 1, message: /^DROP TYPE core\.address CASCADE also drops the column customers\.address,/ },
      ],
    },
    {
      name: 'DROP SCHEMA ... CASCADE drops the columns of its composite types and of domains over them elsewhere',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE TYPE billing.addr AS (street text);',
        'CREATE DOMAIN addr_d AS billing.addr;',
        'CREATE TABLE pub (id int PRIMARY KEY, a billing.addr, b addr_d, c billing.addr[]);',
      ].join('\n'),
      sql: "SET lock_timeout = '1s';\nDROP SCHEMA billing CASCADE;",
      errors: [
        { line: 2, column: 1, message: /^DROP SCHEMA billing CASCADE also drops the column pub\.a,/ },
        { line: 2, column: 1, message: /^DROP SCHEMA billing CASCADE also drops the column pub\.b,/ },
        { line: 2, column: 1, message: /^DROP SCHEMA billing CASCADE also drops the column pub\.c,/ },
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

// A down script in its own file: the engine walks its up script first (the project passes its text).
describe('rule drop-column in a down script of its own', () => {
  before(() => loadParser());
  const lintDown = (down: string, up: string, history: string): string[] =>
    downScriptFindings(down, up, history)
      .filter((f) => f.rule === 'drop-column')
      .map((f) => f.message);

  it('names it a down script, and its up script', () => {
    const messages = lintDown(
      'ALTER TABLE users DROP COLUMN phone;',
      'ALTER TABLE users ADD COLUMN locale text;',
      'CREATE TABLE users (id bigint, phone text);',
    );
    assert.strictEqual(messages.length, 1);
    assert.match(
      messages[0],
      / This down script does not undo its up script here \(the up script did not add phone\)\.$/,
    );
  });

  it('drops a column its up script added under the name the up script renamed the table to', () => {
    const up =
      'ALTER TABLE customers ADD COLUMN segment text;\nALTER TABLE customers RENAME TO clients;\nCREATE VIEW customers AS SELECT * FROM clients;';
    const down =
      'DROP VIEW customers;\nALTER TABLE clients DROP COLUMN segment;\nALTER TABLE clients RENAME TO customers;';
    assert.deepStrictEqual(lintDown(down, up, 'CREATE TABLE customers (id bigint, name text);'), []);
  });

  it('the table renamed back where the up script left a view is the table in use again', () => {
    const up = 'ALTER TABLE users RENAME TO members;\nCREATE VIEW users AS SELECT * FROM members;';
    const down = 'DROP VIEW users;\nALTER TABLE members RENAME TO users;\nALTER TABLE users DROP COLUMN phone;';
    const messages = lintDown(down, up, 'CREATE TABLE users (id bigint, name text, phone text);');
    assert.strictEqual(messages.length, 1);
    assert.match(messages[0], /^DROP COLUMN users\.phone .*\(the up script did not add phone\)\.$/);
  });
});
