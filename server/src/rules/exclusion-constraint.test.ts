import { ruleTests } from '../../../test/unit/ruleTester';
import { exclusionConstraint } from './exclusion-constraint';

ruleTests(exclusionConstraint, {
  valid: [
    'CREATE TABLE bookings (room int, during tstzrange, EXCLUDE USING gist (room WITH =, during WITH &&));',
    {
      name: 'a table created earlier in the same migration',
      sql: 'CREATE TABLE bookings (room int, during tstzrange);\nALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);',
    },
    'ALTER TABLE bookings ADD CONSTRAINT bookings_room_check CHECK (room > 0) NOT VALID;',
    'ALTER TABLE bookings DROP CONSTRAINT bookings_no_overlap;',
  ],
  invalid: [
    {
      sql: 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room WITH =, during WITH &&);',
      errors: [
        {
          line: 1,
          column: 1,
          endColumn: 105,
          lock: 'AccessExclusiveLock',
          message:
            /^ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist builds its index and checks every row of bookings under an AccessExclusiveLock \(an exclusion constraint cannot be added NOT VALID\)/,
        },
      ],
    },
    {
      name: 'unnamed, without USING, in a multi-command ALTER TABLE',
      sql: "SET lock_timeout = '2s';\nALTER TABLE billing.slots ADD COLUMN note text, ADD EXCLUDE (slot WITH =);",
      errors: [
        {
          line: 2,
          column: 1,
          message: /^ADD CONSTRAINT EXCLUDE USING btree builds its index and checks every row of billing\.slots/,
        },
      ],
    },
    {
      name: 'dbmate transaction',
      tool: 'dbmate',
      sql: '-- migrate:up\nALTER TABLE bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);\n-- migrate:down\nALTER TABLE bookings DROP CONSTRAINT no_overlap;',
      errors: [{ line: 2, column: 1 }],
    },
  ],
});
