import * as assert from 'assert';
import { replayMigration } from '../../analysis';
import { ColumnInfo, EMPTY_SCHEMA, SchemaModel } from '../../schema/model';
import { loadParser } from '../../syntax/parse';
import { lintPlanSteps } from '../../../../test/scaffold/lintPlanSteps';
import { dropColumnPlan } from './dropColumn';
import { ScaffoldError } from './plan';

const HISTORY =
  'CREATE TABLE orders (id bigint PRIMARY KEY, note varchar(50) NOT NULL, legacy numeric(10,2)[], ' +
  "status text NOT NULL DEFAULT 'new', ref bigint UNIQUE);\n" +
  'CREATE INDEX orders_legacy_idx ON orders (legacy);\n';
const history = (sql: string) =>
  replayMigration(EMPTY_SCHEMA, sql, { isMigration: true, tool: 'golang-migrate', direction: 'up' });
/** The model with one column's facts changed (what replay knows about a default depends on the statement text). */
function patchColumn(schema: SchemaModel, table: string, column: string, patch: Partial<ColumnInfo>): SchemaModel {
  const info = schema.tables.get(table)!;
  const columns = new Map(info.columns);
  columns.set(column, { ...columns.get(column)!, ...patch });
  return { ...schema, tables: new Map(schema.tables).set(table, { ...info, columns }) };
}
const plan = (column: string, table = 'orders', schema = history(HISTORY)) =>
  dropColumnPlan({ kind: 'drop-column', table, column }, { schema, pgVersion: 15 });

describe('scaffold drop-column', () => {
  before(() => loadParser());

  it('makes a NOT NULL column nullable in deploy 1, drops it in deploy 2 with a reasoned suppression', () => {
    const p = plan('note');
    const lock = (sql: string) => "SET lock_timeout = '2s';\n" + sql + 'RESET lock_timeout;\n';
    assert.deepStrictEqual(
      p.steps.map((s) => [s.phase, s.deploy, s.name, s.transactional]),
      [
        ['expand', 1, 'drop_orders_note_not_null', true],
        ['contract', 2, 'drop_orders_note', true],
      ],
    );
    assert.strictEqual(p.steps[0].up, lock('ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;\n'));
    // SET NOT NULL unless the contract step's rollback brought the column back empty (it cannot hold then).
    assert.match(
      p.steps[0].down,
      /IF EXISTS \(SELECT FROM orders WHERE note IS NULL\) AND NOT EXISTS \(SELECT FROM orders WHERE note IS NOT NULL\) THEN\n {4}RAISE WARNING '%', 'sluice: cannot undo: orders\.note stays nullable: every row has NULL in it \(the rollback of its drop brought it back empty\)';\n {2}ELSE\n {4}ALTER TABLE orders ALTER COLUMN note SET NOT NULL;\n/,
    );
    assert.strictEqual(
      p.steps[1].up,
      lock(
        '-- sluice-ignore drop-column: contract step; the application version deployed before this no longer reads or writes note\n' +
          'ALTER TABLE orders DROP COLUMN note;\n',
      ),
    );
    // The column comes back (nullable, as deploy 1 left it), its values do not: a `sluice: cannot undo` comment says so.
    assert.strictEqual(
      p.steps[1].down,
      '-- sluice: cannot undo: the up migration deleted every value of orders.note; this brings the column back with NULL in every row.\n' +
        '-- sluice: cannot undo: orders.note was NOT NULL: with NULL in every row it cannot be again, so the rollback of deploy 1 leaves it nullable (with a warning).\n' +
        lock('ALTER TABLE orders ADD COLUMN note varchar(50);\n'),
    );
    const linted = lintPlanSteps(p, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.filter((l) => l.suppressed.length > 0).map((l) => [l.step, l.direction, l.suppressed]),
      [
        ['drop_orders_note_not_null', 'down', ['set-not-null']],
        ['drop_orders_note', 'up', ['drop-column']],
      ],
    );
  });

  it('drops a nullable column in one contract step and keeps its array type in the rollback', () => {
    const p = plan('legacy');
    assert.deepStrictEqual(
      p.steps.map((s) => [s.phase, s.deploy]),
      [['contract', 1]],
    );
    assert.match(
      p.steps[0].down,
      /ALTER TABLE orders ADD COLUMN legacy numeric\(10, ?2\)\[\];\nRESET lock_timeout;\n$/,
    );
    // The index that goes with the column cannot come back by itself: the rollback says so.
    assert.match(
      p.steps[0].down,
      /-- sluice: cannot undo: index orders_legacy_idx on orders\.legacy was dropped with the column/,
    );
    assert.deepStrictEqual(
      lintPlanSteps(p, HISTORY).flatMap((l) => l.findings),
      [],
    );
  });

  it('puts a default back as the history wrote it, as its own command (existing rows stay NULL)', () => {
    const withDefault = patchColumn(history(HISTORY), 'public.orders', 'status', { defaultSql: "'new'" });
    const p = plan('status', 'orders', withDefault);
    assert.match(
      p.steps[p.steps.length - 1].down,
      /\nALTER TABLE orders ADD COLUMN status text;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\nRESET lock_timeout;\n$/,
    );
    assert.doesNotMatch(p.steps[p.steps.length - 1].down, /had a DEFAULT/);
    assert.deepStrictEqual(
      lintPlanSteps(p, HISTORY).flatMap((l) => l.findings),
      [],
    );
  });

  it('reads the default and the index definitions from the migrations as written; the indexes go first, concurrently', () => {
    const text = HISTORY + 'CREATE INDEX orders_status_idx ON orders (lower(note), status) WHERE ref > 0;\n';
    const p = dropColumnPlan(
      { kind: 'drop-column', table: 'orders', column: 'legacy' },
      { schema: history(text), pgVersion: 15, sources: { texts: [text], tool: 'golang-migrate' } },
    );
    assert.deepStrictEqual(
      p.steps.map((s) => [s.name, s.deploy, s.transactional, s.up, s.down.replace(/^--.*\n/gm, '')]),
      [
        [
          'drop_orders_legacy_idx',
          1,
          false,
          'DROP INDEX CONCURRENTLY IF EXISTS orders_legacy_idx;\n',
          'CREATE INDEX CONCURRENTLY orders_legacy_idx ON orders (legacy);\n',
        ],
        [
          'drop_orders_legacy',
          1,
          true,
          p.steps[1].up,
          "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN legacy numeric(10, 2)[];\nRESET lock_timeout;\n",
        ],
      ],
    );
    assert.doesNotMatch(p.steps[1].down, /orders_legacy_idx/);
    const status = dropColumnPlan(
      { kind: 'drop-column', table: 'orders', column: 'status' },
      { schema: history(text), pgVersion: 15, sources: { texts: [text], tool: 'golang-migrate' } },
    );
    assert.match(
      status.steps[2].down,
      /\nALTER TABLE orders ADD COLUMN status text;\nALTER TABLE orders ALTER COLUMN status SET DEFAULT 'new';\n/,
    );
    assert.doesNotMatch(status.steps[2].down, /had a DEFAULT/);
    // An expression and partial index comes back as written.
    assert.deepStrictEqual(
      status.steps.map((s) => s.name),
      ['drop_orders_status_not_null', 'drop_orders_status_idx', 'drop_orders_status'],
    );
    assert.strictEqual(
      status.steps[1].down.replace(/^--.*\n/gm, ''),
      'CREATE INDEX CONCURRENTLY orders_status_idx ON orders (lower(note), status) WHERE ref > 0;\n',
    );
    const linted = lintPlanSteps(p, text);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      lintPlanSteps(status, text).flatMap((l) => l.findings),
      [],
    );
  });

  it('says so in the rollback when the default is not known', () => {
    const unknown = patchColumn(history(HISTORY), 'public.orders', 'status', { defaultSql: undefined });
    const down = plan('status', 'orders', unknown).steps[1].down;
    assert.match(down, /-- sluice: cannot undo: orders\.status had a DEFAULT that Sluice could not read/);
    assert.doesNotMatch(down, /ALTER COLUMN status SET DEFAULT/);
    assert.match(
      plan('ref').steps[0].down,
      /-- sluice: cannot undo: constraint orders_ref_key on orders\.ref was dropped/,
    );
  });

  it('refuses what it cannot roll back or should not drop', () => {
    const fails = (run: () => unknown, pattern: RegExp) =>
      assert.throws(run, (e: unknown) => e instanceof ScaffoldError && pattern.test(e.message));
    fails(() => plan('id'), /orders\.id is part of the primary key/);
    fails(() => plan('nope'), /Table orders has no column nope/);
    fails(
      () => plan('note', 'orders', EMPTY_SCHEMA),
      /needs its type, but the earlier migrations do not show all of table orders/,
    );
    fails(
      () => plan('note', 'orders', history(HISTORY + "DO $$ BEGIN EXECUTE 'select 1'; END $$;\n")),
      /do not show all of table orders/,
    );
  });
});
