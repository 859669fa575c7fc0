import { ruleTests } from '../../../test/unit/ruleTester';
import { preferBigint } from './prefer-bigint';

const on = { 'prefer-bigint': 'warning' } as const;

ruleTests(preferBigint, {
  valid: [
    { sql: 'CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, team_id bigint);', rules: on },
    { sql: 'CREATE TABLE users (id bigserial PRIMARY KEY, age int, valid int, paid smallint);', rules: on },
    { name: 'not a key: an array of ids', sql: 'ALTER TABLE users ADD COLUMN tag_ids int[];', rules: on },
    { name: 'uuid and text keys', sql: 'CREATE TABLE users (id uuid PRIMARY KEY, external_id text);', rules: on },
    { name: 'off by default', sql: 'CREATE TABLE users (id serial PRIMARY KEY);' },
  ],
  invalid: [
    {
      name: 'a foreign key column whose name does not say so',
      rules: on,
      sql: 'ALTER TABLE orders ADD COLUMN parent integer REFERENCES orders (id);\nCREATE TABLE notes (author int, body text, FOREIGN KEY (author) REFERENCES users (id));',
      errors: [
        { line: 1, column: 31, message: /orders\.parent is integer, a foreign key/ },
        { line: 2, column: 21, message: /notes\.author is int, a foreign key/ },
      ],
    },
    {
      sql: 'CREATE TABLE users (\n  id serial PRIMARY KEY,\n  team_id integer REFERENCES teams\n);',
      rules: on,
      errors: [
        {
          line: 2,
          column: 3,
          endColumn: 12,
          message: /^users\.id is serial, a primary key: its values stop at 2,147,483,647.*Use bigint\.$/,
        },
        { line: 3, column: 3, endColumn: 18, message: /^users\.team_id is integer, a foreign key/ },
      ],
    },
    {
      name: 'table-level PRIMARY KEY, any column name',
      sql: 'CREATE TABLE countries (code smallint, name text, PRIMARY KEY (code));',
      rules: on,
      errors: [
        {
          line: 1,
          column: 25,
          endColumn: 38,
          message: /countries\.code is smallint, a primary key: its values stop at 32,767/,
        },
      ],
    },
    {
      name: 'ADD COLUMN and ALTER COLUMN TYPE',
      sql: 'ALTER TABLE orders ADD COLUMN coupon_id int4, ALTER COLUMN customer_id TYPE int;',
      rules: on,
      errors: [
        { line: 1, column: 31, endColumn: 45 },
        { line: 1, column: 60, endColumn: 80 },
      ],
    },
    {
      sql: 'ALTER TABLE orders ADD COLUMN ID smallserial;',
      rules: { 'prefer-bigint': 'error' },
      errors: [{ line: 1, column: 31, message: /orders\.id is smallserial/ }],
    },
  ],
});
