// Where new migrations go, seen from the file system: a folder's entries as its tool reads them, and the schema
// the folder's migrations build before the first new file. Shared by `sluice scaffold` and the editor.
import * as fs from 'fs';
import * as path from 'path';
import { layoutPlan, LayoutTarget } from './fixes/layout/layout';
import type { ScaffoldPlan } from './fixes/scaffold/plan';
import { sqitchPlace } from './migrations/tools';
import type { MigrationTool } from './migrations/tools';
import type { Project } from './project';
import type { SchemaModel } from './schema/model';

/** The folder a tool reads its migrations from, given one of its files (Prisma/Diesel/Hasura: a folder per
 * migration; sqitch: the project holding deploy/, revert/, verify/). */
export function toolFolderOf(file: string, tool: MigrationTool | null): string {
  const dir = path.dirname(file);
  if (tool === 'prisma' || tool === 'diesel' || tool === 'hasura') return path.dirname(dir);
  // A change named with `/` (users/email_idx) lives in deploy/users/: the project is above deploy/.
  if (tool === 'sqitch') return sqitchPlace(file)?.topDir ?? dir;
  return dir;
}

/** Names in a folder; for Flyway, which scans its location recursively, relative paths of the files below too. */
export function folderListing(dir: string, tool: MigrationTool): string[] {
  const names = fs.readdirSync(dir);
  if (tool !== 'flyway') return names;
  const all: string[] = [];
  const walk = (sub: string, depth: number): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub === '' ? entry.name : path.join(sub, entry.name);
      if (entry.isDirectory() && depth > 0) walk(rel, depth - 1);
      else all.push(rel);
    }
  };
  walk('', 5);
  return all;
}

/** A one-step plan that only says where the next migration goes (to replay the history before it). */
const PROBE: ScaffoldPlan = {
  title: 'probe',
  steps: [{ phase: 'expand', deploy: 1, name: 'probe', summary: '', up: '', down: '', transactional: true }],
};

/**
 * The texts of the migrations before the first new file, in the tool's order: the scaffold reads what they wrote
 * (defaults, index definitions) from them (ScaffoldContext.sources).
 */
export function sourcesForNewMigrations(
  project: Project,
  target: LayoutTarget,
): { texts: string[]; tool: MigrationTool | null } {
  const probe = layoutPlan(PROBE, target);
  const first = probe.files.find((f) => f.kind === 'up')!;
  const overlays = probe.appends.map((a) => a.path);
  for (const append of probe.appends)
    project.setOverlay(append.path, (project.view.read!(append.path) ?? '') + append.text);
  try {
    const texts = project
      .earlierMigrations(first.path, { isMigration: true, tool: target.tool, direction: 'up' })
      .map((file) => project.view.read?.(file))
      .filter((text): text is string => text !== undefined);
    return { texts, tool: target.tool };
  } finally {
    for (const file of overlays) project.setOverlay(file, undefined);
  }
}

/** The schema the folder's migrations build: everything before the first new file, in the tool's order. */
export function schemaForNewMigrations(project: Project, target: LayoutTarget): SchemaModel {
  const probe = layoutPlan(PROBE, target);
  const first = probe.files.find((f) => f.kind === 'up')!;
  // sqitch orders by its plan: let the history see the plan with the new change in it.
  const overlays = probe.appends.map((a) => a.path);
  for (const append of probe.appends)
    project.setOverlay(append.path, (project.view.read!(append.path) ?? '') + append.text);
  try {
    return project.historySchema(first.path, { isMigration: true, tool: target.tool, direction: 'up' });
  } finally {
    for (const file of overlays) project.setOverlay(file, undefined);
  }
}
