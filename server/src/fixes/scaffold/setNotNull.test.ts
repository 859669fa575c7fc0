import * as assert from 'assert';
import { replayMigration } from '../../analysis';
import { EMPTY_SCHEMA } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from '../../../../test/scaffold/lintPlanSteps';
import { ScaffoldError } from './plan';
import { setNotNullPlan } from './setNotNull';

const HISTORY = 'CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2), code text NOT NULL);\n';
const history = (sql: string) =>
  replayMigration(EMPTY_SCHEMA, sql, { isMigration: true, tool: 'golang-migrate', direction: 'up' });

describe('scaffold set-not-null', () => {
  before(() => loadParser());

  it('adds a NOT VALID check, validates it in its own step, then sets NOT NULL and drops the check', () => {
    const plan = setNotNullPlan(
      { kind: 'set-not-null', table: 'orders', column: 'total' },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    const lock = (sql: string) => "SET lock_timeout = '2s';\n" + sql + 'RESET lock_timeout;\n';
    const add = 'ALTER TABLE orders ADD CONSTRAINT orders_total_not_null_check CHECK (total IS NOT NULL) NOT VALID;\n';
    const drop = 'ALTER TABLE orders DROP CONSTRAINT orders_total_not_null_check;\n';
    const validate = 'ALTER TABLE orders VALIDATE CONSTRAINT orders_total_not_null_check;\n';
    assert.deepStrictEqual(
      plan.steps.map((s) => [s.phase, s.deploy, s.name, s.transactional, s.up, s.down]),
      [
        ['expand', 1, 'add_orders_total_not_null_check', true, lock(add), lock(drop)],
        ['migrate', 1, 'validate_orders_total_not_null_check', true, lock(validate), lock(drop + add)],
        [
          'contract',
          1,
          'set_orders_total_not_null',
          true,
          lock('ALTER TABLE orders ALTER COLUMN total SET NOT NULL;\n' + drop),
          lock(
            add +
              "-- sluice-ignore validate-in-same-transaction: rollback only; total is still NOT NULL here, so this cannot fail, but it reads orders once while ADD CONSTRAINT's lock is held\n" +
              validate +
              'ALTER TABLE orders ALTER COLUMN total DROP NOT NULL;\n',
          ),
        ],
      ],
    );
    assert.match(plan.steps[2].summary, /without a scan/);
  });

  it('lints clean under Sluice: only the rollback of the last step suppresses its same-transaction validation', () => {
    const plan = setNotNullPlan(
      { kind: 'set-not-null', table: 'orders', column: 'total' },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    const linted = lintPlanSteps(plan, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.filter((l) => l.suppressed.length > 0).map((l) => [l.step, l.direction, l.suppressed]),
      [['set_orders_total_not_null', 'down', ['validate-in-same-transaction']]],
    );
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(plan), []);
  });

  it('says that PostgreSQL before 12 scans on SET NOT NULL anyway, and marks that scan as deliberate', () => {
    const plan = setNotNullPlan(
      { kind: 'set-not-null', table: 'orders', column: 'total' },
      { schema: history(HISTORY), pgVersion: 11 },
    );
    assert.match(plan.steps[2].summary, /PostgreSQL 11 cannot use the validated check: SET NOT NULL scans orders/);
    const linted = lintPlanSteps(plan, HISTORY, 11);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.filter((l) => l.suppressed.length > 0).map((l) => [l.step, l.direction, l.suppressed]),
      [
        ['set_orders_total_not_null', 'up', ['set-not-null']],
        ['set_orders_total_not_null', 'down', ['validate-in-same-transaction']],
      ],
    );
  });

  it('quotes names PostgreSQL would fold or reject, and works without a known schema', () => {
    const plan = setNotNullPlan(
      { kind: 'set-not-null', table: 'billing."Order"', column: '"Total Cents"' },
      { pgVersion: 16 },
    );
    assert.strictEqual(
      plan.steps[0].up,
      `SET lock_timeout = '2s';\nALTER TABLE billing."Order" ADD CONSTRAINT "Order_Total Cents_not_null_check" CHECK ("Total Cents" IS NOT NULL) NOT VALID;\nRESET lock_timeout;\n`,
    );
    assert.deepStrictEqual(
      lintPlanSteps(plan, '').flatMap((l) => l.findings),
      [],
    );
  });

  it('refuses what cannot be right, saying why', () => {
    const schema = history(HISTORY);
    assert.throws(
      () => setNotNullPlan({ kind: 'set-not-null', table: 'orders', column: 'code' }, { schema, pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /orders\.code is already NOT NULL/.test(e.message),
    );
    assert.throws(
      () => setNotNullPlan({ kind: 'set-not-null', table: 'orders', column: 'totl' }, { schema, pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /no column totl .*its columns: id, total, code/.test(e.message),
    );
    assert.throws(
      () => setNotNullPlan({ kind: 'set-not-null', table: 'orders.x.y', column: 'total' }, { schema, pgVersion: 15 }),
      ScaffoldError,
    );
  });
});
