import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { ReportInput, Rule, StatementContext, UnitContext } from './rule';
import { cascadeDrops, tableChanges, tableRefOf, tableSqlName } from './tableChanges';
import { schemaLocks } from './transactionLocks';

/** `on a`, `on a and on b`, `on a, on b and on c`. */
function joinOn(names: string[]): string {
  const on = names.map((n) => `on ${n}`);
  return on.length === 1 ? on[0] : `${on.slice(0, -1).join(', ')} and ${on[on.length - 1]}`;
}

/** A DROP TABLE in the open transaction, reported where the transaction ends: by then it may be a swap. */
interface PendingDrop {
  index: number;
  key: string;
  name: string;
  /** The tables its AccessExclusiveLock lands on, itself first. */
  locked: readonly string[];
  cascade: boolean;
  /** What a down section's message adds. */
  down: string;
  report: ReportInput;
  /** The table renamed to the dropped name later in the transaction, while it keeps that name. */
  swappedIn?: string;
  /** CREATE TABLE of the dropped name later in the transaction (and not dropped again). */
  recreated?: boolean;
  /**
   * The name it was dropped under, when the transaction renamed it aside first (`key` and `name` are then the
   * ones it had before: the name a swap keeps).
   */
  aside?: string;
}

/** A table the open transaction renamed: the key and name it had before. */
interface Original {
  key: string;
  name: string;
}

/**
 * A table swap (copy, DROP, another table renamed to the name, in one transaction): the name never goes missing
 * for other sessions, so the hazards are the ones of the swap itself (verified on PostgreSQL 15).
 */
function swapReport(p: PendingDrop): ReportInput {
  const n = p.name;
  const opening = p.aside
    ? `DROP TABLE ${p.aside} drops the old ${n} (renamed to ${p.aside} in this transaction), and ${p.swappedIn} takes the name ${n} in this transaction: rows other sessions write to ${n} after the copy's snapshot and before the rename of ${n} gets its lock are lost`
    : `DROP TABLE ${n} swaps in ${p.swappedIn} (renamed to ${n} later in this transaction): rows other sessions write to ${n} after the copy's snapshot and before this DROP gets its lock are lost`;
  const dependents = p.cascade
    ? ' CASCADE also drops the views and the foreign keys of other tables that depend on it: they do not move to the new table.'
    : ` A view or another table's foreign key on ${n} makes the DROP fail: they do not move to the new table.`;
  return {
    message: `${opening}, unless ${n} is locked first (LOCK TABLE ${n} IN EXCLUSIVE MODE before the copy makes writes wait for the new table). It takes an AccessExclusiveLock ${joinOn([...p.locked])} and holds ${p.locked.length === 1 ? 'it' : 'them'} until the transaction commits: reads and writes wait until then. Running code must fit the new table's shape: a prepared statement whose result columns change fails with "cached plan must not change result type".${dependents}${p.down}`,
    lock: 'AccessExclusiveLock',
  };
}

/** DROP TABLE, then CREATE TABLE of the same name in the transaction: the name stays, the rows do not. */
function recreateReport(p: PendingDrop): ReportInput {
  const n = p.name;
  const dependents = p.cascade
    ? ' CASCADE also drops the views and the foreign keys of other tables that depend on it: they are not made again with the table.'
    : '';
  const opening = p.aside
    ? `DROP TABLE ${p.aside} drops the old ${n} (renamed to ${p.aside} in this transaction), and a new ${n} is created in this transaction`
    : `DROP TABLE ${n} is followed by CREATE TABLE ${n} in this transaction`;
  return {
    message: `${opening}: the name exists again at commit, but every row of the old table is gone for good (a rollback of the deploy cannot bring them back) unless copied into the new one first, and running code must fit the new table's shape: a prepared statement whose result columns change fails with "cached plan must not change result type". It takes an AccessExclusiveLock ${joinOn([...p.locked])} and holds ${p.locked.length === 1 ? 'it' : 'them'} until the transaction commits: reads and writes wait until then.${dependents}${p.down}`,
    lock: 'AccessExclusiveLock',
  };
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
    const pending = state.cell<readonly PendingDrop[]>([]);
    let unit: UnitContext | undefined;
    const flush = (): void => {
      const drops = pending.get();
      if (drops.length === 0) return;
      pending.set([]);
      for (const p of drops)
        unit?.report(p.index, p.swappedIn ? swapReport(p) : p.recreated ? recreateReport(p) : p.report);
    };
    // Tables the open transaction renamed, by their key now: the key and name each had before (a swap can rename
    // the old table aside first), and by key, the table renamed to that name.
    const originals = state.map<string, Original>();
    const arrivals = state.map<string, string>();
    const forget = (): void => {
      if (originals.size > 0) originals.clear();
      if (arrivals.size > 0) arrivals.clear();
    };
    /** The table a statement renames (or moves to another schema), as `from` → `to` keys and its name before. */
    const tableRename = (ctx: StatementContext): { from: string; to: string; name: string } | undefined => {
      const renamed = ctx.facts.renamesTable;
      if (!renamed) return undefined;
      const type = ctx.ast.renameType ?? ctx.ast.objectType;
      // Only a table takes the dropped table's place (a view renamed there is no copy of its rows).
      if ((type !== 'OBJECT_TABLE' && type !== 'OBJECT_FOREIGN_TABLE') || ctx.schema.views.has(renamed.from))
        return undefined;
      const name = relationRef(ctx.ast.relation, 'table')?.name;
      return name === undefined ? undefined : { ...renamed, name };
    };
    /** Follows what a statement of the open transaction does to the dropped names and to the names of tables. */
    const follow = (ctx: StatementContext): void => {
      const renamed = ctx.facts.renamesTable;
      // Only a DROP or a rename takes a name away; only a rename, a CREATE or a DROP changes a pending drop.
      if (!renamed && ctx.kind !== 'DropStmt' && ctx.kind !== 'CreateStmt' && ctx.kind !== 'CreateTableAsStmt') return;
      const gone = new Set(
        tableChanges(ctx.kind, ctx.ast).flatMap((c) => (c.type === 'drop-table' ? [c.table.key] : [])),
      );
      if (renamed) gone.add(renamed.from);
      for (const key of gone) if (arrivals.has(key)) arrivals.delete(key);
      const rename = tableRename(ctx);
      if (rename) {
        originals.set(rename.to, originals.get(rename.from) ?? { key: rename.from, name: rename.name });
        if (originals.has(rename.from)) originals.delete(rename.from);
        arrivals.set(rename.to, rename.name);
      }
      const drops = pending.get();
      if (drops.length === 0) return;
      const created =
        ctx.kind === 'CreateStmt' || ctx.kind === 'CreateTableAsStmt'
          ? relationRef(ctx.ast.relation ?? ctx.ast.into?.rel, 'table')?.key
          : undefined;
      const next = drops.map((p) =>
        rename && rename.to === p.key
          ? { ...p, swappedIn: rename.name, recreated: false }
          : created === p.key && !p.swappedIn
            ? { ...p, recreated: true }
            : (p.swappedIn || p.recreated) && gone.has(p.key)
              ? { ...p, swappedIn: undefined, recreated: false }
              : p,
      );
      if (next.some((p, i) => p !== drops[i])) pending.set(next);
    };
    /** Reports a statement's drops: at once, or where its transaction ends. */
    const visit = (ctx: StatementContext): void => {
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
        const parentTable = parentKey === undefined ? undefined : ctx.schema.tables.get(parentKey);
        const parent = detached.get(change.table.key) ?? (parentTable && tableSqlName(parentTable));
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
        const report: ReportInput = {
          message: `DROP TABLE ${change.table.name} breaks the application version that is still running during the deploy: its queries on ${change.table.name} fail with "relation does not exist" as soon as this commits, and the data is gone for a rollback. ${locks}${cascade}${down}`,
          lock: 'AccessExclusiveLock',
        };
        // Another table renamed to its name before the transaction ends makes it a swap (said where it ends).
        if (!ctx.inTransaction) ctx.report(report);
        else {
          const drop: PendingDrop = {
            index: ctx.index,
            key: change.table.key,
            name: change.table.name,
            locked,
            cascade: Boolean(change.cascade),
            down,
            report,
          };
          // Renamed aside earlier in the transaction: a swap keeps its old name, which may be taken already.
          const original = originals.get(change.table.key);
          if (original && original.key !== change.table.key) {
            Object.assign(drop, { key: original.key, name: original.name, aside: change.table.name });
            const now = ctx.schema.tables.get(original.key);
            if (now) {
              const swappedIn = arrivals.get(original.key);
              Object.assign(drop, swappedIn ? { swappedIn } : { recreated: true });
            }
          }
          pending.set([...pending.get(), drop]);
        }
      }
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        if (pending.get().length > 0) pending.set([]);
        forget();
      },
      unitEnd() {
        flush();
      },
      statement(ctx) {
        const t = ctx.facts.transaction;
        if (t === 'commit' || t === 'rollback' || t === 'prepare' || !ctx.inTransaction) {
          flush();
          forget();
        } else follow(ctx);
        visit(ctx);
        // A Liquibase changeset's end commits: a rename in the next one comes too late.
        if (ctx.endsToolTransaction) {
          flush();
          forget();
        }
      },
    };
  },
};
