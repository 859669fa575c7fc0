import { ruleTests } from '../../../test/unit/ruleTester';
import { preferJsonb } from './prefer-jsonb';

ruleTests(preferJsonb, {
  valid: [
    'CREATE TABLE events (id bigint, payload jsonb);',
    'ALTER TABLE events ADD COLUMN meta jsonb;',
    'ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;',
    "SELECT '{}'::json;",
    'CREATE TYPE envelope AS (body json);',
    {
      name: 'a down script restores what the up migration changed',
      sql: 'ALTER TABLE events ALTER COLUMN payload TYPE json USING payload::json;',
      tool: 'golang-migrate',
      direction: 'down',
    },
  ],
  invalid: [
    {
      sql: 'CREATE TABLE events (\n  id bigint,\n  payload json NOT NULL\n);',
      errors: [
        {
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 15,
          message:
            /^events\.payload is json: json has no equality operator, so SELECT DISTINCT, GROUP BY, UNION and = on it fail/,
        },
      ],
    },
    {
      sql: 'ALTER TABLE events ADD COLUMN headers pg_catalog.json[], ALTER COLUMN body SET DATA TYPE json;',
      errors: [
        { line: 1, column: 31, endColumn: 56, message: /events\.headers is pg_catalog\.json\[\]/ },
        { line: 1, column: 71, endColumn: 94, message: /events\.body is json/ },
      ],
    },
  ],
});
