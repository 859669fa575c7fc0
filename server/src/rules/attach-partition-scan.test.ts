import { ruleTests } from '../../../test/unit/ruleTester';
import { attachPartitionScan } from './attach-partition-scan';

const HISTORY = [
  'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);',
  'CREATE TABLE events_2027 (id bigint, at timestamptz);',
].join('\n');
const ATTACH = "ALTER TABLE events ATTACH PARTITION events_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');";

ruleTests(attachPartitionScan, {
  valid: [
    {
      name: 'a validated CHECK matching the bound lets PostgreSQL skip the scan',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT events_2027_bound CHECK (at IS NOT NULL AND at >= '2027-01-01' AND at < '2028-01-01') NOT VALID;",
        'ALTER TABLE events_2027 VALIDATE CONSTRAINT events_2027_bound;',
        ATTACH,
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'a partition created in this migration is empty',
      sql: `CREATE TABLE events_2028 (id bigint, at timestamptz);\nALTER TABLE events ATTACH PARTITION events_2028 FOR VALUES FROM ('2028-01-01') TO ('2029-01-01');`,
      history: HISTORY,
    },
    {
      name: 'attaching an index to a partitioned index scans no rows (the partitioned-index recipe)',
      sql: [
        'CREATE INDEX events_at_idx ON ONLY events (at);',
        'CREATE INDEX CONCURRENTLY events_2027_at_idx ON events_2027 (at);',
        'ALTER INDEX events_at_idx ATTACH PARTITION events_2027_at_idx;',
      ].join('\n'),
      history: HISTORY,
    },
  ],
  invalid: [
    {
      sql: ATTACH,
      history: HISTORY,
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock', message: /scans every row of events_2027/ }],
    },
    {
      name: 'a range check that lets NULL through does not imply the bound: PostgreSQL still scans',
      sql: `ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at >= '2027-01-01' AND at < '2028-01-01') NOT VALID;\nALTER TABLE events_2027 VALIDATE CONSTRAINT b;\n${ATTACH}`,
      history: HISTORY,
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'a check that was never validated does not help',
      sql: `ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at >= '2027-01-01') NOT VALID;\n${ATTACH}`,
      history: HISTORY,
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'unknown partition key: the scan cannot be ruled out',
      sql: "ALTER TABLE metrics ATTACH PARTITION metrics_2027 FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
      errors: [{ line: 1, column: 1 }],
    },
  ],
});
