import { ruleTests } from '../../../test/unit/ruleTester';
import { lockHeldDuringSlowOperation } from './lock-held-during-slow-operation';

const ADD_COLUMN = 'ALTER TABLE orders ADD COLUMN note text;';

ruleTests(lockHeldDuringSlowOperation, {
  valid: [
    {
      name: 'one row by every column of a composite primary key is not slow',
      history:
        'CREATE TABLE memberships (org_id bigint NOT NULL, user_id bigint NOT NULL, role text, PRIMARY KEY (org_id, user_id));',
      sql: "BEGIN;\nALTER TABLE memberships ADD COLUMN note text;\nUPDATE memberships SET note = 'a' WHERE org_id = 1 AND user_id = 2;\nCOMMIT;",
    },
    {
      name: 'DROP INDEX IF EXISTS of an index an earlier migration dropped takes no lock (Flyway)',
      tool: 'flyway',
      history:
        'CREATE TABLE ev (id int PRIMARY KEY, a text, b text);\nCREATE UNIQUE INDEX ev_ab ON ev (a, b);\nDROP INDEX ev_ab;',
      sql: "SET lock_timeout = '2s';\nDROP INDEX IF EXISTS ev_ab;\nUPDATE ev SET b = a WHERE id < 100;",
    },
    {
      name: "Alembic's version row, in a release script whose history does not create alembic_version",
      history: 'CREATE TABLE account (id bigint PRIMARY KEY);',
      sql: "BEGIN;\nALTER TABLE account ADD COLUMN status varchar(20);\nUPDATE alembic_version SET version_num='b2' WHERE alembic_version.version_num = 'a1';\nCOMMIT;",
    },
    {
      name: "Supabase's storage.buckets row by its id, after DROP POLICY (the platform makes the table, keyed by id)",
      tool: 'supabase',
      history:
        'CREATE TABLE brand_settings (tenant_id uuid PRIMARY KEY);\nALTER TABLE brand_settings ENABLE ROW LEVEL SECURITY;',
      sql: [
        "SET lock_timeout = '2s';",
        'DROP POLICY IF EXISTS brand_select ON public.brand_settings;',
        "UPDATE storage.buckets SET public = false WHERE id = 'wa-attachments';",
        "DELETE FROM storage.buckets WHERE id = 'old-bucket';",
      ].join('\n'),
    },
    {
      name: 'SET TABLESPACE to the tablespace the history shows the table in moves nothing',
      tool: 'flyway',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE customers (id bigint) TABLESPACE archive_disk;',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE customers SET TABLESPACE archive_disk;\nCOMMIT;`,
    },
    {
      name: 'SET TABLESPACE of a partitioned table moves no rows (it has no storage)',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE events SET TABLESPACE archive_disk;\nCOMMIT;`,
    },
    {
      name: 'a type change the history shows is a widening rewrites nothing',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, code varchar(20), amount numeric(10,2));',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE orders ALTER COLUMN code TYPE varchar(200), ALTER COLUMN amount TYPE numeric(12,2);\nCOMMIT;`,
    },
    {
      name: 'an UPDATE pinned to one row by its primary key (Alembic’s version table)',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE alembic_version (version_num varchar(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));',
      sql: `BEGIN;\n${ADD_COLUMN}\nUPDATE alembic_version SET version_num = 'b2' WHERE alembic_version.version_num = 'a1';\nCOMMIT;`,
    },
    {
      name: 'one row pinned by a single-column unique index, or by a cast constant on its key',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE countries (id int NOT NULL, iso text NOT NULL, region text);',
        'CREATE UNIQUE INDEX countries_iso_key ON countries (iso);',
      ].join('\n'),
      sql: [
        'BEGIN;',
        ADD_COLUMN,
        "UPDATE countries SET region = 'EU' WHERE iso = 'DE';",
        "UPDATE countries SET region = 'EU' WHERE iso = 'FR'::text;",
        'DELETE FROM orders WHERE id = 42::bigint;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'ONLY a partitioned parent gets its primary key instantly',
      history:
        "CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      sql: 'BEGIN;\nALTER TABLE events_2026 ADD COLUMN note text;\nALTER TABLE ONLY events ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);\nCOMMIT;',
    },
    {
      name: 'no transaction: the lock ends with its statement',
      sql: `${ADD_COLUMN}\nUPDATE orders SET note = '';\nCREATE INDEX orders_note_idx ON orders (note);`,
    },
    {
      name: 'committed before the slow part',
      sql: `BEGIN;\n${ADD_COLUMN}\nCOMMIT;\nBEGIN;\nUPDATE orders SET note = '';\nCOMMIT;`,
    },
    {
      name: 'goose NO TRANSACTION',
      tool: 'goose',
      sql: `-- +goose NO TRANSACTION\n-- +goose Up\n${ADD_COLUMN}\nUPDATE orders SET note = '';\n-- +goose Down\nSELECT 1;`,
    },
    {
      name: 'no AccessExclusiveLock before the slow operation',
      sql: "BEGIN;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nUPDATE orders SET note = '';\nCREATE INDEX orders_note_idx ON orders (note);\nCOMMIT;",
    },
    {
      name: 'the lock is on a table created in this migration',
      sql: "BEGIN;\nCREATE TABLE refunds (id bigint);\nALTER TABLE refunds ADD COLUMN note text;\nUPDATE orders SET note = '';\nCOMMIT;",
    },
    {
      name: 'the operations after the lock are on tables created in this migration (empty, fast)',
      sql: "BEGIN;\nCREATE TABLE refunds (id bigint, note text);\nALTER TABLE orders ADD COLUMN refund_id bigint;\nCREATE INDEX refunds_note_idx ON refunds (note);\nUPDATE refunds SET note = '';\nCOMMIT;",
    },
    {
      name: 'cheap statements after the lock: constant default, NOT VALID constraint, ON ONLY index, WITH NO DATA',
      sql: [
        'BEGIN;',
        ADD_COLUMN,
        'ALTER TABLE accounts ADD COLUMN flags int NOT NULL DEFAULT 0;',
        'ALTER TABLE accounts ADD CONSTRAINT accounts_flags_check CHECK (flags >= 0) NOT VALID;',
        'ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE USING INDEX accounts_email_idx;',
        'CREATE INDEX measurements_at_idx ON ONLY measurements (at);',
        'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;',
        'ALTER TABLE accounts ALTER COLUMN name TYPE varchar(200);',
        "INSERT INTO accounts (name) VALUES ('x');",
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'CREATE ... AS WITH NO DATA, or over only what this migration made or its own WITH query: nothing to read',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, amount int, note text);',
      sql: [
        'BEGIN;',
        ADD_COLUMN,
        'CREATE MATERIALIZED VIEW order_totals AS SELECT sum(amount) AS total FROM orders WITH NO DATA;',
        'CREATE TABLE orders_copy AS SELECT * FROM orders WITH NO DATA;',
        'CREATE TABLE refunds (id bigint, amount int);',
        'CREATE TABLE refund_totals AS WITH refunds AS (SELECT 1 AS amount) SELECT sum(amount) FROM refunds;',
        'CREATE MATERIALIZED VIEW refund_sums AS SELECT sum(amount) FROM refunds;',
        'CREATE TABLE days AS SELECT d FROM generate_series(1, 31) AS d;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'the slow operation takes the same AccessExclusiveLock itself (its own rule reports it)',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE orders ALTER COLUMN amount TYPE bigint;\nALTER TABLE orders ADD COLUMN id2 uuid DEFAULT gen_random_uuid();\nCOMMIT;`,
    },
    {
      name: 'VALIDATE of the locked table is validate-in-same-transaction’s finding',
      sql: 'BEGIN;\nALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nCOMMIT;',
    },
    {
      name: 'a MERGE that only inserts, or one pinned to one row by its key, writes no backfill',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, note text);\nCREATE TABLE incoming (id bigint);',
      sql: [
        'BEGIN;',
        ADD_COLUMN,
        'MERGE INTO accounts a USING incoming i ON a.id = i.id WHEN NOT MATCHED THEN INSERT (id) VALUES (i.id);',
        "MERGE INTO accounts a USING (VALUES (1)) v (id) ON a.id = 42 WHEN MATCHED THEN UPDATE SET note = 'x';",
        'MERGE INTO accounts a USING incoming i ON a.id = i.id WHEN MATCHED THEN DO NOTHING;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'SET ACCESS METHOD heap or DEFAULT (the usual method: no change), of a partitioned table, or before 15',
      history: 'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE accounts SET ACCESS METHOD heap;\nALTER TABLE accounts SET ACCESS METHOD DEFAULT;\nALTER TABLE events SET ACCESS METHOD heap2;\nCOMMIT;`,
      pgVersion: 17,
    },
    {
      name: 'SET ACCESS METHOD before PostgreSQL 15 does not exist',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE accounts SET ACCESS METHOD heap2;\nCOMMIT;`,
      pgVersion: 14,
    },
    {
      name: 'SET EXPRESSION: before 17 it does not exist; on 18 a virtual column (the default) is not stored',
      history:
        'CREATE TABLE accounts (id bigint, a int, total int GENERATED ALWAYS AS (a * 2), plain int, doubled int GENERATED ALWAYS AS (a * 2) VIRTUAL);',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE accounts ALTER COLUMN total SET EXPRESSION AS (a * 3);\nALTER TABLE accounts ALTER COLUMN doubled SET EXPRESSION AS (a * 3);\nALTER TABLE accounts ALTER COLUMN plain SET EXPRESSION AS (a * 3);\nALTER TABLE invoices ALTER COLUMN total SET EXPRESSION AS (a * 3);\nCOMMIT;`,
      pgVersion: 18,
    },
    {
      name: 'SET EXPRESSION before PostgreSQL 17 does not exist',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE accounts ALTER COLUMN total SET EXPRESSION AS (a * 3);\nCOMMIT;`,
      pgVersion: 16,
    },
    {
      name: "a partitioned table's CLUSTER or REINDEX fails in a transaction (concurrently-in-transaction's finding)",
      history:
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: `BEGIN;\n${ADD_COLUMN}\nCLUSTER events USING events_at_idx;\nREINDEX TABLE events;\nREINDEX INDEX events_at_idx;\nCOMMIT;`,
    },
    {
      name: "before 14 a partitioned table's REINDEX TABLE does nothing (a warning)",
      history:
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: `BEGIN;\n${ADD_COLUMN}\nREINDEX TABLE events;\nCOMMIT;`,
      pgVersion: 13,
    },
    {
      name: 'REINDEX of the locked table blocks its reads anyway',
      sql: `BEGIN;\n${ADD_COLUMN}\nREINDEX TABLE orders;\nCOMMIT;`,
    },
    {
      name: 'the lock of a dropped table protects nothing anyone may still use',
      sql: "BEGIN;\nDROP TABLE orders_legacy;\nDROP VIEW orders_v1;\nUPDATE orders SET note = '';\nCOMMIT;",
    },
    {
      name: 'SET NOT NULL proven by a validated CHECK does not scan (PostgreSQL 12+)',
      sql: [
        'ALTER TABLE accounts ADD CONSTRAINT accounts_name_nn CHECK (name IS NOT NULL) NOT VALID;',
        'ALTER TABLE accounts VALIDATE CONSTRAINT accounts_name_nn;',
        'BEGIN;',
        ADD_COLUMN,
        'ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'SET NOT NULL proven by a CHECK an earlier migration validated does not scan either',
      sql: ['BEGIN;', ADD_COLUMN, 'ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;', 'COMMIT;'].join('\n'),
      history:
        'CREATE TABLE accounts (id bigint, name text, CONSTRAINT accounts_name_nn CHECK (name IS NOT NULL AND id > 0));',
    },
    {
      name: 'an index of a table nobody knows may be on the table a statement locks itself (Netflix Conductor V5)',
      tool: 'flyway',
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.queue_message (id serial PRIMARY KEY, queue_name text NOT NULL, message_id text NOT NULL);',
        'CREATE UNIQUE INDEX unique_queue_name_message_id ON conductor.queue_message (queue_name, message_id);',
      ].join('\n'),
      sql: [
        "SET lock_timeout = '2s';",
        'DROP INDEX IF EXISTS unique_queue_name_message_id;',
        'ALTER TABLE queue_message DROP CONSTRAINT IF EXISTS queue_message_pkey;',
        'ALTER TABLE queue_message ADD PRIMARY KEY (queue_name, message_id);',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'CREATE MATERIALIZED VIEW ... AS and CREATE TABLE ... AS run their query over existing tables under the lock',
      history: [
        'CREATE TABLE articles (id int PRIMARY KEY, headline varchar(120));',
        'CREATE TABLE reactions (article_id int, weight int);',
        'CREATE VIEW article_weights AS SELECT article_id, sum(weight) AS w FROM reactions GROUP BY 1;',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'ALTER TABLE articles ALTER COLUMN headline TYPE varchar(240);',
        'CREATE MATERIALIZED VIEW article_scores AS',
        'SELECT a.id, coalesce(sum(r.weight), 0) AS score FROM articles a LEFT JOIN reactions r ON r.article_id = a.id GROUP BY a.id;',
        'CREATE TABLE top_articles AS WITH w AS (SELECT * FROM article_weights) SELECT article_id FROM w WHERE w > 10;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^CREATE MATERIALIZED VIEW article_scores \.\.\. AS runs its query over articles while the AccessExclusiveLock that ALTER TABLE articles ALTER COLUMN headline TYPE took on articles earlier in this transaction is still held: reads and writes of articles wait/,
        },
        {
          line: 5,
          column: 1,
          message: /^CREATE TABLE top_articles \.\.\. AS runs its query over article_weights while/,
        },
      ],
    },
    {
      name: 'CREATE INDEX on a partitioned table made in this migration builds on a partition in use it adopted, locked since the ATTACH',
      tool: 'golang-migrate',
      history:
        "CREATE TABLE metrics (id bigint, sensor_id bigint, recorded_at timestamptz NOT NULL) PARTITION BY RANGE (recorded_at);\nCREATE TABLE metrics_2025 (id bigint, sensor_id bigint, recorded_at timestamptz NOT NULL CHECK (recorded_at >= '2025-01-01' AND recorded_at < '2026-01-01'));",
      sql: [
        "SET lock_timeout = '2s';",
        'CREATE TABLE metrics_v2 (LIKE metrics INCLUDING ALL) PARTITION BY RANGE (recorded_at);',
        "ALTER TABLE metrics_v2 ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        'CREATE INDEX metrics_v2_sensor_idx ON metrics_v2 (sensor_id);',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^CREATE INDEX builds an index on metrics_2025 \(a partition of metrics_v2\) while the AccessExclusiveLock/,
        },
      ],
    },
    {
      name: 'storage.buckets updated by another column than its id: every row may be read',
      tool: 'supabase',
      history: 'CREATE TABLE brand_settings (tenant_id uuid PRIMARY KEY);',
      sql: [
        "SET lock_timeout = '2s';",
        'BEGIN;',
        'ALTER TABLE brand_settings ADD COLUMN logo text;',
        "UPDATE storage.buckets SET public = false WHERE name = 'wa-attachments';",
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'ALTER TABLE IF EXISTS ... RENAME of a table the history made: held under its new name',
      history: 'CREATE TABLE ev (id int PRIMARY KEY, a text);\nCREATE TABLE other (id int PRIMARY KEY, x text);',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nALTER TABLE IF EXISTS ev RENAME TO events;\nUPDATE other SET x = 'y' WHERE id > 0;\nCOMMIT;",
      rules: { 'rename-table': 'off' },
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^UPDATE of other runs while the AccessExclusiveLock that ALTER TABLE ev RENAME TO events took on events/,
        },
      ],
    },
    {
      name: 'DROP INDEX IF EXISTS of an index the history made, then rebuilt in the same transaction (Flyway, Netflix Conductor)',
      tool: 'flyway',
      history: 'CREATE TABLE ev (id int PRIMARY KEY, a text, b text);\nCREATE UNIQUE INDEX ev_ab ON ev (a, b);',
      sql: "SET lock_timeout = '2s';\nDROP INDEX IF EXISTS ev_ab;\nCREATE UNIQUE INDEX ev_ab ON ev (a);",
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^CREATE UNIQUE INDEX builds an index on ev while the AccessExclusiveLock that DROP INDEX took on ev earlier in this transaction/,
        },
      ],
    },
    {
      name: 'DROP INDEX IF EXISTS, then a slow statement on another table',
      history:
        'CREATE TABLE ev (id int PRIMARY KEY, a text);\nCREATE INDEX ev_a ON ev (a);\nCREATE TABLE other (id int PRIMARY KEY, x text);',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nDROP INDEX IF EXISTS ev_a;\n  CREATE INDEX other_x ON other (x);\nCOMMIT;",
      rules: { 'require-concurrent-index': 'off' },
      errors: [
        {
          line: 4,
          column: 3,
          message: /^CREATE INDEX builds an index on other while the AccessExclusiveLock that DROP INDEX took on ev/,
        },
      ],
    },
    {
      name: "an unqualified index name is public's, as a table's is: the history's index of that name in another schema is not it",
      tool: 'flyway',
      history: [
        'CREATE SCHEMA conductor;',
        'CREATE TABLE conductor.event_execution (id serial PRIMARY KEY, name text, message_id text, execution_id text);',
        'CREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name, message_id);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nDROP INDEX IF EXISTS unique_event_execution;\nCREATE UNIQUE INDEX unique_event_execution ON conductor.event_execution (name, execution_id);",
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /while the AccessExclusiveLock that DROP INDEX took on the table of index unique_event_execution earlier in this transaction/,
        },
      ],
    },
    {
      name: 'the statement that took the lock is named as written (ALTER VIEW, not ALTER TABLE)',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, note text);\nCREATE VIEW v_users AS SELECT id FROM users;',
      sql: "BEGIN;\nALTER VIEW v_users OWNER TO app_user;\nUPDATE users SET note = '' WHERE id < 100;\nCOMMIT;",
      errors: [{ line: 3, column: 1, message: /that ALTER VIEW v_users .*took on v_users/ }],
    },
    {
      name: 'a DELETE in a WITH query after an AccessExclusiveLock in the same transaction',
      history: 'CREATE TABLE logs (id bigint PRIMARY KEY, note text);\nCREATE TABLE logs_archive (id bigint);',
      sql: 'BEGIN;\nALTER TABLE logs ADD COLUMN archived boolean;\nWITH d AS (DELETE FROM logs WHERE id < 100 RETURNING id) INSERT INTO logs_archive SELECT id FROM d;\nCOMMIT;',
      errors: [{ line: 3, column: 1, message: /^DELETE from logs runs while the AccessExclusiveLock/ }],
    },
    {
      name: 'DROP TRIGGER and DROP POLICY lock a table that stays',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        'CREATE TRIGGER orders_audit AFTER UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION audit();',
        'CREATE POLICY orders_owner ON orders USING (true);',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'DROP TRIGGER orders_audit ON public.orders;',
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
        'BEGIN;',
        'DROP POLICY orders_owner ON orders;',
        'CREATE INDEX orders_note_idx ON orders (note);',
        'COMMIT;',
      ].join('\n'),
      errors: [
        { line: 3, column: 1, message: /that DROP TRIGGER took on public\.orders/ },
        { line: 7, column: 1, message: /that DROP POLICY took on orders/ },
      ],
    },
    {
      name: 'a new collation on an indexed column rebuilds its indexes while the earlier lock is held',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE rooms (id bigint PRIMARY KEY, code varchar(10) UNIQUE);',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE rooms ALTER COLUMN code TYPE varchar(10) COLLATE "C";\nCOMMIT;`,
      errors: [{ line: 3, column: 1, message: /TYPE rebuilds indexes of rooms/ }],
    },
    {
      name: 'CREATE POLICY takes an AccessExclusiveLock too',
      sql: "BEGIN;\nCREATE POLICY orders_owner ON orders USING (owner = current_user);\nUPDATE orders SET note = '';\nCOMMIT;",
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'a partial unique index does not pin one row',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE coupons (code text, active boolean, note text);\nCREATE UNIQUE INDEX coupons_code_active ON coupons (code) WHERE active;',
      sql: `BEGIN;\n${ADD_COLUMN}\nUPDATE coupons SET note = '' WHERE code = 'WELCOME';\nCOMMIT;`,
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'the statements that took the lock are named as a migration writes them',
      history: [
        'CREATE TABLE users (id bigint PRIMARY KEY, plan text);',
        'CREATE TABLE sessions (id bigint PRIMARY KEY);',
        'CREATE TABLE logs (id bigint PRIMARY KEY);',
        'CREATE TABLE orders (id bigint PRIMARY KEY, note text);',
        'CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);',
        'CREATE TABLE events_default PARTITION OF events DEFAULT;',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'ALTER TABLE public.users ENABLE ROW LEVEL SECURITY;',
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
        'BEGIN;',
        'CREATE POLICY "own row" ON users USING (id = 1);',
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
        'BEGIN;',
        'CREATE RULE sessions_no_delete AS ON DELETE TO sessions DO INSTEAD NOTHING;',
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
        'BEGIN;',
        'ALTER TABLE logs SET SCHEMA archive;',
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
        'BEGIN;',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        "UPDATE orders SET note = '' WHERE note IS NULL;",
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          message: /that ALTER TABLE public\.users ENABLE ROW LEVEL SECURITY took on public\.users/,
        },
        { line: 7, column: 1, message: /that CREATE POLICY "own row" took on users/ },
        { line: 11, column: 1, message: /that CREATE RULE sessions_no_delete took on sessions/ },
        { line: 15, column: 1, message: /that ALTER TABLE logs SET SCHEMA archive took on archive\.logs/ },
        {
          line: 19,
          column: 1,
          message:
            /on events \(by CREATE TABLE events_2024 PARTITION OF events\) and events_default \(by CREATE TABLE events_2024 PARTITION OF events\)/,
        },
      ],
    },
    {
      name: 'an UPDATE by a column that is not a key',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, code text, note text);',
      sql: `BEGIN;\n${ADD_COLUMN.replace('note', 'memo')}\nUPDATE orders SET note = '' WHERE code = 'x';\nCOMMIT;`,
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'a DO block is one transaction: its ALTER holds the lock through its UPDATE',
      sql: `DO $$\nBEGIN\n  ${ADD_COLUMN}\n  UPDATE orders SET note = '';\nEND\n$$;`,
      errors: [{ line: 4, column: 3 }],
    },
    {
      name: 'backfill in the transaction that added the column',
      sql: `BEGIN;\n${ADD_COLUMN}\nUPDATE orders SET note = '';\nCOMMIT;`,
      errors: [
        {
          line: 3,
          column: 1,
          endColumn: 28,
          lock: 'AccessExclusiveLock',
          message:
            /^UPDATE of orders runs while the AccessExclusiveLock that ALTER TABLE orders ADD COLUMN note took on orders earlier in this transaction is still held: reads and writes of orders wait until the transaction commits$/,
        },
      ],
    },
    {
      name: 'many locks held: three are named, the rest counted',
      sql: [
        'BEGIN;',
        ...['a', 'b', 'c', 'd', 'e'].map((t) => `ALTER TABLE ${t} ADD COLUMN note text;`),
        "UPDATE orders SET note = '';",
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 7,
          column: 1,
          message:
            /^UPDATE of orders runs while the AccessExclusiveLocks taken earlier in this transaction on a \(by ALTER TABLE a ADD COLUMN note\), b \(by ALTER TABLE b ADD COLUMN note\), c \(by ALTER TABLE c ADD COLUMN note\) and 2 others are still held: reads and writes of a, b, c and 2 others wait until the transaction commits$/,
        },
      ],
    },
    {
      name: 'goose wraps the up section: index build and delete on other tables',
      tool: 'goose',
      sql: [
        '-- +goose Up',
        ADD_COLUMN,
        'CREATE INDEX accounts_email_idx ON accounts (email);',
        "DELETE FROM sessions WHERE created_at < now() - interval '90 days';",
        '-- +goose Down',
        'ALTER TABLE orders DROP COLUMN note;',
      ].join('\n'),
      errors: [
        { line: 3, column: 1, message: /^CREATE INDEX builds an index on accounts while .* on orders/ },
        { line: 4, column: 1, message: /^DELETE from sessions runs while/ },
      ],
    },
    {
      name: 'validation, constraint checks and rewrites of other tables',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY, legacy text);\nCREATE INDEX orders_legacy_idx ON orders (legacy);',
      sql: [
        'BEGIN;',
        'DROP INDEX orders_legacy_idx;',
        'ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_check;',
        'ALTER TABLE payments ADD CONSTRAINT payments_order_fk FOREIGN KEY (order_id) REFERENCES refunds (id);',
        'ALTER TABLE invoices ALTER COLUMN total TYPE numeric(14, 2) USING total::numeric(14, 2);',
        'ALTER TABLE items ADD COLUMN id2 bigserial;',
        'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
        'ALTER TABLE tags ADD PRIMARY KEY (id);',
        'CLUSTER events USING events_at_idx;',
        'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT accounts_email_check scans accounts while the AccessExclusiveLock that DROP INDEX took on orders /,
        },
        {
          line: 4,
          column: 1,
          message:
            /^ADD CONSTRAINT payments_order_fk FOREIGN KEY scans payments while the AccessExclusiveLock that DROP INDEX took/,
        },
        { line: 5, column: 1, message: /^ALTER COLUMN total TYPE rewrites invoices while/ },
        {
          line: 6,
          column: 1,
          message:
            /^ADD COLUMN id2 rewrites items while the AccessExclusiveLocks taken earlier in this transaction on orders \(by DROP INDEX\) and invoices \(by ALTER TABLE invoices ALTER COLUMN total TYPE\) are still held/,
        },
        { line: 7, column: 1, message: /^ALTER COLUMN email SET NOT NULL scans users while/ },
        { line: 8, column: 1, message: /^ADD PRIMARY KEY builds an index on tags while/ },
        { line: 9, column: 1, message: /^CLUSTER rewrites events while/ },
        { line: 10, column: 1, message: /^REFRESH MATERIALIZED VIEW order_totals runs the view's query again while/ },
      ],
    },
    {
      name: 'an index of a table nobody knows: only a statement that takes a weaker lock of its own is slowed by it for sure',
      sql: [
        'BEGIN;',
        'DROP INDEX orders_legacy_idx;',
        'ALTER TABLE invoices ALTER COLUMN total TYPE numeric(14, 2) USING total::numeric(14, 2);',
        'ALTER TABLE accounts VALIDATE CONSTRAINT accounts_email_check;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT accounts_email_check scans accounts while the AccessExclusiveLocks taken earlier in this transaction on the table of index orders_legacy_idx \(by DROP INDEX\) and invoices/,
        },
      ],
    },
    {
      name: 'a column of a domain with constraints (known from history) rewrites the table',
      sql: 'BEGIN;\nALTER TABLE accounts ADD COLUMN locale text;\nALTER TABLE orders ADD COLUMN weight positive_int;\nCOMMIT;',
      history: 'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0);',
      errors: [{ line: 3, column: 1, message: /^ADD COLUMN weight rewrites orders while/ }],
    },
    {
      name: 'the same table, when the slow operation alone would take a weaker lock: reads now wait too',
      sql: `BEGIN;\n${ADD_COLUMN}\nCREATE INDEX orders_note_idx ON orders (note);\nCOMMIT;`,
      errors: [
        {
          line: 3,
          column: 1,
          message: /^CREATE INDEX builds an index on orders while the AccessExclusiveLock .* on orders/,
        },
      ],
    },
    {
      name: 'VALIDATE of the locked table, when another table is locked too: only the other one is named',
      sql: 'BEGIN;\nALTER TABLE customers ADD COLUMN tier int;\nALTER TABLE orders ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nCOMMIT;',
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT c scans orders while the AccessExclusiveLock that ALTER TABLE customers ADD COLUMN tier took on customers/,
        },
      ],
    },
    {
      name: 'SET NOT NULL before PostgreSQL 12 scans even with a validated check; LOCK TABLE counts',
      pgVersion: 11,
      sql: [
        'ALTER TABLE accounts ADD CONSTRAINT accounts_name_nn CHECK (name IS NOT NULL);',
        'BEGIN;',
        'LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;',
        'ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 4, column: 1, message: /that LOCK TABLE took on orders/ }],
    },
    {
      name: 'a MERGE that updates or deletes matched rows is a backfill, as UPDATE ... FROM is',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      tool: 'golang-migrate',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE u ADD COLUMN z int;',
        'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN UPDATE SET a = u.a;',
        'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE;',
        'WITH m AS (MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE RETURNING t.id) SELECT count(*) FROM m;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^MERGE into t runs while the AccessExclusiveLock that ALTER TABLE u ADD COLUMN z took on u/,
        },
        { line: 4, column: 1, message: /^MERGE into t runs while/ },
        { line: 5, column: 1, message: /^MERGE into t runs while/ },
      ],
    },
    {
      name: 'WHEN NOT MATCHED BY SOURCE writes the rows the join rejects: a key in it pins none',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      sql: 'BEGIN;\nALTER TABLE u ADD COLUMN z int;\nMERGE INTO t USING u ON t.id = 1 WHEN NOT MATCHED BY SOURCE THEN DELETE;\nCOMMIT;',
      pgVersion: 17,
      errors: [{ line: 3, column: 1, message: /^MERGE into t runs while/ }],
    },
    {
      name: 'SET EXPRESSION (17+) recomputes a stored generated column; SET ACCESS METHOD (15+) rewrites',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, g int GENERATED ALWAYS AS (a * 2) STORED);',
      tool: 'golang-migrate',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE u ADD COLUMN z int;',
        'ALTER TABLE t ALTER COLUMN g SET EXPRESSION AS (a * 3);',
        'ALTER TABLE invoices ALTER COLUMN g SET EXPRESSION AS (a * 3);',
        'ALTER TABLE t SET ACCESS METHOD heap2;',
      ].join('\n'),
      pgVersion: 17,
      errors: [
        { line: 3, column: 1, message: /^ALTER COLUMN g SET EXPRESSION rewrites t while the AccessExclusiveLock/ },
        { line: 4, column: 1, message: /^ALTER COLUMN g SET EXPRESSION rewrites invoices while/ },
        { line: 5, column: 1, message: /^SET ACCESS METHOD heap2 rewrites t while/ },
      ],
    },
    {
      name: 'PostgreSQL 18: SET EXPRESSION of a column the history shows STORED',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, g int GENERATED ALWAYS AS (a * 2) STORED);',
      sql: 'BEGIN;\nALTER TABLE u ADD COLUMN z int;\nALTER TABLE t ALTER COLUMN g SET EXPRESSION AS (a * 3);\nCOMMIT;',
      pgVersion: 18,
      errors: [{ line: 3, column: 1, message: /^ALTER COLUMN g SET EXPRESSION rewrites t while/ }],
    },
    {
      name: 'SET TABLESPACE to another tablespace than the known one, or of a table whose tablespace is unknown',
      tool: 'flyway',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE customers (id bigint) TABLESPACE archive_disk;',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE customers SET TABLESPACE pg_default;\nALTER TABLE accounts SET TABLESPACE pg_default;\nCOMMIT;`,
      errors: [
        { line: 3, column: 1, message: /^SET TABLESPACE pg_default rewrites customers while the AccessExclusiveLock/ },
        { line: 4, column: 1, message: /^SET TABLESPACE pg_default rewrites accounts while the AccessExclusiveLocks/ },
      ],
    },
    {
      name: 'multi-command ALTER TABLE: the first slow subcommand is named',
      sql: `BEGIN;\n${ADD_COLUMN}\nALTER TABLE accounts ADD COLUMN bio text, ADD CONSTRAINT accounts_bio_check CHECK (length(bio) < 500), SET LOGGED;\nCOMMIT;`,
      errors: [{ line: 3, column: 1, message: /^ADD CONSTRAINT accounts_bio_check CHECK scans accounts while/ }],
    },
  ],
});
