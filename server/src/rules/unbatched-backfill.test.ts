import { ruleTests } from '../../../test/unit/ruleTester';
import { unbatchedBackfill } from './unbatched-backfill';

ruleTests(unbatchedBackfill, {
  valid: [
    {
      name: 'one row by every column of a composite primary key or unique index, next to DDL',
      history: [
        'CREATE TABLE memberships (org_id bigint NOT NULL, user_id bigint NOT NULL, role text, PRIMARY KEY (org_id, user_id));',
        'CREATE TABLE seats (org_id bigint, seat int, holder text);',
        'CREATE UNIQUE INDEX seats_org_seat ON seats (org_id, seat);',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'ALTER TABLE memberships ADD COLUMN note text;',
        "UPDATE memberships SET note = 'a' WHERE org_id = 1 AND user_id = 2;",
        'ALTER TABLE seats ADD COLUMN note text;',
        "UPDATE seats SET note = 'b' WHERE seat = 3 AND org_id = 1 AND holder IS NOT NULL;",
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a filtered DELETE in a WITH query, outside a transaction; a WHERE comparing two different constants',
      history: 'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz);\nCREATE TABLE logs_archive (id bigint);',
      sql: "WITH moved AS (DELETE FROM logs WHERE at < '2020-01-01' RETURNING id) INSERT INTO logs_archive SELECT id FROM moved;\nDELETE FROM logs WHERE 1 = 2;",
    },
    {
      name: 'DDL whose lock blocks neither reads nor writes (VALIDATE, SET STATISTICS) next to a bounded backfill',
      tool: 'goose',
      sql: [
        '-- +goose Up',
        "UPDATE orders SET status = 'new' WHERE id < 1000;",
        'ALTER TABLE orders ALTER COLUMN status SET STATISTICS 500;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_check;',
        "UPDATE orders SET status = 'old' WHERE id < 100;",
      ].join('\n'),
    },
    {
      name: 'next to DDL: a MERGE that only inserts, does nothing, or is pinned to one row by its key',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, d int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      tool: 'golang-migrate',
      sql: [
        'ALTER TABLE t ADD COLUMN e int;',
        'MERGE INTO t USING u ON t.id = u.id WHEN NOT MATCHED THEN INSERT (id, a) VALUES (u.id, u.a);',
        'MERGE INTO t USING u ON t.id = 7 WHEN MATCHED THEN UPDATE SET d = 0;',
        'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DO NOTHING;',
      ].join('\n'),
    },
    {
      name: 'a MERGE with a join condition is filtered: alone in its transaction, it is no finding',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int, d int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      sql: "SET lock_timeout = '2s';\nALTER TABLE t ADD COLUMN e int;\nMERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN UPDATE SET d = u.a;",
    },
    {
      name: 'one row by its primary key next to DDL is not a backfill',
      tool: 'goose',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, email text);',
      sql: "-- +goose Up\nUPDATE accounts SET email = 'admin@example.com' WHERE id = 1;\nALTER TABLE accounts ADD COLUMN locale text;",
    },
    'UPDATE orders SET status = 0 WHERE id IN (SELECT id FROM orders WHERE status IS NULL LIMIT 5000);',
    'DELETE FROM sessions WHERE expires_at < now();',
    {
      name: 'a table created in this migration is empty',
      sql: 'CREATE TABLE refunds (id bigint, state int);\nUPDATE refunds SET state = 0;',
    },
    {
      name: 'DDL and a filtered backfill in separate transactions',
      sql: 'ALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;',
    },
    {
      name: 'DDL committed before the backfill',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nCOMMIT;\nBEGIN;\nUPDATE orders SET state = 0 WHERE id < 5000;\nCOMMIT;',
    },
    {
      name: 'DDL on another table in the same transaction',
      sql: 'BEGIN;\nALTER TABLE invoices ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;\nCOMMIT;',
    },
    {
      name: 'a DDL lock only on the new table',
      sql: 'BEGIN;\nCREATE TABLE order_notes (order_id bigint, note text);\nUPDATE orders SET note_count = 0 WHERE id < 5000;\nCOMMIT;',
    },
    "INSERT INTO countries (code) VALUES ('NL');",
    {
      name: "one row by a single-column unique index (Prisma's @unique, Rails' add_index unique: true), or by a cast constant",
      history: [
        'CREATE TABLE "Setting" ("id" TEXT NOT NULL, "key" TEXT NOT NULL, "value" TEXT, CONSTRAINT "Setting_pkey" PRIMARY KEY ("id"));',
        'CREATE UNIQUE INDEX "Setting_key_key" ON "Setting"("key");',
        'CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL, plan text, token uuid);',
        'CREATE UNIQUE INDEX users_token_key ON users (token) INCLUDE (plan);',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'ALTER TABLE "Setting" ADD COLUMN "description" TEXT;',
        'ALTER TABLE users ADD COLUMN flags int;',
        `UPDATE "Setting" SET "description" = 'Shown in the header' WHERE "key" = 'site_name';`,
        `UPDATE "Setting" SET "value" = 'x' WHERE "id" = 'a1b2'::text;`,
        "UPDATE users SET plan = 'pro' WHERE id = 42::bigint;",
        "UPDATE users SET plan = 'pro' WHERE CAST('7' AS bigint) = id;",
        "DELETE FROM users WHERE token = '6f1c1a4e-3f5b-4f0e-9a43-1d2a3b4c5d6e'::uuid;",
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a renamed table carries its locks to its new name only; a new table under the old name is empty',
      history:
        'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz, payload jsonb);\nCREATE TABLE audit (id bigint);',
      sql: [
        'BEGIN;',
        'ALTER TABLE logs RENAME TO logs_old;',
        'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz, payload jsonb);',
        "INSERT INTO logs SELECT * FROM logs_old WHERE at > now() - interval '30 days';",
        'UPDATE logs SET payload = NULL WHERE payload IS NULL;',
        'DELETE FROM audit WHERE id < 100;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: "a dropped foreign key's lock on a table created in this migration",
      history: 'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: [
        'BEGIN;',
        'CREATE TABLE carts (id bigint PRIMARY KEY, order_id bigint CONSTRAINT carts_order_fk REFERENCES orders);',
        'ALTER TABLE orders ADD COLUMN cart_id bigint;',
        'ALTER TABLE carts DROP CONSTRAINT carts_order_fk;',
        'DELETE FROM users WHERE id < 100;',
        'COMMIT;',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'DROP INDEX is DDL on the index’s table: its AccessExclusiveLock on items is held through the backfill',
      history:
        'CREATE TABLE items (id bigint PRIMARY KEY, sku text, qty int);\nCREATE INDEX items_sku_idx ON items (sku);',
      sql: [
        'BEGIN;',
        "SET LOCAL lock_timeout = '2s';",
        'DROP INDEX items_sku_idx;',
        'UPDATE items SET qty = 0 WHERE qty IS NULL;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /earlier DROP INDEX: the AccessExclusiveLock it took on items/,
        },
      ],
    },
    {
      name: 'a backfill before DROP INDEX of one of the table’s indexes, in one transaction',
      history:
        'CREATE TABLE items (id bigint PRIMARY KEY, sku text, qty int);\nCREATE INDEX items_sku_idx ON items (sku);',
      sql: ['BEGIN;', 'DELETE FROM items WHERE qty IS NULL;', 'DROP INDEX items_sku_idx;', 'COMMIT;'].join('\n'),
      errors: [{ line: 2, column: 1, message: /in the same transaction as a later DROP INDEX/ }],
    },
    {
      name: 'the strongest lock an earlier statement took on the table is named, not the first (homebox m2m)',
      history: 'CREATE TABLE users (id uuid PRIMARY KEY, group_users uuid);',
      sql: [
        'BEGIN;',
        'CREATE TABLE user_groups (user_id uuid REFERENCES users (id), group_id uuid);',
        'ALTER TABLE users ADD COLUMN default_group_id uuid;',
        'UPDATE users SET default_group_id = group_users WHERE group_users IS NOT NULL;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /earlier ALTER TABLE users ADD COLUMN default_group_id: the AccessExclusiveLock it took on users/,
        },
      ],
    },
    {
      name: 'UPDATE and DELETE in WITH queries (the archiving idiom), and WHERE clauses that keep every row',
      history:
        'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz);\nCREATE TABLE logs_archive (id bigint, at timestamptz);\nCREATE TABLE users (id bigint PRIMARY KEY, status text);',
      sql: [
        'WITH moved AS (DELETE FROM logs RETURNING *) INSERT INTO logs_archive SELECT * FROM moved;',
        "WITH changed AS (UPDATE users SET status = 'active' RETURNING id) SELECT count(*) FROM changed;",
        "UPDATE users SET status = 'x' WHERE true;",
        'DELETE FROM logs WHERE 1 = 1;',
      ].join('\n'),
      // A write in a WITH query is reported from its verb to its table's name.
      errors: [
        { line: 1, column: 16, endColumn: 32, message: /^DELETE of every row of logs/ },
        { line: 2, column: 18, endColumn: 30, message: /^UPDATE of every row of users/ },
        { line: 3, column: 1 },
        { line: 4, column: 1 },
      ],
    },
    {
      sql: 'UPDATE orders SET state = 0;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 28,
          lock: 'RowExclusiveLock',
          message:
            /^UPDATE of every row of orders in one statement \(no WHERE\): it locks each row .*RowExclusiveLock on orders/,
        },
      ],
    },
    {
      sql: 'DELETE FROM ONLY billing.sessions;',
      errors: [{ line: 1, column: 1, message: /^DELETE of every row of billing\.sessions/ }],
    },
    {
      name: 'a filtered backfill after DDL on the table in the same explicit transaction',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE state IS NULL;\nCOMMIT;',
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^UPDATE of orders in the same transaction as an earlier ALTER TABLE orders ADD COLUMN state: the AccessExclusiveLock it took on orders is held until commit/,
        },
      ],
    },
    {
      name: 'a MERGE that updates or deletes existing rows, in the same transaction as DDL on its target',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      tool: 'golang-migrate',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE t ADD COLUMN d int;',
        'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN UPDATE SET d = u.a;',
        'MERGE INTO t USING u ON t.id = u.id WHEN MATCHED AND t.a IS NULL THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (u.id, u.a);',
        'WITH m AS (MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE RETURNING t.id) SELECT count(*) FROM m;',
      ].join('\n'),
      pgVersion: 17,
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^MERGE of t in the same transaction as an earlier ALTER TABLE t ADD COLUMN d/,
        },
        { line: 4, column: 1, message: /^MERGE of t in the same transaction/ },
        { line: 5, column: 12, endColumn: 24, message: /^MERGE of t in the same transaction/ },
      ],
    },
    {
      name: 'a MERGE before DDL on its target in the same transaction',
      history: 'CREATE TABLE t (id bigint PRIMARY KEY, a int);\nCREATE TABLE u (id bigint PRIMARY KEY, a int);',
      sql: 'BEGIN;\nMERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN UPDATE SET a = u.a;\nCREATE INDEX t_a_idx ON t (a);\nCOMMIT;',
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'ShareLock',
          message: /^MERGE of t in the same transaction as a later CREATE INDEX/,
        },
      ],
    },
    {
      name: 'DDL after the backfill in the same transaction',
      sql: 'BEGIN;\nUPDATE orders SET state = 0 WHERE state IS NULL;\nCREATE INDEX orders_state_idx ON orders (state);\nCOMMIT;',
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'ShareLock',
          message:
            /later CREATE INDEX orders_state_idx: .*CREATE INDEX orders_state_idx then waits for a ShareLock on orders/,
        },
      ],
    },
    {
      name: 'a tool-wrapped unit is one transaction',
      sql: '-- +goose Up\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0 WHERE id < 5000;\n-- +goose Down\nALTER TABLE orders DROP COLUMN state;',
      tool: 'goose',
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'DDL on another table that locks this one through a foreign key',
      sql: 'BEGIN;\nALTER TABLE invoices ADD CONSTRAINT invoices_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;\nDELETE FROM orders WHERE archived;\nCOMMIT;',
      errors: [{ line: 3, column: 1, lock: 'ShareRowExclusiveLock' }],
    },
    {
      name: 'a unique index that is partial, on an expression or on several columns does not pin one row',
      history: [
        'CREATE TABLE accounts (id bigint, tenant_id bigint, email text, amount numeric, active boolean);',
        'CREATE UNIQUE INDEX accounts_email_active ON accounts (email) WHERE active;',
        'CREATE UNIQUE INDEX accounts_amount_text ON accounts ((amount::text));',
        'CREATE UNIQUE INDEX accounts_tenant_id ON accounts (tenant_id, id);',
      ].join('\n'),
      sql: [
        'BEGIN;',
        'ALTER TABLE accounts ADD COLUMN note text;',
        "UPDATE accounts SET note = '' WHERE email = 'a@example.com';",
        "UPDATE accounts SET note = '' WHERE amount = 1;",
        "UPDATE accounts SET note = '' WHERE id = 7;",
        'COMMIT;',
      ].join('\n'),
      errors: [
        { line: 3, column: 1 },
        { line: 4, column: 1 },
        { line: 5, column: 1 },
      ],
    },
    {
      name: 'the lock an earlier RENAME or SET SCHEMA took is held under the new name',
      history:
        'CREATE TABLE logs (id bigint PRIMARY KEY, payload jsonb);\nCREATE TABLE events (id bigint PRIMARY KEY, payload jsonb);',
      sql: [
        'BEGIN;',
        'ALTER TABLE logs RENAME TO event_logs;',
        "UPDATE event_logs SET payload = '{}' WHERE payload IS NULL;",
        'ALTER TABLE events SET SCHEMA archive;',
        'DELETE FROM archive.events WHERE payload IS NULL;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^UPDATE of event_logs in the same transaction as an earlier ALTER TABLE logs RENAME TO event_logs: the AccessExclusiveLock it took on logs \(now event_logs\) is held until commit/,
        },
        {
          line: 5,
          column: 1,
          message:
            /earlier ALTER TABLE events SET SCHEMA archive: the AccessExclusiveLock it took on events \(now archive\.events\)/,
        },
      ],
    },
    {
      name: 'locks the schema says a statement takes on tables it does not name: a dropped foreign key, a DEFAULT partition',
      history: [
        'CREATE TABLE users (id bigint PRIMARY KEY, plan text);',
        'CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL REFERENCES users (id));',
        'CREATE TABLE events (id bigint NOT NULL, at timestamptz NOT NULL, payload jsonb) PARTITION BY RANGE (at);',
        'CREATE TABLE events_default PARTITION OF events DEFAULT;',
      ].join('\n'),
      sql: [
        'BEGIN;',
        "DELETE FROM users WHERE plan = 'spam';",
        'ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;',
        'COMMIT;',
        'BEGIN;',
        'CREATE TABLE events_2024_02 (LIKE events INCLUDING DEFAULTS);',
        "DELETE FROM events_default WHERE at >= '2024-02-01' AND at < '2024-03-01';",
        "ALTER TABLE events ATTACH PARTITION events_2024_02 FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');",
        'COMMIT;',
        'BEGIN;',
        "CREATE TABLE events_2024_03 PARTITION OF events FOR VALUES FROM ('2024-03-01') TO ('2024-04-01');",
        "UPDATE events_default SET payload = '{}' WHERE payload IS NULL;",
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^DELETE of users in the same transaction as a later ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey: .*waits for an AccessExclusiveLock on users/,
        },
        {
          line: 7,
          column: 1,
          message:
            /later ALTER TABLE events ATTACH PARTITION events_2024_02: .*an AccessExclusiveLock on events_default/,
        },
        {
          line: 12,
          column: 1,
          message:
            /earlier CREATE TABLE events_2024_03 PARTITION OF events: the AccessExclusiveLock it took on events_default/,
        },
      ],
    },
    {
      name: 'every lock-taking statement is named as a migration writes it',
      history:
        'CREATE TABLE users (id bigint PRIMARY KEY, plan text);\nCREATE TABLE sessions (id bigint PRIMARY KEY, expires_at timestamptz);\nCREATE TABLE logs (id bigint PRIMARY KEY, payload jsonb);',
      sql: [
        'BEGIN;',
        "UPDATE users SET plan = 'free' WHERE plan IS NULL;",
        'ALTER TABLE users ENABLE ROW LEVEL SECURITY;',
        'CREATE POLICY "own row" ON users FOR SELECT USING (id = 1);',
        'UPDATE sessions SET expires_at = now() WHERE expires_at IS NULL;',
        'CREATE RULE sessions_no_delete AS ON DELETE TO sessions DO INSTEAD NOTHING;',
        "UPDATE logs SET payload = '{}' WHERE payload IS NULL;",
        'ALTER TABLE logs SET SCHEMA archive;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /later ALTER TABLE users ENABLE ROW LEVEL SECURITY: / },
        { line: 5, column: 1, message: /later CREATE RULE sessions_no_delete: / },
        { line: 7, column: 1, message: /later ALTER TABLE logs SET SCHEMA archive: / },
      ],
    },
    {
      name: 'a WITH query that updates every row is reported at its UPDATE',
      history:
        'CREATE TABLE logs (id bigint PRIMARY KEY, at timestamptz);\nCREATE TABLE logs_archive (id bigint, at timestamptz);\nCREATE TABLE users (id bigint PRIMARY KEY, plan text);',
      sql: [
        "WITH old AS (SELECT id FROM logs WHERE at < now() - interval '1 year' LIMIT 10000),",
        '     moved AS (DELETE FROM logs WHERE id IN (SELECT id FROM old) RETURNING *),',
        "     upd AS (UPDATE ONLY public.users SET plan = 'legacy' RETURNING id)",
        'INSERT INTO logs_archive SELECT * FROM moved;',
      ].join('\n'),
      errors: [{ line: 3, column: 14, endLine: 3, endColumn: 38, message: /^UPDATE of every row of public\.users/ }],
    },
    {
      name: 'no WHERE is reported once even after DDL',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN state int;\nUPDATE orders SET state = 0;\nCOMMIT;',
      errors: [{ line: 3, column: 1, message: /no WHERE/ }],
    },
  ],
});
