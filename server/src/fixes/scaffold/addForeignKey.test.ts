import * as assert from 'assert';
import { replayMigration } from '../../analysis';
import { EMPTY_SCHEMA } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from '../../../../test/scaffold/lintPlanSteps';
import { addForeignKeyPlan } from './addForeignKey';
import { ScaffoldError } from './plan';

const HISTORY =
  'CREATE TABLE customers (id bigint PRIMARY KEY, email text);\n' +
  'CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint, seller_id bigint);\n' +
  'CREATE INDEX orders_seller_id_created_idx ON orders (seller_id, id);\n';
const history = (sql: string) =>
  replayMigration(EMPTY_SCHEMA, sql, { isMigration: true, tool: 'golang-migrate', direction: 'up' });
const request = (column: string, table = 'customers', target = 'id') =>
  ({ kind: 'add-foreign-key', table: 'orders', column, references: { table, column: target } }) as const;

describe('scaffold add-foreign-key', () => {
  before(() => loadParser());

  it('indexes the column concurrently, adds the key NOT VALID, then validates it in its own step', () => {
    const plan = addForeignKeyPlan(request('customer_id'), { schema: history(HISTORY), pgVersion: 15 });
    const lock = (sql: string) => "SET lock_timeout = '2s';\n" + sql + 'RESET lock_timeout;\n';
    const add =
      'ALTER TABLE orders ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;\n';
    const drop = 'ALTER TABLE orders DROP CONSTRAINT orders_customer_id_fkey;\n';
    assert.deepStrictEqual(
      plan.steps.map((s) => [s.phase, s.deploy, s.name, s.transactional, s.up.replace(/^--.*\n/gm, ''), s.down]),
      [
        [
          'expand',
          1,
          'add_orders_customer_id_idx',
          false,
          'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_id_idx ON orders (customer_id);\n',
          'DROP INDEX CONCURRENTLY IF EXISTS orders_customer_id_idx;\n',
        ],
        ['expand', 1, 'add_orders_customer_id_fkey', true, lock(add), lock(drop)],
        [
          'migrate',
          1,
          'validate_orders_customer_id_fkey',
          true,
          lock('ALTER TABLE orders VALIDATE CONSTRAINT orders_customer_id_fkey;\n'),
          lock(drop + add),
        ],
      ],
    );
    const linted = lintPlanSteps(plan, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.flatMap((l) => l.suppressed),
      [],
    );
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(plan), []);
  });

  it('skips the index when one already starts with the column', () => {
    const plan = addForeignKeyPlan(request('seller_id'), { schema: history(HISTORY), pgVersion: 15 });
    assert.deepStrictEqual(
      plan.steps.map((s) => s.name),
      ['add_orders_seller_id_fkey', 'validate_orders_seller_id_fkey'],
    );
    assert.deepStrictEqual(
      lintPlanSteps(plan, HISTORY).flatMap((l) => l.findings),
      [],
    );
  });

  it('creates the index when the schema is unknown', () => {
    const plan = addForeignKeyPlan(request('seller_id'), { pgVersion: 15 });
    assert.strictEqual(plan.steps.length, 3);
    assert.deepStrictEqual(
      lintPlanSteps(plan, '').flatMap((l) => l.findings),
      [],
    );
  });

  it('keeps the constraint name and the actions as written (a down beside the statement drops that name)', () => {
    const plan = addForeignKeyPlan(
      { ...request('seller_id'), name: '"Seller FK"', options: 'ON DELETE CASCADE' },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    const add =
      'ALTER TABLE orders ADD CONSTRAINT "Seller FK" FOREIGN KEY (seller_id) REFERENCES customers (id) ON DELETE CASCADE NOT VALID;\n';
    const drop = 'ALTER TABLE orders DROP CONSTRAINT "Seller FK";\n';
    const lock = (sql: string) => "SET lock_timeout = '2s';\n" + sql + 'RESET lock_timeout;\n';
    assert.deepStrictEqual(
      plan.steps.map((s) => [s.name, s.up.replace(/^--.*\n/gm, ''), s.down]),
      [
        ['add_seller_fk', lock(add), lock(drop)],
        ['validate_seller_fk', lock('ALTER TABLE orders VALIDATE CONSTRAINT "Seller FK";\n'), lock(drop + add)],
      ],
    );
    assert.deepStrictEqual(
      lintPlanSteps(plan, HISTORY).flatMap((l) => l.findings),
      [],
    );
    assert.throws(
      () =>
        addForeignKeyPlan(
          { ...request('seller_id'), name: 'orders_pkey' },
          { schema: history(HISTORY), pgVersion: 15 },
        ),
      (e: unknown) => e instanceof ScaffoldError && /already has a constraint named orders_pkey/.test(e.message),
    );
  });

  it('refuses a reference PostgreSQL would refuse, or a column that is not there', () => {
    const schema = history(HISTORY);
    assert.throws(
      () => addForeignKeyPlan(request('customer_id', 'customers', 'email'), { schema, pgVersion: 15 }),
      (e: unknown) =>
        e instanceof ScaffoldError && /customers\.email is neither a primary key nor unique/.test(e.message),
    );
    assert.throws(
      () => addForeignKeyPlan(request('customer_id', 'customers', 'nope'), { schema, pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /no column nope/.test(e.message),
    );
    assert.throws(
      () => addForeignKeyPlan(request('customerid'), { schema, pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /Table orders has no column customerid/.test(e.message),
    );
  });
});
