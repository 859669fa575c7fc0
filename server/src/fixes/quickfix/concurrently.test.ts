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
  ],
  noFix: [
    { name: 'two indexes', sql: 'DROP INDEX a_idx, b_idx;' },
    { name: 'CASCADE', sql: 'DROP INDEX a_idx CASCADE;' },
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
  ],
});
