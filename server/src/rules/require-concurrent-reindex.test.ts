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
      name: 'goose transaction',
      tool: 'goose',
      sql: '-- +goose Up\nREINDEX INDEX orders_status_idx;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
