import { RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { ReportInput, Rule, UnitContext } from './rule';
import { tableChanges, UpSide } from './tableChanges';

interface PendingRename {
  index: number;
  /** Key of the old name: a view or table created under it keeps the old application version working. */
  oldKey: string;
  report: ReportInput;
}

/** The relation a statement creates under a name old code may use: a view, or a table. */
function replacementOf(kind: string, ast: AstNode): RelationRef | undefined {
  if (kind === 'ViewStmt') return relationRef(ast.view, 'view');
  if (kind === 'CreateStmt') return relationRef(ast.relation, 'table');
  if (kind === 'CreateTableAsStmt' && ast.objtype === 'OBJECT_TABLE') return relationRef(ast.into?.rel, 'table');
  return undefined;
}

export const renameTable: Rule = {
  meta: {
    id: 'rename-table',
    severity: 'error',
    summary:
      'ALTER TABLE ... RENAME TO in an up migration: the application version still running during the deploy uses the old name.',
    safeWay:
      'Rename the table and, in the same transaction, create a view with the old name (CREATE VIEW old AS SELECT * FROM new: a simple view is updatable, so old code keeps reading and writing); deploy code that uses the new name; drop the view in a later migration. Or expand/migrate/contract: create the new table, keep it in sync and backfill it, switch the code, drop the old table last.',
  },
  create: (state) => {
    let unit: UnitContext | undefined;
    // Renames inside the open transaction, waiting to see whether a view with the old name follows.
    const pending = state.cell<readonly PendingRename[]>([]);
    const upSide = new UpSide(state);
    const flush = (): void => {
      const renames = pending.get();
      if (renames.length === 0) return;
      for (const p of renames) unit?.report(p.index, p.report);
      pending.set([]);
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        pending.set([]);
        upSide.unit(ctx.unit.direction);
      },
      statement(ctx) {
        const t = ctx.facts.transaction;
        // The transaction ends here, or ended before a statement that runs outside any transaction.
        if (t === 'commit' || t === 'rollback' || t === 'prepare' || !ctx.inTransaction) flush();
        // The old name resolves again: a view over the renamed table, or a new table that takes its place (a table
        // converted to a partitioned one in place: rename, create, attach the old one as a partition).
        const replacement = replacementOf(ctx.kind, ctx.ast);
        if (replacement) {
          const renames = pending.get();
          if (renames.some((p) => p.oldKey === replacement.key))
            pending.set(renames.filter((p) => p.oldKey !== replacement.key));
        }
        if (ctx.kind !== 'RenameStmt') return;
        const direction = ctx.unit.direction;
        const changes = tableChanges(ctx.kind, ctx.ast);
        for (const change of changes) {
          if (change.type !== 'rename-table' || !ctx.isPreExisting(change.table)) continue;
          // A down section undoes its own up section: renaming back is the point.
          if (!upSide.checks(direction, change)) continue;
          const down =
            direction === 'down'
              ? ` This down section does not undo its up section here (the up section did not rename ${change.newName} to ${change.table.name}).`
              : '';
          const report: ReportInput = {
            message: `RENAME ${change.table.name} TO ${change.newName} breaks the application version that is still running during the deploy: its queries on ${change.table.name} fail with "relation does not exist" as soon as this commits, unless a view (or a new table) named ${change.table.name} is created in the same transaction. It takes an AccessExclusiveLock on ${change.table.name}.${down}`,
            lock: 'AccessExclusiveLock',
          };
          if (ctx.inTransaction)
            pending.set([...pending.get(), { index: ctx.index, oldKey: change.table.key, report }]);
          else ctx.report(report);
        }
        upSide.record(direction, ctx.index, changes);
      },
      unitEnd() {
        flush();
      },
    };
  },
};
