import { ruleTests } from '../../../test/unit/ruleTester';
import { uncommittedTransaction } from './uncommitted-transaction';

ruleTests(uncommittedTransaction, {
  valid: [
    'BEGIN;\nSELECT 1;\nCOMMIT;',
    'BEGIN;\nSELECT 1;\nROLLBACK;',
    "BEGIN;\nSELECT 1;\nPREPARE TRANSACTION 'tx1';",
    'CREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$\nBEGIN\n  NULL;\nEND\n$$;',
    {
      name: 'under goose’s own transaction a BEGIN is transaction-nesting’s business',
      sql: '-- +goose Up\nBEGIN;\nSELECT 1;',
      tool: 'goose',
    },
    {
      name: 'after the COMMIT that ended goose’s transaction, goose’s own COMMIT at the end closes what BEGIN opens',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nCOMMIT;\nALTER TYPE order_state ADD VALUE IF NOT EXISTS 'refunded';\nBEGIN;\nUPDATE orders SET state = 'refunded' WHERE id < 1000;",
      tool: 'goose',
    },
    {
      name: 'and dbmate’s',
      sql: "-- migrate:up\nCOMMIT;\nALTER TYPE order_state ADD VALUE 'refunded';\nBEGIN;\nUPDATE orders SET state = 'refunded' WHERE id < 1000;\n-- migrate:down\nSELECT 1;",
      tool: 'dbmate',
    },
  ],
  invalid: [
    {
      name: 'the transaction COMMIT AND CHAIN opens must be committed too',
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT AND CHAIN;\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 3, column: 1, message: /^The transaction this AND CHAIN opens is never committed/ }],
    },
    {
      sql: 'BEGIN;\nALTER TABLE orders ADD COLUMN note text;',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 6, message: /never committed/ }],
    },
    {
      name: 'the second transaction is left open',
      sql: 'BEGIN;\nSELECT 1;\nCOMMIT;\nSTART TRANSACTION;\nSELECT 2;',
      errors: [{ line: 4, column: 1 }],
    },
    {
      name: 'a plain file: nothing commits after the COMMIT',
      sql: 'SELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;',
      errors: [{ line: 3, column: 1, message: /^This BEGIN is never committed/ }],
    },
    {
      name: 'goose NO TRANSACTION: a COMMIT ends no transaction of goose’s',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nSELECT 1;\nCOMMIT;\nBEGIN;\nSELECT 2;',
      tool: 'goose',
      errors: [{ line: 5, column: 1 }],
    },
    {
      name: 'each goose section is checked on its own',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nBEGIN;\nSELECT 1;\n-- +goose Down\nSELECT 2;',
      tool: 'goose',
      errors: [{ line: 3, column: 1 }],
    },
  ],
});
