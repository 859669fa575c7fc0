import { DropsInTransaction, readdedLoss, SettledDrop } from './readdedColumns';
import type { ReportInput, Rule, UnitContext } from './rule';
import { columnNameKey, RenamesInTransaction, viewColumnRenames } from './rename-table';
import { tableChanges, UpSide } from './tableChanges';
import { quoteIdent } from '../syntax/quoteIdent';

/** A rename of a pre-existing column in the open transaction, waiting for it to end. */
interface Rename {
  index: number;
  /** What to report when the old name is missing once the transaction ends. */
  missing: ReportInput;
  /** The table, the old and the new name, as messages name them. */
  table: string;
  column: string;
  newName: string;
  /** Whether the renamed column was generated, when the replayed schema knows it. */
  wasGenerated?: boolean;
  /** The down-script sentence that ends each message. */
  tail: string;
}

/** One statement renames one column. */
function renameKey(rename: Rename): string {
  return `${rename.index}\u0000${rename.table}\u0000${rename.column}`;
}

/**
 * What the rename does once its transaction ended with a column added back under the old name (no swap), or
 * undefined when running code loses nothing: decided as for a column dropped and added back (readdedColumns.ts).
 */
function readdedReport(rename: Rename, readded: SettledDrop<Rename>['readded']): ReportInput | undefined {
  if (!readded) return rename.missing;
  const { table, column, newName } = rename;
  const again = `RENAME COLUMN ${table}.${column} TO ${newName}, then ADD COLUMN ${column} in the same transaction: running code still finds ${table}.${column}, but`;
  const lock = `It takes an AccessExclusiveLock on ${table}.${rename.tail}`;
  const loss = readdedLoss(readded, rename.wasGenerated);
  if (loss === 'nothing') return undefined;
  // Rewritten as safe migrations, the ADD COLUMN after the rename would fail: the column keeps its name.
  if (loss === 'writes') {
    return {
      message: `${again} it is generated now: the application version that is still running during the deploy fails on each INSERT that writes it ("cannot insert a non-DEFAULT value into column") and each UPDATE that sets it ("can only be updated to DEFAULT") as soon as this commits. Deploy code that no longer writes ${table}.${column} first. ${lock}`,
      lock: 'AccessExclusiveLock',
      noFix: true,
    };
  }
  return {
    message: `${again} not its values: they moved to ${newName}, and the application version that is still running during the deploy reads what ADD COLUMN filled in (NULL, or the new column's default) as soon as this commits. Copy them back in the same transaction (UPDATE ${table} SET ${column} = ${newName}) and keep the two columns in sync while both versions run, or rename in expand/migrate/contract steps. ${lock}`,
    lock: 'AccessExclusiveLock',
    noFix: true,
  };
}

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
    const renames = new RenamesInTransaction<Rename>(state);
    // The same renames, followed for a column added back under the old name (the same Rename objects).
    const readds = new DropsInTransaction<Rename>(state);
    // What the up side renamed in views (ctx.changesSoFar follows tables only).
    const viewUpSide = new UpSide(state);
    /** Reports the renames whose old name no other column took (`ended`), with what came back under it. */
    const flush = (ended: readonly Rename[], settled: readonly SettledDrop<Rename>[]): void => {
      if (ended.length === 0) return;
      const readded = new Map(settled.map((s) => [renameKey(s.value), s.readded]));
      for (const rename of ended) {
        const report = readdedReport(rename, readded.get(renameKey(rename)));
        if (report) unit?.report(rename.index, report);
      }
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        renames.end();
        readds.end();
        viewUpSide.unit(ctx.unit.direction);
      },
      statement(ctx) {
        // Both end the transaction at the same statements.
        flush(renames.statement(ctx), readds.statement(ctx));
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
          const missing: ReportInput = {
            message: `RENAME COLUMN ${change.table.name}.${column} TO ${newName} breaks the application version that is still running during the deploy: its queries that use ${change.table.name}.${column} fail with "column does not exist" as soon as this commits, and the new version fails on ${newName} until it runs. It takes an AccessExclusiveLock on ${change.table.name}.${down}`,
            lock: 'AccessExclusiveLock',
          };
          if (!ctx.inTransaction) {
            ctx.report(missing);
            continue;
          }
          const known = views.length > 0 ? undefined : ctx.schema.tables.get(change.table.key);
          const old = known?.complete ? known.columns.get(change.column) : undefined;
          const rename: Rename = {
            index: ctx.index,
            missing,
            table: change.table.name,
            column,
            newName,
            ...(old && { wasGenerated: old.generated === true }),
            tail: down,
          };
          renames.add(columnNameKey(change.table, change.column), rename);
          // A view's columns come back only with the view itself (CREATE OR REPLACE VIEW): no ADD COLUMN.
          if (views.length === 0) readds.add(change.table, change.column, rename);
        }
        viewUpSide.record(direction, ctx.index, views);
        const settled = readds.follow(ctx);
        // A Liquibase changeset's end commits: a swap completed in the next one comes too late.
        if (ctx.endsToolTransaction) flush(renames.end(), settled);
      },
      unitEnd() {
        flush(renames.end(), readds.end());
      },
    };
  },
};
