import type { Rule } from './rule';
import { tableChanges } from './tableChanges';

export const dropColumn: Rule = {
  meta: {
    id: 'drop-column',
    severity: 'error',
    summary:
      'ALTER TABLE ... DROP COLUMN in an up migration: the application version still running during the deploy reads and writes that column.',
    safeWay:
      'Contract phase only: first deploy code that no longer reads or writes the column (and, for ORMs that cache columns, ignores it), then drop it in a later migration.',
  },
  create: () => {
    return {
      statement(ctx) {
        const changes = tableChanges(ctx.kind, ctx.ast);
        if (changes.length === 0) return;
        const direction = ctx.unit.direction;
        for (const change of changes) {
          if (change.type !== 'drop-column') continue;
          if (!ctx.isPreExisting(change.table) || ctx.changesSoFar.added.has(change.table, change.column)) continue;
          // A down section undoes its own up section: dropping what the up side added is the point.
          if (!ctx.changesSoFar.upSide.checks(direction, change)) continue;
          const cascade = change.cascade ? ' CASCADE also drops the views, indexes and constraints that use it.' : '';
          const down =
            direction === 'down'
              ? ` This down section does not undo its up section here (the up section did not add ${change.column}).`
              : '';
          ctx.report({
            message: `DROP COLUMN ${change.table.name}.${change.column} breaks the application version that is still running during the deploy: its queries that use ${change.table.name}.${change.column} fail with "column does not exist" as soon as this commits. It takes an AccessExclusiveLock on ${change.table.name}.${cascade}${down}`,
            lock: 'AccessExclusiveLock',
          });
        }
      },
    };
  },
};
