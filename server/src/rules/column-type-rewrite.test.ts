import { ruleTests } from '../../../test/unit/ruleTester';
import { columnTypeRewrite } from './column-type-rewrite';

const HISTORY = [
  'CREATE TABLE orders (id int PRIMARY KEY, ref varchar(50), note varchar, total numeric(10,2), ip cidr, placed timestamp(3), raw bytea, amount int, tags int[], labels varchar(50)[]);',
].join('\n');

const CITEXT_HISTORY = [
  'CREATE EXTENSION IF NOT EXISTS citext;',
  'CREATE TABLE accounts (id bigint PRIMARY KEY, email text, login varchar(64), handle citext, nick citext, alias text, names text[]);',
  'CREATE INDEX accounts_alias_idx ON accounts (alias);',
  'CREATE UNIQUE INDEX accounts_nick_key ON accounts (nick);',
].join('\n');

// Measured on PostgreSQL 15: explicit operator classes are kept; brin and spgist take text's for citext too.
const OPCLASS_HISTORY = [
  'CREATE EXTENSION IF NOT EXISTS citext;',
  'CREATE EXTENSION IF NOT EXISTS pg_trgm;',
  'CREATE TABLE contacts (id int PRIMARY KEY, email text NOT NULL, full_name text, v varchar(64), c citext, s text, h text, k citext);',
  'CREATE INDEX contacts_email_pattern ON contacts (email text_pattern_ops);',
  'CREATE INDEX contacts_id_email ON contacts (id, email public.text_pattern_ops);',
  'CREATE INDEX contacts_name_trgm ON contacts USING gin (full_name gin_trgm_ops);',
  'CREATE INDEX contacts_name_gist ON contacts USING GIST (full_name gist_trgm_ops);',
  'CREATE INDEX contacts_v_pattern ON contacts (v varchar_pattern_ops);',
  'CREATE INDEX contacts_v_ops ON contacts (v varchar_ops);',
  'CREATE INDEX contacts_c_text ON contacts (c text_ops);',
  'CREATE INDEX contacts_c_pattern ON contacts (c text_pattern_ops);',
  'CREATE INDEX contacts_s_spgist ON contacts USING spgist (s);',
  'CREATE INDEX contacts_s_brin ON contacts USING brin (s text_minmax_ops);',
  'CREATE INDEX contacts_h_plain ON contacts (h);',
  'CREATE INDEX contacts_h_text ON contacts (h text_ops);',
  'CREATE INDEX contacts_h_hash ON contacts USING hash (h);',
  'CREATE INDEX contacts_h_pattern ON contacts (h text_pattern_ops);',
  'CREATE INDEX contacts_k_plain ON contacts (k);',
  'CREATE INDEX contacts_k_ops ON contacts (k citext_ops);',
  'CREATE INDEX contacts_k_hash ON contacts USING hash (k);',
  'CREATE INDEX contacts_k_text ON contacts (k text_ops);',
].join('\n');

// Measured on PostgreSQL 15: an index with an expression or a WHERE that mentions the column is always rebuilt.
const EXPRESSION_HISTORY = [
  'CREATE EXTENSION IF NOT EXISTS citext;',
  'CREATE TABLE accounts (id bigint PRIMARY KEY, email varchar(255) NOT NULL, handle varchar(50), note varchar(10), code varchar(10), deleted_at timestamptz);',
  'CREATE UNIQUE INDEX accounts_email_active ON accounts (email) WHERE deleted_at IS NULL;',
  'CREATE INDEX accounts_email_plain ON accounts (email);',
  'CREATE INDEX accounts_handle_lower ON accounts (lower(handle));',
  'CREATE INDEX accounts_id_note ON accounts (id) INCLUDE (note);',
  'CREATE INDEX accounts_code ON accounts (code);',
  'CREATE TABLE members (id bigint PRIMARY KEY, email citext NOT NULL, name text, deleted_at timestamptz);',
  'CREATE UNIQUE INDEX members_email_active ON members (lower(email)) WHERE deleted_at IS NULL;',
  'CREATE INDEX members_name_lower ON members (lower(name));',
  'CREATE TABLE sessions (id bigint PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamp NOT NULL);',
  'CREATE INDEX sessions_expires_at_idx ON sessions (expires_at);',
  'CREATE INDEX sessions_user_live ON sessions (user_id) WHERE expires_at IS NOT NULL;',
].join('\n');

const TZ_HISTORY =
  'CREATE TABLE invoices (id bigserial PRIMARY KEY, issued_at timestamp, paid_at timestamptz, due_at timestamp(3), sent_at timestamp, seen_at timestamp[]);\nCREATE INDEX invoices_sent_at_idx ON invoices (sent_at);';

// Each change below measured on PostgreSQL 15 (relfilenodes of the table and its indexes before and after).
const DOMAIN_HISTORY = [
  'CREATE EXTENSION IF NOT EXISTS citext;',
  "CREATE DOMAIN email AS citext CONSTRAINT email_check CHECK (VALUE ~ '@');",
  'CREATE DOMAIN plain_text AS text;',
  "CREATE DOMAIN nonempty AS text CHECK (VALUE <> '');",
  'CREATE DOMAIN required AS text NOT NULL;',
  'CREATE DOMAIN label AS plain_text;',
  'CREATE DOMAIN short_label AS nonempty;',
  'CREATE DOMAIN later AS text;',
  'CREATE DOMAIN later_child AS later;',
  "ALTER DOMAIN later ADD CONSTRAINT later_check CHECK (VALUE <> '');",
  'CREATE DOMAIN was_required AS text NOT NULL;',
  'ALTER DOMAIN was_required DROP NOT NULL;',
  'CREATE DOMAIN code20 AS varchar(20);',
  'CREATE DOMAIN amount AS numeric(10,2);',
  'CREATE DOMAIN int_list AS int[];',
  'CREATE DOMAIN c_text AS text COLLATE "C";',
  'CREATE TABLE users (id bigint PRIMARY KEY, email email NOT NULL UNIQUE, code text, name plain_text, tag varchar(10), ref code20, cost amount, total numeric(10,2), scores int_list, tags text[], title c_text, note text);',
  'CREATE INDEX users_code_idx ON users (code);',
  'CREATE INDEX users_scores_idx ON users (scores);',
  'CREATE INDEX users_title_idx ON users (title);',
].join('\n');

ruleTests(columnTypeRewrite, {
  valid: [
    {
      name: 'a varchar widened after its schema was renamed, in the same migration: the type is still known',
      history: 'CREATE SCHEMA billing;\nCREATE TABLE billing.invoices (id bigint PRIMARY KEY, number varchar(30));',
      sql: "SET lock_timeout = '2s';\nALTER SCHEMA billing RENAME TO finance;\nALTER TABLE finance.invoices ALTER COLUMN number TYPE varchar(60);",
    },
    {
      name: 'a domain → its base type, and a base type → a domain without constraints (no rewrite, indexes kept)',
      history: DOMAIN_HISTORY,
      sql: [
        'ALTER TABLE users ALTER COLUMN email TYPE citext;',
        'ALTER TABLE users ALTER COLUMN code TYPE plain_text;',
        'ALTER TABLE users ALTER COLUMN code TYPE text;',
        'ALTER TABLE users ALTER COLUMN name TYPE text;',
        'ALTER TABLE users ALTER COLUMN code TYPE label;',
        'ALTER TABLE users ALTER COLUMN note TYPE was_required;',
        'ALTER TABLE users ALTER COLUMN total TYPE amount;',
        'ALTER TABLE users ALTER COLUMN title TYPE c_text;',
      ].join('\n'),
    },
    {
      name: 'a domain over varchar(n): a wider value fits it, and it converts to text or varchar as any varchar does',
      history: DOMAIN_HISTORY,
      sql: [
        'ALTER TABLE users ALTER COLUMN tag TYPE code20;',
        'ALTER TABLE users ALTER COLUMN ref TYPE text;',
        'ALTER TABLE users ALTER COLUMN ref TYPE varchar;',
      ].join('\n'),
    },
    {
      name: 'a domain → another domain without constraints over the same type, schema-qualified',
      history: DOMAIN_HISTORY,
      sql: 'ALTER TABLE users ALTER COLUMN name TYPE public.label;',
    },
    {
      name: 'timestamp ↔ timestamptz under a session time zone of UTC (PostgreSQL 12 and later keep the table)',
      history: TZ_HISTORY,
      sql: [
        "SET TIME ZONE 'UTC';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamp without time zone;',
        'ALTER TABLE invoices ALTER COLUMN due_at TYPE timestamp(6) with time zone;',
      ].join('\n'),
    },
    {
      name: 'the spellings of UTC PostgreSQL accepts (each verified on PostgreSQL 15)',
      history: TZ_HISTORY,
      sql: [
        "SET timezone = 'Etc/UTC';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        "SET TIME ZONE 'GMT';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;',
        "SET SESSION TIME ZONE 'UTC0';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        "SET TIME ZONE INTERVAL '+00:00' HOUR TO MINUTE;",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;',
        'SET TIME ZONE 0;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        'SET "TimeZone" TO utc;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;',
        "SELECT set_config('timezone', 'Zulu', false);",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz USING issued_at::timestamptz;',
      ].join('\n'),
    },
    {
      name: 'SET LOCAL TIME ZONE within the transaction, and the session zone back after a SET LOCAL ends',
      history: TZ_HISTORY,
      sql: [
        'BEGIN;',
        "SET LOCAL TIME ZONE 'UTC';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        'COMMIT;',
        "SET TIME ZONE 'UTC';",
        'BEGIN;',
        "SET LOCAL TIME ZONE 'Europe/Paris';",
        'COMMIT;',
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamp;',
      ].join('\n'),
    },
    {
      name: "SET LOCAL in the tool's transaction lasts until its end",
      history: TZ_HISTORY,
      assumeInTransaction: true,
      sql: "SET LOCAL TIME ZONE 'UTC';\nALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;",
    },
    {
      name: 'interval: dropping the precision, or a higher one (its first modifier is a fields mask)',
      history: 'CREATE TABLE iv (id int, a interval(2), d interval(3), e interval day);',
      sql: 'ALTER TABLE iv ALTER COLUMN a TYPE interval, ALTER COLUMN d TYPE interval(6), ALTER COLUMN e TYPE interval;',
    },
    {
      name: 'a column already of a renamed enum type, set to that type',
      history:
        "CREATE TYPE tier_new AS ENUM ('free', 'pro');\nCREATE TABLE accounts (id int, tier tier_new);\nALTER TYPE tier_new RENAME TO tier;",
      sql: 'ALTER TABLE accounts ALTER COLUMN tier TYPE tier;',
    },
    {
      name: 'the same collation, or a new one on a column no index covers',
      history:
        'CREATE TABLE room (id bigint PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, name varchar(10) COLLATE "C", note text);\nCREATE INDEX room_name_idx ON room (name);',
      sql: 'ALTER TABLE room ALTER COLUMN name TYPE varchar(30) COLLATE "C";\nALTER TABLE room ALTER COLUMN note TYPE text COLLATE "C";\nALTER TABLE room ALTER COLUMN code TYPE varchar(40);',
    },
    {
      name: 'varchar(50) → varchar(200)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(200);',
      history: HISTORY,
    },
    {
      name: 'varchar(50) → varchar (unbounded)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar;',
      history: HISTORY,
    },
    { name: 'varchar → text', sql: 'ALTER TABLE orders ALTER COLUMN note TYPE text;', history: HISTORY },
    {
      name: 'text → varchar without a length (binary-compatible, as dry-run shows)',
      sql: 'ALTER TABLE posts ALTER COLUMN title TYPE varchar;',
      history: 'CREATE TABLE posts (id int, title text);',
    },
    {
      name: 'a USING clause that only casts the column to the new type (Knex, MikroORM)',
      sql: [
        'alter table "orders" alter column "ref" type varchar(500) using ("ref"::varchar(500));',
        'alter table "orders" alter column "total" type numeric(12,2) using ("total"::numeric(12,2));',
        'alter table "orders" alter column "amount" type int using ("amount"::int);',
        'ALTER TABLE orders ALTER COLUMN note TYPE text USING note;',
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'numeric(10,2) → numeric(12,2)',
      sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
      history: HISTORY,
    },
    { name: 'numeric(10,2) → numeric', sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric;', history: HISTORY },
    {
      name: 'int[] → int[][] is the same type',
      sql: 'ALTER TABLE orders ALTER COLUMN tags TYPE int[][];',
      history: HISTORY,
    },
    { name: 'cidr → inet', sql: 'ALTER TABLE orders ALTER COLUMN ip TYPE inet;', history: HISTORY },
    {
      name: 'timestamp(3) → timestamp(6)',
      sql: 'ALTER TABLE orders ALTER COLUMN placed TYPE timestamp(6);',
      history: HISTORY,
    },
    {
      name: 'text and varchar ↔ citext on a column no index covers: binary coercible, nothing is rebuilt',
      history: CITEXT_HISTORY,
      sql: [
        'ALTER TABLE accounts ALTER COLUMN email TYPE citext;',
        'ALTER TABLE accounts ALTER COLUMN login TYPE public.citext;',
        'ALTER TABLE accounts ALTER COLUMN handle TYPE text;',
        'ALTER TABLE accounts ALTER COLUMN handle TYPE varchar;',
      ].join('\n'),
    },
    {
      name: 'text and varchar ↔ citext keep an index that names its operator class, and a brin or spgist index',
      history: OPCLASS_HISTORY,
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE contacts ALTER COLUMN email TYPE citext;',
        'ALTER TABLE contacts ALTER COLUMN full_name TYPE citext;',
        'ALTER TABLE contacts ALTER COLUMN v TYPE citext;',
        'ALTER TABLE contacts ALTER COLUMN c TYPE text;',
        'ALTER TABLE contacts ALTER COLUMN s TYPE citext;',
        'ALTER TABLE contacts ALTER COLUMN email TYPE text;',
      ].join('\n'),
    },
    {
      name: 'a change that keeps the table keeps a plain index and one that only INCLUDEs the column',
      history: EXPRESSION_HISTORY,
      sql: [
        'ALTER TABLE accounts ALTER COLUMN note TYPE text;',
        'ALTER TABLE accounts ALTER COLUMN code TYPE varchar(20);',
      ].join('\n'),
    },
    {
      name: 'arrays: dropping the element type modifier converts nothing',
      history:
        'CREATE TABLE posts (id int, tags varchar(20)[], prices numeric(10,2)[], seen timestamp(3)[]);\nCREATE INDEX posts_tags_idx ON posts (tags);',
      sql: [
        'ALTER TABLE posts ALTER COLUMN tags TYPE varchar[];',
        'ALTER TABLE posts ALTER COLUMN prices TYPE numeric[];',
        'ALTER TABLE posts ALTER COLUMN seen TYPE timestamp[][];',
      ].join('\n'),
    },
    {
      name: 'a USING clause naming the column qualified by its table (and schema)',
      history: 'CREATE TABLE items (id int PRIMARY KEY, name varchar(50), note varchar);',
      sql: [
        'ALTER TABLE items ALTER COLUMN name TYPE varchar(140) USING items.name::varchar(140);',
        'ALTER TABLE public.items ALTER COLUMN name TYPE varchar(200) USING public.items.name::varchar(200);',
        'ALTER TABLE items ALTER COLUMN note TYPE text USING (items.note);',
      ].join('\n'),
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE drafts (id int);\nALTER TABLE drafts ALTER COLUMN id TYPE bigint;',
    },
  ],
  invalid: [
    {
      name: 'interval: less precision, or fewer fields, rewrites (values are rounded or cut)',
      history: 'CREATE TABLE iv (id int, b interval(5), c interval);',
      sql: 'ALTER TABLE iv ALTER COLUMN b TYPE interval(2);\nALTER TABLE iv ALTER COLUMN c TYPE interval hour to minute;',
      errors: [
        { line: 1, column: 1, message: /interval\(5\) → interval\(2\)/ },
        { line: 2, column: 1 },
      ],
    },
    {
      name: 'a table the history made with CREATE TABLE AS: its column types are the source table’s',
      history: 'CREATE TABLE users (id bigint, email varchar(100));\nCREATE TABLE users_copy AS SELECT * FROM users;',
      sql: 'ALTER TABLE users_copy ALTER COLUMN email TYPE varchar(10);',
      errors: [{ line: 1, column: 1, severity: 'error', message: /varchar\(100\) → varchar\(10\)/ }],
    },
    {
      name: 'a new collation keeps the table but rebuilds the indexes on the column (Django db_collation)',
      history:
        'CREATE TABLE room (id bigint PRIMARY KEY, code varchar(10) NOT NULL UNIQUE, name varchar(10) COLLATE "C", note text);\nCREATE INDEX room_name_idx ON room (name);',
      sql: 'ALTER TABLE room ALTER COLUMN code TYPE varchar(10) COLLATE "C";\nALTER TABLE room ALTER COLUMN name TYPE varchar(20);',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /from the default to "C": room is not rewritten, but room_code_key is rebuilt/,
        },
        { line: 2, column: 1, message: /from "C" to the default: room is not rewritten, but room_name_idx is rebuilt/ },
      ],
    },
    {
      name: 'text ↔ citext on an indexed column keeps the table but rebuilds its indexes',
      history: CITEXT_HISTORY,
      sql: "SET lock_timeout = '2s';\nALTER TABLE accounts ALTER COLUMN alias TYPE citext;\n  ALTER TABLE accounts ALTER COLUMN nick TYPE text;",
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ALTER COLUMN alias TYPE text → citext changes how its values compare: accounts is not rewritten, but accounts_alias_idx is rebuilt/,
        },
        {
          line: 3,
          column: 3,
          message: /citext → text changes how its values compare: .* accounts_nick_key is rebuilt/,
        },
      ],
    },
    {
      name: 'text ↔ citext rebuilds a btree or hash index on the default operator class, written or not',
      history: OPCLASS_HISTORY,
      sql: 'ALTER TABLE contacts ALTER COLUMN h TYPE citext;\nALTER TABLE contacts ALTER COLUMN k TYPE text;',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^ALTER COLUMN h TYPE text → citext changes how its values compare: contacts is not rewritten, but contacts_h_plain, contacts_h_text, contacts_h_hash are rebuilt/,
        },
        {
          line: 2,
          column: 1,
          message:
            /citext → text changes how its values compare: .* but contacts_k_plain, contacts_k_ops, contacts_k_hash are/,
        },
      ],
    },
    {
      name: 'a change that keeps the table still rebuilds the indexes with an expression or WHERE on the column',
      history: EXPRESSION_HISTORY,
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE accounts ALTER COLUMN email TYPE varchar(320);',
        'ALTER TABLE accounts ALTER COLUMN handle TYPE text;',
        'ALTER TABLE accounts ALTER COLUMN deleted_at TYPE timestamptz(6);',
        'ALTER TABLE members ALTER COLUMN email TYPE text;',
        'ALTER TABLE members ALTER COLUMN name TYPE citext;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ALTER COLUMN email TYPE varchar\(255\) → varchar\(320\) keeps its values \(PostgreSQL rebuilds every index with an expression or WHERE on the column\): accounts is not rewritten, but accounts_email_active is rebuilt under an AccessExclusiveLock/,
        },
        {
          line: 3,
          column: 1,
          message: /varchar\(50\) → text keeps its values .* but accounts_handle_lower is rebuilt/,
        },
        {
          line: 4,
          column: 1,
          message: /timestamptz → timestamptz\(6\) keeps its values .* but accounts_email_active is/,
        },
        { line: 5, column: 1, message: /citext → text keeps its values .* but members_email_active is rebuilt/ },
        { line: 6, column: 1, message: /text → citext keeps its values .* but members_name_lower is rebuilt/ },
      ],
    },
    {
      name: 'under UTC a partial index whose WHERE mentions the column is rebuilt with the one on it',
      history: EXPRESSION_HISTORY,
      sql: "SET TIME ZONE 'UTC';\nALTER TABLE sessions ALTER COLUMN expires_at TYPE timestamptz;",
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /keeps its values under the UTC time zone: sessions is not rewritten, but sessions_expires_at_idx, sessions_user_live are rebuilt/,
        },
      ],
    },
    {
      name: 'citext to a bounded varchar, char to citext and arrays of citext rewrite',
      history: CITEXT_HISTORY + '\nCREATE TABLE codes (id int, code char(10));',
      sql: [
        'ALTER TABLE accounts ALTER COLUMN handle TYPE varchar(20);',
        'ALTER TABLE codes ALTER COLUMN code TYPE citext;',
        'ALTER TABLE accounts ALTER COLUMN names TYPE citext[];',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /citext → varchar\(20\) rewrites accounts/ },
        { line: 2, column: 1, message: /char\(10\) → citext rewrites codes/ },
        { line: 3, column: 1, message: /text\[\] → citext\[\] rewrites accounts/ },
      ],
    },
    {
      name: 'a domain with a CHECK or NOT NULL (its own, or of the domain it is over, added later too) checks every value',
      history: DOMAIN_HISTORY,
      sql: [
        'ALTER TABLE users ALTER COLUMN code TYPE nonempty;',
        'ALTER TABLE users ALTER COLUMN note TYPE required;',
        'ALTER TABLE users ALTER COLUMN tag TYPE short_label;',
        'ALTER TABLE users ALTER COLUMN title TYPE later_child;',
        'ALTER TABLE users ALTER COLUMN name TYPE nonempty;',
      ].join('\n'),
      errors: [
        {
          line: 1,
          column: 1,
          message: /TYPE text → nonempty rewrites users to check nonempty's constraints and rebuilds its indexes/,
        },
        { line: 2, column: 1, message: /TYPE text → required rewrites users/ },
        { line: 3, column: 1, message: /TYPE varchar\(10\) → short_label rewrites users/ },
        { line: 4, column: 1, message: /TYPE c_text → later_child rewrites users/ },
        { line: 5, column: 1, message: /TYPE plain_text → nonempty rewrites users/ },
      ],
    },
    {
      name: "a domain's values convert as its base type without the modifier: a domain over varchar(20) → varchar(20) rewrites",
      history: DOMAIN_HISTORY,
      sql: [
        'ALTER TABLE users ALTER COLUMN ref TYPE varchar(20);',
        'ALTER TABLE users ALTER COLUMN cost TYPE numeric(12,2);',
        'ALTER TABLE users ALTER COLUMN code TYPE code20;',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /TYPE code20 → varchar\(20\) rewrites users/ },
        { line: 2, column: 1, message: /TYPE amount → numeric\(12,2\) rewrites users/ },
        { line: 3, column: 1, message: /TYPE text → code20 rewrites users/ },
      ],
    },
    {
      name: 'arrays of a domain are converted element by element: rewritten',
      history: DOMAIN_HISTORY,
      sql: 'ALTER TABLE users ALTER COLUMN tags TYPE plain_text[];\nALTER TABLE users ALTER COLUMN tags TYPE text[];',
      errors: [
        { line: 1, column: 1, message: /TYPE text\[\] → plain_text\[\] rewrites users/ },
        { line: 2, column: 1, message: /TYPE plain_text\[\] → text\[\] rewrites users/ },
      ],
    },
    {
      name: 'a domain ↔ its base type keeps the table, but rebuilds an index whose operator class or collation changes',
      history: DOMAIN_HISTORY,
      sql: [
        'ALTER TABLE users ALTER COLUMN scores TYPE int[];',
        'ALTER TABLE users ALTER COLUMN title TYPE text;',
        'ALTER TABLE users ALTER COLUMN email TYPE text;',
        'ALTER TABLE users ALTER COLUMN code TYPE c_text;',
      ].join('\n'),
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ALTER COLUMN scores TYPE int_list → integer\[\] keeps its values \(an index on an array, enum or range is built for its exact type\): users is not rewritten, but users_scores_idx is rebuilt/,
        },
        {
          line: 2,
          column: 1,
          message:
            /TYPE changes its collation from "C" to the default: users is not rewritten, but users_title_idx is rebuilt/,
        },
        {
          line: 3,
          column: 1,
          message: /TYPE email → text changes how its values compare: .* users_email_key is rebuilt/,
        },
        { line: 4, column: 1, message: /collation from the default to "C": .* users_code_idx is rebuilt/ },
      ],
    },
    {
      name: 'a domain Sluice cannot place is compared by name: in two schemas, another schema than the one known, or over an unknown type',
      history: [
        'CREATE DOMAIN plain_text AS text;',
        'CREATE SCHEMA app;',
        "CREATE DOMAIN app.plain_text AS text CHECK (VALUE <> '');",
        'CREATE DOMAIN word AS text;',
        'CREATE DOMAIN wrapped AS some_unknown_domain;',
        'CREATE TABLE notes (id int, body text, summary text, w wrapped);',
      ].join('\n'),
      sql: [
        'ALTER TABLE notes ALTER COLUMN body TYPE plain_text;',
        'ALTER TABLE notes ALTER COLUMN summary TYPE billing.word;',
        'ALTER TABLE notes ALTER COLUMN w TYPE some_unknown_domain;',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /TYPE text → plain_text rewrites notes/ },
        { line: 2, column: 1, message: /TYPE text → word rewrites notes/ },
        { line: 3, column: 1, message: /TYPE wrapped → some_unknown_domain rewrites notes/ },
      ],
    },
    {
      name: "a type named citext that a migration created is not the extension's",
      history: "CREATE DOMAIN citext AS text CHECK (VALUE <> '');\nCREATE TABLE users (id int, email text);",
      sql: 'ALTER TABLE users ALTER COLUMN email TYPE citext;',
      errors: [{ line: 1, column: 1, message: /text → citext rewrites users/ }],
    },
    {
      name: 'arrays: a new element modifier or element type rewrites',
      history: 'CREATE TABLE posts (id int, tags varchar(20)[], notes varchar[]);',
      sql: [
        'ALTER TABLE posts ALTER COLUMN tags TYPE varchar(50)[];',
        'ALTER TABLE posts ALTER COLUMN tags TYPE text[];',
        'ALTER TABLE posts ALTER COLUMN notes TYPE text[];',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /varchar\(20\)\[\] → varchar\(50\)\[\] rewrites/ },
        { line: 2, column: 1, message: /varchar\(50\)\[\] → text\[\] rewrites/ },
        { line: 3, column: 1, message: /varchar\[\] → text\[\] rewrites/ },
      ],
    },
    {
      name: 'a USING clause naming another column, or the column of another table, converts values',
      history: 'CREATE TABLE items (id int PRIMARY KEY, name varchar(50), note varchar(50));',
      sql: [
        'ALTER TABLE items ALTER COLUMN name TYPE varchar(140) USING items.note::varchar(140);',
        'ALTER TABLE items ALTER COLUMN note TYPE varchar(140) USING billing.items.note::varchar(140);',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /USING \.\.\. rewrites items/ },
        { line: 2, column: 1, message: /USING \.\.\. rewrites items/ },
      ],
    },
    {
      name: 'a USING clause that computes something rewrites, even to a compatible type',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(500) USING lower(ref);\nALTER TABLE orders ALTER COLUMN amount TYPE bigint USING amount::bigint;',
      history: HISTORY,
      errors: [
        { line: 1, column: 1, message: /varchar\(50\) → varchar\(500\) USING \.\.\. rewrites/ },
        { line: 2, column: 1, message: /integer → bigint rewrites/ },
      ],
    },
    {
      name: 'types are named as migrations write them, not by their internal names',
      history: 'CREATE TABLE t (id bigint, f char(4), e time(0) with time zone, r real, n smallint);',
      sql: [
        'ALTER TABLE t ALTER COLUMN f TYPE character(2);',
        'ALTER TABLE t ALTER COLUMN e TYPE time(0);',
        'ALTER TABLE t ALTER COLUMN r TYPE double precision;',
        'ALTER TABLE t ALTER COLUMN n TYPE int4;',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /TYPE char\(4\) → char\(2\) rewrites t/ },
        { line: 2, column: 1, message: /TYPE time\(0\) with time zone → time\(0\) rewrites t/ },
        { line: 3, column: 1, message: /TYPE real → double precision rewrites t/ },
        { line: 4, column: 1, message: /TYPE smallint → integer rewrites t/ },
      ],
    },
    {
      name: 'text → varchar(n) checks every value: it rewrites',
      sql: 'ALTER TABLE posts ALTER COLUMN title TYPE varchar(80);',
      history: 'CREATE TABLE posts (id int, title text);',
      errors: [{ line: 1, column: 1, message: /text → varchar\(80\) rewrites/ }],
    },
    {
      name: 'int → bigint rewrites',
      sql: 'ALTER TABLE orders ALTER COLUMN amount TYPE bigint;',
      history: HISTORY,
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /integer → bigint rewrites orders and rebuilds its indexes/,
        },
      ],
    },
    {
      name: 'varchar(50) → varchar(20) shrinks (every value is checked and rewritten)',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(20);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /varchar\(50\) → varchar\(20\)/ }],
    },
    {
      name: 'arrays: varchar(50)[] → varchar(200)[] rewrites every element',
      sql: 'ALTER TABLE orders ALTER COLUMN labels TYPE varchar(200)[];',
      history: HISTORY,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'numeric scale change',
      sql: 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,4);',
      history: HISTORY,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'USING forces a rewrite',
      sql: 'ALTER TABLE orders ALTER COLUMN note TYPE text USING trim(note);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /USING/ }],
    },
    {
      name: 'unknown current type: a warning that it may rewrite',
      sql: 'ALTER TABLE invoices ALTER COLUMN ref TYPE varchar(200);',
      errors: [{ line: 1, column: 1, severity: 'warning', message: /may rewrite invoices .* unknown/ }],
    },
    {
      name: 'the type a column has after earlier statements in this file counts',
      sql: 'ALTER TABLE orders ALTER COLUMN ref TYPE varchar(200);\nALTER TABLE orders ALTER COLUMN ref TYPE varchar(100);',
      history: HISTORY,
      errors: [{ line: 2, column: 1, message: /varchar\(200\) → varchar\(100\)/ }],
    },
    {
      name: 'timestamp → timestamptz without a known session time zone converts every value',
      history: TZ_HISTORY,
      sql: 'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /TYPE timestamp → timestamptz rewrites invoices and rebuilds its indexes under an AccessExclusiveLock unless the session's TimeZone is UTC \(PostgreSQL 12 and later then keep invoices and rebuild only the indexes on issued_at\): .*Run SET timezone = 'UTC' before the ALTER/,
        },
      ],
    },
    {
      name: 'timestamp ↔ timestamptz in a transaction: the message says the UTC condition and SET LOCAL (PostgreSQL 15: same filenode under UTC)',
      history: TZ_HISTORY,
      sql: [
        'BEGIN;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamp;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /timestamp → timestamptz rewrites invoices .* unless the session's TimeZone is UTC .*Run SET LOCAL timezone = 'UTC' before the ALTER to be sure of it \(Sluice then knows\)$/,
        },
        {
          line: 3,
          column: 1,
          message:
            /timestamptz → timestamp rewrites invoices .* unless the session's TimeZone is UTC .* indexes on paid_at\).*SET LOCAL timezone = 'UTC'/,
        },
      ],
    },
    {
      name: 'no UTC condition on PostgreSQL 11 (it rewrites under UTC too)',
      history: TZ_HISTORY,
      pgVersion: 11,
      sql: 'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
      errors: [{ line: 1, column: 1, message: /^(?!.*TimeZone).*rewrites invoices and rebuilds its indexes/ }],
    },
    {
      name: 'no UTC condition for a precision other than 6, an array or a real USING (they rewrite under UTC too)',
      history: TZ_HISTORY,
      sql: [
        'ALTER TABLE invoices ALTER COLUMN due_at TYPE timestamptz(3);',
        'ALTER TABLE invoices ALTER COLUMN seen_at TYPE timestamptz[];',
        "ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz USING issued_at AT TIME ZONE 'UTC';",
      ].join('\n'),
      errors: [
        { line: 1, column: 1, message: /^(?!.*TimeZone).*timestamp\(3\) → timestamptz\(3\) rewrites/ },
        { line: 2, column: 1, message: /^(?!.*TimeZone).*timestamp\[\] → timestamptz\[\] rewrites/ },
        { line: 3, column: 1, message: /^(?!.*TimeZone).*USING \.\.\. rewrites/ },
      ],
    },
    {
      name: 'after RESET, LOCAL, DEFAULT or another zone the session time zone is not known to be UTC',
      history: TZ_HISTORY,
      sql: [
        "SET TIME ZONE 'UTC';",
        'RESET timezone;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        "SET TIME ZONE 'UTC';",
        "SET TIME ZONE 'Europe/Paris';",
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamp;',
        "SET TIME ZONE 'UTC';",
        'SET TIME ZONE LOCAL;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;',
        "SET timezone = 'UTC';",
        'RESET ALL;',
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamptz;',
        "SET TIME ZONE 'Europe/London';",
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
      ].join('\n'),
      errors: [
        { line: 3, column: 1, message: /rewrites invoices/ },
        { line: 6, column: 1, message: /rewrites invoices/ },
        { line: 9, column: 1, message: /rewrites invoices/ },
        { line: 12, column: 1, message: /rewrites invoices/ },
        { line: 14, column: 1, message: /rewrites invoices/ },
      ],
    },
    {
      name: 'SET LOCAL ends at COMMIT, does nothing outside a transaction, and ROLLBACK undoes a SET',
      history: TZ_HISTORY,
      sql: [
        'BEGIN;',
        "SET LOCAL TIME ZONE 'UTC';",
        'COMMIT;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
        "SET LOCAL TIME ZONE 'UTC';",
        'ALTER TABLE invoices ALTER COLUMN paid_at TYPE timestamp;',
        'BEGIN;',
        "SET TIME ZONE 'UTC';",
        'ROLLBACK;',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamp;',
      ].join('\n'),
      errors: [
        { line: 4, column: 1, message: /rewrites invoices/ },
        { line: 6, column: 1, message: /rewrites invoices/ },
        { line: 10, column: 1, message: /rewrites invoices/ },
      ],
    },
    {
      name: 'PostgreSQL 11 rewrites timestamp → timestamptz under UTC too',
      history: TZ_HISTORY,
      pgVersion: 11,
      sql: "SET TIME ZONE 'UTC';\nALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;",
      errors: [{ line: 2, column: 1, message: /rewrites invoices/ }],
    },
    {
      name: 'under UTC: a precision other than 6, an array, and AT TIME ZONE still rewrite',
      history: TZ_HISTORY,
      sql: [
        "SET TIME ZONE 'UTC';",
        'ALTER TABLE invoices ALTER COLUMN due_at TYPE timestamptz(3);',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz(5);',
        'ALTER TABLE invoices ALTER COLUMN seen_at TYPE timestamptz[];',
        "ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz USING issued_at AT TIME ZONE 'UTC';",
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /timestamp\(3\) → timestamptz\(3\) rewrites/ },
        { line: 3, column: 1, message: /timestamp → timestamptz\(5\) rewrites/ },
        { line: 4, column: 1, message: /timestamp\[\] → timestamptz\[\] rewrites/ },
        { line: 5, column: 1, message: /USING \.\.\. rewrites/ },
      ],
    },
    {
      name: 'under UTC an index on the column is still rebuilt (measured on PostgreSQL 15)',
      history: TZ_HISTORY,
      sql: "SET TIME ZONE 'UTC';\nALTER TABLE invoices ALTER COLUMN sent_at TYPE timestamptz;",
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^ALTER COLUMN sent_at TYPE timestamp → timestamptz keeps its values under the UTC time zone: invoices is not rewritten, but invoices_sent_at_idx is rebuilt under an AccessExclusiveLock/,
        },
      ],
    },
    {
      name: 'a time zone set in an earlier migration, or in the up section, is not the session this one runs in',
      history: `SET TIME ZONE 'UTC';\n${TZ_HISTORY}`,
      tool: 'goose',
      sql: [
        '-- +goose Up',
        "SET TIME ZONE 'UTC';",
        'ALTER TABLE invoices ADD COLUMN note text;',
        '-- +goose Down',
        'ALTER TABLE invoices ALTER COLUMN issued_at TYPE timestamptz;',
      ].join('\n'),
      errors: [{ line: 5, column: 1, message: /rewrites invoices/ }],
    },
  ],
});
