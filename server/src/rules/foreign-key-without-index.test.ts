import { ruleTests } from '../../../test/unit/ruleTester';
import { foreignKeyWithoutIndex } from './foreign-key-without-index';

const HISTORY =
  'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint, coupon_id bigint);\nCREATE INDEX orders_coupon_id_created_idx ON orders (coupon_id, id);';

const INVOICES =
  'CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE invoices (id bigint PRIMARY KEY, customer_id bigint);';

/** A Liquibase changeset adding a foreign key to invoices, NOT VALID. */
const LIQUIBASE_FOREIGN_KEY = [
  '--liquibase formatted sql',
  '--changeset bob:3',
  "SET LOCAL lock_timeout = '2s';",
  'ALTER TABLE invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
];

ruleTests(foreignKeyWithoutIndex, {
  valid: [
    {
      name: 'an ON ONLY index of the partitioned table with an index on each partition (the recipe, attached)',
      history: [
        'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        'CREATE TABLE events (id bigint, account_id bigint, at date NOT NULL) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        'CREATE INDEX events_account_id_idx ON ONLY events (account_id);',
        'CREATE INDEX CONCURRENTLY events_2024_account_id_idx ON events_2024 (account_id);',
        'CREATE INDEX CONCURRENTLY events_2025_account_id_idx ON events_2025 (account_id);',
        'ALTER INDEX events_account_id_idx ATTACH PARTITION events_2024_account_id_idx;',
        'ALTER INDEX events_account_id_idx ATTACH PARTITION events_2025_account_id_idx;',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE events ADD CONSTRAINT events_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;",
    },
    {
      name: 'Liquibase: the index in a later changeset of the file, outside a transaction, counts',
      tool: 'liquibase',
      history: INVOICES,
      sql: [
        ...LIQUIBASE_FOREIGN_KEY,
        '--changeset bob:4 runInTransaction:false',
        'CREATE INDEX CONCURRENTLY invoices_customer_id_idx ON invoices (customer_id);',
      ].join('\n'),
    },
    {
      name: 'an index created later in the same migration counts',
      sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));\nCREATE INDEX refunds_order_id_idx ON refunds (order_id);',
    },
    {
      name: 'an existing multi-column index starting with the column counts',
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_coupon_fk FOREIGN KEY (coupon_id) REFERENCES accounts (id) NOT VALID;',
      history: HISTORY,
    },
    {
      name: 'the referencing column is the primary key',
      sql: 'CREATE TABLE profiles (account_id bigint PRIMARY KEY REFERENCES accounts (id));',
    },
    {
      name: 'a DO block may have created the index (dynamic SQL): unknown, so not flagged',
      sql: "DO $$ BEGIN EXECUTE 'CREATE INDEX orders_account_id_idx ON orders (account_id)'; END $$;\nALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;",
      history: HISTORY,
    },
    {
      name: 'a table unknown to the history may have its index already',
      sql: 'ALTER TABLE shipments ADD CONSTRAINT shipments_order_fk FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;',
    },
    {
      name: 'an index a PRIMARY KEY ... USING INDEX took over still serves the lookups (Supabase db diff)',
      sql: [
        'create table c (id uuid not null, p_id uuid not null);',
        'CREATE UNIQUE INDEX c_pkey ON c USING btree (p_id, id);',
        'alter table c add constraint c_pkey PRIMARY KEY using index c_pkey;',
        'alter table c add constraint c_p_fkey FOREIGN KEY (p_id) REFERENCES accounts (id);',
      ].join('\n'),
    },
    {
      name: 'a partial index that leaves out only NULLs serves the lookup (fk_col = $1 implies it)',
      sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, author_id bigint REFERENCES accounts (id));\nCREATE INDEX comments_author_id_idx ON comments (author_id) WHERE author_id IS NOT NULL;',
    },
    {
      name: 'an index of the partitioned parent is on every partition, those created after it too',
      sql: "SET lock_timeout = '2s';\nALTER TABLE events_2025 ADD CONSTRAINT events_2025_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;\nALTER TABLE events_2026 ADD CONSTRAINT events_2026_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;",
      history:
        "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint NOT NULL, account_id bigint NOT NULL, occurred_on date NOT NULL) PARTITION BY RANGE (occurred_on);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE INDEX events_account_idx ON events (account_id);\nCREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
    },
    {
      name: 'an index made before the table is renamed follows it (a swap: msgs_new becomes msgs)',
      sql: [
        'CREATE TABLE msgs_new (id uuid PRIMARY KEY, thread_id bigint NOT NULL REFERENCES accounts (id));',
        'CREATE INDEX msgs_by_thread ON msgs_new (thread_id);',
        'ALTER TABLE msgs_new RENAME TO msgs;',
      ].join('\n'),
    },
    {
      name: 'an index made under the new name after the rename counts',
      sql: [
        'CREATE TABLE msgs_new (id uuid PRIMARY KEY, thread_id bigint NOT NULL REFERENCES accounts (id));',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'CREATE INDEX msgs_by_thread ON msgs (thread_id);',
      ].join('\n'),
    },
    {
      name: 'the partitioned swap: old table dropped, the new one renamed to its name, its index kept',
      sql: [
        'CREATE TABLE msgs_p (id bigint NOT NULL, account_id bigint NOT NULL REFERENCES accounts (id), at date NOT NULL, PRIMARY KEY (id, at)) PARTITION BY RANGE (at);',
        'CREATE TABLE msgs_p_default PARTITION OF msgs_p DEFAULT;',
        'CREATE INDEX msgs_by_account_p ON msgs_p (account_id, at);',
        'DROP TABLE msgs;',
        'ALTER TABLE msgs_p RENAME TO msgs;',
        'ALTER INDEX msgs_by_account_p RENAME TO msgs_by_account;',
      ].join('\n'),
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE msgs (id bigint PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id), at date NOT NULL);\nCREATE INDEX msgs_by_account ON msgs (account_id, at);',
      rules: { 'drop-table': 'off' },
    },
    {
      name: 'an index made before a column rename follows the column',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, thread bigint NOT NULL REFERENCES accounts (id));',
        'CREATE INDEX msgs_by_thread ON msgs (thread);',
        'ALTER TABLE msgs RENAME COLUMN thread TO thread_id;',
      ].join('\n'),
    },
    {
      name: 'an index made on the column’s new name, after the table and the column are renamed, counts',
      sql: [
        'CREATE TABLE msgs_new (id uuid PRIMARY KEY, thread bigint NOT NULL REFERENCES accounts (id));',
        'ALTER TABLE msgs_new RENAME TO msgs;',
        'ALTER TABLE msgs RENAME COLUMN thread TO thread_id;',
        'CREATE INDEX msgs_by_thread ON msgs (thread_id);',
      ].join('\n'),
    },
    {
      name: 'SET SCHEMA moves the table with its index',
      sql: [
        'CREATE SCHEMA archive;',
        'CREATE TABLE msgs (id uuid PRIMARY KEY, thread_id bigint NOT NULL REFERENCES accounts (id));',
        'ALTER TABLE msgs SET SCHEMA archive;',
        'CREATE INDEX msgs_by_thread ON archive.msgs (thread_id);',
      ].join('\n'),
    },
    {
      name: 'a table dropped later is judged as it stood then: its index served the lookups until the drop',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));',
        'CREATE INDEX msgs_account_id_idx ON msgs (account_id);',
        'DROP TABLE msgs;',
      ].join('\n'),
    },
    {
      name: 'a table the history does not show keeps its index under the old name when renamed',
      sql: [
        'ALTER TABLE shipments ADD COLUMN carrier_id bigint REFERENCES carriers (id);',
        'CREATE INDEX shipments_carrier_id_idx ON shipments (carrier_id);',
        'ALTER TABLE shipments RENAME TO deliveries;',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'an ON ONLY index of the partitioned table, its partitions not indexed: lookups scan them (PostgreSQL 15)',
      history: [
        'CREATE TABLE accounts (id bigint PRIMARY KEY);',
        'CREATE TABLE events (id bigint, account_id bigint, at date NOT NULL) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        'CREATE INDEX events_account_id_idx ON ONLY events (account_id);',
        'CREATE INDEX CONCURRENTLY events_2024_account_id_idx ON events_2024 (account_id);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE events ADD CONSTRAINT events_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a table of a renamed schema is still known: its foreign key without an index is flagged',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE TABLE billing.customers (id bigint PRIMARY KEY);',
        'CREATE TABLE billing.invoices (id bigint PRIMARY KEY, customer_id bigint);',
        'ALTER SCHEMA billing RENAME TO finance;',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE finance.invoices ADD CONSTRAINT invoices_customer_fk FOREIGN KEY (customer_id) REFERENCES finance.customers (id) NOT VALID;",
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'Liquibase: judged once the file’s last changeset has run',
      tool: 'liquibase',
      history: INVOICES,
      sql: [
        ...LIQUIBASE_FOREIGN_KEY,
        '--changeset bob:4',
        "SET LOCAL lock_timeout = '2s';",
        'ALTER TABLE invoices VALIDATE CONSTRAINT invoices_customer_fk;',
      ].join('\n'),
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'an index ON ONLY the partitioned parent is not on the partitions',
      sql: 'ALTER TABLE events_2025 ADD CONSTRAINT events_2025_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;',
      history:
        "CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint NOT NULL, account_id bigint NOT NULL, occurred_on date NOT NULL) PARTITION BY RANGE (occurred_on);\nCREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE INDEX events_account_idx ON ONLY events (account_id);",
      rules: { 'require-lock-timeout': 'off' },
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a partial index with any other condition does not serve every lookup',
      sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, author_id bigint REFERENCES accounts (id), deleted_at timestamptz);\nCREATE INDEX comments_author_id_idx ON comments (author_id) WHERE deleted_at IS NULL;',
      errors: [{ line: 1, column: 1, message: /comments \(author_id\) has no index/ }],
    },
    {
      name: 'nor one that leaves out the NULLs of another column',
      sql: 'CREATE TABLE comments (id bigint PRIMARY KEY, author_id bigint REFERENCES accounts (id), post_id bigint);\nCREATE INDEX comments_author_id_idx ON comments (author_id) WHERE author_id IS NOT NULL AND post_id IS NOT NULL;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id));',
      errors: [{ line: 1, column: 1, message: /refunds \(order_id\) has no index/ }],
    },
    {
      name: 'a known table without a matching index',
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /orders \(account_id\)/ }],
    },
    {
      name: 'a column added in this migration has no index yet, even on a table the history does not show',
      sql: 'ALTER TABLE shipments ADD COLUMN carrier_id bigint REFERENCES carriers (id);',
      errors: [{ line: 1, column: 1, message: /shipments \(carrier_id\)/ }],
    },
    {
      name: 'an index on the column in second position does not serve the lookups',
      sql: 'CREATE TABLE items (id bigint, order_id bigint, FOREIGN KEY (order_id) REFERENCES orders (id));\nCREATE INDEX items_id_order_idx ON items (id, order_id);',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a renamed table whose foreign key columns no index ever covers',
      sql: [
        'CREATE TABLE msgs_new (id uuid PRIMARY KEY, thread_id bigint NOT NULL REFERENCES accounts (id));',
        'CREATE INDEX msgs_by_id ON msgs_new (id, thread_id);',
        'ALTER TABLE msgs_new RENAME TO msgs;',
      ].join('\n'),
      errors: [{ line: 1, column: 1, message: /msgs_new \(thread_id\) has no index/ }],
    },
    {
      name: 'an index under the old name made after the rename is on another table',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));',
        'ALTER TABLE msgs RENAME TO msgs_old;',
        'CREATE TABLE msgs (id uuid PRIMARY KEY, account_id bigint NOT NULL);',
        'CREATE INDEX msgs_account_id_idx ON msgs (account_id);',
      ].join('\n'),
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'an index on the column’s old name made after the column is renamed is on another column',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, thread bigint NOT NULL REFERENCES accounts (id));',
        'ALTER TABLE msgs RENAME COLUMN thread TO thread_id;',
        'ALTER TABLE msgs ADD COLUMN thread bigint;',
        'CREATE INDEX msgs_by_thread ON msgs (thread);',
      ].join('\n'),
      errors: [{ line: 1, column: 1, message: /msgs \(thread\) has no index/ }],
    },
    {
      name: 'a table dropped later is judged as it stood then, not as the table renamed to its name',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));',
        'CREATE TABLE msgs_new (id uuid PRIMARY KEY, account_id bigint NOT NULL REFERENCES accounts (id));',
        'CREATE INDEX msgs_new_account_id_idx ON msgs_new (account_id);',
        'DROP TABLE msgs;',
        'ALTER TABLE msgs_new RENAME TO msgs;',
      ].join('\n'),
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a foreign key dropped later is judged as before',
      sql: [
        'CREATE TABLE msgs (id uuid PRIMARY KEY, account_id bigint NOT NULL);',
        'ALTER TABLE msgs ADD CONSTRAINT msgs_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);',
        'ALTER TABLE msgs RENAME TO messages;',
        'ALTER TABLE messages DROP CONSTRAINT msgs_account_fk;',
      ].join('\n'),
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
