import { ruleTests } from '../../../test/unit/ruleTester';
import { requireConcurrentReindex } from './require-concurrent-reindex';

ruleTests(requireConcurrentReindex, {
  valid: [
    'REINDEX INDEX CONCURRENTLY orders_status_idx;',
    'REINDEX TABLE CONCURRENTLY orders;',
    'REINDEX (VERBOSE, CONCURRENTLY) SCHEMA billing;',
    'REINDEX (CONCURRENTLY true) TABLE orders;',
    {
      name: 'before PostgreSQL 12 there is no CONCURRENTLY to ask for',
      sql: 'REINDEX TABLE orders;',
      pgVersion: 11,
    },
    {
      name: 'before 14 a partitioned table is not reindexed: REINDEX TABLE warns and skips it, REINDEX INDEX fails',
      history:
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'REINDEX TABLE events;\nREINDEX INDEX events_at_idx;',
      pgVersion: 13,
    },
    {
      name: 'REINDEX SYSTEM has no concurrent form (system catalogs)',
      sql: 'REINDEX SYSTEM app;',
    },
    {
      name: 'a table created earlier in the same migration',
      sql: 'CREATE TABLE refunds (id bigint PRIMARY KEY);\nREINDEX TABLE refunds;',
    },
    {
      name: 'an index of a table created earlier in the same migration',
      sql: 'CREATE TABLE refunds (id bigint);\nCREATE INDEX refunds_id_idx ON refunds (id);\nREINDEX INDEX refunds_id_idx;',
    },
  ],
  invalid: [
    {
      sql: 'REINDEX INDEX orders_status_idx;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 32,
          lock: 'AccessExclusiveLock',
          message:
            /REINDEX INDEX orders_status_idx without CONCURRENTLY takes a ShareLock on its table and an AccessExclusiveLock on the index: reads and writes wait/,
        },
      ],
    },
    {
      sql: 'REINDEX TABLE billing.invoices;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /ShareLock on billing\.invoices and an AccessExclusiveLock on each of its indexes/,
        },
      ],
    },
    {
      name: 'PostgreSQL 12 is the first version with CONCURRENTLY',
      sql: 'REINDEX TABLE orders;',
      pgVersion: 12,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: '(CONCURRENTLY false) and (CONCURRENTLY off) turn it off',
      sql: 'REINDEX (CONCURRENTLY false) TABLE orders;\nREINDEX (VERBOSE, CONCURRENTLY off) INDEX orders_pkey;\nREINDEX (CONCURRENTLY 0) TABLE orders;',
      errors: [
        { line: 1, column: 1 },
        { line: 2, column: 1 },
        { line: 3, column: 1 },
      ],
    },
    {
      sql: 'REINDEX SCHEMA billing;\nREINDEX DATABASE app;',
      errors: [
        { line: 1, column: 1, message: /REINDEX SCHEMA billing without CONCURRENTLY rebuilds every index/ },
        { line: 2, column: 1, message: /REINDEX DATABASE app without CONCURRENTLY/ },
      ],
    },
    {
      name: 'PostgreSQL 14+ reindexes a partitioned table partition by partition',
      history:
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'REINDEX TABLE events;\nREINDEX INDEX events_at_idx;',
      pgVersion: 14,
      errors: [
        { line: 1, column: 1, message: /^REINDEX TABLE events without CONCURRENTLY/ },
        { line: 2, column: 1, message: /^REINDEX INDEX events_at_idx without CONCURRENTLY/ },
      ],
    },
    {
      name: 'before 14 a plain table is reindexed',
      history:
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);\nCREATE TABLE orders (id bigint PRIMARY KEY);',
      sql: 'REINDEX TABLE orders;',
      pgVersion: 13,
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'goose transaction',
      tool: 'goose',
      sql: '-- +goose Up\nREINDEX INDEX orders_status_idx;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
