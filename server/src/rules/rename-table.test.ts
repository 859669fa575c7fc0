import { ruleTests } from '../../../test/unit/ruleTester';
import { renameTable } from './rename-table';

ruleTests(renameTable, {
  valid: [
    'ALTER INDEX orders_pkey RENAME TO purchases_pkey;',
    'ALTER VIEW order_totals RENAME TO purchase_totals;',
    'ALTER SEQUENCE orders_id_seq RENAME TO purchases_id_seq;',
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE purchases_new (id bigint);\nALTER TABLE purchases_new RENAME TO purchases;',
    },
    {
      name: 'a compatibility view with the old name in the same explicit transaction',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO purchases;\nCREATE VIEW orders AS SELECT * FROM purchases;\nCOMMIT;',
    },
    {
      name: 'a new table takes the old name in the same transaction (a table made partitioned in place)',
      sql: [
        'BEGIN;',
        'ALTER TABLE orders RENAME TO orders_legacy;',
        'CREATE TABLE orders (id bigint NOT NULL, created_at timestamptz NOT NULL) PARTITION BY RANGE (id);',
        'ALTER TABLE orders ATTACH PARTITION orders_legacy FOR VALUES FROM (MINVALUE) TO (100000000);',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a new table under the old name, with the rows copied in from the renamed one',
      sql: [
        'BEGIN;',
        'ALTER TABLE orders RENAME TO orders_legacy;',
        'CREATE TABLE orders (id bigint PRIMARY KEY, total_cents bigint);',
        'INSERT INTO orders (id, total_cents) SELECT id, total * 100 FROM orders_legacy;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'CREATE TABLE ... AS under the old name copies the rows',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_legacy;\nCREATE TABLE orders AS SELECT * FROM orders_legacy;\nCOMMIT;',
    },
    {
      name: 'a swap in one transaction: another table takes the old name (pgslice making a table partitioned)',
      sql: [
        'BEGIN;',
        "SET LOCAL lock_timeout = '2s';",
        'ALTER TABLE measurements RENAME TO measurements_retired;',
        'ALTER TABLE measurements_intermediate RENAME TO measurements;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a swap in a golang-migrate file (one multi-statement query: one transaction)',
      sql: 'ALTER TABLE measurements RENAME TO measurements_retired;\nALTER TABLE measurements_p RENAME TO measurements;',
      tool: 'golang-migrate',
    },
    {
      name: 'the old table dropped and the new one renamed into its place in one transaction',
      sql: 'BEGIN;\nDROP TABLE orders;\nALTER TABLE orders_rebuilt RENAME TO orders;\nCOMMIT;',
    },
    {
      name: 'a compatibility view renamed to the old name in the same transaction',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO purchases;\nALTER VIEW orders_compat RENAME TO orders;\nCOMMIT;',
    },
    {
      name: 'renamed and renamed back in the same transaction',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_tmp;\nALTER TABLE orders_tmp RENAME TO orders;\nCOMMIT;',
    },
    {
      name: 'a compatibility view in a tool-wrapped unit',
      sql: '-- +goose Up\nALTER TABLE orders RENAME TO purchases;\nCREATE OR REPLACE VIEW orders AS SELECT * FROM purchases;\n-- +goose Down\nDROP VIEW orders;\nALTER TABLE purchases RENAME TO orders;',
      tool: 'goose',
    },
    {
      name: 'a goose Down section renames back what its Up section renamed',
      sql: '-- +goose Up\n-- sluice-ignore rename-table: reviewed\nALTER TABLE orders RENAME TO purchases;\n-- +goose Down\nALTER TABLE purchases RENAME TO orders;',
      tool: 'goose',
    },
    {
      name: 'a .down.sql script renames back',
      sql: 'ALTER TABLE purchases RENAME TO orders;',
      tool: 'golang-migrate',
      direction: 'down',
    },
  ],
  invalid: [
    {
      name: 'a new, empty table under the old name: running code reads and writes it without the rows',
      sql: [
        'BEGIN;',
        'ALTER TABLE accounts RENAME TO accounts_legacy;',
        'CREATE TABLE accounts (id bigint PRIMARY KEY, legacy_id bigint, email text NOT NULL);',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^RENAME accounts TO accounts_legacy, then a new table accounts in the same transaction: the application version that is still running reads and writes the new accounts as soon as this commits, which holds none of the rows \(they stay in accounts_legacy\) .* unless the rows are copied in \(INSERT INTO accounts \.\.\. SELECT \.\.\. FROM accounts_legacy\) or accounts_legacy is attached to it as a partition/,
        },
      ],
    },
    {
      name: 'rows copied from another table, or another table attached, do not count',
      sql: [
        'BEGIN;',
        'ALTER TABLE accounts RENAME TO accounts_legacy;',
        'CREATE TABLE accounts (id bigint PRIMARY KEY) PARTITION BY RANGE (id);',
        'ALTER TABLE accounts ATTACH PARTITION accounts_archive FOR VALUES FROM (0) TO (1000);',
        'INSERT INTO accounts SELECT id FROM customers;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 2, column: 1, message: /^RENAME accounts TO accounts_legacy, then a new table accounts/ }],
    },
    {
      sql: 'ALTER TABLE orders RENAME TO purchases;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 39,
          lock: 'AccessExclusiveLock',
          message:
            /^RENAME orders TO purchases breaks the application version that is still running.*"relation does not exist".*AccessExclusiveLock on orders/,
        },
      ],
    },
    {
      sql: 'ALTER TABLE IF EXISTS billing.invoices RENAME TO bills;',
      errors: [{ line: 1, column: 1, message: /billing\.invoices TO bills/ }],
    },
    {
      name: 'the view comes after COMMIT: old code fails in between',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO purchases;\nCOMMIT;\nCREATE VIEW orders AS SELECT * FROM purchases;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a table with the old name created after COMMIT: old code fails in between',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_legacy;\nCOMMIT;\nCREATE TABLE orders (id bigint);',
      errors: [{ line: 2, column: 1, message: /unless a view \(or a new table\) named orders is created/ }],
    },
    {
      name: 'a temporary table under the old name is seen by this session alone: other sessions still miss the table',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_v2;\nCREATE TEMP TABLE orders (id bigint);\nCOMMIT;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a table created under the old name and dropped again before COMMIT',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_v2;\nCREATE TABLE orders (id bigint);\nDROP TABLE orders;\nCOMMIT;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a swap outside a transaction: the old name is missing between the renames, the staging name after',
      sql: 'ALTER TABLE measurements RENAME TO measurements_retired;\nALTER TABLE measurements_p RENAME TO measurements;',
      errors: [
        { line: 1, column: 1, message: /^RENAME measurements TO measurements_retired / },
        { line: 2, column: 1, message: /^RENAME measurements_p TO measurements .*queries on measurements_p fail/ },
      ],
    },
    {
      name: 'the halves of a swap in separate transactions',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO orders_old;\nCOMMIT;\nBEGIN;\nALTER TABLE orders_new RENAME TO orders;\nCOMMIT;',
      errors: [
        { line: 2, column: 1 },
        { line: 5, column: 1 },
      ],
    },
    {
      name: 'the table swapped in is renamed away again before COMMIT: the old name is missing',
      sql: [
        'BEGIN;',
        'ALTER TABLE orders RENAME TO orders_old;',
        'ALTER TABLE orders_new RENAME TO orders;',
        'ALTER TABLE orders RENAME TO orders_v2;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /^RENAME orders TO orders_old / },
        { line: 4, column: 1, message: /^RENAME orders TO orders_v2 / },
      ],
    },
    {
      name: 'a name freed by a table this migration created is no swap',
      sql: 'BEGIN;\nCREATE TABLE drafts (id bigint);\nALTER TABLE drafts RENAME TO drafts_old;\nALTER TABLE orders RENAME TO drafts;\nCOMMIT;',
      errors: [{ line: 4, column: 1, message: /^RENAME orders TO drafts / }],
    },
    {
      name: 'a table renamed to the name a dropped compatibility view left: the new code uses its name',
      history: 'CREATE TABLE clients (id bigint);\nCREATE VIEW customers AS SELECT * FROM clients;',
      sql: 'BEGIN;\nDROP VIEW customers;\nALTER TABLE clients RENAME TO customers;\nCOMMIT;',
      errors: [{ line: 3, column: 1, message: /^RENAME clients TO customers / }],
    },
    {
      name: 'outside a transaction the view cannot close the gap',
      sql: 'ALTER TABLE orders RENAME TO purchases;\nCREATE VIEW orders AS SELECT * FROM purchases;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a view with another name does not help',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO purchases;\nCREATE VIEW order_list AS SELECT * FROM purchases;\nCOMMIT;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'an unfinished transaction is reported at the end of the unit',
      sql: 'BEGIN;\nALTER TABLE orders RENAME TO purchases;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a goose Down section renames a table its Up section did not rename',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\n-- +goose Down\nALTER TABLE invoices RENAME TO bills;',
      tool: 'goose',
      errors: [{ line: 5, column: 1, message: /the up section did not rename bills to invoices/ }],
    },
    {
      sql: 'ALTER FOREIGN TABLE remote_orders RENAME TO remote_purchases;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'dbmate up section (wrapped in a transaction) without a view',
      sql: '-- migrate:up\nALTER TABLE orders RENAME TO purchases;\nALTER TABLE purchases ADD COLUMN note text;\n-- migrate:down\nALTER TABLE purchases RENAME TO orders;',
      tool: 'dbmate',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
