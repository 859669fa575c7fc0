import { ruleTests } from '../../../test/unit/ruleTester';
import { transactionNesting } from './transaction-nesting';

/** A DO block that commits after each batch (PostgreSQL 11+). */
const BATCHED_BACKFILL = `DO \$\$\nDECLARE n int;\nBEGIN\n  LOOP\n    UPDATE orders SET note = '' WHERE id IN (SELECT id FROM orders WHERE note IS NULL LIMIT 1000);\n    GET DIAGNOSTICS n = ROW_COUNT;\n    EXIT WHEN n = 0;\n    COMMIT;\n  END LOOP;\nEND\n\$\$;`;

/** A procedure that commits after each batch, and one that does not. */
const PURGE = `CREATE PROCEDURE purge_logs()\nLANGUAGE plpgsql AS \$\$\nBEGIN\n  LOOP\n    DELETE FROM logs WHERE id IN (SELECT id FROM logs WHERE created_at < now() - interval '1 year' LIMIT 10000);\n    EXIT WHEN NOT FOUND;\n    COMMIT;\n  END LOOP;\nEND \$\$;`;
const TOUCH = `CREATE PROCEDURE touch_logs()\nLANGUAGE plpgsql AS \$\$\nBEGIN\n  UPDATE logs SET created_at = now() WHERE id = 1;\nEND \$\$;`;

/** The pre-PG12 way to use a new enum value: commit the tool's transaction, add the value, open another. */
const ENUM_SPLIT = [
  "SET LOCAL lock_timeout = '2s';",
  'COMMIT;',
  "ALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';",
  'BEGIN;',
  "UPDATE orders SET state = 'refunded' WHERE state = 'paid' AND total = 0 AND id < 1000;",
].join('\n');

ruleTests(transactionNesting, {
  valid: [
    {
      name: 'CALL of a committing procedure outside a transaction (goose NO TRANSACTION): the batched backfill',
      tool: 'goose',
      history: PURGE,
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nCALL purge_logs();\n\n-- +goose Down\nSELECT 1;',
    },
    {
      name: 'dbmate transaction:false, the CALL alone in its section',
      tool: 'dbmate',
      history: PURGE,
      sql: '-- migrate:up transaction:false\nCALL purge_logs();\n\n-- migrate:down\nSELECT 1;',
    },
    {
      name: 'golang-migrate: a file holding only the CALL is one statement, in no transaction',
      tool: 'golang-migrate',
      history: PURGE,
      sql: 'CALL purge_logs();',
    },
    {
      name: 'a procedure that does not commit, an unknown one, and an SQL one, inside BEGIN',
      history: `${TOUCH}\nCREATE PROCEDURE noop() LANGUAGE sql AS $$ SELECT 1 $$;`,
      sql: 'BEGIN;\nCALL touch_logs();\nCALL unknown_proc();\nCALL noop();\nCOMMIT;',
    },
    {
      name: 'an overload that does not commit: which one runs is not followed',
      history: `${PURGE}\n${TOUCH.replace('touch_logs()', 'purge_logs(days int)')}`,
      sql: 'BEGIN;\nCALL purge_logs(30);\nCOMMIT;',
    },
    {
      name: 'replaced (or dropped and made again) by one that does not commit',
      history: `${PURGE}\n${TOUCH.replace('touch_logs', 'touch2')}`,
      sql: `${TOUCH.replace('CREATE PROCEDURE touch_logs', 'CREATE OR REPLACE PROCEDURE purge_logs')}\nDROP PROCEDURE touch2;\n${PURGE.replace('purge_logs', 'touch2').replace('COMMIT', 'NULL')}\nBEGIN;\nCALL purge_logs();\nCALL touch2();\nCOMMIT;`,
    },
    {
      name: 'a DO block run on its own may CALL a committing procedure',
      tool: 'goose',
      history: PURGE,
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nDO $$ BEGIN CALL purge_logs(); END $$;\n\n-- +goose Down\nSELECT 1;',
    },
    {
      name: 'Supabase: the batch is an implicit transaction, which a BEGIN makes explicit (no nesting)',
      tool: 'supabase',
      sql: 'BEGIN;\nALTER TABLE profiles ADD COLUMN bio text;\nCOMMIT;',
    },
    'BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;',
    'BEGIN;\nSELECT 1;\nROLLBACK;\nBEGIN;\nSELECT 2;\nEND;',
    'BEGIN;\nSAVEPOINT s1;\nSELECT 1;\nROLLBACK TO SAVEPOINT s1;\nCOMMIT;',
    {
      name: 'COMMIT AND CHAIN and ROLLBACK AND CHAIN start the next transaction at once',
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nSELECT 2;\nROLLBACK AND CHAIN;\nSELECT 3;\nCOMMIT;',
    },
    {
      name: 'BEGIN and END inside function bodies and DO blocks are not transactions',
      sql: [
        'CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$',
        'BEGIN',
        '  NEW.updated_at := now();',
        '  RETURN NEW;',
        'END;',
        '$body$;',
        'DO $$ BEGIN RAISE NOTICE $q$COMMIT;$q$; END $$;',
        'CREATE FUNCTION one() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 1 END; END;',
      ].join('\n'),
    },
    {
      name: 'a batched backfill that commits in a DO block run on its own',
      sql: `-- +goose NO TRANSACTION\n-- +goose Up\n${BATCHED_BACKFILL}\n-- +goose Down\nSELECT 1;`,
      tool: 'goose',
    },
    {
      name: 'goose NO TRANSACTION lets a migration manage its own transactions',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nBEGIN;\nSELECT 1;\nCOMMIT;',
      tool: 'goose',
    },
  ],
  invalid: [
    {
      name: 'a DO block that commits inside the tool’s transaction fails',
      sql: `-- +goose Up\n${BATCHED_BACKFILL}\n-- +goose Down\nSELECT 1;`,
      tool: 'goose',
      errors: [{ line: 2, column: 1, message: /invalid transaction termination/ }],
    },
    {
      name: 'or inside BEGIN',
      sql: `BEGIN;\n${BATCHED_BACKFILL}\nCOMMIT;`,
      errors: [{ line: 2, column: 1, message: /inside the transaction its BEGIN opened/ }],
    },
    {
      sql: 'BEGIN;\nSELECT 1;\nBEGIN;\nSELECT 2;\nCOMMIT;',
      errors: [{ line: 3, column: 1, message: /BEGIN inside an open transaction/ }],
    },
    {
      sql: 'SELECT 1;\nCOMMIT;',
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^COMMIT with no transaction open: PostgreSQL only warns, and the statements before it were not in a transaction$/,
        },
      ],
    },
    {
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT;\nROLLBACK;',
      errors: [{ line: 4, column: 1, message: /^ROLLBACK with no transaction open \(the earlier COMMIT ended it\)/ }],
    },
    {
      name: 'a second COMMIT: the statements before it were in the transaction the first one ended',
      sql: "BEGIN;\nSET LOCAL lock_timeout = '2s';\nALTER TABLE users ADD COLUMN timezone text;\nCOMMIT;\nCOMMIT;",
      errors: [
        {
          line: 5,
          column: 1,
          message:
            /^COMMIT with no transaction open \(the earlier COMMIT ended it\): PostgreSQL only warns "there is no transaction in progress"$/,
        },
      ],
    },
    {
      name: 'after a ROLLBACK, and in the next section afresh',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nBEGIN;\nSELECT 1;\nROLLBACK;\nCOMMIT;\n-- +goose Down\nCOMMIT;',
      tool: 'goose',
      errors: [
        { line: 6, column: 1, message: /^COMMIT with no transaction open \(the earlier ROLLBACK ended it\)/ },
        { line: 8, column: 1, message: /^COMMIT with no transaction open: PostgreSQL only warns, and the statements/ },
      ],
    },
    {
      name: 'goose: a second COMMIT after the one that ended goose’s transaction',
      sql: '-- +goose Up\nSELECT 1;\nCOMMIT;\nSELECT 2;\nCOMMIT;',
      tool: 'goose',
      errors: [
        { line: 3, column: 1, message: /^COMMIT without a BEGIN ends the transaction goose opened/ },
        { line: 5, column: 1, message: /^COMMIT with no transaction open \(the earlier COMMIT ended it\)/ },
      ],
    },
    {
      name: 'goose: a BEGIN after the COMMIT that ended goose’s transaction, which goose’s own COMMIT closes',
      sql: `-- +goose Up\n${ENUM_SPLIT}`,
      tool: 'goose',
      errors: [
        { line: 3, column: 1, message: /^COMMIT without a BEGIN ends the transaction goose opened/ },
        {
          line: 5,
          column: 1,
          message:
            /^BEGIN after the COMMIT that ended the transaction goose runs the migration in: it is not ignored, and the transaction open after it lasts until the next COMMIT or ROLLBACK, or else until the COMMIT goose sends at the end of the migration$/,
        },
      ],
    },
    {
      name: 'dbmate: the same BEGIN is not ignored either',
      sql: `-- migrate:up\n${ENUM_SPLIT}\n\n-- migrate:down\nSELECT 1;`,
      tool: 'dbmate',
      errors: [
        { line: 3, column: 1, message: /^COMMIT without a BEGIN ends the transaction dbmate opened/ },
        {
          line: 5,
          column: 1,
          message: /^BEGIN after the COMMIT that ended the transaction dbmate runs .* it is not ignored/,
        },
      ],
    },
    {
      name: 'a Liquibase changeset: its COMMIT comes at the changeset’s end; the next changeset is a new transaction',
      sql: '--liquibase formatted sql\n--changeset a:1\nSELECT 1;\nROLLBACK;\nBEGIN;\nSELECT 2;\nCOMMIT;\n--changeset a:2\nBEGIN;\nSELECT 3;\nCOMMIT;',
      tool: 'liquibase',
      errors: [
        { line: 4, column: 1, message: /^ROLLBACK without a BEGIN ends the transaction liquibase opened/ },
        {
          line: 5,
          column: 1,
          message:
            /^BEGIN after the ROLLBACK that ended .* until the COMMIT liquibase sends at the end of the changeset$/,
        },
        { line: 9, column: 1, message: /^BEGIN where liquibase already runs the migration in a transaction/ },
      ],
    },
    {
      name: 'goose already wraps the migration',
      sql: '-- +goose Up\nBEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;',
      tool: 'goose',
      errors: [{ line: 2, column: 1, message: /BEGIN where goose already runs the migration in a transaction/ }],
    },
    {
      name: 'a COMMIT in a dbmate migration ends dbmate’s transaction',
      sql: "-- migrate:up\nALTER TYPE status ADD VALUE 'archived';\nCOMMIT;\nUPDATE orders SET status = 'archived' WHERE id = 1;",
      tool: 'dbmate',
      errors: [{ line: 3, column: 1, message: /COMMIT without a BEGIN ends the transaction dbmate opened/ }],
    },
    {
      name: 'golang-migrate sends the file as one query: a COMMIT there commits what ran before it, then goes on in a new implicit transaction',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nCOMMIT;\nUPDATE orders SET note = id::text WHERE id < 1000;\nROLLBACK;',
      tool: 'golang-migrate',
      errors: [
        {
          line: 2,
          column: 1,
          message:
            /^COMMIT without a BEGIN, in a migration golang-migrate sends as one query: PostgreSQL warns "there is no transaction in progress", yet it commits what ran before it in the query's implicit transaction, and the rest runs in a new one: the migration is no longer atomic$/,
        },
        {
          line: 4,
          column: 1,
          message: /^ROLLBACK without a BEGIN, in a migration golang-migrate .* yet it undoes what ran before it/,
        },
      ],
    },
    {
      name: 'CALL of a committing procedure made earlier in the file, inside goose’s transaction',
      tool: 'goose',
      sql: `-- +goose Up\n-- +goose StatementBegin\n${PURGE}\n-- +goose StatementEnd\nCALL purge_logs();\n\n-- +goose Down\nDROP PROCEDURE purge_logs();`,
      errors: [{ line: 13, column: 1, message: /CALL purge_logs: .*invalid transaction termination/ }],
    },
    {
      name: 'a procedure of the history, with parameters it assigns to, called inside BEGIN',
      history:
        'CREATE PROCEDURE app.backfill(batch int, INOUT done bool DEFAULT false) LANGUAGE plpgsql AS $$ BEGIN batch := batch + 1; COMMIT; done := true; END $$;',
      sql: 'BEGIN;\nCALL app.backfill(1000);\nCOMMIT;',
      errors: [{ line: 2, column: 1, message: /inside the transaction its BEGIN opened/ }],
    },
    {
      name: 'golang-migrate sends the file as one query: the CALL runs in its implicit transaction',
      tool: 'golang-migrate',
      history: PURGE,
      sql: "SET lock_timeout = '2s';\nCALL purge_logs();",
      errors: [{ line: 2, column: 1, message: /multi-statement query/ }],
    },
    {
      name: 'goose NO TRANSACTION, but in a StatementBegin/End block with another statement (one query)',
      tool: 'goose',
      history: PURGE,
      sql: "-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nSET lock_timeout = '2s';\nCALL purge_logs();\n-- +goose StatementEnd\n\n-- +goose Down\nSELECT 1;",
      errors: [{ line: 5, column: 1, message: /multi-statement query/ }],
    },
    {
      name: 'dbmate transaction:false sends the section as one query: CREATE PROCEDURE and CALL share a transaction',
      tool: 'dbmate',
      sql: `-- migrate:up transaction:false\n${PURGE}\nCALL purge_logs();\n\n-- migrate:down\nSELECT 1;`,
      errors: [{ line: 11, column: 1, message: /multi-statement query/ }],
    },
    {
      name: 'assumeInTransaction',
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT;',
      assumeInTransaction: true,
      errors: [{ line: 1, column: 1, message: /assumeInTransaction/ }],
    },
  ],
});
