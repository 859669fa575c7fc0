import { fixTests } from '../../../../test/unit/fixTester';
import { requireConcurrentIndex } from '../../rules/require-concurrent-index';

const ORDERS =
  'CREATE TABLE orders (id bigint, created_at timestamptz, email text);\nINSERT INTO orders VALUES (1, now(), $$a@b$$), (2, now(), $$c@d$$);';

fixTests(requireConcurrentIndex, {
  fixes: [
    {
      sql: 'CREATE INDEX orders_created_at_idx ON orders (created_at);\n',
      output: 'CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);\n',
      title: /^Add CONCURRENTLY$/,
      history: ORDERS,
    },
    {
      name: 'lower case, IF NOT EXISTS, a comment and odd spacing stay as written',
      sql: 'create unique /* why */ index\n\tif not exists "Orders_Email" on public.orders (lower(email));',
      output:
        'create unique /* why */ index concurrently\n\tif not exists "Orders_Email" on public.orders (lower(email));',
      history: ORDERS,
    },
    {
      name: 'CRLF file, statement after a lock_timeout',
      sql: "SET lock_timeout = '2s';\r\nCREATE INDEX ON orders USING btree (id);\r\n",
      output: "SET lock_timeout = '2s';\r\nCREATE INDEX CONCURRENTLY ON orders USING btree (id);\r\n",
      history: ORDERS,
    },
    {
      name: 'inside an explicit BEGIN: moved to a new non-transactional migration',
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\n-- sluice-ignore require-lock-timeout: tiny\nCREATE INDEX orders_id_idx ON orders (id);\nCOMMIT;\n',
      output: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\n',
      title: /move it to a new migration outside a transaction/,
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS orders_id_idx;\n',
          transactional: false,
        },
      ],
      history: ORDERS,
    },
    {
      name: 'golang-migrate sends a multi-statement file as one implicit transaction: moved',
      tool: 'golang-migrate',
      sql: "SET lock_timeout = '2s';\nALTER TABLE billing.orders ADD COLUMN note text;\nCREATE INDEX ix ON billing.orders (id);\n",
      output: "SET lock_timeout = '2s';\nALTER TABLE billing.orders ADD COLUMN note text;\n",
      steps: [
        {
          up: 'CREATE INDEX CONCURRENTLY ix ON billing.orders (id);\n',
          down: 'DROP INDEX CONCURRENTLY IF EXISTS billing.ix;\n',
          transactional: false,
        },
      ],
      history: 'CREATE SCHEMA billing;\nCREATE TABLE billing.orders (id bigint);',
    },
    {
      name: 'golang-migrate with the index alone in its file: in place',
      tool: 'golang-migrate',
      sql: 'CREATE INDEX ix ON orders (id);',
      output: 'CREATE INDEX CONCURRENTLY ix ON orders (id);',
    },
    {
      name: 'Flyway runs a file whose only statement cannot run in a transaction outside one: in place',
      tool: 'flyway',
      sql: 'CREATE INDEX ix ON orders (id);\n',
      output: 'CREATE INDEX CONCURRENTLY ix ON orders (id);\n',
    },
    {
      name: 'goose wraps the Up section in a transaction: moved, the section markers stay',
      tool: 'goose',
      sql: '-- +goose Up\nCREATE INDEX ix ON orders (id);\n\n-- +goose Down\nDROP INDEX ix;\n',
      output: '-- +goose Up\n\n-- +goose Down\nDROP INDEX ix;\n',
      steps: [{ up: 'CREATE INDEX CONCURRENTLY ix ON orders (id);\n', transactional: false }],
    },
    {
      name: 'a UTF-8 name before the keyword does not shift the edit',
      sql: 'COMMENT ON TABLE orders IS \'Bestellungen — 😀\';\nCREATE INDEX "idx_é" ON orders (id);',
      output: 'COMMENT ON TABLE orders IS \'Bestellungen — 😀\';\nCREATE INDEX CONCURRENTLY "idx_é" ON orders (id);',
      history: ORDERS,
    },
  ],
});
