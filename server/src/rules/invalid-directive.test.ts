import { ruleTests } from '../../../test/unit/ruleTester';
import { invalidDirective } from './invalid-directive';

ruleTests(invalidDirective, {
  valid: [
    '-- sluice-ignore require-concurrent-index: built during the maintenance window\nCREATE INDEX ON orders (a);',
    '-- sluice-ignore require-concurrent-index, require-lock-timeout\nCREATE INDEX ON orders (a);',
    '-- sluice-ignore-file require-lock-timeout\nALTER TABLE orders ADD COLUMN note text;',
    '-- sluice-ignored is just a comment\nSELECT 1;',
  ],
  invalid: [
    {
      sql: '-- sluice-ignore require-concurent-index: typo\nCREATE INDEX ON orders (a);',
      errors: [{ line: 1, column: 18, endLine: 1, endColumn: 41, message: /Unknown rule "require-concurent-index"/ }],
    },
    {
      sql: '-- sluice-ignore\nSELECT 1;',
      errors: [{ line: 1, column: 1, message: /names no rule/ }],
    },
    {
      name: 'a reason with no rule',
      sql: '-- sluice-ignore: legacy table\nSELECT 1;',
      errors: [{ line: 1, column: 1, message: /names no rule/ }],
    },
    {
      sql: 'SELECT 1;\n-- sluice-ignore-file set-not-null, nope\nSELECT 2;',
      errors: [{ line: 2, column: 37, endColumn: 41 }],
    },
  ],
});
