// Where a migration's generated rollback goes, by its tool's convention (the same places `downScriptOf` looks
// and the scaffolding layout writes): a new file, or the down section of the same file (goose, dbmate, sql-migrate).
// The Go tools read their markers only at the start of a line: an indented one is no section.
// Never an existing down script: that is refused.
import * as path from 'path';
import { downScriptOf, isDownScript } from '../../migrations/rollback';
import { parseFlyway } from '../../migrations/naming';
import { FileSystemView, MigrationTool, sqitchLayout, sqitchScript } from '../../migrations/tools';
import { RollbackError } from './generate';

export type RollbackTarget =
  | { kind: 'create'; path: string }
  /**
   * Insert into the same file at `offset` (UTF-16): `marker` first when the file has no down marker yet, then the
   * script.
   */
  | { kind: 'section'; offset: number; marker?: string };

const DOWN_MARKERS: Partial<Record<MigrationTool, { marker: string; find: RegExp; anyMarker: RegExp }>> = {
  goose: {
    marker: '-- +goose Down',
    find: /^--[ \t]*\+goose[ \t]+down\b.*$/im,
    anyMarker: /^--[ \t]*\+goose[ \t]+(up|down)\b/im,
  },
  dbmate: {
    marker: '-- migrate:down',
    find: /^--[ \t]*migrate:down\b.*$/m,
    anyMarker: /^--[ \t]*migrate:(up|down)\b/m,
  },
  'sql-migrate': {
    marker: '-- +migrate Down',
    find: /^-- \+migrate[ \t]+Down(?![^\s]).*$/m,
    anyMarker: /^-- \+migrate[ \t]+(Up|Down)(?![^\s])/m,
  },
};

/** True when the text holds anything but comments and whitespace. */
function hasStatements(text: string): boolean {
  return text.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, '').trim().length > 0;
}

export function rollbackTarget(
  file: string,
  tool: MigrationTool | null,
  view: FileSystemView,
  text: string,
): RollbackTarget {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const base = path.basename(abs);
  if (isDownScript(abs, tool))
    throw new RollbackError(`${base} is itself a down script: generate the rollback from its up migration`);
  const section = tool ? DOWN_MARKERS[tool] : undefined;
  if (section) {
    const found = section.find.exec(text);
    if (!found) return { kind: 'section', offset: text.length, marker: section.marker };
    const afterMarker = found.index + found[0].length;
    const rest = text.slice(afterMarker);
    const next = section.anyMarker.exec(rest);
    if (hasStatements(next ? rest.slice(0, next.index) : rest))
      throw new RollbackError(`${base} already has a down section with statements: Sluice does not overwrite it`);
    return { kind: 'section', offset: afterMarker };
  }
  const existing = downScriptOf(abs, tool, view, text);
  if (existing !== undefined && existing !== 'section')
    throw new RollbackError(`${path.basename(existing)} already exists: Sluice does not overwrite a down script`);
  const create = (target: string): RollbackTarget => {
    if ((view.list(path.dirname(target)) ?? []).includes(path.basename(target)))
      throw new RollbackError(`${path.basename(target)} already exists: Sluice does not overwrite a down script`);
    return { kind: 'create', path: target };
  };
  switch (tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain':
      return create(path.join(dir, base.replace(/(\.up)?\.sql$/i, '.down.sql')));
    case 'flyway':
      if (parseFlyway(base)?.kind !== 'V')
        throw new RollbackError(`${base} is not a versioned Flyway migration (V…): only those have undo scripts`);
      return create(path.join(dir, `U${base.slice(1)}`));
    case 'diesel':
    case 'hasura':
    case 'prisma': // Prisma ignores it: a hand-run down.sql beside migration.sql
      return create(path.join(dir, 'down.sql'));
    case 'supabase': // the Supabase CLI skips subfolders of supabase/migrations
      return create(path.join(dir, 'down', base));
    case 'sqitch': {
      const layout = sqitchLayout(abs, view);
      if (!layout || layout.kind !== 'deploy')
        throw new RollbackError(`${base} is not a sqitch deploy script (deploy/<change>.sql beside sqitch.plan)`);
      return create(sqitchScript(layout, 'revert'));
    }
    case 'liquibase':
      throw new RollbackError(
        'Liquibase keeps rollbacks as `--rollback` lines in each changeset: Sluice does not generate those yet',
      );
    default:
      throw new RollbackError(
        `${base} is not a migration of a known tool: there is no down-script convention to follow`,
      );
  }
}
