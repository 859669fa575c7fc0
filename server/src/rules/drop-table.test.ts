import { ruleTests } from '../../../test/unit/ruleTester';
import { dropTable } from './drop-table';

ruleTests(dropTable, {
  valid: [
    'DROP VIEW order_totals;',
    'DROP INDEX orders_placed_at_idx;',
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE import_tmp (id bigint);\nDROP TABLE import_tmp;',
    },
    {
      name: 'a .down.sql script undoes its up migration',
      sql: 'DROP TABLE refunds;',
      tool: 'golang-migrate',
      direction: 'down',
      createdByUp: ['public.refunds'],
    },
    {
      name: 'a separate down script cannot see its up script: not flagged',
      sql: 'DROP TABLE legacy_refunds;',
      tool: 'golang-migrate',
      direction: 'down',
    },
    {
      name: 'goose Down section',
      sql: '-- +goose Up\nCREATE TABLE refunds (id bigint);\n\n-- +goose Down\nDROP TABLE refunds;',
      tool: 'goose',
    },
    {
      name: 'the up section created it under another name and renamed it',
      sql: '-- +goose Up\nCREATE TABLE refunds_tmp (id bigint);\nALTER TABLE refunds_tmp RENAME TO refunds;\n\n-- +goose Down\nDROP TABLE refunds;',
      tool: 'goose',
    },
    {
      name: 'the up section created it under SET search_path: the down section drops it by its schema',
      sql: '-- +goose Up\nCREATE SCHEMA shop;\nSET search_path TO shop;\nCREATE TABLE carts (id bigint);\n\n-- +goose Down\nDROP TABLE shop.carts;\nDROP SCHEMA shop;',
      tool: 'goose',
    },
    {
      name: 'IF EXISTS of a table an earlier migration dropped: PostgreSQL only notes that it does not exist',
      history: 'CREATE TABLE legacy (id bigint);\nCREATE TABLE users (id bigint);\nDROP TABLE legacy;',
      sql: 'DROP TABLE IF EXISTS legacy CASCADE;',
    },
    {
      name: 'IF EXISTS of a table an earlier migration dropped, even where the history uses tables it never made',
      history: 'CREATE TABLE legacy (id bigint);\nALTER TABLE users ADD COLUMN note text;\nDROP TABLE legacy;',
      sql: 'DROP TABLE IF EXISTS legacy;',
    },
    {
      name: 'IF EXISTS of a table an earlier migration renamed away, where the history uses tables it never made',
      history:
        'INSERT INTO settings VALUES (1);\nCREATE TABLE legacy (id bigint);\nALTER TABLE legacy RENAME TO archive;',
      sql: 'DROP TABLE IF EXISTS legacy;',
    },
    {
      name: 'IF EXISTS of a name no migration made, where they made every table they use (WITH names and catalogs are no tables)',
      history: [
        'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        'CREATE TABLE invoices (id bigint PRIMARY KEY, account_id bigint REFERENCES accounts (id));',
        'WITH old AS (SELECT id FROM accounts) INSERT INTO invoices SELECT id, id FROM old;',
        "SELECT count(*) FROM pg_class WHERE relname = 'invoices';",
      ].join('\n'),
      sql: 'DROP TABLE IF EXISTS invoices_backup;',
    },
    {
      name: 'DROP SCHEMA ... CASCADE of a schema this migration created',
      sql: 'CREATE SCHEMA staging;\nCREATE TABLE staging.rows (id bigint);\nDROP SCHEMA staging CASCADE;',
    },
    {
      name: 'DROP SCHEMA without CASCADE: PostgreSQL refuses while it holds a table',
      history: 'CREATE SCHEMA tenant_acme;\nCREATE TABLE tenant_acme.documents (id bigint);',
      sql: 'DROP SCHEMA tenant_acme;',
    },
    {
      name: 'DROP SCHEMA ... CASCADE in a down section undoes its up section',
      sql: '-- +goose Up\nCREATE SCHEMA tenant_acme;\nCREATE TABLE tenant_acme.documents (id bigint);\n-- +goose Down\nDROP SCHEMA tenant_acme CASCADE;',
      tool: 'goose',
    },
    {
      name: 'a down section drops the partitioned table its up section created under the old name, then renames the old table back',
      history: 'CREATE TABLE logs (id bigint, logged_at timestamptz NOT NULL);',
      sql: [
        '-- +goose Up',
        'ALTER TABLE logs RENAME TO logs_legacy;',
        'CREATE TABLE logs (id bigint, logged_at timestamptz NOT NULL) PARTITION BY RANGE (logged_at);',
        "ALTER TABLE logs ATTACH PARTITION logs_legacy FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');",
        '-- +goose Down',
        'ALTER TABLE logs DETACH PARTITION logs_legacy;',
        'DROP TABLE logs;',
        'ALTER TABLE logs_legacy RENAME TO logs;',
      ].join('\n'),
      tool: 'goose',
    },
  ],
  invalid: [
    {
      name: 'a goose down section dropping a table its up section only said to create (IF NOT EXISTS of a history table)',
      tool: 'goose',
      history: 'CREATE TABLE customers (id bigint PRIMARY KEY);',
      sql: '-- +goose Up\nCREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY);\n-- +goose Down\nDROP TABLE customers;',
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'IF EXISTS of a table this migration dropped already: only the first drop',
      history: 'CREATE TABLE legacy (id bigint);',
      sql: 'DROP TABLE legacy;\nDROP TABLE IF EXISTS legacy;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE legacy breaks/ }],
    },
    {
      name: 'IF EXISTS of a table this migration dropped already, with no history: only the first drop',
      sql: 'DROP TABLE IF EXISTS legacy;\nDROP TABLE IF EXISTS legacy;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE legacy breaks/ }],
    },
    {
      name: 'IF EXISTS of a table the history has',
      history: 'CREATE TABLE legacy (id bigint);',
      sql: 'DROP TABLE IF EXISTS legacy;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE legacy breaks/ }],
    },
    {
      name: 'IF EXISTS of a table in a schema the history never showed (made outside the migrations)',
      history: 'CREATE TABLE sessions (id bigint);',
      sql: 'DROP TABLE IF EXISTS app.sessions;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE app\.sessions breaks/ }],
    },
    {
      name: 'IF EXISTS where the history references tables of the schema it never made: the table may be there',
      tool: 'dbmate',
      history: 'CREATE TABLE app.occupations (user_id uuid NOT NULL REFERENCES app.users (id));',
      sql: '-- migrate:up\nDROP TABLE IF EXISTS app.volunteer_refs CASCADE;\n-- migrate:down\n',
      errors: [{ line: 2, column: 1, message: /^DROP TABLE app\.volunteer_refs breaks/ }],
    },
    {
      name: 'IF EXISTS where the history alters a table it never made (Hibernate made it)',
      history: 'CREATE TABLE programtempowner (id bigint);\nALTER TABLE program ADD COLUMN uid text;',
      sql: 'DROP TABLE IF EXISTS programrule;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE programrule breaks/ }],
    },
    {
      name: 'IF EXISTS of a table this migration read just above',
      history: 'CREATE TABLE schedule (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE entity (id bigint);\nINSERT INTO entity SELECT id FROM t_entities;\nDROP TABLE IF EXISTS t_entities CASCADE;',
      errors: [{ line: 3, column: 1, message: /^DROP TABLE t_entities breaks/ }],
    },
    {
      name: 'IF EXISTS after a DO block that runs SQL it builds: it may have made the table',
      history:
        "CREATE TABLE accounts (id bigint);\nDO $$ BEGIN EXECUTE 'CREATE TABLE accounts_' || 'archive (id bigint)'; END $$;",
      sql: 'DROP TABLE IF EXISTS accounts_archive;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE accounts_archive breaks/ }],
    },
    {
      name: 'IF EXISTS with no history: the database may have the table',
      sql: 'DROP TABLE IF EXISTS legacy;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE legacy breaks/ }],
    },
    {
      name: 'a table with a foreign key also locks the table it references (PostgreSQL 15: AccessExclusiveLock)',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'DROP TABLE payments;',
      errors: [{ line: 1, column: 1, message: /It takes an AccessExclusiveLock on payments and on orders\.$/ }],
    },
    {
      name: 'with CASCADE, the tables whose foreign keys reference it are locked too',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'DROP TABLE orders CASCADE;',
      errors: [{ line: 1, column: 1, message: /It takes an AccessExclusiveLock on orders and on payments\. CASCADE/ }],
    },
    {
      name: 'a partition dropped while attached also locks the DEFAULT partition',
      history: [
        'CREATE TABLE ev (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE ev_2023 PARTITION OF ev FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
        'CREATE TABLE ev_default PARTITION OF ev DEFAULT;',
      ].join('\n'),
      sql: 'DROP TABLE ev_2023;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on ev_2023, on ev and on ev_default\./ }],
    },
    {
      name: 'a partition’s foreign keys are its parent’s: dropping it does not lock the referenced table',
      history: [
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE ev (id bigint, at date, order_id bigint REFERENCES orders (id)) PARTITION BY RANGE (at);',
        "CREATE TABLE ev_2023 PARTITION OF ev FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
      ].join('\n'),
      sql: 'DROP TABLE ev_2023;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on ev_2023 and on ev\. If/ }],
    },
    {
      name: 'a retention step: the partition is detached, then dropped, and its rows are gone',
      tool: 'goose',
      history:
        "CREATE TABLE ev (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE ev_2023 PARTITION OF ev FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
      sql: "-- +goose NO TRANSACTION\n-- +goose Up\nSET lock_timeout = '2s';\nALTER TABLE ev DETACH PARTITION ev_2023 CONCURRENTLY;\nDROP TABLE ev_2023;\n-- +goose Down\nSELECT 1;",
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^DROP TABLE ev_2023 deletes a partition of ev and its rows for good: .* AccessExclusiveLock on ev_2023\. If this is a retention step/,
        },
      ],
    },
    {
      name: 'a partition dropped while attached locks its parent too',
      history:
        "CREATE TABLE ev (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE ev_2023 PARTITION OF ev FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
      sql: 'DROP TABLE ev_2023;',
      errors: [{ line: 1, column: 1, message: /AccessExclusiveLock on ev_2023 and on ev\./ }],
    },
    {
      sql: 'DROP TABLE orders;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 18,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP TABLE orders breaks the application version that is still running.*"relation does not exist".*AccessExclusiveLock on orders/,
        },
      ],
    },
    {
      name: 'one finding per pre-existing table; new ones are skipped',
      sql: 'CREATE TABLE scratch (id bigint);\nDROP TABLE IF EXISTS scratch, billing.old_invoices, old_payments CASCADE;',
      errors: [
        { line: 2, column: 1, message: /^DROP TABLE billing\.old_invoices .*CASCADE also drops/ },
        { line: 2, column: 1, message: /^DROP TABLE old_payments / },
      ],
    },
    {
      name: 'a goose Down section that drops a table its Up section did not create',
      sql: '-- +goose Up\nCREATE TABLE refunds (id bigint);\n-- +goose Down\nDROP TABLE refunds;\nDROP TABLE orders;',
      tool: 'goose',
      errors: [{ line: 5, column: 1, message: /^DROP TABLE orders .*the up section did not create orders/ }],
    },
    {
      name: 'DROP SCHEMA ... CASCADE drops the pre-existing tables in it (a partition goes with its parent)',
      history: [
        'CREATE SCHEMA tenant_acme;',
        'CREATE TABLE tenant_acme.documents (id bigint);',
        'CREATE TABLE tenant_acme.events (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE tenant_acme.events_2024 PARTITION OF tenant_acme.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        'CREATE VIEW tenant_acme.recent AS SELECT * FROM tenant_acme.documents;',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nDROP SCHEMA tenant_acme CASCADE;",
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 32,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP SCHEMA tenant_acme CASCADE also drops the table tenant_acme\.documents, which breaks the application version .*"relation does not exist".* AccessExclusiveLock on tenant_acme\.documents\.$/,
        },
        { line: 2, column: 1, message: /^DROP SCHEMA tenant_acme CASCADE also drops the table tenant_acme\.events,/ },
      ],
    },
    {
      name: 'DROP SCHEMA ... CASCADE: only the tables this migration did not create',
      history: 'CREATE SCHEMA tenant_acme;\nCREATE TABLE tenant_acme.documents (id bigint);',
      sql: 'CREATE TABLE tenant_acme.scratch (id bigint);\nDROP SCHEMA IF EXISTS tenant_acme CASCADE;',
      errors: [{ line: 2, column: 1, message: /also drops the table tenant_acme\.documents,/ }],
    },
    {
      sql: 'DROP FOREIGN TABLE remote_orders;',
      errors: [{ line: 1, column: 1, message: /remote_orders/ }],
    },
    {
      name: 'DROP TABLE then CREATE TABLE of the name in one transaction: the name stays, the rows are gone',
      history: 'CREATE TABLE settings (key text PRIMARY KEY, value text);',
      sql: [
        'BEGIN;',
        'DROP TABLE settings;',
        'CREATE TABLE settings (key text PRIMARY KEY, value jsonb NOT NULL);',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP TABLE settings is followed by CREATE TABLE settings in this transaction: the name exists again at commit, but every row of the old table is gone for good .* It takes an AccessExclusiveLock on settings and holds it until the transaction commits/,
        },
      ],
    },
    {
      name: 'DROP TABLE, CREATE TABLE of the name, then DROP TABLE again: the name is gone at commit',
      history: 'CREATE TABLE settings (key text PRIMARY KEY, value text);',
      sql: [
        'BEGIN;',
        'DROP TABLE settings;',
        'CREATE TABLE settings (key text);',
        'DROP TABLE settings;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 2, column: 1, message: /^DROP TABLE settings breaks the application version/ }],
    },
    {
      name: 'a table swap in one transaction: the hazards of the swap, not a missing table (verified on PostgreSQL 15)',
      history: 'CREATE TABLE msgs (id bigint PRIMARY KEY, body text NOT NULL);',
      sql: [
        'BEGIN;',
        'CREATE TABLE msgs_new (id bigint NOT NULL, body text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (id, created_at)) PARTITION BY RANGE (created_at);',
        'CREATE TABLE msgs_default PARTITION OF msgs_new DEFAULT;',
        'INSERT INTO msgs_new (id, body) SELECT id, body FROM msgs;',
        'DROP TABLE msgs;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 5,
          column: 1,
          endColumn: 16,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP TABLE msgs swaps in msgs_new \(renamed to msgs later in this transaction\): rows other sessions write to msgs after the copy's snapshot and before this DROP gets its lock are lost, unless msgs is locked first \(LOCK TABLE msgs IN EXCLUSIVE MODE before the copy .*\)\. It takes an AccessExclusiveLock on msgs and holds it until the transaction commits: .* "cached plan must not change result type"\. A view or another table's foreign key on msgs makes the DROP fail: they do not move to the new table\.$/,
        },
      ],
    },
    {
      name: 'a swap in a golang-migrate file (one multi-statement query: one transaction), with CASCADE',
      tool: 'golang-migrate',
      history: 'CREATE TABLE msgs (id bigint PRIMARY KEY);',
      sql: 'CREATE TABLE msgs_v2 (id bigint PRIMARY KEY);\nINSERT INTO msgs_v2 SELECT id FROM msgs;\nDROP TABLE msgs CASCADE;\nALTER TABLE msgs_v2 RENAME TO msgs;',
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^DROP TABLE msgs swaps in msgs_v2 .* CASCADE also drops the views and the foreign keys of other tables that depend on it: they do not move to the new table\.$/,
        },
      ],
    },
    {
      name: 'a swap by SET SCHEMA, locking the referenced table too: both locks held until commit',
      history: [
        'CREATE SCHEMA staging;',
        'CREATE TABLE orders (id bigint PRIMARY KEY);',
        'CREATE TABLE payments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));',
      ].join('\n'),
      sql: 'BEGIN;\nCREATE TABLE staging.payments (LIKE payments INCLUDING ALL);\nDROP TABLE payments;\nALTER TABLE staging.payments SET SCHEMA public;\nCOMMIT;',
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^DROP TABLE payments swaps in staging\.payments .*AccessExclusiveLock on payments and on orders and holds them until/,
        },
      ],
    },
    {
      name: 'a swap that renames the old table aside first, then the new one in, then drops the old one',
      history: 'CREATE TABLE msgs (id bigint PRIMARY KEY, body text NOT NULL);',
      sql: [
        'BEGIN;',
        'CREATE TABLE msgs_new (id bigint PRIMARY KEY, body text NOT NULL, created_at timestamptz);',
        'INSERT INTO msgs_new (id, body) SELECT id, body FROM msgs;',
        'ALTER TABLE msgs RENAME TO msgs_old;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'DROP TABLE msgs_old;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 6,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^DROP TABLE msgs_old drops the old msgs \(renamed to msgs_old in this transaction\), and msgs_new takes the name msgs in this transaction: rows other sessions write to msgs after the copy's snapshot and before the rename of msgs gets its lock are lost, unless msgs is locked first .* It takes an AccessExclusiveLock on msgs_old and holds it until the transaction commits/,
        },
      ],
    },
    {
      name: 'a swap that renames the old table aside, drops it, then renames the new one in',
      history: 'CREATE TABLE msgs (id bigint PRIMARY KEY);',
      sql: [
        'BEGIN;',
        'ALTER TABLE msgs RENAME TO msgs_old;',
        'DROP TABLE msgs_old;',
        'ALTER TABLE msgs_v2 RENAME TO msgs;',
        'COMMIT;',
      ].join('\n'),
      rules: { 'rename-table': 'off' },
      errors: [
        { line: 3, column: 1, message: /^DROP TABLE msgs_old drops the old msgs .*, and msgs_v2 takes the name msgs/ },
      ],
    },
    {
      name: 'the old table renamed aside and a new one created under its name: the rows are gone unless copied',
      history: 'CREATE TABLE settings (key text PRIMARY KEY, value text);',
      sql: [
        'BEGIN;',
        'ALTER TABLE settings RENAME TO settings_old;',
        'CREATE TABLE settings (key text PRIMARY KEY, value jsonb);',
        'DROP TABLE settings_old;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          message:
            /^DROP TABLE settings_old drops the old settings \(renamed to settings_old in this transaction\), and a new settings is created in this transaction: the name exists again at commit, but every row of the old table is gone for good/,
        },
      ],
    },
    {
      name: 'renamed aside and back again, then dropped: no swap',
      history: 'CREATE TABLE msgs (id bigint);',
      sql: 'BEGIN;\nALTER TABLE msgs RENAME TO msgs_old;\nALTER TABLE msgs_old RENAME TO msgs;\nDROP TABLE msgs;\nCOMMIT;',
      rules: { 'rename-table': 'off' },
      errors: [{ line: 4, column: 1, message: /^DROP TABLE msgs breaks .*"relation does not exist"/ }],
    },
    {
      name: 'renamed aside, the table renamed in then renamed away again: no swap',
      history: 'CREATE TABLE msgs (id bigint);',
      sql: [
        'BEGIN;',
        'ALTER TABLE msgs RENAME TO msgs_old;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'ALTER TABLE msgs RENAME TO msgs_v3;',
        'DROP TABLE msgs_old;',
        'COMMIT;',
      ].join('\n'),
      rules: { 'rename-table': 'off' },
      errors: [{ line: 5, column: 1, message: /^DROP TABLE msgs_old breaks / }],
    },
    {
      name: 'no swap: the rename comes after COMMIT, or in another transaction',
      history: 'CREATE TABLE msgs (id bigint);\nCREATE TABLE jobs (id bigint);',
      sql: [
        'BEGIN;',
        'DROP TABLE msgs;',
        'COMMIT;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'BEGIN;',
        'DROP TABLE jobs;',
        'COMMIT;',
        'BEGIN;',
        'ALTER TABLE jobs_new RENAME TO jobs;',
        'COMMIT;',
      ].join('\n'),
      rules: { 'rename-table': 'off' },
      errors: [
        { line: 2, column: 1, message: /^DROP TABLE msgs breaks .*"relation does not exist"/ },
        { line: 6, column: 1, message: /^DROP TABLE jobs breaks .*"relation does not exist"/ },
      ],
    },
    {
      name: 'no swap outside a transaction: the name is missing between the DROP and the rename',
      history: 'CREATE TABLE msgs (id bigint);',
      sql: 'DROP TABLE msgs;\nALTER TABLE msgs_new RENAME TO msgs;',
      errors: [{ line: 1, column: 1, message: /^DROP TABLE msgs breaks / }],
    },
    {
      name: 'no swap: the table swapped in is renamed away again, or a view takes the name',
      history:
        'CREATE TABLE msgs (id bigint);\nCREATE TABLE jobs (id bigint);\nCREATE VIEW jobs_view AS SELECT 1 AS id;',
      sql: [
        'BEGIN;',
        'DROP TABLE msgs;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'ALTER TABLE msgs RENAME TO msgs_v2;',
        'DROP TABLE jobs;',
        'ALTER VIEW jobs_view RENAME TO jobs;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /^DROP TABLE msgs breaks / },
        { line: 5, column: 1, message: /^DROP TABLE jobs breaks / },
      ],
    },
    {
      name: 'dbmate up section',
      sql: '-- migrate:up\nDROP TABLE legacy_sessions;\n\n-- migrate:down\nCREATE TABLE legacy_sessions (id bigint);',
      tool: 'dbmate',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
