import * as path from 'path';
import { sqitchPlace } from '../migrations/tools';
import type { MigrationInfo } from '../migrations/tools';
import type { Rule } from './rule';

/** Where the tool expects the down/undo script of this migration, in words. */
function expectedDown(migration: MigrationInfo, file: string | undefined): string {
  const base = file ? path.basename(file) : '';
  switch (migration.tool) {
    case 'golang-migrate':
    case 'sqlx':
    case 'plain':
      return base.endsWith('.up.sql')
        ? `a ${base.replace(/\.up\.sql$/, '.down.sql')} file`
        : 'a matching .down.sql file';
    case 'diesel':
    case 'hasura':
      return 'a down.sql beside up.sql';
    case 'goose':
      return 'a `-- +goose Down` section';
    case 'dbmate':
      return 'a `-- migrate:down` section';
    case 'sql-migrate':
      return 'a `-- +migrate Down` section';
    case 'sqitch': {
      const change = file && (sqitchPlace(file)?.script ?? base.replace(/\.sql$/i, ''));
      return `a revert/${change || '<change>'}.sql script`;
    }
    case 'flyway':
      return `an undo script ${base.replace(/^V/, 'U') || 'U<version>__<description>.sql'}`;
    default:
      return 'a down script';
  }
}

export const missingRollback: Rule = {
  meta: {
    id: 'missing-rollback',
    severity: 'warning',
    summary:
      'The folder’s convention has a down/undo script for each migration, and this migration has none: it cannot be rolled back in one step.',
    safeWay:
      'Write the down script now, while the change is fresh: the inverse of each statement in reverse order, with a marked comment where data cannot come back (dropped columns, updates).',
  },
  create: () => ({
    file(ctx) {
      if (!ctx.rollback?.missing || ctx.statements.length === 0) return;
      const first = ctx.statements[0];
      const tool = ctx.migration.tool ?? 'this project';
      ctx.report({
        message: `${tool} keeps a down script for each migration here, and this one has none (expected ${expectedDown(ctx.migration, ctx.file)}): it cannot be rolled back without writing one under pressure`,
        start: first.start,
        end: first.end,
      });
    },
  }),
};
