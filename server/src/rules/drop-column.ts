import { skippedColumnChange } from './ifNotExists';
import type { Rule } from './rule';
import { cascadeDrops, tableChanges, tableRefOf } from './tableChanges';

/** What dropping `table.column` does to the running application, and its lock. */
function breaks(table: string, column: string): string {
  return `breaks the application version that is still running during the deploy: its queries that use ${table}.${column} fail with "column does not exist" as soon as this commits. It takes an AccessExclusiveLock on ${table}.`;
}

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
        const direction = ctx.unit.direction;
        // DROP TYPE/SCHEMA/EXTENSION ... CASCADE drops the columns of the tables it reaches (down units undo).
        const cascaded = direction === 'up' ? cascadeDrops(ctx) : undefined;
        if (cascaded)
          for (const { table, column } of cascaded.columns) {
            const ref = tableRefOf(table);
            if (!ctx.isPreExisting(ref) || ctx.changesSoFar.added.has(ref, column)) continue;
            ctx.report({
              message: `${cascaded.by} also drops the column ${ref.name}.${column}, which ${breaks(ref.name, column)}`,
              lock: 'AccessExclusiveLock',
            });
          }
        const changes = tableChanges(ctx.kind, ctx.ast);
        if (changes.length === 0) return;
        for (const change of changes) {
          if (change.type !== 'drop-column') continue;
          if (!ctx.isPreExisting(change.table) || ctx.changesSoFar.added.has(change.table, change.column)) continue;
          if (skippedColumnChange(change, ctx.schema)) continue;
          // A down unit undoes its own up side: dropping what the up side added is the point.
          const upSide = ctx.changesSoFar.upSide;
          if (!upSide.checks(direction, change)) continue;
          const cascade = change.cascade ? ' CASCADE also drops the views, indexes and constraints that use it.' : '';
          const down = direction === 'down' ? upSide.notUndone(`add ${change.column}`) : '';
          ctx.report({
            message: `DROP COLUMN ${change.table.name}.${change.column} ${breaks(change.table.name, change.column)}${cascade}${down}`,
            lock: 'AccessExclusiveLock',
          });
        }
      },
    };
  },
};
