// The comment lines at the top of every generated file: which phase and deployment it belongs to, what is true
// for the application once it is out, and what a down file undoes.
import type { Phase, ScaffoldPlan, ScaffoldStep } from '../scaffold/plan';

/** What each phase promises the application, for the first header line. */
const PHASE_PROMISE: Record<Phase, string> = {
  expand: 'old and new code both work after this',
  migrate: 'data and reads move to the new shape; old code still works',
  contract: 'only the new shape remains; ship once no running code uses the old one',
};

/** Comment lines as SQL (`-- ...`), one line per string; never empty, no `\r`. */
function comment(lines: readonly string[]): string {
  return lines.map((line) => `-- ${line.replace(/[\r\n]+/g, ' ')}`.trimEnd() + '\n').join('');
}

/** The number of separate deployments the plan needs. */
export function deploymentCount(plan: ScaffoldPlan): number {
  return plan.steps.reduce((max, step) => Math.max(max, step.deploy), 0);
}

/** `-- expand — deploy 1 of 3: old and new code both work after this`, the step's summary, the plan's title. */
export function upHeader(plan: ScaffoldPlan, step: ScaffoldStep): string {
  const lines = [
    `${step.phase} — deploy ${step.deploy} of ${deploymentCount(plan)}: ${PHASE_PROMISE[step.phase]}`,
    step.summary,
    `Part of: ${plan.title} (written by sluice scaffold)`,
  ];
  if (!step.transactional) lines.push('Runs outside a transaction (a single statement that cannot run in one).');
  return comment(lines);
}

/** What a down script undoes: the up file (or section) and its phase and deployment. */
export function downHeader(plan: ScaffoldPlan, step: ScaffoldStep, upName: string): string {
  return comment([
    `Undoes ${upName} (${step.phase} — deploy ${step.deploy} of ${deploymentCount(plan)}); apply right after it.`,
    `Part of: ${plan.title}`,
  ]);
}

/** SQL text with exactly one trailing newline (and `\n` line endings). */
export function body(sql: string): string {
  const text = sql.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
  return text === '' ? '' : `${text}\n`;
}
