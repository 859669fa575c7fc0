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
  ],
  invalid: [
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
  ],
});
