// sqitch: `deploy/<change>.sql`, `revert/<change>.sql`, `verify/<change>.sql` under the project's top folder,
// and one line per change appended to `sqitch.plan` (`name [dependency] <planned at> <planner> # note`), each
// change depending on the one before it. The planner is taken from the plan's last change, as `sqitch add`
// would take it from the user's configuration.
import * as path from 'path';
import { parseSqitchPlan } from '../../migrations/history';
import type { ScaffoldPlan } from '../scaffold/plan';
import { body, deploymentCount, downHeader, upHeader } from './headers';
import { fileName, LayoutResult, LayoutTarget, PlannedAppend, PlannedFile } from './layout';
import { verifyChecks } from './sqitchVerify';

const CHANGE_LINE = /^[+-]?[^\s[#@%]+(?:\s+\[[^\]]*\])?\s+(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\s+([^#]*?<[^>]*>)/;
const DEFAULT_PLANNER = 'Sluice <sluice@localhost>';

/** `top_dir` from sqitch.conf (`[core]` or an engine section), else the project folder itself. */
function topDir(target: LayoutTarget): string {
  const conf = target.listing.includes('sqitch.conf') ? target.read?.(path.join(target.dir, 'sqitch.conf')) : undefined;
  const top = conf !== undefined ? /^\s*top_dir\s*=\s*(\S+)\s*$/m.exec(conf)?.[1] : undefined;
  return top ? path.join(target.dir, top) : target.dir;
}

function isoSeconds(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function layoutSqitch(plan: ScaffoldPlan, target: LayoutTarget): LayoutResult {
  const planFile = path.join(target.dir, 'sqitch.plan');
  const planText = target.read?.(planFile);
  const existing = planText !== undefined ? parseSqitchPlan(planText) : [];
  const taken = new Set(existing.map((c) => c.name));
  let planner = DEFAULT_PLANNER;
  for (const line of (planText ?? '').split(/\r?\n/)) {
    const m = CHANGE_LINE.exec(line.trim());
    if (m) planner = m[2].trim();
  }
  const top = topDir(target);
  const files: PlannedFile[] = [];
  let append =
    planText === undefined
      ? `%syntax-version=1.0.0\n%project=${fileName(path.basename(path.resolve(target.dir)))}\n\n`
      : planText === '' || planText.endsWith('\n')
        ? ''
        : '\n';
  let previous: string | undefined;
  const total = deploymentCount(plan);
  for (const step of plan.steps) {
    // Change names are unique in a plan (reworking one needs a tag): never reuse one.
    let name = fileName(step.name);
    for (let k = 2; taken.has(name); k++) name = `${fileName(step.name)}_${k}`;
    taken.add(name);
    const wrap = (sql: string): string => (step.transactional ? `BEGIN;\n\n${body(sql)}\nCOMMIT;\n` : body(sql));
    const common = { phase: step.phase, deploy: step.deploy };
    files.push({
      ...common,
      kind: 'up',
      path: path.join(top, 'deploy', `${name}.sql`),
      content: `${upHeader(plan, step)}\n${wrap(step.up)}`,
    });
    files.push({
      ...common,
      kind: 'down',
      path: path.join(top, 'revert', `${name}.sql`),
      content: `${downHeader(plan, step, `deploy/${name}.sql`)}\n${wrap(step.down)}`,
    });
    files.push({
      ...common,
      kind: 'up',
      path: path.join(top, 'verify', `${name}.sql`),
      content: `-- Verifies deploy/${name}.sql (${step.phase} — deploy ${step.deploy} of ${total}); changes nothing.\n\nBEGIN;\n\n${verifyChecks(step.up)}\nROLLBACK;\n`,
    });
    const note = `${step.phase} — deploy ${step.deploy} of ${total}: ${step.summary}`.replace(/[\r\n]+/g, ' ');
    append += `${name} ${previous ? `[${previous}] ` : ''}${isoSeconds(target.now)} ${planner} # ${note}\n`;
    previous = name;
  }
  const appends: PlannedAppend[] = [{ path: planFile, text: append }];
  return { files, appends };
}
