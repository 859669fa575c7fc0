import { fixTests } from '../../../../test/unit/fixTester';
import { requireLockTimeout } from '../../rules/require-lock-timeout';

const HISTORY = 'CREATE TABLE orders (id bigint);\nINSERT INTO orders VALUES (1);';

fixTests(requireLockTimeout, {
  fixes: [
    {
      sql: 'ALTER TABLE orders ADD COLUMN note text;\n',
      output: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nRESET lock_timeout;\n",
      title: /^Insert SET lock_timeout = '2s' before this statement, and RESET lock_timeout at the end$/,
      history: HISTORY,
    },
    {
      name: 'golang-migrate sends the file as one query: with the SET it is a multi-statement one, whose implicit transaction ends SET LOCAL',
      tool: 'golang-migrate',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\n',
      output: "SET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n",
      title: /^Insert SET LOCAL lock_timeout = '2s' before this statement$/,
      history: HISTORY,
    },
    {
      name: 'golang-migrate, a later statement in the same implicit transaction',
      tool: 'golang-migrate',
      sql: 'SELECT 1;\n\nALTER TABLE orders ADD COLUMN b text; -- b\n',
      output: "SELECT 1;\n\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN b text; -- b\n",
      history: HISTORY,
    },
    {
      name: 'goose NO TRANSACTION: plain SET, RESET at the end of the Up section (after its StatementEnd)',
      tool: 'goose',
      sql: '-- +goose NO TRANSACTION\n-- +goose Up\nALTER TABLE orders ADD COLUMN note text;\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n-- +goose StatementEnd\n\n-- +goose Down\nDROP FUNCTION f();\n',
      output:
        "-- +goose NO TRANSACTION\n-- +goose Up\nSET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n-- +goose StatementBegin\nCREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;\n-- +goose StatementEnd\nRESET lock_timeout;\n\n-- +goose Down\nDROP FUNCTION f();\n",
    },
    {
      name: 'goose NO TRANSACTION, first of a StatementBegin/End block of several statements (one query): SET LOCAL inside the block',
      tool: 'goose',
      sql: "-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nALTER TABLE orders ADD COLUMN region text;\nUPDATE orders SET region = 'eu' WHERE id = 1;\n-- +goose StatementEnd\n\n-- +goose Down\nSET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN region;\n",
      output:
        "-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN region text;\nUPDATE orders SET region = 'eu' WHERE id = 1;\n-- +goose StatementEnd\n\n-- +goose Down\nSET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN region;\n",
      history: HISTORY,
    },
    {
      name: 'no second RESET when the file already resets the timeout after the statement',
      sql: 'ALTER TABLE orders ADD COLUMN note text;\nRESET lock_timeout;\n',
      output: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\nRESET lock_timeout;\n",
      title: /^Insert SET lock_timeout = '2s' before this statement$/,
      history: HISTORY,
    },
    {
      name: 'inside BEGIN: SET LOCAL, indented like the statement, above its sluice-ignore comment',
      sql: 'BEGIN;\n  -- sluice-ignore require-concurrent-index: tiny table\n  CREATE INDEX ix ON orders (id);\nCOMMIT;\n',
      output:
        "BEGIN;\n  SET LOCAL lock_timeout = '2s';\n  -- sluice-ignore require-concurrent-index: tiny table\n  CREATE INDEX ix ON orders (id);\nCOMMIT;\n",
      history: HISTORY,
    },
    {
      name: 'goose: inside the Down section, which runs on its own, in lower case',
      tool: 'goose',
      sql: "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nalter table orders drop column note;\n",
      output:
        "-- +goose Up\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n\n-- +goose Down\nset local lock_timeout = '2s';\nalter table orders drop column note;\n",
    },
    {
      name: 'Liquibase: the first line stays first; inside the changeset',
      tool: 'liquibase',
      sql: '-- liquibase formatted sql\n-- changeset me:1\nALTER TABLE orders ADD COLUMN note text;\n',
      output:
        "-- liquibase formatted sql\n-- changeset me:1\nSET LOCAL lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n",
    },
    {
      name: 'CRLF file',
      sql: '-- why\r\nALTER TABLE orders DROP COLUMN id;\r\n',
      output: "-- why\r\nSET lock_timeout = '2s';\r\nALTER TABLE orders DROP COLUMN id;\r\nRESET lock_timeout;\r\n",
      history: HISTORY,
    },
    {
      name: 'a statement sharing its line with another',
      sql: 'SELECT 1; ALTER TABLE orders ADD COLUMN note text;',
      output: "SELECT 1; SET lock_timeout = '2s'; ALTER TABLE orders ADD COLUMN note text;\nRESET lock_timeout;",
      history: HISTORY,
    },
  ],
});
