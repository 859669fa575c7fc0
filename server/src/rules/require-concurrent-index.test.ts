import { ruleTests } from '../../../test/unit/ruleTester';
import { requireConcurrentIndex } from './require-concurrent-index';

ruleTests(requireConcurrentIndex, {
  valid: [
    {
      name: 'a table this migration created, in a schema it then renamed',
      sql: 'CREATE SCHEMA staging;\nCREATE TABLE staging.imports (id bigint, batch int);\nALTER SCHEMA staging RENAME TO imports;\nCREATE INDEX imports_batch_idx ON imports.imports (batch);',
    },
    {
      name: 'a table a DO block creates that the history does not have is new',
      sql: 'DO $$ BEGIN CREATE TABLE audit (id bigint, note text); EXCEPTION WHEN duplicate_table THEN NULL; END $$;\nCREATE INDEX audit_note_idx ON audit (note);',
    },
    {
      name: 'IF NOT EXISTS of an index the history has: PostgreSQL skips it',
      history: 'CREATE TABLE orders (id bigint, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
      sql: 'CREATE INDEX IF NOT EXISTS orders_status_idx ON orders (status);',
    },
    {
      name: 'Liquibase: a table an earlier changeset of the same file created is this migration’s',
      tool: 'liquibase',
      sql: '--liquibase formatted sql\n--changeset alice:1\nCREATE TABLE orders (id bigint PRIMARY KEY, name text);\n--changeset bob:2\nCREATE INDEX orders_name_idx ON orders (name);',
    },
    'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);',
    'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS accounts_email_key ON accounts (lower(email));',
    {
      name: 'a table created earlier in the same migration is not in use yet',
      sql: 'CREATE TABLE events (id bigint, at timestamptz);\nCREATE INDEX events_at_idx ON events (at);',
    },
    {
      name: 'schema-qualified creation matches an unqualified index target in public',
      sql: 'CREATE TABLE public.events (id bigint);\nCREATE INDEX ON events (id);',
    },
    {
      name: 'a table created in this migration, then renamed',
      sql: 'CREATE TABLE orders_new (id bigint, at timestamptz);\nALTER TABLE orders_new RENAME TO orders_v2;\nCREATE INDEX ON orders_v2 (at);',
    },
    {
      name: 'a table created by CREATE TABLE ... AS in this migration',
      sql: 'CREATE TABLE order_totals AS SELECT account_id, sum(total_cents) AS total FROM orders GROUP BY 1;\nCREATE INDEX ON order_totals (account_id);',
    },
    {
      name: 'CREATE TABLE IF NOT EXISTS of a table the history does not know creates it',
      sql: 'CREATE TABLE IF NOT EXISTS audit_events (id bigint, at timestamptz);\nCREATE INDEX audit_events_at_idx ON audit_events (at);',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
    },
    {
      name: 'a table created by SELECT ... INTO in this migration',
      sql: 'SELECT id, email INTO TABLE users_snapshot FROM users;\nCREATE UNIQUE INDEX users_snapshot_id_idx ON users_snapshot (id);',
    },
    {
      name: 'a table created inside CREATE SCHEMA is in that schema',
      sql: [
        'CREATE SCHEMA billing',
        '  CREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint)',
        '  CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);',
        'CREATE INDEX invoices_customer_id_id_idx ON billing.invoices (customer_id, id);',
      ].join('\n'),
    },
    {
      name: 'a table created under SET search_path is in the first schema of the path',
      sql: 'SET search_path TO "$user", app, public;\nCREATE TABLE items (id bigint, name text);\nCREATE INDEX items_name_idx ON app.items (name);',
    },
    {
      name: 'an unqualified name is found in the schemas of the search path',
      sql: 'CREATE TABLE app.orders (id bigint, item_id bigint);\nSET search_path = app;\nCREATE INDEX orders_item_id_idx ON orders (item_id);',
    },
    {
      name: 'a partitioned table known from history is partitioned-index-lock’s business',
      sql: 'CREATE INDEX events_kind_idx ON events (kind);',
      history: 'CREATE TABLE events (at timestamptz, kind text) PARTITION BY RANGE (at);',
    },
    {
      name: 'ON ONLY parent is the first step of the partitioned-table recipe',
      sql: 'CREATE INDEX measurements_at_idx ON ONLY measurements (at);',
    },
    'SELECT 1; -- CREATE INDEX in a comment is not a statement',
    "DO $$ BEGIN EXECUTE 'CREATE INDEX x ON orders (a)'; END $$;",
    {
      name: 'a table created here and moved to another schema is still new',
      sql: 'CREATE TABLE drafts (id bigint PRIMARY KEY, title text);\nALTER TABLE drafts SET SCHEMA archive;\nCREATE INDEX drafts_title_idx ON archive.drafts (title);',
      history: 'CREATE SCHEMA archive;',
    },
    {
      name: 'a materialized view created here and renamed is still new',
      sql: 'CREATE MATERIALIZED VIEW weekly AS SELECT plan FROM accounts;\nALTER MATERIALIZED VIEW weekly RENAME TO weekly_plans;\nCREATE INDEX weekly_plans_plan_idx ON weekly_plans (plan);',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);',
    },
    {
      name: 'ON ONLY a table the history does not show is given the benefit of the doubt',
      sql: 'CREATE INDEX measurements_at_idx ON ONLY measurements (taken_at);',
    },
  ],
  invalid: [
    {
      name: 'on a materialized view the history made, what waits is its refresh',
      history:
        'CREATE TABLE orders (user_id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY 1;',
      sql: 'CREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);',
      errors: [{ line: 1, column: 1, message: /ShareLock on order_totals: its REFRESH waits until the build ends$/ }],
    },
    {
      name: 'a CREATE TABLE guarded in a DO block does not make the history’s table new',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
      sql: [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'users') THEN",
        '  CREATE TABLE users (id bigint PRIMARY KEY, email text);',
        'END IF; END $$;',
        'CREATE INDEX users_email_idx ON users (email);',
      ].join('\n'),
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'IF NOT EXISTS of an index the history does not have builds it',
      history: 'CREATE TABLE orders (id bigint, status text);\nCREATE INDEX orders_status_idx ON orders (status);',
      sql: 'CREATE INDEX IF NOT EXISTS orders_status_created_idx ON orders (status, id);',
      errors: [{ line: 1, column: 1, lock: 'ShareLock' }],
    },
    {
      name: 'ON ONLY a table the history shows is not partitioned builds the index there and then',
      sql: 'CREATE INDEX orders_note_idx ON ONLY orders (note);',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
      errors: [{ line: 1, column: 1, lock: 'ShareLock' }],
    },
    {
      name: 'CREATE MATERIALIZED VIEW IF NOT EXISTS of a view the history made leaves that one',
      sql: 'CREATE MATERIALIZED VIEW IF NOT EXISTS plan_stats AS SELECT plan FROM accounts;\nCREATE UNIQUE INDEX plan_stats_plan_idx ON plan_stats (plan);',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);\nCREATE MATERIALIZED VIEW plan_stats AS SELECT plan FROM accounts;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'CREATE TABLE IF NOT EXISTS of a table an earlier migration made does nothing: it is still in use',
      sql: 'CREATE TABLE IF NOT EXISTS orders (id bigint PRIMARY KEY, created_at timestamptz);\nCREATE INDEX orders_created_at_idx ON orders (created_at);',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, created_at timestamptz);',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a table of the same name in a schema outside the search path',
      sql: 'SET search_path TO app;\nCREATE TABLE items (id bigint);\nCREATE INDEX items_id_idx ON public.items (id);',
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'after RESET search_path an unqualified name is in public again',
      sql: 'CREATE TABLE app.items (id bigint);\nSET search_path = app;\nRESET search_path;\nCREATE INDEX items_id_idx ON items (id);',
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'a table of the same name in another schema than the one CREATE SCHEMA made',
      sql: 'CREATE SCHEMA billing CREATE TABLE invoices (id bigint);\nCREATE INDEX invoices_id_idx ON invoices (id);',
      errors: [{ line: 2, column: 1 }],
    },
    {
      sql: 'CREATE INDEX orders_created_at_idx ON orders (created_at);',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 58,
          lock: 'ShareLock',
          message: /ShareLock on orders: writes wait/,
        },
      ],
    },
    {
      sql: "SET lock_timeout = '2s';\n\n  CREATE UNIQUE INDEX accounts_email_key\n    ON billing.accounts (email);",
      errors: [{ line: 3, column: 3, endLine: 4, endColumn: 32, message: /CREATE UNIQUE INDEX .* billing\.accounts/ }],
    },
    {
      name: 'a table created in another schema of the same name is still pre-existing',
      sql: 'CREATE TABLE audit.orders (id bigint);\nCREATE INDEX ON orders (id);',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'severity follows the configuration',
      sql: 'CREATE INDEX ON orders (a);',
      rules: { 'require-concurrent-index': 'warning' },
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'positions count UTF-16 code units after non-ASCII text',
      sql: 'COMMENT ON TABLE orders IS \'Bestellungen — 😀\';\nCREATE INDEX "idx_é" ON orders (a);',
      errors: [{ line: 2, column: 1, endColumn: 35 }],
    },
  ],
});
