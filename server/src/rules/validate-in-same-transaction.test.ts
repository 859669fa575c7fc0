import { ruleTests } from '../../../test/unit/ruleTester';
import { validateInSameTransaction } from './validate-in-same-transaction';

const ADD_CHECK = 'ALTER TABLE orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;';
const VALIDATE_CHECK = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_amount_positive;';

ruleTests(validateInSameTransaction, {
  valid: [
    {
      name: 'DROP INDEX IF EXISTS of an index an earlier migration dropped takes no lock',
      history: `CREATE TABLE orders (id bigint PRIMARY KEY, amount int, note text);\nCREATE INDEX orders_note_idx ON orders (note);\nDROP INDEX orders_note_idx;\n${ADD_CHECK}`,
      sql: `BEGIN;\nDROP INDEX IF EXISTS orders_note_idx;\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'no transaction: each statement commits on its own',
      sql: `${ADD_CHECK}\n${VALIDATE_CHECK}`,
    },
    {
      name: 'explicit transactions, validation in the second one',
      sql: `BEGIN;\n${ADD_CHECK}\nCOMMIT;\nBEGIN;\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'goose NO TRANSACTION runs statement by statement',
      tool: 'goose',
      sql: `-- +goose NO TRANSACTION\n-- +goose Up\n${ADD_CHECK}\n${VALIDATE_CHECK}\n-- +goose Down\nSELECT 1;`,
    },
    {
      name: 'the lock of a rolled back transaction is gone',
      sql: `BEGIN;\n${ADD_CHECK}\nROLLBACK;\nBEGIN;\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'alone in a goose migration (a constraint added NOT VALID by an earlier migration)',
      tool: 'goose',
      sql: `-- +goose Up\n${VALIDATE_CHECK}\n-- +goose Down\nSELECT 1;`,
    },
    {
      name: 'an AccessExclusiveLock on another table does not concern this validation',
      sql: `BEGIN;\nALTER TABLE customers ADD COLUMN note text;\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'weaker locks on the table earlier in the transaction (writes go on during the scan anyway)',
      sql: `BEGIN;\nALTER TABLE orders ENABLE TRIGGER orders_audit;\nALTER TABLE orders SET (autovacuum_enabled = false);\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'a table created earlier in the same migration',
      sql: 'BEGIN;\nCREATE TABLE refunds (amount int);\nALTER TABLE refunds ADD CONSTRAINT c CHECK (amount > 0) NOT VALID;\nALTER TABLE refunds VALIDATE CONSTRAINT c;\nCOMMIT;',
    },
    {
      name: 'a NOT VALID constraint on another table of the same name in another schema',
      sql: `BEGIN;\nALTER TABLE audit.orders ADD CONSTRAINT orders_amount_positive CHECK (amount > 0) NOT VALID;\n${VALIDATE_CHECK}\nCOMMIT;`,
    },
    {
      name: 'a Liquibase changeset commits the NOT VALID add before the next one validates',
      sql: "--liquibase formatted sql\n--changeset a:4\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_total_pos CHECK (total > 0) NOT VALID;\n--changeset a:5\nALTER TABLE orders VALIDATE CONSTRAINT orders_total_pos;",
      tool: 'liquibase',
      history: 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(12,2));',
    },
  ],
  invalid: [
    {
      name: 'after DROP INDEX IF EXISTS of an index an earlier migration created on the table',
      history: `CREATE TABLE orders (id bigint PRIMARY KEY, amount int, note text);\nCREATE INDEX orders_note_idx ON orders (note);\n${ADD_CHECK}`,
      sql: `BEGIN;\nDROP INDEX IF EXISTS orders_note_idx;\n  ${VALIDATE_CHECK}\nCOMMIT;`,
      errors: [{ line: 3, column: 3, message: /same transaction as DROP INDEX, whose AccessExclusiveLock on orders/ }],
    },
    {
      name: 'an unnamed foreign key added NOT VALID, then validated by the name PostgreSQL gave it',
      history:
        'CREATE TABLE accounts (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, account_id bigint);',
      sql: [
        "BEGIN; SET LOCAL lock_timeout = '2s';",
        'ALTER TABLE orders ADD FOREIGN KEY (account_id) REFERENCES accounts (id) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_account_id_fkey;',
        'COMMIT;',
      ].join('\n'),
      errors: [{ line: 3, column: 1, lock: 'ShareRowExclusiveLock', message: /ADD CONSTRAINT orders_account_id_fkey/ }],
    },
    {
      name: 'explicit transaction: the AccessExclusiveLock of ADD CONSTRAINT ... NOT VALID is still held',
      sql: `BEGIN;\n${ADD_CHECK}\n${VALIDATE_CHECK}\nCOMMIT;`,
      errors: [
        {
          line: 3,
          column: 1,
          endColumn: 62,
          lock: 'AccessExclusiveLock',
          message:
            /^VALIDATE CONSTRAINT orders_amount_positive runs in the same transaction as the ADD CONSTRAINT orders_amount_positive \.\.\. NOT VALID, whose AccessExclusiveLock on orders is still held: .*reads and writes of orders wait until the transaction commits/,
        },
      ],
    },
    {
      name: 'a foreign key: ShareRowExclusiveLock on both tables, writes wait',
      tool: 'goose',
      sql: [
        '-- +goose Up',
        'ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
        'ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_fk;',
        '-- +goose Down',
        'ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;',
      ].join('\n'),
      errors: [
        {
          line: 3,
          column: 1,
          lock: 'ShareRowExclusiveLock',
          message: /ShareRowExclusiveLock on orders is still held: .*writes to orders and customers wait/,
        },
      ],
    },
    {
      name: 'dbmate transaction, schema-qualified',
      tool: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE billing.invoices ADD CONSTRAINT c CHECK (total >= 0) NOT VALID;\n\n  ALTER TABLE billing.invoices VALIDATE CONSTRAINT c;\n-- migrate:down\nSELECT 1;',
      errors: [{ line: 4, column: 3, endColumn: 53, message: /AccessExclusiveLock on billing\.invoices/ }],
    },
    {
      name: 'assumeInTransaction',
      assumeInTransaction: true,
      sql: `${ADD_CHECK}\n${VALIDATE_CHECK}`,
      errors: [{ line: 2, column: 1 }],
    },
    {
      name: "a foreign key added NOT VALID after ADD COLUMN: the AccessExclusiveLock is the ADD COLUMN's, the referenced table only has its writes held up (PostgreSQL 15 pg_locks)",
      history: 'CREATE TABLE teams (id bigint PRIMARY KEY);\nCREATE TABLE profiles (id bigint PRIMARY KEY);',
      sql: [
        'BEGIN;',
        'ALTER TABLE profiles ADD COLUMN team_id bigint;',
        'ALTER TABLE profiles ADD CONSTRAINT profiles_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;',
        'ALTER TABLE profiles VALIDATE CONSTRAINT profiles_team_id_fkey;',
        'COMMIT;',
      ].join('\n'),
      errors: [
        {
          line: 4,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^VALIDATE CONSTRAINT profiles_team_id_fkey runs in the same transaction as ALTER TABLE profiles ADD COLUMN team_id, whose AccessExclusiveLock on profiles is still held \(and the ShareRowExclusiveLock of ADD CONSTRAINT profiles_team_id_fkey \.\.\. NOT VALID on teams\): .*; reads and writes of profiles, and writes to teams wait, until the transaction commits$/,
        },
      ],
    },
    {
      name: 'after another statement that took an AccessExclusiveLock on the table',
      sql: `BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nSELECT 1;\n${VALIDATE_CHECK}\nCOMMIT;`,
      errors: [
        {
          line: 4,
          column: 1,
          lock: 'AccessExclusiveLock',
          message:
            /^VALIDATE CONSTRAINT orders_amount_positive runs in the same transaction as ALTER TABLE orders ADD COLUMN note, whose AccessExclusiveLock on orders is still held/,
        },
      ],
    },
    {
      name: 'after DROP INDEX of an index this file created on the table',
      sql: `CREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);\nBEGIN;\nDROP INDEX orders_note_idx;\n${VALIDATE_CHECK}\nCOMMIT;`,
      errors: [{ line: 4, column: 1, message: /same transaction as DROP INDEX, whose AccessExclusiveLock on orders/ }],
    },
    {
      name: 'after DROP INDEX of an index an earlier migration created on the table',
      sql: `BEGIN;\nDROP INDEX orders_status_idx;\n${VALIDATE_CHECK}\nCOMMIT;`,
      history:
        'CREATE TABLE orders (id bigint, status text, amount int);\nCREATE INDEX orders_status_idx ON orders (status);',
      errors: [{ line: 3, column: 1, message: /same transaction as DROP INDEX, whose AccessExclusiveLock on orders/ }],
    },
    {
      name: 'multi-command ALTER TABLE: the statement takes the strongest lock of its subcommands for the whole scan',
      sql: `ALTER TABLE orders ADD COLUMN note text, VALIDATE CONSTRAINT orders_amount_positive;\nALTER TABLE orders ADD CONSTRAINT c2 CHECK (amount < 1000000) NOT VALID, VALIDATE CONSTRAINT c2;`,
      errors: [
        {
          line: 1,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT orders_amount_positive scans orders under the AccessExclusiveLock that ADD COLUMN note in the same ALTER TABLE takes/,
        },
        {
          line: 2,
          column: 1,
          message:
            /^VALIDATE CONSTRAINT c2 in the same ALTER TABLE that adds it NOT VALID scans orders under that statement's AccessExclusiveLock/,
        },
      ],
    },
    {
      name: 'a SAVEPOINT does not end the transaction',
      sql: `BEGIN;\n${ADD_CHECK}\nSAVEPOINT s;\n${VALIDATE_CHECK}\nCOMMIT;`,
      errors: [{ line: 4, column: 1 }],
    },
  ],
});
