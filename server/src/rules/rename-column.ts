import type { Rule } from './rule';
import { tableChanges } from './tableChanges';

export const renameColumn: Rule = {
  meta: {
    id: 'rename-column',
    severity: 'error',
    summary:
      'ALTER TABLE ... RENAME COLUMN in an up migration: the application version still running during the deploy uses the old name.',
    safeWay:
      'Expand/migrate/contract: add the new column, keep both in sync (trigger, or the application writing both), backfill in batches, deploy code that reads the new column, then drop the old one in a later migration.',
  },
  create: () => {
    return {
      statement(ctx) {
        const changes = tableChanges(ctx.kind, ctx.ast);
        if (changes.length === 0) return;
        const direction = ctx.unit.direction;
        for (const change of changes) {
          if (change.type !== 'rename-column') continue;
          const added = ctx.changesSoFar.added;
          if (!ctx.isPreExisting(change.table) || added.has(change.table, change.column)) continue;
          // email → email_tmp → mail: the first rename broke the running version (reported); nobody knows email_tmp.
          if (added.isNewName(change.table, change.column)) continue;
          // A down section undoes its own up section: renaming back is the point.
          if (!ctx.changesSoFar.upSide.checks(direction, change)) continue;
          const down =
            direction === 'down'
              ? ` This down section does not undo its up section here (the up section did not rename ${change.newName} to ${change.column}).`
              : '';
          ctx.report({
            message: `RENAME COLUMN ${change.table.name}.${change.column} TO ${change.newName} breaks the application version that is still running during the deploy: its queries that use ${change.table.name}.${change.column} fail with "column does not exist" as soon as this commits, and the new version fails on ${change.newName} until it runs. It takes an AccessExclusiveLock on ${change.table.name}.${down}`,
            lock: 'AccessExclusiveLock',
          });
        }
      },
    };
  },
};
