import { ruleTests } from '../../../test/unit/ruleTester';
import { banChar } from './ban-char';

const on = { 'ban-char': 'warning' } as const;

ruleTests(banChar, {
  valid: [
    { sql: 'CREATE TABLE countries (code text CHECK (char_length(code) = 2), name varchar(100));', rules: on },
    { name: 'the internal one-byte "char" type', sql: 'CREATE TABLE flags (kind "char");', rules: on },
    { name: 'off by default', sql: 'CREATE TABLE countries (code char(2));' },
  ],
  invalid: [
    {
      sql: 'CREATE TABLE countries (\n  code char(2),\n  iso3 character(3),\n  flag character\n);',
      rules: on,
      errors: [
        {
          line: 2,
          column: 3,
          endColumn: 15,
          message: /^countries\.code is char\(2\): char\(n\) pads every value with spaces/,
        },
        { line: 3, column: 3, endColumn: 20 },
        { line: 4, column: 3, endColumn: 17, message: /countries\.flag is character:/ },
      ],
    },
    {
      sql: 'ALTER TABLE countries ADD COLUMN region bpchar(4), ALTER COLUMN code TYPE char(2);',
      rules: on,
      errors: [
        { line: 1, column: 34, endColumn: 50 },
        { line: 1, column: 65, endColumn: 82 },
      ],
    },
  ],
});
