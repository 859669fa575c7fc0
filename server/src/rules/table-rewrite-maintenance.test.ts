import { ruleTests } from '../../../test/unit/ruleTester';
import { tableRewriteMaintenance } from './table-rewrite-maintenance';

ruleTests(tableRewriteMaintenance, {
  valid: [
    {
      name: 'SET TABLESPACE of a partitioned table only sets where new partitions go',
      history: 'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);',
      sql: 'ALTER TABLE events SET TABLESPACE pg_default;',
    },
    {
      name: 'SET ACCESS METHOD heap or DEFAULT (the usual method: no change), of a partitioned table (no storage)',
      history: 'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);',
      sql: 'ALTER TABLE orders SET ACCESS METHOD heap;\nALTER TABLE orders SET ACCESS METHOD DEFAULT;\nALTER TABLE events SET ACCESS METHOD columnar;',
      pgVersion: 17,
    },
    {
      name: 'SET ACCESS METHOD does not exist before PostgreSQL 15; nor CLUSTER of a partitioned table',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'ALTER TABLE orders SET ACCESS METHOD columnar;\nCLUSTER events USING events_at_idx;',
      pgVersion: 14,
    },
    'VACUUM orders;',
    'VACUUM (ANALYZE, VERBOSE) orders;',
    {
      name: 'FULL false/off/0 is a plain VACUUM',
      sql: 'VACUUM (FULL false) orders;\nVACUUM (FULL off, ANALYZE) orders;\nVACUUM (FULL 0) orders;',
    },
    'ANALYZE orders;',
    'ALTER TABLE orders SET (fillfactor = 90);',
    'ALTER TABLE orders CLUSTER ON orders_pkey;',
    {
      name: 'tables created earlier in the same migration are empty',
      sql: [
        'CREATE UNLOGGED TABLE staging (id bigint PRIMARY KEY);',
        'ALTER TABLE staging SET LOGGED, SET TABLESPACE fast_ssd;',
        'CLUSTER staging USING staging_pkey;',
        'VACUUM FULL staging;',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      sql: 'VACUUM FULL orders;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 19,
          lock: 'AccessExclusiveLock',
          message:
            /^VACUUM FULL rewrites orders and its indexes under an AccessExclusiveLock: reads and writes wait until the rewrite ends/,
        },
      ],
    },
    {
      sql: 'VACUUM (FULL, ANALYZE) orders, billing.invoices;\nVACUUM (FULL true);\nVACUUM FULL;',
      errors: [
        { line: 1, column: 1, message: /^VACUUM FULL rewrites orders, billing\.invoices and their indexes/ },
        { line: 2, column: 1, message: /^VACUUM FULL without a table rewrites every table of the database/ },
        { line: 3, column: 1 },
      ],
    },
    {
      sql: 'CLUSTER orders USING orders_created_at_idx;\nCLUSTER VERBOSE orders;\nCLUSTER;',
      errors: [
        {
          line: 1,
          column: 1,
          message: /^CLUSTER rewrites orders and its indexes in index order under an AccessExclusiveLock/,
        },
        { line: 2, column: 1 },
        {
          line: 3,
          column: 1,
          message: /^CLUSTER without a table rewrites every table of the database that was clustered before/,
        },
      ],
    },
    {
      name: 'one finding per ALTER TABLE, naming every rewriting subcommand',
      sql: "SET lock_timeout = '2s';\nALTER TABLE events SET UNLOGGED;\nALTER TABLE audit.log SET LOGGED, SET TABLESPACE archive, SET (fillfactor = 100);",
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 32,
          message: /^ALTER TABLE events SET UNLOGGED rewrites events under an AccessExclusiveLock/,
        },
        {
          line: 3,
          column: 1,
          message: /^ALTER TABLE audit\.log SET LOGGED, SET TABLESPACE archive rewrite audit\.log/,
        },
      ],
    },
    {
      name: 'moving an index or a materialized view copies it under an AccessExclusiveLock too',
      sql: 'ALTER INDEX orders_pkey SET TABLESPACE fast_ssd;\nALTER MATERIALIZED VIEW order_totals SET TABLESPACE fast_ssd;\nALTER TABLE ALL IN TABLESPACE old_disk SET TABLESPACE new_disk;',
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^ALTER INDEX orders_pkey SET TABLESPACE fast_ssd copies the index .*every query that plans against its table waits/,
        },
        { line: 2, column: 1, message: /rewrites order_totals under an AccessExclusiveLock: reads wait/ },
        {
          line: 3,
          column: 1,
          message: /^ALTER TABLE ALL IN TABLESPACE old_disk SET TABLESPACE new_disk copies every such relation/,
        },
      ],
    },
    {
      name: 'SET ACCESS METHOD to another method rewrites the table (the same one is a no-op, verified on 15)',
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders SET ACCESS METHOD columnar;\nALTER MATERIALIZED VIEW order_totals SET ACCESS METHOD heap2;",
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^ALTER TABLE orders SET ACCESS METHOD columnar rewrites orders under an AccessExclusiveLock/,
        },
        { line: 3, column: 1, message: /SET ACCESS METHOD heap2 rewrites order_totals .*reads wait/ },
      ],
    },
    {
      name: 'PostgreSQL 15+ clusters a partitioned table partition by partition',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'CLUSTER events USING events_at_idx;',
      errors: [{ line: 1, column: 1, message: /^CLUSTER rewrites events/ }],
    },
    {
      name: 'in a goose transaction (CLUSTER with a table may run in one)',
      tool: 'goose',
      sql: '-- +goose Up\nCLUSTER orders USING orders_pkey;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
