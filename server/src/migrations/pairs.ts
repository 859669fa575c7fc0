// Where a down/undo script's up script lives, by each tool's convention (the inverse of `downScriptOf`).
// Path arithmetic; with a FileSystemView it also finds partners the tool pairs by version rather than by name
// (golang-migrate/sqlx `3_a.up.sql` ↔ `3_b.down.sql`, Flyway `V3__a.sql` ↔ `U3__b.sql`, Flyway subfolders).
import * as path from 'path';
import { flywayScriptsFor } from './history';
import { compareDigits, compareFlywayVersions, parseFlyway } from './naming';
import { FileSystemView, MigrationTool, namesAnotherDatabase, sqitchLayout, sqitchScript } from './tools';

export function pairedUpScript(file: string, tool: MigrationTool | null, view?: FileSystemView): string | undefined {
  const dir = path.dirname(file);
  const base = path.basename(file);
  switch (tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain': {
      if (!/\.down\.sql$/i.test(base)) return undefined;
      const sameName = base.replace(/\.down\.sql$/i, '.up.sql');
      const listing = view?.list(dir);
      if (!listing || listing.includes(sameName)) return path.join(dir, sameName);
      const version = /^(\d+)_/.exec(base)?.[1];
      const up =
        version === undefined
          ? undefined
          : (listing.find((n) => {
              const v = /^(\d+)_/.exec(n)?.[1];
              return (
                v !== undefined && compareDigits(v, version) === 0 && /\.up\.sql$/i.test(n) && !namesAnotherDatabase(n)
              );
            }) ??
            // a plain folder may pair `0003_x.down.sql` with `0003_x.sql`
            (listing.includes(base.replace(/\.down\.sql$/i, '.sql'))
              ? base.replace(/\.down\.sql$/i, '.sql')
              : undefined));
      return path.join(dir, up ?? sameName);
    }
    case 'diesel':
    case 'hasura':
      return base === 'down.sql' ? path.join(dir, 'up.sql') : undefined;
    case 'prisma':
      return base === 'down.sql' ? path.join(dir, 'migration.sql') : undefined;
    case 'supabase':
      return path.basename(dir) === 'down' ? path.join(path.dirname(dir), base) : undefined;
    case 'flyway': {
      const undo = parseFlyway(base);
      if (undo?.kind !== 'U') return undefined;
      const sameName = path.join(dir, `V${base.slice(1)}`);
      if (!view) return sameName;
      const up = flywayScriptsFor(file, view).find((f) => {
        const name = parseFlyway(path.basename(f));
        return name?.kind === 'V' && compareFlywayVersions(name.version!, undo.version!) === 0;
      });
      return up ?? sameName;
    }
    case 'sqitch': {
      // A change name may hold `/`: revert/users/email_idx.sql undoes deploy/users/email_idx.sql.
      const layout = view && sqitchLayout(file, view);
      if (layout) return layout.kind === 'revert' ? sqitchScript(layout, 'deploy') : undefined;
      return path.basename(dir) === 'revert' ? path.join(path.dirname(dir), 'deploy', base) : undefined;
    }
    default:
      return undefined;
  }
}
