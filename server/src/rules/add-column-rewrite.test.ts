import { ruleTests } from '../../../test/unit/ruleTester';
import { addColumnRewrite } from './add-column-rewrite';

ruleTests(addColumnRewrite, {
  valid: [
    {
      name: "public's SQL function (volatility from its body) is the one an unqualified call finds, not a VOLATILE one elsewhere",
      history: [
        'CREATE SCHEMA util;',
        "CREATE FUNCTION public.gen_code() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'x' $$;",
        'CREATE FUNCTION util.gen_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT md5(random()::text) $$;',
        'CREATE TABLE public.coupons (id bigint PRIMARY KEY);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nSET search_path TO public, util;\nALTER TABLE coupons ADD COLUMN code text DEFAULT gen_code();",
    },
    {
      name: 'ALTER FUNCTION ... STABLE: the default no longer rewrites (PostgreSQL 15: the filenode stays)',
      history:
        'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE FUNCTION make_ref() RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN md5(random()::text); END $$;',
      sql: "SET lock_timeout = '2s';\nALTER FUNCTION make_ref() STABLE;\nALTER TABLE users ADD COLUMN ref text DEFAULT make_ref();",
    },
    {
      name: "an unqualified call finds public's STABLE function first, not a VOLATILE one of that name elsewhere (PostgreSQL 15)",
      history: [
        'CREATE TABLE coupons (id bigint PRIMARY KEY);',
        'CREATE SCHEMA util;',
        "CREATE FUNCTION public.gen_code() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN 'x'; END $$;",
        "CREATE FUNCTION util.gen_code() RETURNS text LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 'y'; END $$;",
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE coupons ADD COLUMN code text DEFAULT gen_code();",
    },
    {
      name: 'a domain with a DEFAULT found through the search path fills the column',
      history:
        "CREATE SCHEMA crm;\nCREATE DOMAIN crm.lead_stage AS text DEFAULT 'new';\nCREATE TABLE crm.leads (id bigint PRIMARY KEY);",
      sql: "SET lock_timeout = '2s';\nSET search_path TO crm, public;\nALTER TABLE leads ADD COLUMN stage lead_stage;",
    },
    {
      name: 'before PostgreSQL 11, a default of a cast NULL (as pg_dump writes it) stores nothing',
      pgVersion: 10,
      sql: 'ALTER TABLE orders ADD COLUMN note character varying DEFAULT NULL::character varying;',
    },
    {
      name: 'LANGUAGE sql functions that are inlined to a constant, or declared STABLE',
      history: [
        "CREATE FUNCTION default_region() RETURNS text LANGUAGE sql AS $$ SELECT 'eu' $$;",
        'CREATE FUNCTION jitter() RETURNS float8 LANGUAGE sql STABLE AS $$ SELECT random() $$;',
        'CREATE TABLE widgets (id bigint);',
      ].join('\n'),
      sql: 'ALTER TABLE widgets ADD COLUMN region text DEFAULT default_region(), ADD COLUMN j float8 DEFAULT jitter();',
    },
    {
      name: 'ADD COLUMN IF NOT EXISTS of a column the table has: PostgreSQL skips it',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, token uuid);',
      sql: 'ALTER TABLE accounts ADD COLUMN IF NOT EXISTS id bigserial, ADD COLUMN IF NOT EXISTS token uuid DEFAULT gen_random_uuid();',
    },
    {
      name: 'txid_current() is stable: one value for the statement, no rewrite (measured)',
      sql: 'ALTER TABLE audit ADD COLUMN xact_id bigint DEFAULT txid_current();',
    },
    {
      name: 'a function of the history declared STABLE, or written in SQL (PostgreSQL may inline it)',
      history:
        "CREATE FUNCTION app.tenant() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN current_setting('app.tenant'); END $$;\nCREATE FUNCTION one() RETURNS int LANGUAGE sql AS 'SELECT 1';",
      sql: 'ALTER TABLE orders ADD COLUMN tenant text DEFAULT app.tenant();\nALTER TABLE orders ADD COLUMN n int DEFAULT one();',
    },
    'ALTER TABLE orders ADD COLUMN note text;',
    "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';",
    'ALTER TABLE orders ADD COLUMN placed_at timestamptz DEFAULT now();',
    'ALTER TABLE orders ADD COLUMN flags int DEFAULT NULL;',
    'CREATE DOMAIN label AS text;\nALTER TABLE orders ADD COLUMN tag label;',
    {
      name: 'a domain whose constraints were dropped, or an array of a constrained domain (dry-run: no rewrite)',
      sql: [
        'ALTER DOMAIN label DROP CONSTRAINT IF EXISTS label_len;',
        'ALTER DOMAIN req_text DROP NOT NULL;',
        'ALTER TABLE orders ADD COLUMN tag label, ADD COLUMN r req_text, ADD COLUMN weights positive_int[];',
      ].join('\n'),
      history: [
        'CREATE DOMAIN label AS text CONSTRAINT label_len CHECK (length(VALUE) < 50);',
        'CREATE DOMAIN req_text AS text NOT NULL;',
        'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);',
      ].join('\n'),
    },
    {
      name: 'PostgreSQL 18: a virtual generated column is computed when read (PGlite 18: the filenode stays)',
      pgVersion: 18,
      sql: 'ALTER TABLE orders ADD COLUMN total_with_tax numeric GENERATED ALWAYS AS (total * 1.2) VIRTUAL;\nALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100);',
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE tokens (id bigint);\nALTER TABLE tokens ADD COLUMN value uuid DEFAULT gen_random_uuid();',
    },
    {
      name: 'set the default after adding the column',
      sql: 'ALTER TABLE orders ADD COLUMN token uuid;\nALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();',
    },
  ],
  invalid: [
    {
      name: 'ALTER FUNCTION ... VOLATILE: the default now rewrites',
      history:
        "CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE FUNCTION make_ref() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN 'r'; END $$;",
      sql: "SET lock_timeout = '2s';\nALTER FUNCTION make_ref() VOLATILE;\nALTER TABLE users ADD COLUMN ref text DEFAULT make_ref();",
      errors: [{ line: 3, column: 1, message: /volatile default make_ref\(\)/ }],
    },
    {
      name: "under SET search_path TO util, public the call finds util's VOLATILE function (PostgreSQL 15 rewrites)",
      history: [
        'CREATE TABLE coupons (id bigint PRIMARY KEY);',
        'CREATE SCHEMA util;',
        "CREATE FUNCTION public.gen_code() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN 'x'; END $$;",
        "CREATE FUNCTION util.gen_code() RETURNS text LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 'y'; END $$;",
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nSET search_path TO util, public;\nALTER TABLE public.coupons ADD COLUMN code text DEFAULT gen_code();",
      errors: [{ line: 3, column: 1, message: /volatile default util\.gen_code\(\)/ }],
    },
    {
      name: 'a domain created under SET search_path lives in that schema: a column of it, named with the schema, rewrites',
      history: [
        'CREATE SCHEMA crm;',
        'SET search_path TO crm;',
        "CREATE DOMAIN email AS text CHECK (VALUE ~ '@');",
        'CREATE TABLE contacts (id bigint PRIMARY KEY);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE crm.contacts ADD COLUMN email crm.email;",
      errors: [{ line: 2, column: 1, message: /constraints of domain email/ }],
    },
    {
      name: 'a domain with a CHECK named without its schema, found through SET search_path (PostgreSQL 15 rewrites)',
      history: [
        'CREATE SCHEMA crm;',
        "CREATE DOMAIN crm.email AS text CONSTRAINT email_check CHECK (VALUE ~ '^[^@]+@[^@]+$');",
        'CREATE TABLE crm.contacts (id bigint PRIMARY KEY, email crm.email);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nSET search_path TO crm, public;\nALTER TABLE contacts ADD COLUMN backup_email email;",
      errors: [{ line: 3, column: 1, message: /constraints of domain email/ }],
    },
    {
      name: 'a LANGUAGE sql function of the history whose body calls a volatile function',
      history:
        "CREATE FUNCTION new_public_id() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT encode(gen_random_bytes(9), 'base64') $$;\nCREATE TABLE widgets (id bigint);",
      sql: 'ALTER TABLE widgets ADD COLUMN public_id text DEFAULT new_public_id();',
      errors: [{ line: 1, column: 1, message: /the volatile default new_public_id\(\)/ }],
    },
    {
      name: "extensions' volatile generators: pgcrypto's gen_salt, pg_uuidv7's uuid_generate_v7",
      sql: "ALTER TABLE accounts ADD COLUMN salt text DEFAULT gen_salt('bf');\nALTER TABLE accounts ADD COLUMN public_id uuid DEFAULT uuid_generate_v7();",
      errors: [
        { line: 1, column: 1, message: /gen_salt/ },
        { line: 2, column: 1, message: /uuid_generate_v7/ },
      ],
    },
    {
      name: 'a function the history created, VOLATILE by default (Supabase nanoid, uuid_generate_v7)',
      history: [
        'CREATE FUNCTION public.uuid_generate_v7() RETURNS uuid LANGUAGE plpgsql AS $$ BEGIN RETURN gen_random_uuid(); END $$;',
        "CREATE FUNCTION extensions.nanoid(size int DEFAULT 21) RETURNS text LANGUAGE plpgsql VOLATILE AS $$ BEGIN RETURN 'x'; END $$;",
      ].join('\n'),
      sql: 'ALTER TABLE orders ADD COLUMN public_id uuid DEFAULT public.uuid_generate_v7();\nALTER TABLE orders ADD COLUMN slug text DEFAULT nanoid();',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /the volatile default public\.uuid_generate_v7\(\)/,
        },
        { line: 2, column: 1, message: /the volatile default nanoid\(\)/ },
      ],
    },
    {
      name: 'currval() is volatile',
      sql: "ALTER TABLE orders ADD COLUMN batch bigint DEFAULT currval('batches_id_seq');",
      errors: [{ line: 1, column: 1, message: /volatile default currval\(\)/ }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /volatile default gen_random_uuid\(\)/ }],
    },
    { sql: 'ALTER TABLE orders ADD COLUMN seq bigserial;', errors: [{ line: 1, column: 1, message: /bigserial/ }] },
    {
      sql: 'ALTER TABLE orders ADD COLUMN id2 bigint GENERATED BY DEFAULT AS IDENTITY;',
      errors: [{ line: 1, column: 1, message: /identity/ }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN total_with_tax numeric GENERATED ALWAYS AS (total * 1.2) STORED;',
      errors: [{ line: 1, column: 1, message: /stored generated/ }],
    },
    {
      name: 'PostgreSQL 18: STORED still writes every row (PGlite 18: a new filenode), unlike the virtual default',
      pgVersion: 18,
      sql: 'ALTER TABLE orders ADD COLUMN total_cents numeric GENERATED ALWAYS AS (total * 100), ADD COLUMN total_with_tax numeric GENERATED ALWAYS AS (total * 1.2) STORED;',
      errors: [{ line: 1, column: 1, message: /^ADD COLUMN total_with_tax rewrites orders .*stored generated/ }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN jitter float8 DEFAULT (random() * 10);',
      errors: [{ line: 1, column: 1, message: /random\(\)/ }],
    },
    {
      name: 'a domain with constraints (measured: PostgreSQL rewrites the table)',
      sql: 'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);\nALTER TABLE orders ADD COLUMN qty positive_int;',
      errors: [{ line: 2, column: 1, message: /constraints of domain positive_int/ }],
    },
    {
      name: 'constraints that reach the domain through history: over a domain, renamed, moved, SET NOT NULL',
      sql: [
        'CREATE DOMAIN qty AS positive_int;',
        'ALTER TABLE orders ADD COLUMN q qty;',
        'ALTER DOMAIN positive_int RENAME TO pos_int;',
        'ALTER TABLE orders ADD COLUMN w pos_int;',
        'ALTER DOMAIN pos_int SET SCHEMA types;',
        'ALTER TABLE orders ADD COLUMN v types.pos_int;',
        'ALTER DOMAIN opt_text SET NOT NULL;',
        'ALTER TABLE orders ADD COLUMN r opt_text;',
      ].join('\n'),
      history: 'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);\nCREATE DOMAIN opt_text AS text;',
      errors: [
        { line: 2, column: 1, message: /constraints of domain qty/ },
        { line: 4, column: 1, message: /constraints of domain pos_int/ },
        { line: 6, column: 1, message: /constraints of domain pos_int/ },
        { line: 8, column: 1, message: /constraints of domain opt_text/ },
      ],
    },
    {
      name: 'before PostgreSQL 11 any non-null default rewrites',
      sql: "ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';",
      pgVersion: 10,
      errors: [{ line: 1, column: 1, message: /before PostgreSQL 11/ }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN a uuid DEFAULT uuid_generate_v4(), ADD COLUMN b text, ADD COLUMN c timestamptz DEFAULT clock_timestamp();',
      errors: [
        { line: 1, column: 1, message: /ADD COLUMN a / },
        { line: 1, column: 1, message: /ADD COLUMN c / },
      ],
    },
  ],
});
