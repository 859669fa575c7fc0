import { ruleTests } from '../../../test/unit/ruleTester';
import { concurrentlyInTransaction } from './concurrently-in-transaction';

ruleTests(concurrentlyInTransaction, {
  valid: [
    {
      name: 'REINDEX of a plain table inside a transaction',
      history:
        'CREATE TABLE orders (id bigint);\nCREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);',
      sql: 'BEGIN;\nREINDEX TABLE orders;\nCOMMIT;',
    },
    {
      name: 'CLUSTER of a plain table, or of a partitioned one outside a transaction',
      history:
        'CREATE TABLE orders (id bigint PRIMARY KEY);\nCREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'BEGIN;\nCLUSTER orders USING orders_pkey;\nCOMMIT;\nCLUSTER events USING events_at_idx;',
    },
    {
      name: 'before PostgreSQL 15 a partitioned table cannot be clustered at all; before 14 not reindexed',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'BEGIN;\nCLUSTER events USING events_at_idx;\nREINDEX TABLE events;\nREINDEX INDEX events_at_idx;\nCOMMIT;',
      pgVersion: 13,
    },
    {
      name: 'CLUSTER of a partitioned table without USING fails anywhere (it cannot be marked clustered)',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'BEGIN;\nCLUSTER events;\nCOMMIT;',
    },
    'CREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);',
    'BEGIN;\nCREATE INDEX orders_at_idx ON orders (created_at);\nCOMMIT;',
    'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);',
    {
      name: 'goose NO TRANSACTION',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\n-- +goose Down\nDROP INDEX CONCURRENTLY orders_at_idx;',
      tool: 'goose',
    },
    {
      name: 'goose NO TRANSACTION: a `--` comment after the `;` still ends the query',
      sql: "-- +goose NO TRANSACTION\n-- +goose Up\nSET lock_timeout = '2s'; -- fail fast\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\n-- +goose Down\nDROP INDEX CONCURRENTLY orders_at_idx;",
      tool: 'goose',
    },
    {
      name: 'dbmate transaction:false',
      sql: '-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\n\n-- migrate:down transaction:false\nDROP INDEX CONCURRENTLY orders_at_idx;',
      tool: 'dbmate',
    },
    {
      name: 'REFRESH MATERIALIZED VIEW CONCURRENTLY is allowed inside a transaction',
      sql: 'BEGIN;\nREFRESH MATERIALIZED VIEW CONCURRENTLY daily_totals;\nCOMMIT;',
    },
    {
      name: 'ANALYZE (unlike VACUUM) runs inside a transaction',
      sql: 'BEGIN;\nANALYZE orders;\nCOMMIT;',
    },
    {
      name: 'BEGIN inside a function body is not a transaction',
      sql: 'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  PERFORM 1;\nEND\n$$;\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);',
    },
    {
      name: 'after a COMMIT of goose’s transaction, goose runs the rest statement by statement',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN n text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_n_idx ON orders (n);\n-- +goose Down\nSELECT 1;",
      tool: 'goose',
      rules: { 'transaction-nesting': 'off' },
    },
    {
      name: 'a BEGIN inside goose’s transaction is ignored, so its COMMIT ends goose’s (PostgreSQL 15: the index builds)',
      sql: "-- +goose Up\nBEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN n text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_n_idx ON orders (n);\n-- +goose Down\nSELECT 1;",
      tool: 'goose',
      rules: { 'transaction-nesting': 'off' },
    },
  ],
  invalid: [
    {
      name: 'dbmate sends the section as one query: after BEGIN ... COMMIT the rest is still one implicit transaction',
      sql: '-- migrate:up\nBEGIN;\nALTER TABLE orders ADD COLUMN n text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_n_idx ON orders (n);\n-- migrate:down\nSELECT 1;',
      tool: 'dbmate',
      rules: { 'transaction-nesting': 'off' },
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'dbmate transaction:false sends the section as one query: two statements there are one transaction',
      sql: "-- migrate:up transaction:false\nSET lock_timeout = '2s';\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\n\n-- migrate:down\nDROP INDEX orders_at_idx;",
      tool: 'dbmate',
      errors: [{ line: 3, column: 1, message: /dbmate sends the whole up section as one multi-statement query/ }],
    },
    {
      name: 'PostgreSQL 14+: REINDEX of a partitioned table or index commits per partition',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'BEGIN;\nREINDEX TABLE events;\nREINDEX INDEX events_at_idx;\nCOMMIT;',
      errors: [
        { line: 2, column: 1, message: /^REINDEX TABLE of a partitioned table cannot run inside a transaction block/ },
        { line: 3, column: 1, message: /^REINDEX INDEX of a partitioned index cannot/ },
      ],
    },
    {
      name: 'PostgreSQL 15+: CLUSTER of a partitioned table commits per partition (verified on 15)',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: "SET lock_timeout = '2s';\nCLUSTER events USING events_at_idx;",
      tool: 'golang-migrate',
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^CLUSTER of a partitioned table cannot run inside a transaction block, and golang-migrate sends the whole file as one multi-statement query/,
        },
      ],
    },
    {
      name: 'a DO block runs CLUSTER of a partitioned table as a function would',
      history:
        'CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (at);\nCREATE INDEX events_at_idx ON events (at);',
      sql: 'DO $$\nBEGIN\n  CLUSTER events USING events_at_idx;\nEND\n$$;',
      errors: [{ line: 3, column: 3, message: /^CLUSTER of a partitioned table cannot be executed from a function/ }],
    },
    {
      name: 'REINDEX SCHEMA/DATABASE and CLUSTER without a table commit per table: refused in a transaction',
      sql: 'BEGIN;\nREINDEX SCHEMA billing;\nREINDEX DATABASE app;\nCLUSTER;\nCLUSTER orders USING orders_pkey;\nCOMMIT;',
      errors: [
        { line: 2, column: 1, message: /^REINDEX SCHEMA cannot run inside a transaction block/ },
        { line: 3, column: 1, message: /^REINDEX DATABASE cannot/ },
        { line: 4, column: 1, message: /^CLUSTER without a table cannot/ },
      ],
    },
    {
      name: 'a Liquibase changeset that is not split is one query: the changeset is named',
      tool: 'liquibase',
      sql: [
        '--liquibase formatted sql',
        '',
        '--changeset dave:10 runInTransaction:false splitStatements:false',
        "SET lock_timeout = '2s';",
        'CREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);',
        '--rollback DROP INDEX CONCURRENTLY orders_at_idx;',
      ].join('\n'),
      errors: [{ line: 5, column: 1, message: /liquibase sends changeset dave:10 as one multi-statement query/ }],
    },
    {
      name: 'a COMMIT inside a file sent as one query string opens the next implicit transaction',
      sql: 'ALTER TABLE orders ADD COLUMN n text;\nCOMMIT;\nCREATE INDEX CONCURRENTLY orders_n_idx ON orders (n);\nSELECT 1;',
      tool: 'golang-migrate',
      rules: { 'transaction-nesting': 'off' },
      errors: [{ line: 3, column: 1 }],
    },
    {
      sql: 'BEGIN;\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\nCOMMIT;',
      errors: [
        {
          line: 2,
          column: 1,
          message: /CREATE INDEX CONCURRENTLY cannot run inside a transaction block, and it follows a BEGIN/,
        },
      ],
    },
    {
      name: 'goose wraps migrations in a transaction by default',
      sql: '-- +goose Up\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\n\n-- +goose Down\nDROP INDEX CONCURRENTLY orders_at_idx;',
      tool: 'goose',
      errors: [
        { line: 2, column: 1, message: /goose runs this migration in a transaction/ },
        { line: 5, column: 1 },
      ],
    },
    {
      name: 'goose NO TRANSACTION sends statements as one query until a line ends with `;`',
      sql: "-- +goose NO TRANSACTION\n-- +goose Up\nSET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);\nSET lock_timeout = '2s'; /* then */\n  DROP INDEX CONCURRENTLY orders_old_idx;\n-- +goose Down\nDROP INDEX CONCURRENTLY orders_at_idx;",
      tool: 'goose',
      errors: [
        {
          line: 3,
          column: 26,
          message: /goose sends it in one multi-statement query .* no line between them ends with `;`/,
        },
        { line: 5, column: 3 },
      ],
    },
    {
      name: 'dbmate wraps each section unless transaction:false',
      sql: '-- migrate:up\nDROP INDEX CONCURRENTLY orders_at_idx;\n-- migrate:down transaction:false\nCREATE INDEX CONCURRENTLY orders_at_idx ON orders (created_at);',
      tool: 'dbmate',
      errors: [{ line: 2, column: 1, message: /DROP INDEX CONCURRENTLY .* dbmate/ }],
    },
    {
      name: 'assumeInTransaction',
      sql: 'REINDEX INDEX CONCURRENTLY orders_at_idx;',
      assumeInTransaction: true,
      errors: [{ line: 1, column: 1, message: /REINDEX CONCURRENTLY .*(assumeInTransaction)/ }],
    },
    {
      sql: 'START TRANSACTION;\nALTER TABLE measurements DETACH PARTITION measurements_2023 CONCURRENTLY;\nCOMMIT;',
      errors: [{ line: 2, column: 1, message: /DETACH PARTITION CONCURRENTLY/ }],
    },
    {
      sql: 'BEGIN;\nVACUUM orders;\nCOMMIT;',
      errors: [{ line: 2, column: 1, message: /^VACUUM cannot run inside a transaction block/ }],
    },
  ],
});
