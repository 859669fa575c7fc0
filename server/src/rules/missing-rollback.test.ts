import { ruleTests } from '../../../test/unit/ruleTester';
import { missingRollback } from './missing-rollback';

const MISSING = { expected: true, missing: true };

ruleTests(missingRollback, {
  valid: [
    {
      name: 'the down script exists',
      sql: 'ALTER TABLE orders ADD COLUMN note text;',
      rollback: { expected: true, missing: false },
    },
    {
      name: 'the convention has no down scripts (Prisma, Supabase, a plain folder without any)',
      sql: 'ALTER TABLE orders ADD COLUMN note text;',
      rollback: { expected: false, missing: false },
    },
    { name: 'an empty migration', sql: '-- nothing yet\n', rollback: MISSING },
  ],
  invalid: [
    {
      name: 'golang-migrate without its .down.sql',
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      tool: 'golang-migrate',
      file: '/p/db/migrations/000007_add_note.up.sql',
      rollback: MISSING,
      errors: [
        { line: 1, column: 1, endColumn: 24, message: /golang-migrate .*expected a 000007_add_note\.down\.sql file/ },
      ],
    },
    {
      name: 'sqitch: the revert script of a change named with a slash is in the same subfolder',
      sql: 'CREATE INDEX CONCURRENTLY users_email_idx ON users (email);',
      tool: 'sqitch',
      file: '/p/deploy/users/email_idx.sql',
      rollback: MISSING,
      errors: [{ line: 1, column: 1, message: /expected a revert\/users\/email_idx\.sql script/ }],
    },
    {
      name: 'goose without a Down section',
      sql: "-- +goose Up\nSET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      tool: 'goose',
      rollback: MISSING,
      errors: [{ line: 2, column: 1, message: /`-- \+goose Down` section/ }],
    },
    {
      name: 'sql-migrate without a Down section',
      sql: "-- +migrate Up\nSET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;",
      tool: 'sql-migrate',
      rollback: MISSING,
      errors: [{ line: 2, column: 1, message: /^sql-migrate keeps .*`-- \+migrate Down` section/ }],
    },
  ],
});
