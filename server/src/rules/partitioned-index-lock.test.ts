import { ruleTests } from '../../../test/unit/ruleTester';
import { partitionedIndexLock } from './partitioned-index-lock';

const HISTORY = [
  'CREATE TABLE events (id bigint, at timestamptz, kind text) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
  "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
].join('\n');

ruleTests(partitionedIndexLock, {
  valid: [
    {
      name: 'ON ONLY the parent is instant',
      sql: 'CREATE INDEX events_kind_idx ON ONLY events (kind);',
      history: HISTORY,
    },
    {
      name: 'per partition, concurrently',
      sql: 'CREATE INDEX CONCURRENTLY events_2025_kind_idx ON events_2025 (kind);',
      history: HISTORY,
    },
    { name: 'a table not known to be partitioned', sql: 'CREATE INDEX CONCURRENTLY orders_a_idx ON orders (a);' },
    {
      name: 'a partitioned table created in this migration',
      sql: 'CREATE TABLE logs (at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX ON logs (at);',
    },
  ],
  invalid: [
    {
      name: 'CONCURRENTLY on a partitioned table fails',
      sql: 'CREATE INDEX CONCURRENTLY events_kind_idx ON events (kind);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, message: /^CREATE INDEX CONCURRENTLY on partitioned table events fails/ }],
    },
    {
      sql: 'CREATE INDEX events_kind_idx ON events (kind);',
      history: HISTORY,
      errors: [{ line: 1, column: 1, lock: 'ShareLock', message: /partitioned table events .*\(2 known\)/ }],
    },
  ],
});
