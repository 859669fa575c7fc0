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
      name: 'a partitioned table made in this migration with only new partitions',
      sql: "CREATE TABLE logs (at date NOT NULL, msg text) PARTITION BY RANGE (at);\nCREATE TABLE logs_2025 PARTITION OF logs FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\nCREATE INDEX logs_at_idx ON logs (at);",
    },
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
      name: 'a partitioned table made in this migration that adopted a table in use: the build locks that table',
      history:
        'CREATE TABLE metrics (id bigint, sensor_id bigint, recorded_at timestamptz NOT NULL) PARTITION BY RANGE (recorded_at);\nCREATE TABLE metrics_2025 (id bigint, sensor_id bigint, recorded_at timestamptz NOT NULL);',
      sql: [
        "SET lock_timeout = '2s';",
        'CREATE TABLE metrics_v2 (LIKE metrics INCLUDING ALL) PARTITION BY RANGE (recorded_at);',
        "ALTER TABLE metrics_v2 ATTACH PARTITION metrics_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        "CREATE TABLE metrics_v2_2026 PARTITION OF metrics_v2 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
        'CREATE INDEX metrics_v2_sensor_idx ON metrics_v2 (sensor_id);',
      ].join('\n'),
      rules: { 'attach-partition-scan': 'off' },
      errors: [
        {
          line: 5,
          column: 1,
          lock: 'ShareLock',
          message:
            /^CREATE INDEX on partitioned table metrics_v2, new in this migration, builds the index on each of its partitions at once, among them metrics_2025, which existed before it, each under a ShareLock: writes to it wait/,
        },
      ],
    },
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
