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
    {
      name: 'a placeholder default set again later in the migration: old inserts get it',
      sql: "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;\nALTER TABLE users ALTER COLUMN pin SET DEFAULT 'none';",
    },
    {
      name: 'the default dropped together with NOT NULL: old inserts store NULL',
      sql: "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT, ALTER COLUMN pin DROP NOT NULL;",
    },
    {
      name: 'a nullable column whose default is dropped',
      sql: "ALTER TABLE users ADD COLUMN pin text DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;",
    },
    {
      name: 'DROP DEFAULT of a column an earlier migration added: running code already writes it',
      history: "CREATE TABLE users (id bigint PRIMARY KEY, pin text NOT NULL DEFAULT 'unset');",
      sql: 'ALTER TABLE users ALTER COLUMN pin DROP DEFAULT;',
    },
    {
      name: 'a table created in this migration has no running code yet',
      sql: "CREATE TABLE users (id bigint);\nALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;",
    },
    {
      name: "a domain's default fills the column once its own is dropped (measured on PostgreSQL 15)",
      sql: "CREATE DOMAIN code AS text DEFAULT 'n/a';\nALTER TABLE users ADD COLUMN pin code NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;",
    },
    {
      name: 'backfilled, given a default, then SET NOT NULL: old inserts get the default',
      history: 'CREATE TABLE articles (id bigint PRIMARY KEY, published timestamptz NOT NULL);',
      sql: "SET lock_timeout = '2s';\nALTER TABLE articles ADD COLUMN edited_at timestamptz;\nUPDATE articles SET edited_at = published;\nALTER TABLE articles ALTER COLUMN edited_at SET DEFAULT now();\nALTER TABLE articles ALTER COLUMN edited_at SET NOT NULL;",
    },
    {
      name: 'a BEFORE INSERT trigger fills it: PostgreSQL checks NOT NULL after the trigger (measured on 15)',
      sql: [
        'ALTER TABLE users ADD COLUMN slug text;',
        "UPDATE users SET slug = 'u' || id;",
        'ALTER TABLE users ALTER COLUMN slug SET NOT NULL;',
        "CREATE FUNCTION users_slug() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.slug := coalesce(NEW.slug, 'u' || NEW.id); RETURN NEW; END $$;",
        'CREATE TRIGGER users_slug BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION users_slug();',
      ].join('\n'),
    },
    {
      name: 'a table with a trigger from an earlier migration',
      history:
        'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TRIGGER users_fill BEFORE INSERT ON users FOR EACH ROW EXECUTE FUNCTION fill_users();',
      sql: "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;",
    },
    {
      name: 'a down section restores a column its up section dropped: the schema the earlier code ran against',
      tool: 'goose',
      sql: '-- +goose Up\nALTER TABLE posts DROP COLUMN body;\n-- +goose Down\nALTER TABLE posts ADD COLUMN body text;\nUPDATE posts SET body = content;\nALTER TABLE posts ALTER COLUMN body SET NOT NULL;',
    },
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
      name: "Prisma's placeholder default dropped in the same migration: old inserts fail from the DROP DEFAULT on (measured)",
      tool: 'prisma',
      sql: 'ALTER TABLE "users" ADD COLUMN "password" TEXT NOT NULL DEFAULT \'unset\';\nALTER TABLE "users" ALTER COLUMN "password" DROP DEFAULT;',
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 57,
          message:
            /^DROP DEFAULT leaves password, a NOT NULL column this migration added to users, without a default: once this commits, every INSERT from the application version still running \(which does not know password\) fails with a not-null violation\. Keep the default until no running code inserts rows without password, and drop it in a later deployment\.$/,
        },
      ],
    },
    {
      name: 'SET DEFAULT NULL stores no default either (measured on PostgreSQL 15)',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);',
      sql: "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin SET DEFAULT NULL;",
      errors: [{ line: 2, column: 1, message: /^SET DEFAULT NULL leaves pin, a NOT NULL column/ }],
    },
    {
      name: 'added nullable, backfilled, then SET NOT NULL without a default (measured: old inserts fail)',
      history: 'CREATE TABLE parcels (id bigint PRIMARY KEY, zone text);',
      sql: 'ALTER TABLE parcels ADD COLUMN lane text;\nUPDATE parcels SET lane = zone WHERE lane IS NULL;\nALTER TABLE parcels ALTER COLUMN lane SET NOT NULL;',
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^SET NOT NULL makes lane, a column this migration added to parcels, required while it has no default: once this commits, every INSERT .* Give it a default, or make it NOT NULL in a later deployment/,
        },
      ],
    },
    {
      name: 'the statement that last left it without a default is the one flagged',
      sql: [
        "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';",
        'ALTER TABLE users ALTER COLUMN pin DROP DEFAULT;',
        "ALTER TABLE users ALTER COLUMN pin SET DEFAULT 'none';",
        'ALTER TABLE users ALTER COLUMN pin DROP DEFAULT;',
      ].join('\n'),
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'DROP DEFAULT before SET NOT NULL: the SET NOT NULL makes it required',
      sql: "ALTER TABLE users ADD COLUMN pin text DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;\nALTER TABLE users ALTER COLUMN pin SET NOT NULL;",
      errors: [{ line: 3, column: 1, message: /^SET NOT NULL makes pin/ }],
    },
    {
      name: 'a trigger on another table does not fill this one',
      sql: "ALTER TABLE users ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE users ALTER COLUMN pin DROP DEFAULT;\nCREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit_row();",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a down section adding a column its up section did not drop',
      tool: 'goose',
      sql: "-- +goose Up\nALTER TABLE posts DROP COLUMN body;\n-- +goose Down\nALTER TABLE posts ADD COLUMN body text;\nALTER TABLE posts ADD COLUMN pin text NOT NULL DEFAULT 'unset';\nALTER TABLE posts ALTER COLUMN pin DROP DEFAULT;",
      errors: [{ line: 6, column: 1 }],
    },
    {
      name: 'down sections are checked too: re-adding a dropped NOT NULL column fails on a non-empty table',
      sql: '-- +goose Up\nALTER TABLE orders DROP COLUMN legacy_code;\n-- +goose Down\nALTER TABLE orders ADD COLUMN legacy_code text NOT NULL;',
      tool: 'goose',
      errors: [{ line: 4, column: 1 }],
    },
  ],
});
