import { ruleTests } from '../../../test/unit/ruleTester';
import { transactionNesting } from './transaction-nesting';

/** A DO block that commits after each batch (PostgreSQL 11+). */
const BATCHED_BACKFILL = `DO \$\$\nDECLARE n int;\nBEGIN\n  LOOP\n    UPDATE orders SET note = '' WHERE id IN (SELECT id FROM orders WHERE note IS NULL LIMIT 1000);\n    GET DIAGNOSTICS n = ROW_COUNT;\n    EXIT WHEN n = 0;\n    COMMIT;\n  END LOOP;\nEND\n\$\$;`;

ruleTests(transactionNesting, {
  valid: [
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
      errors: [{ line: 2, column: 1, message: /COMMIT with no transaction open/ }],
    },
    {
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT;\nROLLBACK;',
      errors: [{ line: 4, column: 1, message: /ROLLBACK with no transaction open/ }],
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
      name: 'assumeInTransaction',
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT;',
      assumeInTransaction: true,
      errors: [{ line: 1, column: 1, message: /assumeInTransaction/ }],
    },
  ],
});
