// Lints every step of a scaffold plan the way `sluice lint` sees golang-migrate files: each `.up.sql` against
// the schema its earlier migrations build, each `.down.sql` against that schema plus its own up script, with
// what the up script created. It also lints each file with its `sluice-ignore` lines removed, so a test can
// say which findings a step deliberately suppresses (and that each suppression is still needed).
import { analyze, createdRelations, replayMigration } from '../../server/src/analysis';
import type { ScaffoldPlan } from '../../server/src/fixes/scaffold/plan';
import type { MigrationInfo } from '../../server/src/migrations/tools';
import { EMPTY_SCHEMA, SchemaModel } from '../../server/src/schema/model';
import { splitStatements } from '../../server/src/syntax/split';

const UP: MigrationInfo = { isMigration: true, tool: 'golang-migrate', direction: 'up' };
const DOWN: MigrationInfo = { isMigration: true, tool: 'golang-migrate', direction: 'down' };

export interface LintedScript {
  step: string;
  direction: 'up' | 'down';
  /** `rule: message` of what remains after the file's suppressions. */
  findings: string[];
  /** Rules whose findings a `sluice-ignore` line in the file suppresses. */
  suppressed: string[];
}

function lintFile(
  text: string,
  migration: MigrationInfo,
  schema: SchemaModel,
  pgVersion: number,
  upScript?: string,
): { findings: string[]; rules: string[] } {
  const analysis = analyze(
    text,
    migration,
    { pgVersion, assumeInTransaction: false, rules: {} },
    {
      schema,
      upScript,
      createdByUp: upScript === undefined ? undefined : createdRelations(upScript),
      rollback: { expected: migration.direction === 'up', missing: false, down: undefined },
      file: `/project/migrations/0002_step.${migration.direction}.sql`,
    },
  );
  const kept = analysis.findings.filter((f) => f.severity !== 'info');
  return { findings: kept.map((f) => `${f.rule}: ${f.message}`), rules: kept.map((f) => f.rule) };
}

function withoutIgnores(text: string): string {
  return text.replace(/^--\s*sluice-ignore.*\n/gm, '');
}

/** `history`: the migrations before the plan (e.g. the CREATE TABLE statements), as one up script. */
export function lintPlanSteps(plan: ScaffoldPlan, history: string, pgVersion = 15): LintedScript[] {
  let schema = replayMigration(EMPTY_SCHEMA, history, UP);
  const out: LintedScript[] = [];
  for (const step of plan.steps) {
    const after = replayMigration(schema, step.up, UP);
    const scripts: [LintedScript['direction'], string, MigrationInfo, SchemaModel, string | undefined][] = [
      ['up', step.up, UP, schema, undefined],
      ['down', step.down, DOWN, after, step.up],
    ];
    for (const [direction, text, migration, base, upScript] of scripts) {
      const linted = lintFile(text, migration, base, pgVersion, upScript);
      const bare = lintFile(withoutIgnores(text), migration, base, pgVersion, upScript);
      const suppressed = [...new Set(bare.rules.filter((r) => !linted.rules.includes(r)))];
      out.push({ step: step.name, direction, findings: linted.findings, suppressed });
    }
    schema = after;
  }
  return out;
}

/** Steps that break the non-transactional contract: more (or fewer) than one statement in up or in down. */
export function nonTransactionalStepsWithoutOneStatement(plan: ScaffoldPlan): string[] {
  return plan.steps
    .filter((s) => !s.transactional)
    .filter((s) => [s.up, s.down].some((sql) => splitStatements(sql).statements.length !== 1))
    .map((s) => s.name);
}
