// What the embedded database gets before the migration under test: the folder's earlier migrations (up side, in
// the tool's order) and the configured seed. Shared by `sluice dry-run` and `sluice verify-rollback FILE`.
import * as fs from 'fs';
import * as path from 'path';
import type { SetupScript } from '../dryrun/history';
import { planStatements } from '../dryrun/statements';
import type { MigrationInfo } from '../migrations/tools';
import type { Project } from '../project';
import { InputError } from './files';

export function readSeed(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(
      `the seed file ${file} (config "seed") cannot be read: ${(error as Error).message}. Fix the path or remove "seed".`,
    );
  }
}

/** The earlier migrations of `absolute` and the seed, labelled relative to `cwd` for messages. */
export function setupScripts(absolute: string, info: MigrationInfo, project: Project, cwd: string): SetupScript[] {
  const scripts: SetupScript[] = [];
  for (const earlier of project.earlierMigrations(absolute, info)) {
    const earlierText = project.view.read?.(earlier);
    if (earlierText === undefined) continue;
    const earlierInfo = project.migrationInfo(earlier, earlierText);
    scripts.push({
      label: path.relative(cwd, earlier) || earlier,
      text: earlierText,
      statements: planStatements(earlierText, { tool: earlierInfo.tool ?? info.tool, direction: 'up' }),
    });
  }
  const seed = project.settingsFor(absolute).seed;
  if (seed) {
    const seedText = readSeed(seed);
    scripts.push({
      label: path.relative(cwd, seed) || seed,
      text: seedText,
      statements: planStatements(seedText, { tool: null, direction: 'up' }),
    });
  }
  return scripts;
}
