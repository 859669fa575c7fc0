import { ruleTests } from '../../../test/unit/ruleTester';
import { setNotNull } from './set-not-null';

ruleTests(setNotNull, {
  valid: [
    {
      name: 'a CHECK validated before its schema was renamed still proves the column (ALTER SCHEMA ... RENAME TO)',
      history: [
        'CREATE SCHEMA billing;',
        'CREATE TABLE billing.invoices (id bigint PRIMARY KEY, due_on date);',
        'ALTER TABLE billing.invoices ADD CONSTRAINT invoices_due_on_nn CHECK (due_on IS NOT NULL) NOT VALID;',
        'ALTER TABLE billing.invoices VALIDATE CONSTRAINT invoices_due_on_nn;',
        'ALTER SCHEMA billing RENAME TO finance;',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nALTER TABLE finance.invoices ALTER COLUMN due_on SET NOT NULL;",
    },
    {
      name: 'PostgreSQL 18: NOT NULL constraint added NOT VALID, validated, then SET NOT NULL (nothing to scan)',
      pgVersion: 18,
      history:
        'CREATE TABLE t (a int, b int);\nALTER TABLE t ADD CONSTRAINT t_b_nn NOT NULL b NOT VALID;\nALTER TABLE t VALIDATE CONSTRAINT t_b_nn;',
      sql: 'ALTER TABLE t ALTER COLUMN b SET NOT NULL;',
    },
    'ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;',
    {
      name: 'the four-step recipe: a validated CHECK proves it, PostgreSQL 12+ skips the scan',
      sql: [
        'ALTER TABLE orders ADD CONSTRAINT orders_status_not_null CHECK (status IS NOT NULL) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_status_not_null;',
        'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
        'ALTER TABLE orders DROP CONSTRAINT orders_status_not_null;',
      ].join('\n'),
    },
    {
      name: 'an unnamed check added valid proves it too',
      sql: 'ALTER TABLE orders ADD CHECK (status IS NOT NULL);\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
    },
    {
      name: 'PostgreSQL 18: a NOT NULL constraint added NOT VALID scans nothing',
      pgVersion: 18,
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_status_nn NOT NULL status NOT VALID;',
    },
    {
      name: 'a validated check that proves it among AND-ed conditions',
      sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      history: "CREATE TABLE orders (id bigint, status text, CHECK (status IS NOT NULL AND status <> ''));",
    },
    {
      name: 'a validated NOT (col IS NULL), which PostgreSQL proves the same way',
      sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      history:
        'CREATE TABLE orders (id bigint, status text, CONSTRAINT orders_status_nn CHECK (NOT (status IS NULL)));',
    },
    {
      name: 'PRIMARY KEY USING INDEX on columns already NOT NULL, or not known to the history',
      history: 'CREATE TABLE devices (serial text NOT NULL, name text);',
      sql: 'ALTER TABLE devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_serial_key;\nALTER TABLE sessions ADD CONSTRAINT sessions_pkey PRIMARY KEY USING INDEX sessions_id_key;',
    },
    {
      name: 'SET NOT NULL and PRIMARY KEY USING INDEX in one ALTER, both proven by a validated CHECK: no scan',
      history: [
        'CREATE TABLE items (id bigint, sku text);',
        'CREATE UNIQUE INDEX items_id_idx ON items (id);',
        'ALTER TABLE items ADD CONSTRAINT items_id_nn CHECK (id IS NOT NULL) NOT VALID;',
        'ALTER TABLE items VALIDATE CONSTRAINT items_id_nn;',
      ].join('\n'),
      sql: 'ALTER TABLE items ALTER COLUMN id SET NOT NULL, ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id_idx;',
    },
    {
      name: 'two-column primary key USING INDEX with SET NOT NULL on both, each proven by a validated CHECK',
      history: [
        'CREATE TABLE links (a bigint, b bigint);',
        'CREATE UNIQUE INDEX links_ab_idx ON links (a, b);',
        'ALTER TABLE links ADD CONSTRAINT links_ab_nn CHECK (a IS NOT NULL AND b IS NOT NULL);',
      ].join('\n'),
      sql: 'ALTER TABLE links ALTER COLUMN a SET NOT NULL, ALTER COLUMN b SET NOT NULL, ADD PRIMARY KEY USING INDEX links_ab_idx;',
    },
    {
      name: 'serial and identity columns are NOT NULL already: SET NOT NULL does nothing',
      history: 'CREATE TABLE tickets (id serial, seq bigserial, k bigint GENERATED ALWAYS AS IDENTITY, n int);',
      sql: [
        'ALTER TABLE tickets ALTER COLUMN id SET NOT NULL;',
        'ALTER TABLE tickets ALTER COLUMN seq SET NOT NULL, ALTER COLUMN k SET NOT NULL;',
      ].join('\n'),
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE refunds (id bigint, reason text);\nALTER TABLE refunds ALTER COLUMN reason SET NOT NULL;',
    },
  ],
  invalid: [
    {
      name: 'the proving CHECK calls a function DROP FUNCTION f(args) CASCADE may have dropped it with: no proof',
      history: [
        'CREATE TABLE users (id bigint, email text);',
        'ALTER TABLE users ADD CONSTRAINT users_email_chk CHECK (email IS NOT NULL AND valid_email(email));',
        'DROP FUNCTION valid_email(text) CASCADE;',
      ].join('\n'),
      sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL;',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /^SET NOT NULL on users\.email scans/ }],
    },
    {
      name: 'PRIMARY KEY USING INDEX makes a nullable column NOT NULL, scanning for NULLs',
      history:
        'CREATE TABLE devices (serial text, name text);\nCREATE UNIQUE INDEX devices_serial_key ON devices (serial);',
      sql: 'ALTER TABLE devices ADD CONSTRAINT devices_pkey PRIMARY KEY USING INDEX devices_serial_key;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ADD PRIMARY KEY USING INDEX devices_serial_key makes devices\.serial NOT NULL, which scans every row/,
        },
      ],
    },
    {
      name: 'SET NOT NULL and PRIMARY KEY USING INDEX on the same column in one ALTER: one scan, one finding',
      history: 'CREATE TABLE items (id bigint, sku text);\nCREATE UNIQUE INDEX items_id_idx ON items (id);',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE items',
        '    ALTER COLUMN id SET NOT NULL,',
        '    ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_id_idx;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          endLine: 4,
          endColumn: 67,
          lock: 'AccessExclusiveLock',
          message:
            /^SET NOT NULL on items\.id scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends \(ADD PRIMARY KEY USING INDEX items_id_idx in the same statement needs it too\)$/,
        },
      ],
    },
    {
      name: 'PRIMARY KEY USING INDEX written before SET NOT NULL: still one finding, the SET NOT NULL one',
      history: 'CREATE TABLE items (id bigint, sku text);\nCREATE UNIQUE INDEX items_id_idx ON items (id);',
      sql: 'ALTER TABLE items ADD PRIMARY KEY USING INDEX items_id_idx, ALTER COLUMN id SET NOT NULL;',
      errors: [{ line: 1, column: 1, message: /^SET NOT NULL on items\.id scans .*USING INDEX items_id_idx/ }],
    },
    {
      name: 'the openfga primary-key swap: three columns set NOT NULL and in the new key, one finding each',
      history: [
        'CREATE TABLE tuple (store text NOT NULL, object_id text NOT NULL, _user text NOT NULL, PRIMARY KEY (store, object_id, _user));',
        'ALTER TABLE tuple ADD COLUMN user_object_type text, ADD COLUMN user_object_id text, ADD COLUMN user_relation text;',
        'CREATE UNIQUE INDEX idx_tuple_pkey ON tuple (store, object_id, user_object_type, user_object_id, user_relation);',
      ].join('\n'),
      sql: [
        'ALTER TABLE tuple',
        '    ALTER COLUMN user_object_type SET NOT NULL,',
        '    ALTER COLUMN user_object_id SET NOT NULL,',
        '    ALTER COLUMN user_relation SET NOT NULL,',
        '    DROP CONSTRAINT tuple_pkey,',
        '    ADD CONSTRAINT tuple_pkey PRIMARY KEY USING INDEX idx_tuple_pkey;',
      ].join('\n'),
      errors: [
        { line: 1, column: 1, endLine: 6, message: /^SET NOT NULL on tuple\.user_object_type scans .*idx_tuple_pkey/ },
        { line: 1, column: 1, endLine: 6, message: /^SET NOT NULL on tuple\.user_object_id scans .*idx_tuple_pkey/ },
        { line: 1, column: 1, endLine: 6, message: /^SET NOT NULL on tuple\.user_relation scans .*idx_tuple_pkey/ },
      ],
    },
    {
      name: 'two-column key USING INDEX, SET NOT NULL on one of them: one finding per nullable column',
      history: 'CREATE TABLE links (a bigint, b bigint);\nCREATE UNIQUE INDEX links_ab_idx ON links (a, b);',
      sql: 'ALTER TABLE links ALTER COLUMN a SET NOT NULL, ADD PRIMARY KEY USING INDEX links_ab_idx;',
      errors: [
        { line: 1, column: 1, message: /^SET NOT NULL on links\.a scans .*links_ab_idx in the same statement/ },
        {
          line: 1,
          column: 1,
          message: /^ADD PRIMARY KEY USING INDEX links_ab_idx makes links\.b NOT NULL, which scans/,
        },
      ],
    },
    {
      name: 'a validated CHECK proves one key column, not the other: only the other is reported',
      history: [
        'CREATE TABLE links (a bigint, b bigint);',
        'CREATE UNIQUE INDEX links_ab_idx ON links (a, b);',
        'ALTER TABLE links ADD CONSTRAINT links_a_nn CHECK (a IS NOT NULL);',
      ].join('\n'),
      sql: 'ALTER TABLE links ALTER COLUMN a SET NOT NULL, ALTER COLUMN b SET NOT NULL, ADD PRIMARY KEY USING INDEX links_ab_idx;',
      errors: [{ line: 1, column: 1, message: /^SET NOT NULL on links\.b scans .*links_ab_idx/ }],
    },
    {
      name: 'SET NOT NULL with ADD PRIMARY KEY (col) in one ALTER: one set-not-null (the index build is unique-without-index)',
      sql: 'ALTER TABLE orders ALTER COLUMN id SET NOT NULL, ADD PRIMARY KEY (id);',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^SET NOT NULL on orders\.id scans every row under an AccessExclusiveLock: reads and writes wait until the scan ends$/,
        },
      ],
    },
    {
      name: 'the same column set NOT NULL twice in one ALTER (PostgreSQL 18 spelling too): one finding',
      pgVersion: 18,
      sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL, ADD CONSTRAINT orders_status_nn NOT NULL status, ALTER COLUMN status SET NOT NULL;',
      errors: [{ line: 1, column: 1, message: /^SET NOT NULL on orders\.status scans every row/ }],
    },
    {
      name: 'two columns set NOT NULL in one ALTER: one finding per column',
      sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL, ALTER COLUMN placed_at SET NOT NULL;',
      errors: [
        { line: 1, column: 1, message: /^SET NOT NULL on orders\.status scans/ },
        { line: 1, column: 1, message: /^SET NOT NULL on orders\.placed_at scans/ },
      ],
    },
    {
      sql: 'ALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      errors: [
        { line: 1, column: 1, lock: 'AccessExclusiveLock', message: /SET NOT NULL on orders\.status scans every row/ },
      ],
    },
    {
      name: 'the proving check dropped by the same ALTER TABLE: PostgreSQL drops it first, then scans',
      history: [
        'CREATE TABLE accounts (id bigint PRIMARY KEY, country text);',
        'ALTER TABLE accounts ADD CONSTRAINT accounts_country_nn CHECK (country IS NOT NULL) NOT VALID;',
        'ALTER TABLE accounts VALIDATE CONSTRAINT accounts_country_nn;',
      ].join('\n'),
      sql: 'ALTER TABLE accounts ALTER COLUMN country SET NOT NULL, DROP CONSTRAINT accounts_country_nn;',
      errors: [{ line: 1, column: 1, message: /SET NOT NULL on accounts\.country scans every row/ }],
    },
    {
      name: 'a NOT VALID check that was never validated proves nothing',
      sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a check on another column proves nothing',
      sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (note IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'before PostgreSQL 12 the validated check does not skip the scan',
      sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      pgVersion: 11,
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'PostgreSQL 18 ADD CONSTRAINT ... NOT NULL scans like SET NOT NULL',
      pgVersion: 18,
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_status_nn NOT NULL status;',
      errors: [{ line: 1, column: 1, message: /NOT NULL status on orders scans every row/ }],
    },
    {
      name: 'a dropped check no longer proves anything',
      sql: 'ALTER TABLE orders ADD CONSTRAINT c CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT c;\nALTER TABLE orders DROP CONSTRAINT c;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;',
      errors: [{ line: 4, column: 1 }],
    },
  ],
});
