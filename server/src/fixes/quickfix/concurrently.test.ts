// require-concurrent-drop-index, -reindex and -detach: CONCURRENTLY in place, or the statement moves.
import { fixTests } from '../../../../test/unit/fixTester';
import { requireConcurrentDetach } from '../../rules/require-concurrent-detach';
import { requireConcurrentDropIndex } from '../../rules/require-concurrent-drop-index';
import { requireConcurrentReindex } from '../../rules/require-concurrent-reindex';

const HISTORY =
  'CREATE TABLE orders (id bigint);\nCREATE INDEX orders_id_idx ON orders (id);\nINSERT INTO orders VALUES (1);';
const PARTITIONS =
  'CREATE TABLE events (at date) PARTITION BY RANGE (at);\nCREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ($$2024-01-01$$) TO ($$2025-01-01$$);';

fixTests(requireConcurrentDropIndex, {
  fixes: [
    {
      sql: 'DROP INDEX IF EXISTS orders_id_idx;',
      output: 'DROP INDEX CONCURRENTLY IF EXISTS orders_id_idx;',
      history: HISTORY,
    },
    {
      name: 'dbmate wraps the section: moved',
      tool: 'dbmate',
      sql: '-- migrate:up\ndrop index public.orders_id_idx;\n\n-- migrate:down\n',
      output: '-- migrate:up\n\n-- migrate:down\n',
      steps: [{ up: 'drop index concurrently public.orders_id_idx;\n', transactional: false }],
      history: HISTORY,
    },
    {
      name: "golang-migrate: the down's CREATE INDEX moves into the new down, built concurrently",
      tool: 'golang-migrate',
      sql: "SET lock_timeout = '2s';\nDROP INDEX orders_id_idx;\n",
      output: "SET lock_timeout = '2s';\n",
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      down: 'CREATE INDEX orders_id_idx ON orders (id);\n',
      downOutput: '',
      steps: [
        {
          up: 'DROP INDEX CONCURRENTLY orders_id_idx;\n',
          down: 'CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n',
          transactional: false,
        },
      ],
      history: HISTORY,
    },
    {
      name: "goose: the Down section's create index (lower case) moves, the rest stays",
      tool: 'goose',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nDROP INDEX orders_id_idx;\n-- +goose Down\ncreate index orders_id_idx on orders (id);\nALTER TABLE orders DROP COLUMN note;\n",
      output:
        "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n-- +goose Down\nALTER TABLE orders DROP COLUMN note;\n",
      steps: [
        {
          up: 'DROP INDEX CONCURRENTLY orders_id_idx;\n',
          down: 'create index concurrently orders_id_idx on orders (id);\n',
          transactional: false,
        },
      ],
      history: HISTORY,
    },
    {
      name: 'no CREATE INDEX of it in the down: the new down says how to undo it',
      tool: 'golang-migrate',
      sql: "SET lock_timeout = '2s';\nDROP INDEX orders_id_idx;\n",
      output: "SET lock_timeout = '2s';\n",
      title: /^Add CONCURRENTLY and move it to a new migration outside a transaction$/,
      down: 'SELECT 1;\n',
      steps: [
        {
          up: 'DROP INDEX CONCURRENTLY orders_id_idx;\n',
          down: '-- Recreate orders_id_idx with CREATE INDEX CONCURRENTLY and its original definition to undo this.\n',
          transactional: false,
        },
      ],
    },
  ],
  noFix: [
    { name: 'two indexes', sql: 'DROP INDEX a_idx, b_idx;' },
    { name: 'CASCADE', sql: 'DROP INDEX a_idx CASCADE;' },
    {
      name: 'in a down file that runs in a transaction: no forward migration made of it',
      tool: 'golang-migrate',
      direction: 'down',
      sql: 'DROP INDEX orders_created_at_idx;\nDROP INDEX orders_status_idx;\n',
    },
  ],
});

fixTests(requireConcurrentReindex, {
  fixes: [
    { sql: 'REINDEX INDEX orders_id_idx;', output: 'REINDEX INDEX CONCURRENTLY orders_id_idx;', history: HISTORY },
    {
      name: 'options in parentheses, lower case',
      sql: 'reindex (verbose) table orders;',
      output: 'reindex (verbose) table concurrently orders;',
      history: HISTORY,
    },
  ],
});

fixTests(requireConcurrentDetach, {
  fixes: [
    {
      sql: 'ALTER TABLE events DETACH PARTITION events_2024;',
      output: 'ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;',
      history: PARTITIONS,
    },
    {
      name: 'Flyway wraps a file that mixes statements: moved',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE events DETACH PARTITION events_2024;\n",
      output: "SET lock_timeout = '2s';\n",
      steps: [{ up: 'ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;\n', transactional: false }],
      history: PARTITIONS,
    },
    {
      name: "Flyway with an undo script: the U file's ATTACH PARTITION moves into the new undo",
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE events DETACH PARTITION events_2024;\n",
      output: "SET lock_timeout = '2s';\n",
      down: "SET lock_timeout = '2s';\nALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n",
      downOutput: "SET lock_timeout = '2s';\n",
      steps: [
        {
          up: 'ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY;\n',
          down:
            "ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');\n" +
            '-- DETACH ... CONCURRENTLY gave events_2024 a CHECK constraint copying its bounds (ATTACH used it to skip a scan); drop it if unwanted (\\d events_2024).\n',
          transactional: false,
        },
      ],
      // (No database run: the CHECK that DETACH CONCURRENTLY adds stays after the down, under a name PostgreSQL picks.)
    },
  ],
});
