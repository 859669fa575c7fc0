// Where a down/undo script's up script lives, by each tool's convention. Pure path arithmetic.
import * as path from 'path';
import type { MigrationTool } from './tools';

export function pairedUpScript(file: string, tool: MigrationTool | null): string | undefined {
  const dir = path.dirname(file);
  const base = path.basename(file);
  switch (tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain':
      return /\.down\.sql$/i.test(base) ? path.join(dir, base.replace(/\.down\.sql$/i, '.up.sql')) : undefined;
    case 'diesel':
      return base === 'down.sql' ? path.join(dir, 'up.sql') : undefined;
    case 'flyway':
      return /^U/.test(base) ? path.join(dir, `V${base.slice(1)}`) : undefined;
    case 'sqitch':
      return path.basename(dir) === 'revert' ? path.join(path.dirname(dir), 'deploy', base) : undefined;
    default:
      return undefined;
  }
}
