import type { ReportInput, Rule, UnitContext } from './rule';
import { columnNameKey, RenamesInTransaction, viewColumnRenames } from './rename-table';
import { tableChanges, UpSide } from './tableChanges';
import { quoteIdent } from '../syntax/quoteIdent';

export const renameColumn: Rule = {
  meta: {
    id: 'rename-column',
    severity: 'error',
    summary:
      'ALTER TABLE ... RENAME COLUMN in an up migration: the application version still running during the deploy uses the old name.',
    safeWay:
      'Expand/migrate/contract: add the new column, keep both in sync (trigger, or the application writing both), backfill in batches, deploy code that reads the new column, then drop the old one in a later migration.',
  },
  create: (state) => {
    let unit: UnitContext | undefined;
    // Renames inside the open transaction: another column renamed to the old name before it ends is a swap.
    const renames = new RenamesInTransaction<{ index: number; report: ReportInput }>(state);
    // What the up side renamed in views (ctx.changesSoFar follows tables only).
    const viewUpSide = new UpSide(state);
    const flush = (ended: readonly { index: number; report: ReportInput }[]): void => {
      for (const r of ended) unit?.report(r.index, r.report);
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        renames.end();
        viewUpSide.unit(ctx.unit.direction);
      },
      statement(ctx) {
        flush(renames.statement(ctx));
        const views = viewColumnRenames(ctx.ast, ctx.kind);
        const changes = views.length > 0 ? views : tableChanges(ctx.kind, ctx.ast);
        const direction = ctx.unit.direction;
        for (const change of changes) {
          if (change.type !== 'rename-column') continue;
          const added = ctx.changesSoFar.added;
          if (!ctx.isPreExisting(change.table) || added.has(change.table, change.column)) continue;
          // email → email_tmp → mail: the first rename broke the running version (reported); nobody knows email_tmp.
          if (added.isNewName(change.table, change.column)) continue;
          // A down section undoes its own up section: renaming back is the point.
          if (!(views.length > 0 ? viewUpSide : ctx.changesSoFar.upSide).checks(direction, change)) continue;
          // The second half of a swap: its old name was the staging name of the column taking another's place.
          if (renames.takesLeftName(columnNameKey(change.table, change.newName))) continue;
          const column = quoteIdent(change.column);
          const newName = quoteIdent(change.newName);
          const down = direction === 'down' ? ctx.changesSoFar.upSide.notUndone(`rename ${newName} to ${column}`) : '';
          const report: ReportInput = {
            message: `RENAME COLUMN ${change.table.name}.${column} TO ${newName} breaks the application version that is still running during the deploy: its queries that use ${change.table.name}.${column} fail with "column does not exist" as soon as this commits, and the new version fails on ${newName} until it runs. It takes an AccessExclusiveLock on ${change.table.name}.${down}`,
            lock: 'AccessExclusiveLock',
          };
          if (ctx.inTransaction) renames.add(columnNameKey(change.table, change.column), { index: ctx.index, report });
          else ctx.report(report);
        }
        viewUpSide.record(direction, ctx.index, views);
        // A Liquibase changeset's end commits: a swap completed in the next one comes too late.
        if (ctx.endsToolTransaction) flush(renames.end());
      },
      unitEnd() {
        flush(renames.end());
      },
    };
  },
};
