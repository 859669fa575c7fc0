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
      name: 'a partition made with LIKE has the parent’s NOT NULL key columns',
      history: [
        'CREATE TABLE ev (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);',
        'CREATE TABLE ev_2026 (LIKE ev INCLUDING ALL);',
        "ALTER TABLE ev_2026 ADD CONSTRAINT ev_2026_bound CHECK (at >= '2026-01-01' AND at < '2027-01-01');",
      ].join('\n'),
      sql: "ALTER TABLE ev ATTACH PARTITION ev_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
    },
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
      name: 'a check narrower than the bound, written with casts, BETWEEN or the constant first, still implies it',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT b1 CHECK (at IS NOT NULL AND at >= '2027-03-01'::timestamptz AND at < '2027-06-01 00:00');",
        "ALTER TABLE events_2027 ADD CONSTRAINT b2 CHECK (at IS NOT NULL AND at BETWEEN '2027-01-01' AND '2027-12-31 23:59:59');",
        "ALTER TABLE events_2027 ADD CONSTRAINT b3 CHECK (at IS NOT NULL AND '2027-01-01' <= at AND at < '2028-01-01');",
        ATTACH,
      ].join('\n'),
      history: HISTORY,
    },
    {
      name: 'a check Sluice cannot compare with the bound gets the benefit of the doubt',
      sql: `ALTER TABLE events_2027 ADD CONSTRAINT b CHECK (at IS NOT NULL AND at >= now() - interval '1 year');\n${ATTACH}`,
      history: HISTORY,
    },
    {
      name: 'a list partition whose check allows only listed values',
      sql: [
        "ALTER TABLE orders_eu ADD CONSTRAINT r CHECK (region IS NOT NULL AND region IN ('eu', 'uk'));",
        "ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu', 'uk', 'ch');",
      ].join('\n'),
      history:
        'CREATE TABLE orders (id bigint, region text) PARTITION BY LIST (region);\nCREATE TABLE orders_eu (id bigint, region text);',
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
      name: 'a validated check for the wrong year, one wider than the bound, one bounded on one side only',
      sql: [
        "ALTER TABLE events_2027 ADD CONSTRAINT y2026 CHECK (at IS NOT NULL AND at >= '2026-01-01' AND at < '2027-01-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT y2026;',
        "ALTER TABLE events_2027 ADD CONSTRAINT wide CHECK (at IS NOT NULL AND at >= '2027-01-01' AND at <= '2028-01-01');",
        ATTACH,
        'ALTER TABLE events DETACH PARTITION events_2027;',
        'ALTER TABLE events_2027 DROP CONSTRAINT wide;',
        "ALTER TABLE events_2027 ADD CONSTRAINT low CHECK (at IS NOT NULL AND at >= '2027-01-01');",
        ATTACH,
      ].join('\n'),
      history: HISTORY,
      errors: [
        { line: 2, column: 1 },
        { line: 6, column: 1 },
        { line: 10, column: 1 },
      ],
    },
    {
      name: 'a list partition whose check allows a value the bound does not list',
      sql: [
        "ALTER TABLE orders_eu ADD CONSTRAINT r CHECK (region IS NOT NULL AND region IN ('eu', 'us'));",
        "ALTER TABLE orders ATTACH PARTITION orders_eu FOR VALUES IN ('eu');",
      ].join('\n'),
      history:
        'CREATE TABLE orders (id bigint, region text) PARTITION BY LIST (region);\nCREATE TABLE orders_eu (id bigint, region text);',
      errors: [{ line: 2, column: 1 }],
    },
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
