import * as assert from 'assert';
import { loadParser } from '../syntax/parse';
import { invariantsOf, tablesNamedBy } from './reconcile';
import { planStatements } from './statements';

describe('reconciliation (pure parts)', () => {
  before(() => loadParser());

  it('reads -- sluice-reconcile: invariants from comments, not from inside statements', () => {
    const text =
      '-- sluice-reconcile: SELECT sum(amount_cents) FROM charges;\n' +
      '--sluice-reconcile:SELECT count(*) FROM customers\n' +
      '-- sluice-reconcile:\n' +
      'UPDATE charges SET x = 1 -- sluice-reconcile: SELECT 1\n  WHERE id = 2;\n';
    assert.deepStrictEqual(
      invariantsOf(text).map((i) => [i.query, text.slice(i.start, i.end).split(':')[0]]),
      [
        ['SELECT sum(amount_cents) FROM charges', '-- sluice-reconcile'],
        ['SELECT count(*) FROM customers', '--sluice-reconcile'],
      ],
    );
  });

  it('counts as touched the tables a statement locks or names, DO and function bodies included', () => {
    const up =
      'ALTER TABLE billing.charges ADD COLUMN paid boolean;\n' +
      'DO $$ BEGIN UPDATE "Orders" SET x = 1; COMMIT; END $$;\n' +
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $f$ SELECT count(*) FROM refunds $f$;\n' +
      "INSERT INTO notes VALUES ('customers');\n";
    const tables = [
      'billing.charges',
      'public.charges',
      'public.Orders',
      'public.orders',
      'public.refunds',
      'public.notes',
      'public.customers',
    ];
    const touched = tablesNamedBy(planStatements(up, { tool: null, direction: 'up' }), tables);
    // An unqualified name may mean any schema's table; a string literal names nothing.
    assert.deepStrictEqual([...touched].sort(), [
      'billing.charges',
      'public.Orders',
      'public.charges',
      'public.notes',
      'public.refunds',
    ]);
  });
});
