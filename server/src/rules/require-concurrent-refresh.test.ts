import { ruleTests } from '../../../test/unit/ruleTester';
import { requireConcurrentRefresh } from './require-concurrent-refresh';

ruleTests(requireConcurrentRefresh, {
  valid: [
    {
      name: 'the first refresh of a view an earlier migration created WITH NO DATA (CONCURRENTLY would fail)',
      history:
        'CREATE TABLE orders (id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) FROM orders WITH NO DATA;',
      sql: 'REFRESH MATERIALIZED VIEW order_totals;',
    },
    'REFRESH MATERIALIZED VIEW CONCURRENTLY order_totals;',
    {
      name: 'a hand-written WITH NO DATA that only mentions pg_dump is not a dump',
      history:
        '-- Restored from a PostgreSQL database dump of prod\nCREATE TABLE orders (id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) FROM orders WITH NO DATA;',
      sql: 'REFRESH MATERIALIZED VIEW order_totals;',
    },
    {
      name: 'WITH NO DATA of a view an earlier migration created WITH NO DATA: nobody could read it',
      history:
        'CREATE TABLE orders (id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) FROM orders WITH NO DATA;',
      sql: 'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;',
    },
    {
      name: 'a view created earlier in the same migration',
      sql: 'CREATE MATERIALIZED VIEW daily_totals AS SELECT 1 AS day WITH NO DATA;\nREFRESH MATERIALIZED VIEW daily_totals;',
    },
    {
      name: 'a schema-qualified view created earlier in the same migration',
      sql: 'CREATE MATERIALIZED VIEW reports.daily AS SELECT 1 AS day;\nREFRESH MATERIALIZED VIEW reports.daily;',
    },
    {
      name: 'a view created in this migration, emptied and refreshed',
      sql: 'CREATE MATERIALIZED VIEW daily AS SELECT 1 AS day;\nREFRESH MATERIALIZED VIEW daily WITH NO DATA;\nREFRESH MATERIALIZED VIEW daily;',
    },
    {
      name: 'goose down section refreshes a view its up section created',
      tool: 'goose',
      sql: '-- +goose Up\nCREATE MATERIALIZED VIEW daily AS SELECT 1 AS day;\n\n-- +goose Down\nREFRESH MATERIALIZED VIEW daily;\nDROP MATERIALIZED VIEW daily;',
    },
    {
      name: 'a materialized view created here and renamed is still new',
      sql: 'CREATE MATERIALIZED VIEW weekly AS SELECT plan FROM accounts;\nALTER MATERIALIZED VIEW weekly RENAME TO weekly_plans;\nREFRESH MATERIALIZED VIEW weekly_plans;',
      history: 'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);',
    },
  ],
  invalid: [
    {
      name: 'a pg_dump baseline writes every materialized view WITH NO DATA, populated or not',
      history: [
        '--',
        '-- PostgreSQL database dump',
        '--',
        "SELECT pg_catalog.set_config('search_path', '', false);",
        'CREATE TABLE public.orders (id bigint NOT NULL, total int);',
        'CREATE MATERIALIZED VIEW public.order_totals AS',
        ' SELECT sum(orders.total) AS total',
        '   FROM public.orders',
        '  WITH NO DATA;',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nREFRESH MATERIALIZED VIEW order_totals;",
      errors: [{ line: 2, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'a view an earlier migration created WITH NO DATA and then refreshed is read',
      history:
        'CREATE TABLE orders (id bigint, total int);\nCREATE MATERIALIZED VIEW order_totals AS SELECT sum(total) FROM orders WITH NO DATA;\nREFRESH MATERIALIZED VIEW order_totals;',
      sql: 'REFRESH MATERIALIZED VIEW order_totals;',
      errors: [{ line: 1, column: 1, lock: 'AccessExclusiveLock' }],
    },
    {
      name: 'CREATE MATERIALIZED VIEW IF NOT EXISTS of a view the history made leaves that one, readable',
      sql: 'CREATE MATERIALIZED VIEW IF NOT EXISTS plan_stats AS SELECT plan FROM accounts;\nREFRESH MATERIALIZED VIEW plan_stats;',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY, plan text);\nCREATE MATERIALIZED VIEW plan_stats AS SELECT plan FROM accounts;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      sql: 'REFRESH MATERIALIZED VIEW order_totals;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 39,
          lock: 'AccessExclusiveLock',
          message:
            /^REFRESH MATERIALIZED VIEW order_totals without CONCURRENTLY takes an AccessExclusiveLock on order_totals: reads of the view wait/,
        },
      ],
    },
    {
      name: 'a view of the same name in another schema is pre-existing',
      sql: 'CREATE MATERIALIZED VIEW reports.order_totals AS SELECT 1 AS a;\n\nREFRESH MATERIALIZED VIEW order_totals;',
      errors: [{ line: 3, column: 1 }],
    },
    {
      name: 'WITH NO DATA empties a view the application reads: its reads fail until the next refresh',
      sql: 'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;',
      errors: [
        {
          line: 1,
          column: 1,
          lock: 'AccessExclusiveLock',
          message: /^REFRESH MATERIALIZED VIEW order_totals WITH NO DATA empties order_totals .*has not been populated/,
        },
      ],
    },
    {
      name: 'emptied, refreshed once (nobody could read it meanwhile), then again: the emptying and the last one',
      sql: 'REFRESH MATERIALIZED VIEW order_totals WITH NO DATA;\nREFRESH MATERIALIZED VIEW order_totals;\nREFRESH MATERIALIZED VIEW order_totals;',
      errors: [
        { line: 1, column: 1 },
        { line: 3, column: 1 },
      ],
    },
    {
      name: 'in a transaction (explicit BEGIN) too',
      sql: 'BEGIN;\n  REFRESH MATERIALIZED VIEW billing.monthly;\nCOMMIT;',
      errors: [{ line: 2, column: 3, endColumn: 44, message: /billing\.monthly/ }],
    },
    {
      name: 'dbmate wraps the up section in a transaction',
      tool: 'dbmate',
      sql: '-- migrate:up\nREFRESH MATERIALIZED VIEW order_totals;\n\n-- migrate:down\nSELECT 1;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
