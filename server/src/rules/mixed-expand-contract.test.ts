import { ruleTests } from '../../../test/unit/ruleTester';
import { mixedExpandContract } from './mixed-expand-contract';

ruleTests(mixedExpandContract, {
  valid: [
    {
      name: 'ADD COLUMN IF NOT EXISTS of a column the table has expands nothing (PostgreSQL only notes it skips it)',
      history: 'CREATE TABLE posts (id bigint PRIMARY KEY, title text, public_id uuid);',
      sql: "SET lock_timeout = '5s';\nALTER TABLE posts ADD COLUMN IF NOT EXISTS public_id uuid;\nALTER TABLE posts DROP COLUMN title;",
      rules: { 'drop-column': 'off' },
    },
    'ALTER TABLE users ADD COLUMN full_name text;',
    'ALTER TABLE users DROP COLUMN legacy_name;',
    {
      name: 'expand one table, contract another',
      sql: 'ALTER TABLE users ADD COLUMN full_name text;\nALTER TABLE accounts DROP COLUMN legacy_name;',
    },
    {
      name: 'constraints and indexes are not expand/contract steps here',
      sql: 'ALTER TABLE users ADD COLUMN full_name text;\nALTER TABLE users DROP CONSTRAINT users_name_check;\nDROP INDEX users_name_idx;',
    },
    {
      name: 'dropping a column this migration added is not a contract',
      sql: 'ALTER TABLE users ADD COLUMN tmp text;\nALTER TABLE users DROP COLUMN tmp;',
    },
    {
      name: 'a table created in this migration',
      sql: 'CREATE TABLE people (name text);\nALTER TABLE people ADD COLUMN full_name text;\nALTER TABLE people DROP COLUMN name;',
    },
    {
      name: 'a table renamed with a compatibility view in the same transaction contracts nothing',
      sql: [
        'BEGIN;',
        'ALTER TABLE customers ADD COLUMN segment text;',
        'ALTER TABLE customers RENAME TO clients;',
        'CREATE VIEW customers AS SELECT * FROM clients;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'the same in a golang-migrate file, the column added after the view',
      sql: [
        'ALTER TABLE customers RENAME TO clients;',
        'CREATE VIEW customers AS SELECT * FROM clients;',
        'ALTER TABLE clients ADD COLUMN segment text;',
      ].join('\n'),
      tool: 'golang-migrate',
    },
    {
      name: 'a column swap in one transaction contracts nothing',
      sql: [
        'BEGIN;',
        'ALTER TABLE orders ADD COLUMN note text;',
        'ALTER TABLE orders RENAME COLUMN amount TO amount_old;',
        'ALTER TABLE orders RENAME COLUMN amount_new TO amount;',
        'ALTER TABLE orders RENAME COLUMN amount_old TO amount_new;',
        'COMMIT;',
      ].join('\n'),
    },
    {
      name: 'a .down.sql script undoes both sides of its up migration',
      sql: 'ALTER TABLE users DROP COLUMN full_name;\nALTER TABLE users ADD COLUMN name text;',
      tool: 'golang-migrate',
      direction: 'down',
    },
    {
      name: 'goose: expand in Up, its undo in Down (and another new column there)',
      sql: '-- +goose Up\nALTER TABLE users ADD COLUMN full_name text;\n-- +goose Down\nALTER TABLE users DROP COLUMN full_name;\nALTER TABLE users ADD COLUMN x int;',
      tool: 'goose',
    },
    {
      name: 'a column dropped and added back in the same transaction is neither step (kestra V1_13)',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs ADD COLUMN trace_id text;\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;",
    },
    {
      name: 'a column renamed away and added back under its name in the same transaction only expands (the new name)',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE customers RENAME COLUMN phone TO phone_as_entered;\nALTER TABLE customers ADD COLUMN phone text;\nUPDATE customers SET phone = phone_as_entered;",
    },
    {
      name: 'adding back a column renamed away outside a transaction expands nothing (rename-column reports the gap)',
      sql: "SET lock_timeout = '2s';\nALTER TABLE customers RENAME COLUMN phone TO phone_as_entered;\nALTER TABLE customers ADD COLUMN phone text;",
    },
    {
      name: 'adding back a column dropped outside a transaction expands nothing (drop-column reports the gap)',
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;",
      rules: { 'drop-column': 'off' },
    },
  ],
  invalid: [
    {
      name: 'a column dropped and added back beside a real contract and expand, in one transaction',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE logs DROP COLUMN fulltext;\nALTER TABLE logs ADD COLUMN fulltext tsvector GENERATED ALWAYS AS (to_tsvector('simple', message)) STORED;\nALTER TABLE logs DROP COLUMN legacy_level;\nALTER TABLE logs ADD COLUMN severity text;",
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^This migration both expands logs \(ADD COLUMN severity\) and contracts it \(DROP COLUMN legacy_level\)/,
        },
      ],
    },
    {
      name: 'a column renamed away and added back beside a real contract and expand, in one transaction',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE customers RENAME COLUMN phone TO phone_as_entered;\nALTER TABLE customers ADD COLUMN phone text;\nALTER TABLE customers RENAME COLUMN fax TO fax_number;\nALTER TABLE customers ADD COLUMN email text;",
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^This migration both expands customers \(ADD COLUMN email\) and contracts it \(RENAME COLUMN fax TO fax_number\)/,
        },
      ],
    },
    {
      name: 'a column renamed away and added back expands the table by the new name; with a drop, that is a mix',
      tool: 'flyway',
      sql: "SET lock_timeout = '2s';\nALTER TABLE batches RENAME COLUMN checksum TO digest;\nALTER TABLE batches ADD COLUMN checksum text;\nUPDATE batches SET checksum = digest;\nALTER TABLE batches DROP COLUMN manifest_hash;",
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^This migration both expands batches \(RENAME COLUMN checksum TO digest, with checksum added back\) and contracts it \(DROP COLUMN manifest_hash\)/,
        },
      ],
    },
    {
      name: 'a column renamed away in a transaction, the name added back then renamed away again before it ends',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nALTER TABLE customers RENAME COLUMN phone TO phone_as_entered;\nALTER TABLE customers ADD COLUMN phone text;\nALTER TABLE customers RENAME COLUMN phone TO phone_tmp;\nALTER TABLE customers ADD COLUMN email text;\nCOMMIT;",
      errors: [
        {
          line: 6,
          column: 1,
          message: /\(ADD COLUMN email\) and contracts it \(RENAME COLUMN phone TO phone_as_entered\)/,
        },
      ],
    },
    {
      name: 'a column dropped in a transaction and added back only after it commits',
      sql: "SET lock_timeout = '2s';\nBEGIN;\nALTER TABLE logs DROP COLUMN fulltext;\nCOMMIT;\nALTER TABLE logs ADD COLUMN trace_id text;",
      errors: [{ line: 5, column: 1, message: /\(ADD COLUMN trace_id\) and contracts it \(DROP COLUMN fulltext\)/ }],
    },
    {
      name: 'rename by copy in one migration',
      sql: 'ALTER TABLE users ADD COLUMN full_name text;\nUPDATE users SET full_name = name WHERE id < 1000;\nALTER TABLE users DROP COLUMN name;',
      errors: [
        {
          line: 3,
          column: 1,
          endColumn: 35,
          lock: 'AccessExclusiveLock',
          message:
            /^This migration both expands users \(ADD COLUMN full_name\) and contracts it \(DROP COLUMN name\): .*breaks the application version that is still running/,
        },
      ],
    },
    {
      name: 'contract first, in one statement',
      sql: 'ALTER TABLE users DROP COLUMN name, ADD COLUMN full_name text;',
      errors: [{ line: 1, column: 1, message: /ADD COLUMN full_name.*DROP COLUMN name/ }],
    },
    {
      name: 'a rename is a contract; reported once per table',
      sql: 'ALTER TABLE users RENAME COLUMN name TO full_name;\nALTER TABLE users ADD COLUMN nickname text;\nALTER TABLE users DROP COLUMN legacy;',
      errors: [
        { line: 2, column: 1, message: /\(ADD COLUMN nickname\) and contracts it \(RENAME COLUMN name TO full_name\)/ },
      ],
    },
    {
      name: 'the table keeps its identity across a rename',
      sql: 'ALTER TABLE users RENAME TO people;\nALTER TABLE people ADD COLUMN full_name text;',
      errors: [
        { line: 2, column: 1, message: /expands users \(ADD COLUMN full_name\) and contracts it \(RENAME TO people\)/ },
      ],
    },
    {
      name: 'the compatibility view comes after COMMIT: the rename is a contract',
      sql: [
        'BEGIN;',
        'ALTER TABLE customers ADD COLUMN segment text;',
        'ALTER TABLE customers RENAME TO clients;',
        'COMMIT;',
        'CREATE VIEW customers AS SELECT * FROM clients;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          message: /expands customers \(ADD COLUMN segment\) and contracts it \(RENAME TO clients\)/,
        },
      ],
    },
    {
      name: 'a rename in a transaction without a view: reported on the statement that completes the mix',
      sql: 'BEGIN;\nALTER TABLE customers RENAME TO clients;\nALTER TABLE clients ADD COLUMN segment text;\nCOMMIT;',
      errors: [
        {
          line: 3,
          column: 1,
          message: /expands customers \(ADD COLUMN segment\) and contracts it \(RENAME TO clients\)/,
        },
      ],
    },
    {
      name: 'a goose Down section that adds and drops columns its Up section never touched',
      sql: '-- +goose Up\nALTER TABLE users ADD COLUMN nick text;\n-- +goose Down\nALTER TABLE users DROP COLUMN nick;\nALTER TABLE users ADD COLUMN legacy text;\nALTER TABLE users DROP COLUMN phone;',
      tool: 'goose',
      errors: [
        { line: 6, column: 1, message: /expands users \(ADD COLUMN legacy\) and contracts it \(DROP COLUMN phone\)/ },
      ],
    },
    {
      name: 'dbmate up section',
      sql: '-- migrate:up\nALTER TABLE users ADD COLUMN full_name text;\nALTER TABLE users DROP COLUMN name;\n-- migrate:down\nALTER TABLE users ADD COLUMN name text;\nALTER TABLE users DROP COLUMN full_name;',
      tool: 'dbmate',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});
