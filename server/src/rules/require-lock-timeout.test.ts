import { ruleTests } from '../../../test/unit/ruleTester';
import { requireLockTimeout } from './require-lock-timeout';

/** A partitioned table with a foreign key to accounts, which order_items' foreign key references. */
const ORDERS_PARTITIONED = [
  'CREATE TABLE accounts (id bigint PRIMARY KEY);',
  'CREATE TABLE orders (id bigint NOT NULL, account_id bigint NOT NULL REFERENCES accounts (id), placed_at date NOT NULL, PRIMARY KEY (id, placed_at)) PARTITION BY RANGE (placed_at);',
  "CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
  'CREATE TABLE order_items (order_id bigint NOT NULL, placed_at date NOT NULL, FOREIGN KEY (order_id, placed_at) REFERENCES orders (id, placed_at));',
].join('\n');

ruleTests(requireLockTimeout, {
  valid: [
    {
      name: 'ALTER DOMAIN ... NOT VALID, SET DEFAULT, or of a domain no table uses: no table lock',
      history:
        'CREATE DOMAIN positive_cents AS bigint CHECK (VALUE >= 0);\nCREATE DOMAIN unused AS text;\nCREATE TABLE orders (id bigint PRIMARY KEY, total positive_cents NOT NULL);',
      sql: 'ALTER DOMAIN positive_cents ADD CONSTRAINT positive_cents_max CHECK (VALUE < 100000000) NOT VALID;\nALTER DOMAIN positive_cents SET DEFAULT 0;\nALTER DOMAIN unused SET NOT NULL;',
    },
    {
      name: 'a SET made before the savepoint stays after ROLLBACK TO, and RELEASE keeps one made after it',
      sql: [
        'BEGIN;',
        "SET LOCAL lock_timeout = '2s';",
        'SAVEPOINT a;',
        "SET LOCAL statement_timeout = '5s';",
        'ROLLBACK TO SAVEPOINT a;',
        'ALTER TABLE orders ADD COLUMN priority smallint;',
        'COMMIT;',
        'BEGIN;',
        'SAVEPOINT b;',
        "SET LOCAL lock_timeout = '2s';",
        'RELEASE SAVEPOINT b;',
        'ALTER TABLE orders ADD COLUMN rank smallint;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'DROP INDEX IF EXISTS of a name neither public (known to the history) nor an earlier migration has: a no-op',
      history: [
        'CREATE SCHEMA app;',
        'CREATE TABLE app.event_execution (id serial PRIMARY KEY, name text);',
        'CREATE UNIQUE INDEX unique_event_execution ON app.event_execution (name);',
        'CREATE TABLE ev (id int PRIMARY KEY, a text);',
        'CREATE INDEX ev_a ON ev (a);',
        'DROP INDEX ev_a;',
      ].join('\n'),
      sql: 'DROP INDEX IF EXISTS ev_a;\nDROP INDEX IF EXISTS unique_event_execution;',
    },
    {
      name: 'a partition of a partitioned table this migration created, whose foreign keys are all to new tables',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY);',
      sql: [
        'CREATE TABLE tenants (id bigint PRIMARY KEY);',
        'CREATE TABLE events (id bigint, tenant_id bigint REFERENCES tenants (id), at date) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        'ALTER TABLE events DETACH PARTITION events_2024;',
      ].join('\n'),
    },
    {
      name: 'TRUNCATE ... CASCADE of a new table that only new tables reference',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE plans (id bigint PRIMARY KEY);\nCREATE TABLE plan_prices (plan_id bigint REFERENCES plans (id));\nTRUNCATE plans CASCADE;',
    },
    {
      name: 'DROP TYPE ... CASCADE of a type no table uses: it locks no table',
      history: "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE orders (id bigint PRIMARY KEY, status text);",
      sql: 'DROP TYPE mood CASCADE;',
    },
    {
      name: 'DROP TYPE IF EXISTS ... CASCADE of a public type that is not there: a billing type of that name stays',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE TYPE billing.addr AS (street text, city text);',
        'CREATE TABLE billing.customers (id int PRIMARY KEY, address billing.addr);',
      ].join('\n'),
      sql: 'DROP TYPE IF EXISTS addr CASCADE;',
    },
    {
      name: "DROP EXTENSION ... CASCADE: a default calling gen_random_uuid() calls PostgreSQL's own, not pgcrypto's",
      history: 'CREATE EXTENSION pgcrypto;\nCREATE TABLE g (id uuid PRIMARY KEY DEFAULT gen_random_uuid());',
      sql: 'DROP EXTENSION pgcrypto CASCADE;',
    },
    {
      name: 'DROP FUNCTION ... CASCADE of a trigger function whose trigger is gone already',
      history: [
        'CREATE TABLE tr (id int PRIMARY KEY, updated_at timestamptz);',
        'CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;',
        'CREATE TRIGGER tr_upd BEFORE UPDATE ON tr FOR EACH ROW EXECUTE FUNCTION set_updated_at();',
        'DROP TRIGGER tr_upd ON tr;',
      ].join('\n'),
      sql: 'DROP FUNCTION set_updated_at CASCADE;',
    },
    {
      name: 'DROP FUNCTION f(args) CASCADE: a trigger function takes no arguments, so its trigger stays',
      history: [
        'CREATE TABLE tr (id int PRIMARY KEY, updated_at timestamptz);',
        'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
        'CREATE FUNCTION touch(ts timestamptz) RETURNS timestamptz LANGUAGE sql AS $$ SELECT ts $$;',
        'CREATE TRIGGER tr_upd BEFORE UPDATE ON tr FOR EACH ROW EXECUTE FUNCTION touch();',
      ].join('\n'),
      sql: 'DROP FUNCTION touch(timestamptz) CASCADE;',
    },
    {
      name: 'DROP SCHEMA ... CASCADE of a schema this migration created: nothing in it is in use',
      sql: 'CREATE SCHEMA audit;\nCREATE TABLE audit.log (id bigint);\nDROP SCHEMA audit CASCADE;',
    },
    {
      name: 'a foreign key between two tables this migration created: dropping them locks nothing in use',
      sql: [
        'CREATE TABLE carts (id bigint PRIMARY KEY);',
        'CREATE TABLE cart_items (id bigint PRIMARY KEY, cart_id bigint REFERENCES carts (id));',
        'DROP TABLE cart_items;',
        'ALTER TABLE carts DROP CONSTRAINT carts_pkey CASCADE;',
      ].join('\n'),
    },
    {
      name: 'CREATE INDEX on a materialized view the history made: its ShareLock blocks only REFRESH',
      history:
        'CREATE TABLE orders (user_id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT user_id, sum(total) AS total FROM orders GROUP BY 1;',
      sql: 'CREATE UNIQUE INDEX order_totals_user_id_key ON order_totals (user_id);',
      rules: { 'require-concurrent-index': 'off' },
    },
    {
      name: 'a new table whose foreign key references itself (a tree): nobody else can see it yet',
      sql: [
        'CREATE TABLE categories (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, parent_id bigint REFERENCES categories (id));',
        'CREATE TABLE comments (id bigint PRIMARY KEY, reply_to bigint, FOREIGN KEY (reply_to) REFERENCES public.comments (id));',
      ].join('\n'),
    },
    {
      name: 'CREATE OR REPLACE VIEW of a view the history does not show: it may be new',
      sql: 'CREATE OR REPLACE VIEW order_totals AS SELECT 1 AS one;',
    },
    {
      name: 'a materialized view still WITH NO DATA cannot be read: its first refresh makes nobody wait',
      history:
        'CREATE TABLE orders (id bigint);\nCREATE MATERIALIZED VIEW order_ids AS SELECT id FROM orders WITH NO DATA;',
      sql: 'REFRESH MATERIALIZED VIEW order_ids;',
    },
    {
      name: 'ROLLBACK goes back to the timeout in force at BEGIN',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nSET lock_timeout = 0;\nROLLBACK;\nALTER TABLE orders ADD COLUMN note text;",
    },
    "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
    "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
    "SELECT set_config('lock_timeout', '3s', false);\nALTER TABLE orders ADD COLUMN note text;",
    'SET lock_timeout = 2000;\nALTER TABLE orders ADD COLUMN note text;',
    {
      name: 'SET LOCAL in the transaction ROLLBACK AND CHAIN opens; a composite type created in the migration',
      sql: [
        "BEGIN;\nSELECT 1;\nROLLBACK AND CHAIN;\nSET LOCAL lock_timeout = '3s';\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;",
        'CREATE TYPE address AS (street text, zip text);\nALTER TYPE address RENAME ATTRIBUTE zip TO postal_code;',
      ].join('\n'),
    },
    {
      name: 'sequences and foreign tables created earlier in the migration (pg_dump output)',
      sql: [
        'CREATE SEQUENCE public.invoice_number_seq START WITH 1 INCREMENT BY 1;',
        'ALTER TABLE public.invoice_number_seq OWNER TO app;',
        'CREATE FOREIGN TABLE public.legacy_invoices (id int) SERVER legacy;',
        'ALTER TABLE public.legacy_invoices OWNER TO app;',
      ].join('\n'),
    },
    {
      name: 'ALTER SEQUENCE of a sequence created in the migration; OWNED BY only reads the table',
      sql: 'CREATE SEQUENCE order_numbers;\nALTER SEQUENCE order_numbers RESTART WITH 1000 OWNED BY orders.number;',
    },
    {
      name: 'the sequence of a serial or identity column created in the migration (Django RenameModel)',
      sql: [
        'CREATE TABLE billing_invoice (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, n serial);',
        'ALTER SEQUENCE IF EXISTS "billing_invoice_id_seq" RENAME TO "billing_bill_id_seq";',
        'ALTER SEQUENCE billing_invoice_n_seq OWNER TO app;',
      ].join('\n'),
    },
    {
      name: 'CONCURRENTLY and VALIDATE take ShareUpdateExclusiveLock: reads and writes go on',
      sql: 'CREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_check;',
    },
    'UPDATE orders SET status = lower(status) WHERE id < 1000;',
    {
      name: 'REFRESH ... CONCURRENTLY: ExclusiveLock on a materialized view blocks no reads',
      sql: 'REFRESH MATERIALIZED VIEW CONCURRENTLY daily_revenue;',
    },
    {
      name: 'objects created in this migration',
      sql: 'CREATE TABLE refunds (id bigint);\nALTER TABLE refunds ADD COLUMN reason text;\nCREATE INDEX refunds_reason_idx ON refunds (reason);',
    },
    {
      name: 'SET LOCAL inside the transaction goose opens lasts the whole section',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      tool: 'goose',
    },
    {
      name: 'a down script dropping what its up script created',
      sql: 'DROP TABLE refunds;',
      direction: 'down',
      createdByUp: ['public.refunds'],
    },
    {
      name: 'goose down section undoing its own up section',
      sql: "-- +goose Up\nSET lock_timeout = '1s';\nCREATE TABLE refunds (id bigint);\n-- +goose Down\nDROP TABLE refunds;",
      tool: 'goose',
    },
    {
      name: 'ALTER INDEX ... RENAME takes only a ShareUpdateExclusiveLock on the index (PostgreSQL 12+)',
      sql: 'ALTER INDEX orders_acct_idx RENAME TO orders_account_id_idx;',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);\nCREATE INDEX orders_acct_idx ON orders (account_id);',
    },
  ],
  invalid: [
    {
      name: 'an INSTEAD OF trigger on a view: the view is named as one',
      history:
        'CREATE TABLE users (id bigint PRIMARY KEY, email text);\nCREATE VIEW active_users AS SELECT id, email FROM users;\nCREATE FUNCTION ins_user() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;',
      sql: 'CREATE TRIGGER active_users_ins INSTEAD OF INSERT ON active_users FOR EACH ROW EXECUTE FUNCTION ins_user();',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^ShareRowExclusiveLock on active_users with no lock_timeout set: .* all writes on that view queue/,
        },
      ],
    },
    {
      name: 'ALTER DOMAIN that checks stored values scans each table using the domain under a ShareLock (PostgreSQL 15)',
      history:
        'CREATE DOMAIN positive_cents AS bigint CHECK (VALUE >= 0);\nCREATE TABLE orders (id bigint PRIMARY KEY, total positive_cents NOT NULL);\nCREATE TABLE notes (id bigint);',
      sql: 'ALTER DOMAIN positive_cents ADD CONSTRAINT positive_cents_max CHECK (VALUE < 100000000);',
      errors: [{ line: 1, column: 1, lock: 'ShareLock', message: /^ShareLock on orders with no lock_timeout set/ }],
    },
    {
      name: 'ALTER DOMAIN ... VALIDATE CONSTRAINT and SET NOT NULL scan too',
      history:
        'CREATE DOMAIN positive_cents AS bigint CHECK (VALUE >= 0);\nCREATE TABLE orders (id bigint PRIMARY KEY, total positive_cents NOT NULL);',
      sql: 'ALTER DOMAIN positive_cents VALIDATE CONSTRAINT positive_cents_max;',
      errors: [{ line: 1, column: 1, lock: 'ShareLock' }],
    },
    {
      name: 'ROLLBACK TO SAVEPOINT undoes a SET LOCAL made after the savepoint (PostgreSQL 15: lock_timeout is 0 again)',
      sql: [
        'BEGIN;',
        'SAVEPOINT before_settings;',
        "SET LOCAL lock_timeout = '2s';",
        'ROLLBACK TO SAVEPOINT before_settings;',
        'ALTER TABLE orders ADD COLUMN priority smallint;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'ALTER INDEX locks the index, not its table (PostgreSQL 15), and queries planned on the table wait for it',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY, state text);\nCREATE INDEX orders_state_idx ON orders (state);',
      sql: 'ALTER INDEX orders_state_idx SET TABLESPACE pg_default;',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^AccessExclusiveLock on index orders_state_idx of orders with no lock_timeout set: .* all reads and writes on that table queue behind it$/,
        },
      ],
    },
    {
      name: 'after SET search_path, an unqualified name is looked for on that path only',
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.event_execution (id serial PRIMARY KEY, name text);',
        'CREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name);',
      ].join('\n'),
      sql: 'SET search_path TO app;\nDROP INDEX unique_event_execution;',
      errors: [
        { line: 2, column: 1, message: /^AccessExclusiveLock on the table of index unique_event_execution with/ },
      ],
    },
    {
      name: "an unqualified index name is public's: the history's index of that name in another schema is not it",
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.event_execution (id serial PRIMARY KEY, name text, message_id text, execution_id text);',
        'CREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name, message_id);',
      ].join('\n'),
      sql: 'DROP INDEX IF EXISTS unique_event_execution;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^AccessExclusiveLock on the table of index unique_event_execution with no lock_timeout set/,
        },
      ],
    },
    {
      name: 'the same name in two other schemas: which one is not known',
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.event_execution (id serial PRIMARY KEY, name text);',
        'CREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name);',
        'CREATE SCHEMA archive;',
        'CREATE TABLE archive.event_execution (id int, name text);',
        'CREATE UNIQUE INDEX unique_event_execution ON archive.event_execution (name);',
      ].join('\n'),
      sql: 'DROP INDEX unique_event_execution;',
      errors: [
        { line: 1, column: 1, message: /^AccessExclusiveLock on the table of index unique_event_execution with/ },
      ],
    },
    {
      name: 'DETACH PARTITION also locks the tables of the partitioned table’s foreign keys (PostgreSQL 15)',
      history: ORDERS_PARTITIONED,
      sql: 'ALTER TABLE orders DETACH PARTITION orders_2024;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^AccessExclusiveLock on orders, on orders_2024 and on order_items and ShareRowExclusiveLock on accounts with no lock_timeout set/,
        },
      ],
    },
    {
      name: 'DETACH PARTITION ... CONCURRENTLY still drops the referencing side under an AccessExclusiveLock',
      tool: 'goose',
      history: ORDERS_PARTITIONED,
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE orders DETACH PARTITION orders_2024 CONCURRENTLY;\n-- +goose Down\nSELECT 1;',
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ShareRowExclusiveLock on accounts and AccessExclusiveLock on order_items with no lock_timeout set: .* all writes on accounts and all reads and writes on order_items queue behind it$/,
        },
      ],
    },
    {
      name: 'CREATE TABLE ... PARTITION OF locks the tables of the parent’s foreign keys, a level up too',
      history: [
        ORDERS_PARTITIONED,
        "CREATE TABLE orders_2030s PARTITION OF orders FOR VALUES FROM ('2030-01-01') TO ('2040-01-01') PARTITION BY RANGE (placed_at);",
      ].join('\n'),
      sql: "CREATE TABLE orders_2030 PARTITION OF orders_2030s FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');",
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^AccessExclusiveLock on orders_2030s and ShareRowExclusiveLock on accounts and on order_items with no lock_timeout set/,
        },
      ],
    },
    {
      name: 'ATTACH PARTITION of a new table locks the tables of the parent’s foreign keys',
      history: ORDERS_PARTITIONED,
      sql: "CREATE TABLE orders_2025 (id bigint NOT NULL, account_id bigint NOT NULL, placed_at date NOT NULL);\nALTER TABLE orders ATTACH PARTITION orders_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'ShareRowExclusiveLock',
          message:
            /^ShareRowExclusiveLock on accounts and on order_items with no lock_timeout set: .* all writes on those tables queue behind it$/,
        },
      ],
    },
    {
      name: 'TRUNCATE ... CASCADE of a new table locks the tables in use it empties',
      history:
        'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE sessions (user_id bigint REFERENCES users (id));',
      sql: [
        "SET lock_timeout = '2s';",
        'CREATE TABLE plans (id bigint PRIMARY KEY);',
        'ALTER TABLE users ADD COLUMN plan_id bigint REFERENCES plans (id);',
        'RESET lock_timeout;',
        'TRUNCATE plans CASCADE;',
      ].join('\n'),
      errors: [
        {
          line: 5,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^AccessExclusiveLock on users and on sessions with no lock_timeout set/,
        },
      ],
    },
    {
      name: 'DROP TABLE of a table with a foreign key locks the referenced table too (PostgreSQL 15)',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'DROP TABLE payments;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^AccessExclusiveLock on payments and on orders with no lock_timeout set: .* all reads and writes on those tables queue behind it$/,
        },
      ],
    },
    {
      name: 'DROP CONSTRAINT of a foreign key locks the referenced table too',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on payments and on orders with / }],
    },
    {
      name: 'DROP COLUMN of a foreign key’s column drops the foreign key: the referenced table is locked too',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'ALTER TABLE payments DROP COLUMN order_id;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on payments and on orders with / }],
    },
    {
      name: 'DROP TYPE ... CASCADE drops the columns of that type: it locks their tables',
      history: "CREATE TYPE mood AS ENUM ('a', 'b');\nCREATE TABLE orders (id bigint PRIMARY KEY, m mood);",
      sql: 'DROP TYPE mood CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on orders with / }],
    },
    {
      name: 'DROP DOMAIN ... CASCADE drops the columns of that domain',
      history:
        'CREATE DOMAIN posint AS int CHECK (VALUE > 0);\nCREATE TABLE orders (id bigint PRIMARY KEY, qty posint);',
      sql: 'DROP DOMAIN posint CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on orders with / }],
    },
    {
      name: 'DROP SEQUENCE ... CASCADE drops the defaults calling nextval() on it',
      history:
        "CREATE SEQUENCE order_seq;\nCREATE TABLE orders (id bigint PRIMARY KEY, n bigint DEFAULT nextval('order_seq'));",
      sql: 'DROP SEQUENCE order_seq CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on orders with / }],
    },
    {
      name: 'DROP FUNCTION ... CASCADE drops the CHECK constraints calling it',
      history: [
        'CREATE FUNCTION f_ok(int) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT $1 > 0 $$;',
        'CREATE TABLE orders (id bigint PRIMARY KEY, q int, CONSTRAINT orders_q_check CHECK (f_ok(q)));',
      ].join('\n'),
      sql: 'DROP FUNCTION f_ok CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on orders with / }],
    },
    {
      name: 'DROP EXTENSION ... CASCADE drops the defaults calling its functions (PostgreSQL 15 locks their tables)',
      history: [
        'CREATE EXTENSION IF NOT EXISTS "uuid-ossp";',
        'CREATE TABLE users (id uuid DEFAULT uuid_generate_v4() PRIMARY KEY, email text);',
      ].join('\n'),
      sql: 'DROP EXTENSION IF EXISTS "uuid-ossp" CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on users with / }],
    },
    {
      name: 'DROP EXTENSION ... CASCADE drops the columns of domains over its types',
      history: [
        'CREATE EXTENSION IF NOT EXISTS citext;',
        'CREATE DOMAIN ci_email AS citext;',
        'CREATE TABLE users (id bigint PRIMARY KEY, mail ci_email);',
      ].join('\n'),
      sql: 'DROP EXTENSION citext CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on users with / }],
    },
    {
      name: 'DROP FUNCTION f(args) CASCADE where the history made only one f',
      history: [
        "CREATE FUNCTION norm(t text) RETURNS text IMMUTABLE LANGUAGE sql AS 'select lower(t)';",
        'CREATE TABLE em (id int PRIMARY KEY, e text);',
        'CREATE INDEX em_norm ON em (norm(e));',
      ].join('\n'),
      sql: 'DROP FUNCTION norm(text) CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on em with / }],
    },
    {
      name: 'DROP FUNCTION ... CASCADE of a trigger function drops its triggers, under a lock on their tables',
      history: [
        'CREATE TABLE tr (id int PRIMARY KEY, updated_at timestamptz);',
        'CREATE TABLE tr2 (id int PRIMARY KEY, updated_at timestamptz);',
        'CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;',
        'CREATE TRIGGER tr_upd BEFORE UPDATE ON tr FOR EACH ROW EXECUTE FUNCTION set_updated_at();',
        'CREATE TRIGGER tr2_upd BEFORE UPDATE ON tr2 FOR EACH ROW EXECUTE PROCEDURE public.set_updated_at();',
      ].join('\n'),
      sql: 'DROP FUNCTION IF EXISTS set_updated_at CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on tr and on tr2 with / }],
    },
    {
      name: 'DROP FUNCTION f() CASCADE of a trigger function: its trigger followed through renames',
      history: [
        'CREATE TABLE tr (id int PRIMARY KEY, updated_at timestamptz);',
        'CREATE FUNCTION set_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$;',
        'CREATE TRIGGER tr_upd BEFORE UPDATE ON tr FOR EACH ROW EXECUTE FUNCTION set_updated_at();',
        'ALTER TRIGGER tr_upd ON tr RENAME TO tr_touch;',
        'ALTER TABLE tr RENAME TO tracks;',
      ].join('\n'),
      sql: 'DROP FUNCTION set_updated_at() CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on tracks with / }],
    },
    {
      name: 'DROP SCHEMA ... CASCADE locks every table in it',
      history: 'CREATE SCHEMA audit;\nCREATE TABLE audit.log (id bigint PRIMARY KEY, msg text);',
      sql: 'DROP SCHEMA audit CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on audit\.log with / }],
    },
    {
      name: 'DROP TABLE ... CASCADE locks the tables whose foreign keys it drops',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'DROP TABLE orders CASCADE;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on orders and on payments with / }],
    },
    {
      name: 'ADD FOREIGN KEY ... NOT VALID: a ShareRowExclusiveLock on both tables',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint);',
      sql: 'ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'ShareRowExclusiveLock',
          message:
            /^ShareRowExclusiveLock on payments and on orders with .* all writes on those tables queue behind it$/,
        },
      ],
    },
    {
      name: 'locks of different modes are named each with what queues behind it',
      history: 'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE payments (id bigint PRIMARY KEY);',
      sql: 'ALTER TABLE payments ADD COLUMN customer_id bigint REFERENCES customers (id);',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^AccessExclusiveLock on payments and ShareRowExclusiveLock on customers with .* all reads and writes on payments and all writes on customers queue behind it$/,
        },
      ],
    },
    {
      name: 'a renamed referenced table is named by its new name',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
        'ALTER TABLE orders RENAME TO orders_old;',
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
      ].join('\n'),
      sql: 'DROP TABLE payments;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on payments and on orders_old with / }],
    },
    {
      name: 'the down section drops what its up section created, but the table it references is locked',
      tool: 'goose',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nCREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));\n-- +goose Down\nDROP TABLE refunds;",
      errors: [{ line: 5, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on orders with / }],
    },
    {
      name: 'dropping a partition locks its parent and the DEFAULT partition: the whole table’s reads and writes queue',
      history: [
        'CREATE TABLE metrics (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE metrics_2024_01 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');",
        'CREATE TABLE metrics_default PARTITION OF metrics DEFAULT;',
      ].join('\n'),
      sql: 'DROP TABLE metrics_2024_01;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^AccessExclusiveLock on metrics_2024_01, on metrics and on metrics_default with /,
        },
      ],
    },
    {
      name: 'a partition’s foreign keys are its parent’s: dropping it does not lock the referenced table',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE ev (id bigint, at date, order_id bigint REFERENCES orders (id)) PARTITION BY RANGE (at);',
        "CREATE TABLE ev_1 PARTITION OF ev FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');",
      ].join('\n'),
      sql: 'DROP TABLE ev_1;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on ev_1 and on ev with / }],
    },
    {
      name: 'a table replay lost track of (an opaque DO block) may have lost its foreign key: only its own lock',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, status text);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',

        "DO $$ BEGIN EXECUTE 'ALTER TABLE payments DROP CONSTRAINT payments_order_id_fkey'; END $$;",
      ].join('\n'),
      sql: 'DROP TABLE payments;',
      errors: [{ line: 1, column: 1, message: /^AccessExclusiveLock on payments with / }],
    },
    {
      name: 'SET (user_catalog_table) takes an AccessExclusiveLock',
      history: 'CREATE TABLE users (id bigint);',
      sql: 'ALTER TABLE users SET (user_catalog_table = true);',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'CREATE SEQUENCE IF NOT EXISTS may find the sequence there already: the ALTER after it is on an existing one',
      history: 'CREATE TABLE invoices (id bigserial PRIMARY KEY);',
      sql: 'CREATE SEQUENCE IF NOT EXISTS invoices_id_seq;\nALTER SEQUENCE invoices_id_seq RESTART WITH 100000;',
      errors: [{ line: 2, column: 1, lock: 'ShareRowExclusiveLock' }],
    },
    {
      name: 'ALTER SEQUENCE ... RESTART takes a ShareRowExclusiveLock: nextval() and the INSERTs using it wait',
      history: 'CREATE TABLE invoices (id bigserial PRIMARY KEY);',
      sql: 'ALTER SEQUENCE invoices_id_seq RESTART WITH 100000;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'ShareRowExclusiveLock',
          message: /^ShareRowExclusiveLock on invoices_id_seq .* all writes on that sequence queue behind it$/,
        },
      ],
    },
    {
      name: 'ATTACH PARTITION of a new table also takes an AccessExclusiveLock on the DEFAULT partition',
      history: [
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
        'CREATE TABLE events_default PARTITION OF events DEFAULT;',
      ].join('\n'),
      sql: "CREATE TABLE events_2027 (id bigint, at date);\nALTER TABLE events ATTACH PARTITION events_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
      errors: [{ line: 2, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on events_default / }],
    },
    {
      name: 'a renamed sequence is named as one',
      history: 'CREATE SEQUENCE invoice_no;',
      sql: 'ALTER SEQUENCE invoice_no RENAME TO invoice_number;',
      errors: [{ line: 1, column: 1, message: /on that sequence queue behind it$/ }],
    },
    {
      name: 'DETACH PARTITION ... FINALIZE locks the partition, not the parent, with an AccessExclusiveLock',
      history:
        "CREATE TABLE parent (id int, at date) PARTITION BY RANGE (at);\nCREATE TABLE parent_2023 PARTITION OF parent FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
      sql: 'ALTER TABLE parent DETACH PARTITION parent_2023 FINALIZE;',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on parent_2023 / }],
    },
    {
      name: 'ALTER TYPE ... ADD ATTRIBUTE locks a composite type: casts to it wait',
      history: 'CREATE TYPE address AS (street text);',
      sql: 'ALTER TYPE address ADD ATTRIBUTE zip text;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on address .* on that type queue behind it$/ }],
    },
    {
      name: 'CREATE OR REPLACE VIEW of a view the history made locks it',
      history: 'CREATE TABLE orders (id bigint, total int);\nCREATE VIEW order_totals AS SELECT id, total FROM orders;',
      sql: 'CREATE OR REPLACE VIEW order_totals AS SELECT id, total, total * 2 AS doubled FROM orders;',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /on order_totals .* on that view queue/ }],
    },
    {
      name: 'a view’s options take an AccessExclusiveLock on it (Supabase security_invoker)',
      history: 'CREATE TABLE orders (id bigint);\nCREATE VIEW public.open_orders AS SELECT id FROM orders;',
      sql: 'ALTER VIEW public.open_orders SET (security_invoker = true);',
      errors: [
        { line: 1, column: 1, lock: 'AccessExclusiveLock', message: /on public\.open_orders .* on that view queue/ },
      ],
    },
    {
      name: 'dropping a partition locks its parent too, even one the up section created',
      tool: 'goose',
      history: 'CREATE TABLE ev (id bigint, at date) PARTITION BY RANGE (at);',
      sql: "-- +goose Up\nCREATE TABLE ev_2027 PARTITION OF ev FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');\n-- +goose Down\nDROP TABLE ev_2027;",
      errors: [
        { line: 2, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on ev / },
        { line: 4, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on ev / },
      ],
    },
    {
      name: 'RESET ALL and DISCARD ALL undo the timeout',
      sql: "SET lock_timeout = '2s';\nRESET ALL;\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 3, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      sql: "SET lock_timeout = '2s';\nDISCARD ALL;\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 3, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'ROLLBACK undoes a SET made in its transaction, and only that',
      sql: "BEGIN;\nSET lock_timeout = '2s';\nROLLBACK;\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 4, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'the index an earlier migration built is named by its table',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY, code text);\nCREATE INDEX orders_code_idx ON orders (code);',
      sql: 'DROP INDEX orders_code_idx;',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /^AccessExclusiveLock on orders with/ }],
    },
    {
      name: 'ALTER TABLE ... SET SCHEMA takes an AccessExclusiveLock',
      sql: 'ALTER TABLE orders SET SCHEMA archive;',
      history: 'CREATE SCHEMA archive;\nCREATE TABLE orders (id bigint PRIMARY KEY);',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN note text;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /AccessExclusiveLock on orders with no lock_timeout.*reads and writes/,
        },
      ],
    },
    {
      name: 'only the first such statement is reported',
      sql: 'CREATE INDEX orders_at_idx ON orders (created_at);\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 1, column: 1, lock: 'ShareLock', message: /all writes on that table/ }],
    },
    {
      name: 'set too late',
      sql: "ALTER TABLE orders ADD COLUMN note text;\nSET lock_timeout = '2s';",
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'lock_timeout = 0 means wait forever',
      sql: 'SET lock_timeout = 0;\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'RESET turns it off again',
      sql: "SET lock_timeout = '2s';\nRESET lock_timeout;\nTRUNCATE orders;",
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'DROP INDEX locks the index’s table',
      sql: 'DROP INDEX orders_at_idx;',
      errors: [{ line: 1, column: 1, message: /the table of index orders_at_idx/ }],
    },
    {
      name: 'each goose section runs on its own',
      sql: "-- +goose Up\nSET lock_timeout = '1s';\nALTER TABLE orders ADD COLUMN note text;\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;",
      tool: 'goose',
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'a new partition locks its parent',
      sql: "CREATE TABLE events_2026_07 PARTITION OF events FOR VALUES FROM ('2026-07-01') TO ('2026-08-01');",
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /on events with no lock_timeout/ }],
    },
    {
      name: "set_config('lock_timeout', ..., true) outside a transaction sets nothing either",
      sql: "SELECT set_config('lock_timeout', '2s', true);\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'SET LOCAL outside a transaction sets nothing',
      sql: "SET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'SET LOCAL ends with its transaction',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\nALTER TABLE orders ADD COLUMN note text;",
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'dropping an index created earlier locks its (existing) table',
      sql: 'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\nDROP INDEX orders_status_idx;',
      errors: [{ line: 2, column: 1, message: /AccessExclusiveLock on the table of index orders_status_idx/ }],
    },
    {
      name: 'a new table’s foreign key locks the referenced table',
      sql: 'CREATE TABLE refunds (id bigint, order_id bigint REFERENCES orders (id));',
      errors: [{ line: 1, column: 1, lock: 'ShareRowExclusiveLock', message: /on orders/ }],
    },
    {
      name: 'a down script touching a table its up did not create',
      sql: 'ALTER TABLE orders DROP COLUMN note;',
      direction: 'down',
      createdByUp: ['public.refunds'],
      errors: [{ line: 1, column: 1 }],
    },
  ],
});
