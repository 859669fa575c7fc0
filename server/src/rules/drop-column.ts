import { skippedColumnChange } from './ifNotExists';
import { DropsInTransaction, readdedLoss, SettledDrop } from './readdedColumns';
import type { ReportInput, Rule, UnitContext } from './rule';
import { quoteIdent } from '../syntax/quoteIdent';
import { cascadeDrops, tableChanges, tableRefOf } from './tableChanges';

/** What dropping `table.column` does to the running application, and its lock. */
function breaks(table: string, column: string): string {
  return `breaks the application version that is still running during the deploy: its queries that use ${table}.${quoteIdent(column)} fail with "column does not exist" as soon as this commits. It takes an AccessExclusiveLock on ${table}.`;
}

/** A DROP COLUMN of a pre-existing column, waiting for its transaction to end. */
interface Drop {
  index: number;
  /** The table and the column, as messages name them. */
  table: string;
  column: string;
  /** Whether the dropped column was generated, when the replayed schema knows it. */
  wasGenerated?: boolean;
  /** What to report when the name does not come back. */
  missing: ReportInput;
  /** The CASCADE and down-script sentences that end each message. */
  tail: string;
}

/**
 * What the drop does once its transaction ended, or undefined when running code loses nothing: the same name came
 * back as a generated column (its values computed from the row again) over one that was generated too or is not
 * known, or as a column an UPDATE wrote again (its values may be the old ones).
 */
function settled({ value: drop, readded }: SettledDrop<Drop>): ReportInput | undefined {
  if (!readded) return drop.missing;
  const { table, column } = drop;
  const again = `DROP COLUMN ${table}.${column}, then ADD COLUMN ${column} in the same transaction: running code still finds ${table}.${column}, but`;
  const lock = `It takes an AccessExclusiveLock on ${table}.${drop.tail}`;
  const loss = readdedLoss(readded, drop.wasGenerated);
  if (loss === 'nothing') return undefined;
  if (loss === 'writes') {
    return {
      message: `${again} it is generated now: the application version that is still running during the deploy fails on each INSERT or UPDATE that writes it ("cannot insert a non-DEFAULT value into column") as soon as this commits. Deploy code that no longer writes ${table}.${column} first. ${lock}`,
      lock: 'AccessExclusiveLock',
      // Rewritten as a later drop, the ADD COLUMN after it would fail: the column is still there.
      noFix: true,
    };
  }
  return {
    message: `${again} every value it held is lost: existing rows get what ADD COLUMN fills in (NULL, or the new column's default). To change its type, ALTER COLUMN ... TYPE ... USING keeps the values; if emptying the column is the point, say so in a sluice-ignore comment. ${lock}`,
    lock: 'AccessExclusiveLock',
    noFix: true,
  };
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
  create: (state) => {
    let unit: UnitContext | undefined;
    // Drops in the open transaction: running code never sees a column that is added back before it ends.
    const drops = new DropsInTransaction<Drop>(state);
    const flush = (ended: readonly SettledDrop<Drop>[]): void => {
      for (const drop of ended) {
        const report = settled(drop);
        if (report) unit?.report(drop.value.index, report);
      }
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        drops.end();
      },
      statement(ctx) {
        flush(drops.statement(ctx));
        const direction = ctx.unit.direction;
        // DROP TYPE/SCHEMA/EXTENSION ... CASCADE drops the columns of the tables it reaches (down units undo).
        const cascaded = direction === 'up' ? cascadeDrops(ctx) : undefined;
        if (cascaded)
          for (const { table, column } of cascaded.columns) {
            const ref = tableRefOf(table);
            if (!ctx.isPreExisting(ref) || ctx.changesSoFar.added.has(ref, column)) continue;
            ctx.report({
              message: `${cascaded.by} also drops the column ${ref.name}.${quoteIdent(column)}, which ${breaks(ref.name, column)}`,
              lock: 'AccessExclusiveLock',
            });
          }
        for (const change of tableChanges(ctx.kind, ctx.ast)) {
          if (change.type !== 'drop-column') continue;
          if (!ctx.isPreExisting(change.table) || ctx.changesSoFar.added.has(change.table, change.column)) continue;
          if (skippedColumnChange(change, ctx.schema)) continue;
          // A down unit undoes its own up side: dropping what the up side added is the point.
          const upSide = ctx.changesSoFar.upSide;
          if (!upSide.checks(direction, change)) continue;
          const cascade = change.cascade ? ' CASCADE also drops the views, indexes and constraints that use it.' : '';
          const down = direction === 'down' ? upSide.notUndone(`add ${quoteIdent(change.column)}`) : '';
          const known = ctx.schema.tables.get(change.table.key);
          const old = known?.complete ? known.columns.get(change.column) : undefined;
          drops.add(change.table, change.column, {
            index: ctx.index,
            table: change.table.name,
            column: quoteIdent(change.column),
            ...(old && { wasGenerated: old.generated === true }),
            missing: {
              message: `DROP COLUMN ${change.table.name}.${quoteIdent(change.column)} ${breaks(change.table.name, change.column)}${cascade}${down}`,
              lock: 'AccessExclusiveLock',
            },
            tail: `${cascade}${down}`,
          });
        }
        flush(drops.follow(ctx));
      },
      unitEnd() {
        flush(drops.end());
      },
    };
  },
};
