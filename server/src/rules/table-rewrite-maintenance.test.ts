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
      name: 'SET TABLESPACE to the tablespace the history shows the table in moves nothing, but still locks it (Flyway)',
      tool: 'flyway',
      history: 'CREATE TABLE customers (id bigint PRIMARY KEY, name text);',
      sql: 'ALTER TABLE customers SET TABLESPACE pg_default;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^ALTER TABLE customers SET TABLESPACE pg_default moves nothing \(customers is already in pg_default\), but still takes an AccessExclusiveLock on customers for nothing: reads and writes wait until the transaction ends$/,
        },
      ],
    },
    {
      name: 'the tablespace a CREATE TABLE names, a partition takes from its parent, or SET TABLESPACE or default_tablespace gave',
      history: [
        'CREATE TABLE archived (id bigint) TABLESPACE archive_disk;',
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at) TABLESPACE archive_disk;',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
        'CREATE TABLE moved (id bigint);',
        'ALTER TABLE moved SET TABLESPACE fast_ssd;',
        'SET default_tablespace = fast_ssd;',
        'CREATE TABLE hot (id bigint);',
        "SET default_tablespace = '';",
        'CREATE TABLE dumped (id bigint);',
      ].join('\n'),
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE archived SET TABLESPACE archive_disk;',
        'ALTER TABLE events_2024 SET TABLESPACE archive_disk;',
        'ALTER TABLE moved SET TABLESPACE fast_ssd;',
        'ALTER TABLE hot SET TABLESPACE fast_ssd;',
        'ALTER TABLE dumped SET TABLESPACE pg_default;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /^ALTER TABLE archived SET TABLESPACE archive_disk moves nothing/ },
        { line: 3, column: 1, message: /^ALTER TABLE events_2024 SET TABLESPACE archive_disk moves nothing/ },
        { line: 4, column: 1, message: /^ALTER TABLE moved SET TABLESPACE fast_ssd moves nothing/ },
        { line: 5, column: 1, message: /^ALTER TABLE hot SET TABLESPACE fast_ssd moves nothing/ },
        { line: 6, column: 1, message: /^ALTER TABLE dumped SET TABLESPACE pg_default moves nothing/ },
      ],
    },
    {
      name: 'SET TABLESPACE to another tablespace than the known one copies the table',
      history: [
        'CREATE TABLE archived (id bigint) TABLESPACE archive_disk;',
        'CREATE TABLE customers (id bigint);',
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at) TABLESPACE archive_disk;',
        "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');",
      ].join('\n'),
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE archived SET TABLESPACE pg_default;',
        'ALTER TABLE customers SET TABLESPACE archive_disk;',
        'ALTER TABLE customers SET TABLESPACE archive_disk;',
        'ALTER TABLE events_2024 SET TABLESPACE pg_default;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /^ALTER TABLE archived SET TABLESPACE pg_default rewrites archived under/ },
        { line: 3, column: 1, message: /^ALTER TABLE customers SET TABLESPACE archive_disk rewrites customers under/ },
        { line: 4, column: 1, message: /^ALTER TABLE customers SET TABLESPACE archive_disk moves nothing/ },
        { line: 5, column: 1, message: /^ALTER TABLE events_2024 SET TABLESPACE pg_default rewrites events_2024/ },
      ],
    },
    {
      name: 'a table whose tablespace is unknown is taken to be copied (no history, default_tablespace reset or set for the transaction, ALL IN TABLESPACE)',
      history: [
        'RESET default_tablespace;',
        'CREATE TABLE reset_first (id bigint);',
        'SET default_tablespace = fast_ssd;',
        'SET LOCAL default_tablespace = archive_disk;',
        'CREATE TABLE local_first (id bigint);',
        "SET default_tablespace = '';",
        'CREATE TABLE archived (id bigint) TABLESPACE archive_disk;',
        'ALTER TABLE ALL IN TABLESPACE archive_disk OWNED BY app SET TABLESPACE fast_ssd;',
      ].join('\n'),
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE orders SET TABLESPACE pg_default;',
        'ALTER TABLE reset_first SET TABLESPACE pg_default;',
        'ALTER TABLE local_first SET TABLESPACE archive_disk;',
        'ALTER TABLE archived SET TABLESPACE archive_disk;',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /SET TABLESPACE pg_default rewrites orders/ },
        { line: 3, column: 1, message: /SET TABLESPACE pg_default rewrites reset_first/ },
        { line: 4, column: 1, message: /SET TABLESPACE archive_disk rewrites local_first/ },
        { line: 5, column: 1, message: /SET TABLESPACE archive_disk rewrites archived/ },
      ],
    },
    {
      name: 'beside a subcommand that rewrites, or one that takes the AccessExclusiveLock itself',
      history: 'CREATE TABLE customers (id bigint);',
      sql: [
        "SET lock_timeout = '2s';",
        'ALTER TABLE customers SET LOGGED, SET TABLESPACE pg_default;',
        'ALTER TABLE customers SET TABLESPACE pg_default, ADD COLUMN note text;',
        'ALTER TABLE customers SET TABLESPACE pg_default, SET (fillfactor = 90);',
      ].join('\n'),
      errors: [
        { line: 2, column: 1, message: /^ALTER TABLE customers SET LOGGED rewrites customers under/ },
        {
          line: 3,
          column: 1,
          message:
            /^ALTER TABLE customers SET TABLESPACE pg_default moves nothing \(customers is already in pg_default\), but the statement takes an AccessExclusiveLock on customers: reads/,
        },
        { line: 4, column: 1, message: /moves nothing .* AccessExclusiveLock on customers for nothing/ },
      ],
    },
    {
      name: 'in a goose transaction (CLUSTER with a table may run in one)',
      tool: 'goose',
      sql: '-- +goose Up\nCLUSTER orders USING orders_pkey;\n-- +goose Down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
