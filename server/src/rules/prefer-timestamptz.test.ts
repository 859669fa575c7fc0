import { ruleTests } from '../../../test/unit/ruleTester';
import { preferTimestamptz } from './prefer-timestamptz';

const on = { 'prefer-timestamptz': 'warning' } as const;

ruleTests(preferTimestamptz, {
  valid: [
    { sql: 'CREATE TABLE events (at timestamptz, at2 timestamp with time zone, d date, t time);', rules: on },
    { sql: 'ALTER TABLE events ALTER COLUMN at TYPE timestamptz;', rules: on },
    { name: 'off by default', sql: 'CREATE TABLE events (at timestamp);' },
  ],
  invalid: [
    {
      sql: 'CREATE TABLE events (\n  at timestamp,\n  at2 timestamp(3) without time zone NOT NULL\n);',
      rules: on,
      errors: [
        {
          line: 2,
          column: 3,
          endColumn: 15,
          message: /^events\.at is timestamp: it stores wall-clock time with no zone/,
        },
        { line: 3, column: 3, endColumn: 37, message: /events\.at2 is timestamp\(3\) without time zone/ },
      ],
    },
    {
      sql: 'ALTER TABLE events ADD COLUMN seen_at timestamp, ALTER COLUMN at TYPE timestamp;',
      rules: on,
      errors: [
        { line: 1, column: 31, endColumn: 48 },
        { line: 1, column: 63, endColumn: 80 },
      ],
    },
  ],
});
