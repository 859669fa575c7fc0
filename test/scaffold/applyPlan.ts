// Applies a scaffold plan's steps to a real database the way a migration runner would (each file as one
// simple-query message), and checks after every step that its down, applied right after its up, restores the
// schema (catalog snapshot) and the rows; then re-applies the up and goes on.
import * as assert from 'assert';
import { diffSchemas, SchemaDifference, snapshotSchema } from '../../server/src/dryrun/catalog';
import type { Database } from '../../server/src/dryrun/database';
import type { ScaffoldPlan, ScaffoldStep } from '../../server/src/fixes/scaffold/plan';

/** Every row of the table as sorted JSON: independent of column order and physical row order. */
export async function tableRows(db: Database, table: string): Promise<string[]> {
  const result = await db.query(`SELECT to_jsonb(r)::text AS row FROM ${table} AS r ORDER BY 1`);
  return result.rows.map((r) => String(r.row));
}

/** PostgreSQL cannot put a re-added column back in its old position: that is the one difference allowed. */
function onlyColumnOrder(d: SchemaDifference): boolean {
  const columns = (s: string | null) =>
    /columns ([^;]*)/
      .exec(s ?? '')?.[1]
      .split(', ')
      .sort()
      .join(', ');
  const rest = (s: string | null) => (s ?? '').replace(/columns [^;]*/, '');
  return (
    d.before !== null && d.after !== null && columns(d.before) === columns(d.after) && rest(d.before) === rest(d.after)
  );
}

export interface StepHooks {
  /** Runs after each step's up is (re-)applied for good. */
  afterStep?(step: ScaffoldStep, index: number): Promise<void>;
}

export async function applyPlanWithRollbacks(
  db: Database,
  plan: ScaffoldPlan,
  tables: readonly string[],
  hooks: StepHooks = {},
): Promise<void> {
  for (const [index, step] of plan.steps.entries()) {
    const schemaBefore = await snapshotSchema(db);
    const rowsBefore = await Promise.all(tables.map((t) => tableRows(db, t)));
    await db.exec(step.up);
    await db.exec(step.down);
    const differences = diffSchemas(schemaBefore, await snapshotSchema(db)).filter(
      (d) => !(step.phase === 'contract' && onlyColumnOrder(d)),
    );
    assert.deepStrictEqual(differences, [], `${step.name}: the down did not restore the schema`);
    const rowsAfter = await Promise.all(tables.map((t) => tableRows(db, t)));
    if (/^-- sluice: cannot be undone/m.test(step.down))
      assert.deepStrictEqual(
        rowsAfter.map((r) => r.length),
        rowsBefore.map((r) => r.length),
        `${step.name}: rows lost`,
      );
    else assert.deepStrictEqual(rowsAfter, rowsBefore, `${step.name}: the down did not keep the data intact`);
    await db.exec(step.up);
    await hooks.afterStep?.(step, index);
  }
}
