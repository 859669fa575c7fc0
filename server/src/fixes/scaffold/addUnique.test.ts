import * as assert from 'assert';
import { replayMigration } from '../../analysis';
import { EMPTY_SCHEMA } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from '../../../../test/scaffold/lintPlanSteps';
import { addUniquePlan } from './addUnique';
import { ScaffoldError } from './plan';

const HISTORY = 'CREATE TABLE accounts (id bigint PRIMARY KEY, tenant_id bigint, email text);\n';
const history = (sql: string) =>
  replayMigration(EMPTY_SCHEMA, sql, { isMigration: true, tool: 'golang-migrate', direction: 'up' });

describe('scaffold add-unique', () => {
  before(() => loadParser());

  it('builds the unique index concurrently, then adopts it as the constraint; the rollback rebuilds the index it loses', () => {
    const plan = addUniquePlan(
      { kind: 'add-unique', table: 'accounts', columns: ['tenant_id', 'email'] },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    const lock = (sql: string) => "SET lock_timeout = '2s';\n" + sql + 'RESET lock_timeout;\n';
    assert.deepStrictEqual(
      plan.steps.map((s) => [
        s.phase,
        s.deploy,
        s.name,
        s.transactional,
        s.up.replace(/^--.*\n/gm, ''),
        s.down.replace(/^--.*\n/gm, ''),
      ]),
      [
        [
          'expand',
          1,
          'add_accounts_tenant_id_email_key_index',
          false,
          'CREATE UNIQUE INDEX CONCURRENTLY accounts_tenant_id_email_key ON accounts (tenant_id, email);\n',
          'DROP INDEX CONCURRENTLY accounts_tenant_id_email_key;\n',
        ],
        [
          'expand',
          1,
          'add_accounts_tenant_id_email_key_constraint',
          true,
          lock(
            'ALTER TABLE accounts ADD CONSTRAINT accounts_tenant_id_email_key UNIQUE USING INDEX accounts_tenant_id_email_key;\n',
          ),
          lock(
            'CREATE UNIQUE INDEX accounts_tenant_id_email_key_rollback ON accounts (tenant_id, email);\n' +
              'ALTER TABLE accounts DROP CONSTRAINT accounts_tenant_id_email_key;\n' +
              'ALTER INDEX accounts_tenant_id_email_key_rollback RENAME TO accounts_tenant_id_email_key;\n',
          ),
        ],
      ],
    );
    const linted = lintPlanSteps(plan, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.filter((l) => l.suppressed.length > 0).map((l) => [l.step, l.direction, l.suppressed]),
      [['add_accounts_tenant_id_email_key_constraint', 'down', ['require-concurrent-index']]],
    );
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(plan), []);
  });

  it('names the index within PostgreSQL 63 bytes and the rollback schema-qualifies what it renames', () => {
    const long = 'a_rather_long_column_name_that_keeps_going';
    const plan = addUniquePlan(
      { kind: 'add-unique', table: 'crm.accounts', columns: [long, 'email'] },
      { pgVersion: 15 },
    );
    const name = /CONCURRENTLY (\S+) ON crm\.accounts/.exec(plan.steps[0].up)?.[1] ?? '';
    assert.ok(name.length <= 63 && name.startsWith('accounts_a_rather_long'), name);
    assert.match(plan.steps[0].down, new RegExp(`DROP INDEX CONCURRENTLY crm\\.${name};`));
    assert.match(plan.steps[1].down, new RegExp(`ALTER INDEX crm\\.\\S+ RENAME TO ${name};`));
  });

  it('keeps the constraint name as written', () => {
    const plan = addUniquePlan(
      { kind: 'add-unique', table: 'accounts', columns: ['email'], name: 'accounts_email_uq' },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    assert.deepStrictEqual(
      plan.steps.map((s) => s.name),
      ['add_accounts_email_uq_index', 'add_accounts_email_uq_constraint'],
    );
    assert.match(plan.steps[0].up, /CREATE UNIQUE INDEX CONCURRENTLY accounts_email_uq ON accounts \(email\);/);
    assert.match(plan.steps[1].up, /ADD CONSTRAINT accounts_email_uq UNIQUE USING INDEX accounts_email_uq;/);
    assert.match(plan.steps[1].down, /ALTER INDEX accounts_email_uq_rollback RENAME TO accounts_email_uq;/);
  });

  it('refuses empty, repeated or unknown columns and a name already taken', () => {
    const schema = history(HISTORY + 'CREATE UNIQUE INDEX accounts_email_key ON accounts (email);\n');
    const fails = (columns: string[], pattern: RegExp) =>
      assert.throws(
        () => addUniquePlan({ kind: 'add-unique', table: 'accounts', columns }, { schema, pgVersion: 15 }),
        (e: unknown) => e instanceof ScaffoldError && pattern.test(e.message),
      );
    fails([], /at least one column/);
    fails(['email', 'EMAIL'], /email is listed twice/);
    fails(['mail'], /no column mail/);
    fails(['email'], /already has an index or constraint named accounts_email_key/);
  });
});
