import { ruleTests } from '../../../test/unit/ruleTester';
import { setNotNull } from './set-not-null';

ruleTests(setNotNull, {
  valid: [
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
    'ALTER TABLE orders ADD CONSTRAINT orders_status_nn NOT NULL status NOT VALID;',
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
