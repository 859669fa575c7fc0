import { ruleTests } from '../../../test/unit/ruleTester';
import { constraintWithoutNotValid } from './constraint-without-not-valid';

ruleTests(constraintWithoutNotValid, {
  valid: [
    'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total_cents >= 0) NOT VALID;',
    'ALTER TABLE orders ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;',
    'ALTER TABLE orders VALIDATE CONSTRAINT orders_account_fk;',
    {
      name: 'constraints on a table created in this migration',
      sql: 'CREATE TABLE refunds (id bigint, order_id bigint, cents int);\nALTER TABLE refunds ADD CONSTRAINT refunds_order_fk FOREIGN KEY (order_id) REFERENCES orders (id);\nALTER TABLE refunds ADD CHECK (cents > 0);',
    },
    {
      name: 'UNIQUE and PRIMARY KEY are another rule’s business',
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref_idx;',
    },
    'ALTER TABLE orders ADD COLUMN note text;',
    {
      name: 'REFERENCES on a new column without a default: every row is NULL, PostgreSQL checks nothing',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);',
    },
  ],
  invalid: [
    {
      name: 'a partitioned table before PostgreSQL 18: the message says NOT VALID is refused there',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint, account_id bigint, at date) PARTITION BY RANGE (at);',
      sql: 'ALTER TABLE events ADD CONSTRAINT events_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);',
      errors: [
        {
          line: 1,
          column: 1,
          message: /events is partitioned, and before PostgreSQL 18 such a foreign key cannot be NOT VALID/,
        },
      ],
    },
    {
      name: 'a foreign key in an ALTER TABLE that also adds a column is checked under its AccessExclusiveLock',
      sql: 'ALTER TABLE orders ADD COLUMN discount numeric(12,2), ADD FOREIGN KEY (account_id) REFERENCES accounts (id);',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /under the AccessExclusiveLock this ALTER TABLE takes on it \(and a ShareRowExclusiveLock on accounts\): reads and writes of orders wait/,
        },
      ],
    },
    {
      name: 'a foreign key dropped and added again in one ALTER (to change ON DELETE): the drop locks the referenced table too',
      history: [
        'CREATE TABLE users (uuid uuid PRIMARY KEY);',
        'CREATE TABLE sso_users (user_uuid uuid CONSTRAINT sso_users_user_uuid_fkey REFERENCES users (uuid));',
      ].join('\n'),
      sql: [
        'ALTER TABLE sso_users',
        '  DROP CONSTRAINT sso_users_user_uuid_fkey,',
        '  ADD CONSTRAINT sso_users_user_uuid_fkey FOREIGN KEY (user_uuid) REFERENCES users (uuid) ON DELETE CASCADE;',
      ].join('\n'),
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /under the AccessExclusiveLock this ALTER TABLE takes on it \(and an AccessExclusiveLock on users\): reads and writes of sso_users and users wait/,
        },
      ],
    },
    {
      name: 'a new column with a foreign key and any DEFAULT, even NULL, is checked row by row',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT NULL REFERENCES coupons (id);',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      sql: 'ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total_cents >= 0);',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /CHECK without NOT VALID scans every row of orders under an AccessExclusiveLock/,
        },
      ],
    },
    {
      sql: 'ALTER TABLE orders\n  ADD CONSTRAINT orders_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id);',
      errors: [
        { line: 1, column: 1, lock: 'ShareRowExclusiveLock', message: /ShareRowExclusiveLock on orders and accounts/ },
      ],
    },
    {
      name: 'REFERENCES on a new column with a default checks every row',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT 1 REFERENCES coupons (id);',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /REFERENCES with a DEFAULT/ }],
    },
    {
      name: 'a CHECK on a new column scans the table (NOT VALID is not allowed there)',
      sql: 'ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^ADD COLUMN with a CHECK \(a CHECK written in ADD COLUMN cannot be NOT VALID\) scans every row of /,
        },
      ],
    },
    {
      name: 'one finding per constraint of a multi-command ALTER TABLE',
      sql: 'ALTER TABLE orders ADD CHECK (total_cents >= 0), ADD FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID, ADD CHECK (id > 0);',
      errors: [
        { line: 1, column: 1 },
        { line: 1, column: 1 },
      ],
    },
  ],
});
