import { ruleTests } from '../../../test/unit/ruleTester';
import { renameColumn } from './rename-column';

ruleTests(renameColumn, {
  valid: [
    'ALTER TABLE users ADD COLUMN full_name text;',
    'ALTER TABLE users RENAME CONSTRAINT users_name_check TO users_full_name_check;',
    'ALTER INDEX users_name_idx RENAME TO users_full_name_idx;',
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE people (name text);\nALTER TABLE people RENAME COLUMN name TO full_name;',
    },
    {
      name: 'a column added earlier in this migration',
      sql: 'ALTER TABLE users ADD COLUMN fullname text;\nALTER TABLE users RENAME COLUMN fullname TO full_name;',
    },
    {
      name: 'a column added earlier, renamed under the new table name',
      sql: 'ALTER TABLE users ADD COLUMN fullname text;\nALTER TABLE users RENAME TO people;\nALTER TABLE people RENAME fullname TO full_name;',
    },
    {
      name: 'a .down.sql script renames back',
      sql: 'ALTER TABLE users RENAME COLUMN full_name TO name;',
      tool: 'golang-migrate',
      direction: 'down',
    },
    {
      name: 'goose Down section renames back what its Up section renamed',
      sql: '-- +goose Up\n-- sluice-ignore rename-column: reviewed\nALTER TABLE users RENAME COLUMN name TO full_name;\n-- +goose Down\nALTER TABLE users RENAME COLUMN full_name TO name;',
      tool: 'goose',
    },
    {
      name: 'dbmate down section renames a column its up section added',
      sql: '-- migrate:up\nALTER TABLE users ADD COLUMN nick text;\n-- migrate:down\nALTER TABLE users RENAME COLUMN nick TO nick_removed;',
      tool: 'dbmate',
    },
  ],
  invalid: [
    {
      name: 'renamed through a temporary name: one finding, for the rename the running version notices',
      history: 'CREATE TABLE users (id bigint PRIMARY KEY, email text);',
      sql: 'ALTER TABLE users RENAME COLUMN email TO email_tmp;\nALTER TABLE users RENAME COLUMN email_tmp TO mail;',
      errors: [{ line: 1, column: 1, message: /RENAME COLUMN users\.email TO email_tmp/ }],
    },
    {
      sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 50,
          lock: 'AccessExclusiveLock',
          message:
            /^RENAME COLUMN users\.name TO full_name breaks the application version that is still running.*AccessExclusiveLock on users/,
        },
      ],
    },
    {
      name: 'COLUMN is optional; ONLY and IF EXISTS',
      sql: 'ALTER TABLE IF EXISTS ONLY billing.invoices RENAME total TO amount;',
      errors: [{ line: 1, column: 1, message: /billing\.invoices\.total TO amount/ }],
    },
    {
      sql: 'ALTER FOREIGN TABLE remote_users RENAME COLUMN name TO full_name;',
      errors: [{ line: 1, column: 1 }],
    },
    {
      name: 'goose Up section fires, the Down section does not',
      sql: '-- +goose Up\nALTER TABLE users RENAME COLUMN name TO full_name;\n-- +goose Down\nALTER TABLE users RENAME COLUMN full_name TO name;',
      tool: 'goose',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'a goose Down section that renames something its Up section did not rename',
      sql: '-- +goose Up\nALTER TABLE users ADD COLUMN nick text;\n-- +goose Down\nALTER TABLE users RENAME COLUMN name TO full_name;',
      tool: 'goose',
      errors: [{ line: 4, column: 1, message: /This down section does not undo its up section here/ }],
    },
  ],
});
