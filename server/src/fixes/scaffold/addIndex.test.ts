import * as assert from 'assert';
import { replayMigration } from '../../analysis';
import { EMPTY_SCHEMA } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from '../../../../test/scaffold/lintPlanSteps';
import { addIndexPlan } from './addIndex';
import { ScaffoldError } from './plan';

const HISTORY = 'CREATE TABLE events (id bigint PRIMARY KEY, kind text, "createdAt" timestamptz);\n';
const history = (sql: string) =>
  replayMigration(EMPTY_SCHEMA, sql, { isMigration: true, tool: 'golang-migrate', direction: 'up' });

describe('scaffold add-index', () => {
  before(() => loadParser());

  it('is one CREATE INDEX CONCURRENTLY IF NOT EXISTS, undone by DROP INDEX CONCURRENTLY IF EXISTS', () => {
    const plan = addIndexPlan(
      { kind: 'add-index', table: 'events', columns: ['kind', '"createdAt"'] },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    assert.strictEqual(plan.steps.length, 1);
    const [step] = plan.steps;
    assert.deepStrictEqual(
      [step.phase, step.deploy, step.name, step.transactional],
      ['expand', 1, 'add_events_kind_created_at_idx', false],
    );
    assert.strictEqual(
      step.up.replace(/^--.*\n/gm, ''),
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS "events_kind_createdAt_idx" ON events (kind, "createdAt");\n',
    );
    assert.strictEqual(step.down, 'DROP INDEX CONCURRENTLY IF EXISTS "events_kind_createdAt_idx";\n');
    const linted = lintPlanSteps(plan, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => [...l.findings, ...l.suppressed]),
      [],
    );
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(plan), []);
  });

  it('keeps the name the statement gave the index (code and the down script may use it)', () => {
    const plan = addIndexPlan(
      { kind: 'add-index', table: 'events', columns: ['kind'], name: 'by_kind' },
      { schema: history(HISTORY), pgVersion: 15 },
    );
    const [step] = plan.steps;
    assert.match(step.up, /CREATE INDEX CONCURRENTLY IF NOT EXISTS by_kind ON events \(kind\);/);
    assert.strictEqual(step.down, 'DROP INDEX CONCURRENTLY IF EXISTS by_kind;\n');
  });

  it('keeps a long name within 63 bytes, distinct from a similar long name', () => {
    const columns = (last: string) => ['customer_identifier_for_billing', 'created_at_with_timezone', last];
    const a = addIndexPlan({ kind: 'add-index', table: 'events', columns: columns('x') }, { pgVersion: 15 });
    const b = addIndexPlan({ kind: 'add-index', table: 'events', columns: columns('y') }, { pgVersion: 15 });
    const name = (sql: string) => /EXISTS (\S+) ON/.exec(sql)?.[1] ?? '';
    assert.ok(Buffer.byteLength(name(a.steps[0].up)) <= 63, name(a.steps[0].up));
    assert.notStrictEqual(name(a.steps[0].up), name(b.steps[0].up));
    assert.ok(a.steps[0].down.includes(name(a.steps[0].up)));
  });

  it('refuses an index that exists already (by name or by columns)', () => {
    const schema = history(
      HISTORY + 'CREATE INDEX events_by_kind ON events (kind);\nCREATE INDEX events_id_idx ON events (kind, id);\n',
    );
    assert.throws(
      () => addIndexPlan({ kind: 'add-index', table: 'events', columns: ['kind'] }, { schema, pgVersion: 15 }),
      (e: unknown) =>
        e instanceof ScaffoldError && /events \(kind\) is already indexed by events_by_kind/.test(e.message),
    );
    assert.throws(
      () => addIndexPlan({ kind: 'add-index', table: 'events', columns: ['id'] }, { schema, pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /index named events_id_idx already exists/.test(e.message),
    );
  });
});
