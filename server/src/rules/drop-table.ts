import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';
import { cascadeDrops, tableChanges, tableRefOf } from './tableChanges';
import { schemaLocks } from './transactionLocks';

/** `on a`, `on a and on b`, `on a, on b and on c`. */
function joinOn(names: string[]): string {
  const on = names.map((n) => `on ${n}`);
  return on.length === 1 ? on[0] : `${on.slice(0, -1).join(', ')} and ${on[on.length - 1]}`;
}

export const dropTable: Rule = {
  meta: {
    id: 'drop-table',
    severity: 'error',
    summary:
      'DROP TABLE of a table that existed before this migration, in an up migration: the application version still running during the deploy uses it.',
    safeWay:
      'Contract phase only: first deploy code that no longer reads or writes the table, then drop it in a later migration (optionally rename it aside first and keep it for a release, so the drop can be undone).',
  },
  create: (state) => {
    // Partitions this migration detached, with their parent: dropping one is usually a retention step.
    const detached = state.map<string, string>();
    return {
      statement(ctx) {
        if (ctx.kind === 'AlterTableStmt') {
          for (const cmd of alterTableCommands(ctx.ast)) {
            const partition = cmd.subtype === 'AT_DetachPartition' && relationRef(cmd.def?.PartitionCmd?.name, 'table');
            if (partition) detached.set(partition.key, relationRef(ctx.ast.relation, 'table')?.name ?? '');
          }
        }
        if (ctx.kind !== 'DropStmt') return;
        // DROP SCHEMA ... CASCADE drops its tables (down units undo).
        const cascaded = ctx.unit.direction === 'up' ? cascadeDrops(ctx) : undefined;
        if (cascaded) {
          const dropped = new Set(cascaded.tables.map((t) => t.key));
          for (const table of cascaded.tables) {
            // A partition goes with its parent: the parent's finding says it.
            if (table.partitionOf && dropped.has(table.partitionOf)) continue;
            const ref = tableRefOf(table);
            if (!ctx.isPreExisting(ref)) continue;
            ctx.report({
              message: `${cascaded.by} also drops the table ${ref.name}, which breaks the application version that is still running during the deploy: its queries on ${ref.name} fail with "relation does not exist" as soon as this commits, and the data is gone for a rollback. It takes an AccessExclusiveLock on ${ref.name}.`,
              lock: 'AccessExclusiveLock',
            });
          }
        }
        const others = schemaLocks(ctx);
        for (const change of tableChanges(ctx.kind, ctx.ast)) {
          // A table this migration created (in a down section: that its up section created) is not in use.
          if (change.type !== 'drop-table' || !ctx.isPreExisting(change.table)) continue;
          const parentKey = ctx.schema.tables.get(change.table.key)?.partitionOf;
          const parent = detached.get(change.table.key) ?? (parentKey && ctx.schema.tables.get(parentKey)?.name);
          // In a down script whose up script is not known, what the up side created is not known for sure.
          const upSide = ctx.changesSoFar.upSide;
          if (!upSide.checks(ctx.unit.direction, change)) continue;
          // The tables it locks besides itself: its parent, the tables its foreign keys reference, ...
          const locked = [change.table.name];
          for (const l of others) if (l.because === change.table.key) locked.push(l.relation.name);
          const locks = `It takes an AccessExclusiveLock ${joinOn(locked)}.`;
          const cascade = change.cascade
            ? ' CASCADE also drops the views and the foreign keys of other tables that depend on it.'
            : '';
          const down = ctx.unit.direction === 'down' ? upSide.notUndone(`create ${change.table.name}`) : '';
          if (parent) {
            // Applications read a partition through its parent: what is lost is its rows, not a table in use.
            ctx.report({
              message: `DROP TABLE ${change.table.name} deletes a partition of ${parent} and its rows for good: queries on ${parent} no longer return them, and a rollback cannot bring them back. ${locks} If this is a retention step, archive the rows first and suppress this with the reason.${down}`,
              lock: 'AccessExclusiveLock',
            });
            continue;
          }
          ctx.report({
            message: `DROP TABLE ${change.table.name} breaks the application version that is still running during the deploy: its queries on ${change.table.name} fail with "relation does not exist" as soon as this commits, and the data is gone for a rollback. ${locks}${cascade}${down}`,
            lock: 'AccessExclusiveLock',
          });
        }
      },
    };
  },
};
