import { ruleTests } from '../../../test/unit/ruleTester';
import { preferText } from './prefer-text';

const on = { 'prefer-text': 'warning' } as const;

ruleTests(preferText, {
  valid: [
    { sql: 'CREATE TABLE users (name text, email varchar, code char(2));', rules: on },
    {
      name: 'varchar without a length is text',
      sql: 'ALTER TABLE users ADD COLUMN nick character varying;',
      rules: on,
    },
    { name: 'off by default', sql: 'CREATE TABLE users (name varchar(100));' },
  ],
  invalid: [
    {
      sql: 'CREATE TABLE users (name varchar(100), email character varying(255) NOT NULL);',
      rules: on,
      errors: [
        {
          line: 1,
          column: 21,
          endColumn: 38,
          message: /^users\.name is varchar\(100\): longer values fail on insert.*CHECK \(char_length\(name\) <= 100\)/,
        },
        { line: 1, column: 40, endColumn: 68, message: /users\.email is character varying\(255\)/ },
      ],
    },
    {
      sql: 'ALTER TABLE users ALTER COLUMN name TYPE varchar(200);',
      rules: on,
      errors: [{ line: 1, column: 32, endColumn: 54 }],
    },
  ],
});
