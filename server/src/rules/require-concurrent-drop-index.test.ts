import { ruleTests } from '../../../test/unit/ruleTester';
import { requireConcurrentDropIndex } from './require-concurrent-drop-index';

ruleTests(requireConcurrentDropIndex, {
  valid: [
    {
      name: 'DROP INDEX IF EXISTS of an index an earlier migration dropped: a no-op under the default search path',
      history: [
        'CREATE SCHEMA app;',
        'CREATE TABLE app.event_execution (id serial PRIMARY KEY, name text);',
        'CREATE UNIQUE INDEX unique_event_execution ON app.event_execution (name);',
        'CREATE TABLE ev (id int PRIMARY KEY, a text);',
        'CREATE INDEX ev_a ON ev (a);',
        'DROP INDEX ev_a;',
      ].join('\n'),
      // public is known and has neither: PostgreSQL only notes it (the other rules agree, require-lock-timeout.test.ts).
      sql: 'DROP INDEX IF EXISTS ev_a;\nDROP INDEX IF EXISTS unique_event_execution;',
    },
    {
      name: 'an index DROP COLUMN dropped already, where the history uses tables it never made (ente, a down script)',
      tool: 'golang-migrate',
      history: [
        'ALTER TABLE users ADD COLUMN email_hash text;',
        'CREATE TABLE queue (queue_name text, item text, created_at bigint, is_deleted bool);',
        'CREATE INDEX q_name_create_and_is_deleted_index ON queue (queue_name, created_at, is_deleted);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE queue DROP COLUMN created_at;\nDROP INDEX IF EXISTS q_name_create_and_is_deleted_index;",
    },
    {
      name: 'an index of a table the history made partitioned: PostgreSQL cannot drop it CONCURRENTLY',
      history:
        'CREATE TABLE events (id bigint, kind text, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_kind_idx ON ONLY events (kind);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'DROP INDEX events_kind_idx;\nDROP INDEX IF EXISTS public.events_at_idx;',
    },
    {
      name: 'DROP INDEX IF EXISTS of an index that ADD CONSTRAINT ... USING INDEX renamed in an earlier migration',
      history: [
        'CREATE TABLE devices (id bigint PRIMARY KEY, tag text);',
        'CREATE UNIQUE INDEX devices_tag_idx ON devices (tag);',
        'ALTER TABLE devices ADD CONSTRAINT devices_tag_uniq UNIQUE USING INDEX devices_tag_idx;',
      ].join('\n'),
      sql: 'ALTER TABLE devices DROP CONSTRAINT devices_tag_uniq;\nDROP INDEX IF EXISTS devices_tag_idx;',
    },
    {
      name: 'DROP INDEX IF EXISTS of an index gone with its constraint, column or table (supabase db diff)',
      history: [
        'CREATE TABLE profiles (id bigint PRIMARY KEY, username text, email text);',
        'CREATE UNIQUE INDEX profiles_username_key ON profiles (username);',
        'ALTER TABLE profiles ADD CONSTRAINT profiles_username_key UNIQUE USING INDEX profiles_username_key;',
        'CREATE INDEX profiles_email_idx ON profiles (email);',
        'CREATE TABLE legacy (id bigint);',
        'CREATE INDEX legacy_id_idx ON legacy (id);',
      ].join('\n'),
      sql: [
        'ALTER TABLE "public"."profiles" DROP CONSTRAINT "profiles_username_key";',
        'DROP INDEX IF EXISTS "public"."profiles_username_key";',
        'ALTER TABLE profiles DROP COLUMN email;',
        'DROP INDEX IF EXISTS profiles_email_idx;',
        'DROP TABLE legacy;',
        'DROP INDEX IF EXISTS legacy_id_idx;',
      ].join('\n'),
    },
    {
      name: 'the index of a constraint of a table created earlier in the same migration',
      sql: 'CREATE TABLE refunds (id bigint, CONSTRAINT refunds_pkey PRIMARY KEY (id), code text UNIQUE);\nDROP INDEX refunds_pkey;\nDROP INDEX refunds_code_key;',
    },
    'DROP INDEX CONCURRENTLY orders_status_idx;',
    'DROP INDEX CONCURRENTLY IF EXISTS billing.accounts_email_key;',
    'DROP TABLE orders_archive;',
    {
      name: 'an index on a table created earlier in the same migration',
      sql: 'CREATE TABLE refunds (id bigint, order_id bigint);\nCREATE INDEX refunds_order_id_idx ON refunds (order_id);\nDROP INDEX refunds_order_id_idx;',
    },
    {
      name: 'a partitioned index (ON ONLY parent) cannot be dropped concurrently: nothing safer to offer',
      sql: 'CREATE INDEX measurements_at_idx ON ONLY measurements (at);\nDROP INDEX measurements_at_idx;',
    },
    {
      name: 'goose down section drops the index of a table its up section created',
      tool: 'goose',
      sql: '-- +goose Up\nCREATE TABLE refunds (id bigint);\nCREATE INDEX refunds_id_idx ON refunds (id);\n\n-- +goose Down\nDROP INDEX refunds_id_idx;\nDROP TABLE refunds;',
    },
    {
      name: 'a down script in its own file whose up script created the table and index',
      direction: 'down',
      createdByUp: ['public.refunds_id_idx', 'public.refunds'],
      sql: 'DROP INDEX refunds_id_idx;',
    },
    'SELECT 1; -- DROP INDEX orders_status_idx;',
    {
      name: 'an index of a table created here, renamed, is still the new table’s',
      sql: 'CREATE TABLE scratch (id bigint PRIMARY KEY, v text);\nCREATE INDEX scratch_v_idx ON scratch (v);\nALTER INDEX scratch_v_idx RENAME TO scratch_value_idx;\nDROP INDEX scratch_value_idx;',
    },
    {
      name: 'an index of a table created here and moved to another schema moves with it',
      sql: 'CREATE TABLE scratch (id bigint PRIMARY KEY, v text);\nCREATE INDEX scratch_v_idx ON scratch (v);\nALTER TABLE scratch SET SCHEMA archive;\nDROP INDEX archive.scratch_v_idx;',
      history: 'CREATE SCHEMA archive;',
    },
  ],
  invalid: [
    {
      name: 'the index of a UNIQUE constraint: PostgreSQL refuses to drop it (PostgreSQL 15), the constraint is what to drop',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);\nALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);',
      sql: "SET lock_timeout = '2s';\nDROP INDEX accounts_email_key;",
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^DROP INDEX accounts_email_key fails: constraint accounts_email_key on accounts requires it .* ALTER TABLE accounts DROP CONSTRAINT accounts_email_key/,
        },
      ],
    },
    {
      name: 'an index of a table an earlier migration moved with SET SCHEMA: the index moved with it',
      history: [
        'CREATE SCHEMA archive;',
        'CREATE TABLE events (id bigint PRIMARY KEY, user_id bigint);',
        'CREATE INDEX events_user_id_idx ON events (user_id);',
        'ALTER TABLE events SET SCHEMA archive;',
      ].join('\n'),
      sql: 'DROP INDEX archive.events_user_id_idx;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on archive\.events\b/ }],
    },
    {
      name: "an unqualified name is public's, as a table's is: the history's index of that name in another schema is not it",
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.event_execution (id serial PRIMARY KEY, name text, message_id text, execution_id text);',
        'CREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name, message_id);',
      ].join('\n'),
      sql: 'DROP INDEX IF EXISTS unique_event_execution;\nCREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name, execution_id);',
      rules: { 'require-concurrent-index': 'off' },
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 44,
          message:
            /^DROP INDEX unique_event_execution without CONCURRENTLY takes an AccessExclusiveLock on the table of index unique_event_execution:/,
        },
      ],
    },
    {
      name: 'IF EXISTS where the history knows no table of the schema: the index may be there (as require-lock-timeout says)',
      history: 'CREATE SCHEMA conductor;\nCREATE TABLE conductor.queue (id serial PRIMARY KEY);',
      sql: 'DROP INDEX IF EXISTS legacy_idx;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on the table of index legacy_idx:/ }],
    },
    {
      name: 'an index of a materialized view the history made: the lock is named by the view',
      history:
        'CREATE TABLE orders (user_id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) FROM orders GROUP BY 1;\nCREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);',
      sql: 'DROP INDEX order_totals_user_id_key;',
      errors: [{ line: 1, column: 1, message: /takes an AccessExclusiveLock on order_totals:/ }],
    },
    {
      name: 'the index USING INDEX renamed is dropped by its new name',
      history: [
        'CREATE TABLE devices (id bigint PRIMARY KEY, tag text);',
        'CREATE UNIQUE INDEX devices_tag_idx ON devices (tag);',
        'ALTER TABLE devices ADD CONSTRAINT devices_tag_uniq UNIQUE USING INDEX devices_tag_idx;',
        'ALTER TABLE devices DROP CONSTRAINT devices_tag_uniq;',
        'CREATE UNIQUE INDEX devices_tag_uniq ON devices (tag);',
      ].join('\n'),
      sql: 'DROP INDEX IF EXISTS devices_tag_uniq;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on devices/ }],
    },
    {
      sql: 'DROP INDEX orders_status_idx;',
      errors: [
        {
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 29,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP INDEX orders_status_idx without CONCURRENTLY takes an AccessExclusiveLock on the table of index orders_status_idx: reads and writes queue behind it/,
        },
      ],
    },
    {
      name: 'the table is named when this file created the index on a pre-existing table',
      sql: "SET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\n  DROP INDEX IF EXISTS orders_note_idx;",
      errors: [{ line: 3, column: 3, endColumn: 39, message: /AccessExclusiveLock on orders: reads and writes/ }],
    },
    {
      name: 'several indexes and CASCADE: the message says what CONCURRENTLY cannot do',
      sql: 'DROP INDEX a_idx, billing.b_idx CASCADE;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /DROP INDEX a_idx, billing\.b_idx .*one index per statement; CONCURRENTLY does not support CASCADE/,
        },
      ],
    },
    {
      name: 'inside an explicit transaction',
      sql: 'BEGIN;\nDROP INDEX orders_status_idx;\nCOMMIT;',
      errors: [{ line: 2, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'goose wraps the up section in a transaction; the down section is checked too',
      tool: 'goose',
      sql: '-- +goose Up\nDROP INDEX orders_status_idx;\n\n-- +goose Down\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX orders_status_idx;',
      errors: [
        { line: 2, column: 1 },
        { line: 6, column: 1, message: /on orders:/ },
      ],
    },
    {
      name: 'an index of a table created in another schema is still on a pre-existing table',
      sql: 'CREATE TABLE audit.orders (id bigint);\nCREATE INDEX orders_id_idx ON audit.orders (id);\nDROP INDEX orders_id_idx;',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});
