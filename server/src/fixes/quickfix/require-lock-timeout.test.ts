import { fixTests } from '../../../../test/unit/fixTester';
import { requireLockTimeout } from '../../rules/require-lock-timeout';

const HISTORY = 'CREATE TABLE orders (id bigint);\nINSERT INTO orders VALUES (1);';

fixTests(requireLockTimeout, {
  fixes: [
    {
      sql: 'ALTER TABLE orders ADD COLUMN note text;\n',
      output: "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN note text;\n",
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
      output: "-- why\r\nSET lock_timeout = '2s';\r\nALTER TABLE orders DROP COLUMN id;\r\n",
      history: HISTORY,
    },
    {
      name: 'a statement sharing its line with another',
      sql: 'SELECT 1; ALTER TABLE orders ADD COLUMN note text;',
      output: "SELECT 1; SET lock_timeout = '2s'; ALTER TABLE orders ADD COLUMN note text;",
      history: HISTORY,
    },
  ],
});
