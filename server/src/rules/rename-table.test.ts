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
