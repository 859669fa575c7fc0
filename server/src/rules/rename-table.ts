import { RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { ReportInput, Rule, UnitContext } from './rule';
import { tableChanges, UpSide } from './tableChanges';

interface PendingRename {
  index: number;
  /** Key of the old name: a view or table created under it keeps the old application version working. */
  oldKey: string;
  report: ReportInput;
  /** A view or table has taken the old name since (and not been dropped again). */
  replaced: boolean;
}

/**
 * The relation a statement creates under a name old code may use: a view, or a table. A temporary one lives in
 * this session's own schema: other sessions never see it.
 */
function replacementOf(kind: string, ast: AstNode): RelationRef | undefined {
  const created =
    kind === 'ViewStmt'
      ? ast.view
      : kind === 'CreateStmt'
        ? ast.relation
        : kind === 'CreateTableAsStmt' && ast.objtype === 'OBJECT_TABLE'
          ? ast.into?.rel
          : undefined;
  if (!created || created.relpersistence === 't') return undefined;
  return relationRef(created, kind === 'ViewStmt' ? 'view' : 'table');
}

/** The keys of the tables and views a DROP removes (a replacement dropped again leaves the old name missing). */
function droppedKeys(kind: string, ast: AstNode): string[] {
  if (kind !== 'DropStmt' || (ast.removeType !== 'OBJECT_TABLE' && ast.removeType !== 'OBJECT_VIEW')) return [];
  return (ast.objects ?? []).map((o: AstNode) => {
    const parts: string[] = (o.List?.items ?? []).map((n: AstNode) => n.String?.sval);
    return parts.length === 1 ? `public.${parts[0]}` : parts.slice(-2).join('.');
  });
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
      for (const p of renames) if (!p.replaced) unit?.report(p.index, p.report);
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
        const dropped = replacement ? [] : droppedKeys(ctx.kind, ctx.ast);
        if (replacement || dropped.length > 0) {
          const renames = pending.get();
          const replaced = (p: PendingRename): boolean =>
            p.oldKey === replacement?.key ? true : dropped.includes(p.oldKey) ? false : p.replaced;
          if (renames.some((p) => replaced(p) !== p.replaced))
            pending.set(renames.map((p) => (replaced(p) === p.replaced ? p : { ...p, replaced: replaced(p) })));
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
            pending.set([...pending.get(), { index: ctx.index, oldKey: change.table.key, report, replaced: false }]);
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
