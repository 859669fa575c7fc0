import { ruleTests } from '../../../test/unit/ruleTester';
import { requireConcurrentDetach } from './require-concurrent-detach';

ruleTests(requireConcurrentDetach, {
  valid: [
    'ALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;',
    'ALTER TABLE measurements DETACH PARTITION measurements_2023 FINALIZE;',
    {
      name: 'before PostgreSQL 14 there is no CONCURRENTLY to ask for',
      sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;',
      pgVersion: 13,
    },
    {
      name: 'a partitioned table created earlier in the same migration',
      sql: [
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');",
        'ALTER TABLE events DETACH PARTITION events_2025;',
      ].join('\n'),
    },
    {
      name: 'with a default partition PostgreSQL refuses CONCURRENTLY: nothing safer to offer',
      sql: 'CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;\nALTER TABLE measurements DETACH PARTITION measurements_2023;',
    },
    {
      name: 'a default partition the earlier migrations created: PostgreSQL refuses CONCURRENTLY (verified on 15)',
      sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;\nALTER TABLE measurements DETACH PARTITION measurements_default;',
      history: [
        'CREATE TABLE measurements (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
        'CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;',
      ].join('\n'),
    },
    {
      name: 'a default partition attached in this migration',
      sql: 'ALTER TABLE measurements ATTACH PARTITION measurements_other DEFAULT;\nALTER TABLE measurements DETACH PARTITION measurements_2023;',
    },
  ],
  invalid: [
    {
      sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 60,
          lock: 'AccessExclusiveLock',
          message:
            /^DETACH PARTITION measurements_2023 without CONCURRENTLY takes an AccessExclusiveLock on measurements and on measurements_2023: reads and writes/,
        },
      ],
    },
    {
      name: 'PostgreSQL 14 is the first version with CONCURRENTLY',
      sql: 'ALTER TABLE measurements DETACH PARTITION measurements_2023;',
      pgVersion: 14,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'a partition created in this migration still locks the pre-existing parent',
      sql: "CREATE TABLE m_2030 PARTITION OF metrics.measurements FOR VALUES FROM ('2030-01-01') TO ('2031-01-01');\nALTER TABLE metrics.measurements DETACH PARTITION m_2030;",
      errors: [{ line: 2, column: 1, message: /on metrics\.measurements and on m_2030/ }],
    },
    {
      name: 'the default partition is detached first: then CONCURRENTLY is possible again',
      sql: [
        'CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;',
        'ALTER TABLE measurements DETACH PARTITION measurements_default;',
        'ALTER TABLE measurements DETACH PARTITION measurements_2023;',
      ].join('\n'),
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: "the history's default partition is detached first",
      sql: 'ALTER TABLE measurements DETACH PARTITION measurements_default;\nALTER TABLE measurements DETACH PARTITION measurements_2023;',
      history: [
        'CREATE TABLE measurements (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE measurements_2023 PARTITION OF measurements FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');",
        'CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;',
      ].join('\n'),
      errors: [{ line: 2, column: 1, message: /^DETACH PARTITION measurements_2023 without CONCURRENTLY/ }],
    },
    {
      name: 'goose transaction',
      tool: 'goose',
      sql: '-- +goose Up\nALTER TABLE measurements DETACH PARTITION measurements_2023;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
