import * as assert from 'assert';
import { ruleTests } from '../../../test/unit/ruleTester';
import { downScriptFindings } from '../../../test/support/downScript';
import { loadParser } from '../syntax/parse';
import { renameColumn } from './rename-column';

const ORDERS = 'CREATE TABLE orders (id bigint PRIMARY KEY, amount integer NOT NULL, amount_new bigint NOT NULL);';

/** GitLab's integer → bigint swap: both names exist again when the transaction commits. */
const SWAP = [
  'ALTER TABLE orders RENAME COLUMN amount TO amount_old;',
  'ALTER TABLE orders RENAME COLUMN amount_new TO amount;',
  'ALTER TABLE orders RENAME COLUMN amount_old TO amount_new;',
];

const ACTIVE_USERS = [
  'CREATE TABLE users (id bigint PRIMARY KEY, email text, deleted_at timestamptz);',
  'CREATE VIEW active_users AS SELECT id, email FROM users WHERE deleted_at IS NULL;',
].join('\n');

ruleTests(renameColumn, {
  valid: [
    {
      name: 'the old name added back and filled from the renamed column in the same transaction: reads keep their values',
      history: ORDERS,
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders ADD COLUMN amount bigint;\nUPDATE orders SET amount = amount_old;\nCOMMIT;",
    },
    {
      name: 'a generated column renamed away and added back generated (a new expression): each row computed again',
      tool: 'flyway',
      history:
        "CREATE TABLE logs (id bigint, message text, fulltext tsvector GENERATED ALWAYS AS (to_tsvector('english', message)) STORED);",
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs RENAME COLUMN fulltext TO fulltext_english;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;",
    },
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
    {
      name: 'a column swap in one transaction',
      history: ORDERS,
      sql: ['BEGIN;', ...SWAP, 'COMMIT;'].join('\n'),
    },
    {
      name: 'a column swap in a golang-migrate file (one multi-statement query: one transaction)',
      history: ORDERS,
      sql: SWAP.join('\n'),
      tool: 'golang-migrate',
    },
    {
      name: 'goose: the swap in Up and again in Down',
      history: ORDERS,
      sql: ['-- +goose Up', ...SWAP, '-- +goose Down', ...SWAP].join('\n'),
      tool: 'goose',
    },
    {
      name: 'the new column renamed into the old one’s place in one transaction (the old one renamed away)',
      history: ORDERS,
      sql: 'BEGIN;\nALTER TABLE orders RENAME COLUMN amount TO amount_int;\nALTER TABLE orders RENAME COLUMN amount_new TO amount;\nCOMMIT;',
    },
    {
      name: 'the new column renamed into the old one’s place in one transaction (the old one dropped)',
      history: ORDERS,
      sql: 'BEGIN;\nALTER TABLE orders DROP COLUMN amount;\nALTER TABLE orders RENAME COLUMN amount_new TO amount;\nCOMMIT;',
    },
    {
      name: 'a view this migration created',
      sql: 'CREATE VIEW user_names AS SELECT 1 AS name;\nALTER VIEW user_names RENAME COLUMN name TO full_name;',
    },
    {
      name: 'goose Down section renames back a view column its Up section renamed',
      history: ACTIVE_USERS,
      sql: '-- +goose Up\n-- sluice-ignore rename-column: reviewed\nALTER VIEW active_users RENAME COLUMN email TO email_address;\n-- +goose Down\nALTER VIEW active_users RENAME COLUMN email_address TO email;',
      tool: 'goose',
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
      name: 'IF EXISTS of a table the history used (INSERT) but never made: it is there (Flyway, history without its baseline)',
      tool: 'flyway',
      history: [
        "INSERT INTO t_entity_types (id, name) VALUES (6, 'schedule');",
        'CREATE TABLE IF NOT EXISTS schedule (consensus_timestamp bigint PRIMARY KEY);',
      ].join('\n'),
      sql: "SET lock_timeout = '2s';\nalter table if exists record_file rename column file_hash to hash;",
      errors: [{ line: 2, column: 1, message: /RENAME COLUMN record_file\.file_hash TO hash/ }],
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
      name: 'a column swap outside a transaction: the old name is missing in between, the staging name after',
      history: ORDERS,
      sql: SWAP.join('\n'),
      errors: [
        { line: 1, column: 1, message: /^RENAME COLUMN orders\.amount TO amount_old / },
        { line: 2, column: 1, message: /^RENAME COLUMN orders\.amount_new TO amount / },
      ],
    },
    {
      name: 'a new, empty column added under the old name is no swap: running code finds it, without the values',
      history: ORDERS,
      sql: 'BEGIN;\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders ADD COLUMN amount bigint;\nCOMMIT;',
      errors: [
        {
          line: 2,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^RENAME COLUMN orders\.amount TO amount_old, then ADD COLUMN amount in the same transaction: running code still finds orders\.amount, but not its values: they moved to amount_old, and the application version that is still running during the deploy reads what ADD COLUMN filled in \(NULL, or the new column's default\) as soon as this commits\. Copy them back in the same transaction \(UPDATE orders SET amount = amount_old\) and keep the two columns in sync while both versions run, or rename in expand\/migrate\/contract steps\. It takes an AccessExclusiveLock on orders\.$/,
        },
      ],
    },
    {
      name: 'the old name added back in a tool transaction, and written only after it committed',
      tool: 'flyway',
      history: ORDERS,
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders ADD COLUMN amount bigint;\nCOMMIT;\nUPDATE orders SET amount = amount_old;",
      errors: [
        {
          line: 2,
          column: 1,
          message: /^RENAME COLUMN orders\.amount TO amount_old, then ADD COLUMN amount .*not its values/,
        },
      ],
    },
    {
      name: 'the old name added back outside a transaction: missing in between',
      history: ORDERS,
      sql: "SET lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders ADD COLUMN amount bigint;\nUPDATE orders SET amount = amount_old;",
      errors: [
        { line: 2, column: 1, message: /^RENAME COLUMN orders\.amount TO amount_old breaks the application version/ },
      ],
    },
    {
      name: 'the column added back under the old name is renamed away again before COMMIT',
      history: ORDERS,
      sql: 'BEGIN;\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders ADD COLUMN amount bigint;\nALTER TABLE orders RENAME COLUMN amount TO amount_tmp;\nCOMMIT;',
      errors: [
        { line: 2, column: 1, message: /^RENAME COLUMN orders\.amount TO amount_old breaks the application version/ },
      ],
    },
    {
      name: 'an ordinary column added back under the old name as a generated one: the running version’s writes fail',
      history: ORDERS,
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders RENAME COLUMN amount TO amount_cents;\nALTER TABLE orders ADD COLUMN amount numeric GENERATED ALWAYS AS (amount_cents / 100.0) STORED;\nCOMMIT;",
      errors: [
        {
          line: 3,
          column: 1,
          message:
            /^RENAME COLUMN orders\.amount TO amount_cents, then ADD COLUMN amount in the same transaction: running code still finds orders\.amount, but it is generated now: the application version that is still running during the deploy fails on each INSERT that writes it \("cannot insert a non-DEFAULT value into column"\) and each UPDATE that sets it \("can only be updated to DEFAULT"\) as soon as this commits\. Deploy code that no longer writes orders\.amount first\./,
        },
      ],
    },
    {
      name: 'the column swapped in is dropped again before COMMIT',
      history: ORDERS,
      sql: 'BEGIN;\nALTER TABLE orders RENAME COLUMN amount TO amount_old;\nALTER TABLE orders RENAME COLUMN amount_new TO amount;\nALTER TABLE orders DROP COLUMN amount;\nCOMMIT;',
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: 'ALTER VIEW ... RENAME COLUMN of a view the history created: queries on the view name the column',
      history: ACTIVE_USERS,
      sql: "SET lock_timeout = '2s';\nALTER VIEW active_users RENAME COLUMN email TO email_address;",
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 61,
          lock: 'AccessExclusiveLock',
          message:
            /^RENAME COLUMN active_users\.email TO email_address breaks .*AccessExclusiveLock on active_users\.$/,
        },
      ],
    },
    {
      sql: 'ALTER MATERIALIZED VIEW order_totals RENAME COLUMN total TO amount;',
      errors: [{ line: 1, column: 1, message: /order_totals\.total TO amount/ }],
    },
    {
      name: 'a goose Down section renames a view column its Up section did not rename',
      history: ACTIVE_USERS,
      sql: '-- +goose Up\nALTER TABLE users ADD COLUMN nick text;\n-- +goose Down\nALTER VIEW active_users RENAME COLUMN email TO mail;',
      tool: 'goose',
      errors: [{ line: 4, column: 1, message: /This down section does not undo its up section here/ }],
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

// A down script in its own file: the engine walks its up script first (the project passes its text).
describe('rule rename-column in a down script of its own', () => {
  before(() => loadParser());

  it('names it a down script, and its up script', () => {
    const messages = downScriptFindings(
      'ALTER TABLE users RENAME COLUMN name TO full_name;',
      'ALTER TABLE users ADD COLUMN nick text;',
      'CREATE TABLE users (id bigint, name text);',
    )
      .filter((f) => f.rule === 'rename-column')
      .map((f) => f.message);
    assert.strictEqual(messages.length, 1);
    assert.match(
      messages[0],
      / This down script does not undo its up script here \(the up script did not rename full_name to name\)\.$/,
    );
  });
});
