import { perStatement } from '../facts/perStatement';
import { rangeVars } from '../facts/rangeVars';
import { alterTableCommands, RelationRef, relationRef, relationRefOfKey } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { TrackedCell, TrackedSet } from '../walk/tracked';
import type { ReportInput, Rule, RuleState, StatementContext, UnitContext } from './rule';
import { renamedKey, TableChange, tableChanges, UpSide } from './tableChanges';

/**
 * The relation a statement creates under a name old code may use: a view, or a table (`empty`: a CREATE TABLE,
 * which holds none of the renamed table's rows). A temporary one lives in this session's own schema: other sessions
 * never see it.
 */
function replacementOf(kind: string, ast: AstNode): { ref: RelationRef; empty: boolean } | undefined {
  const created =
    kind === 'ViewStmt'
      ? ast.view
      : kind === 'CreateStmt'
        ? ast.relation
        : kind === 'CreateTableAsStmt' && ast.objtype === 'OBJECT_TABLE'
          ? ast.into?.rel
          : undefined;
  if (!created || created.relpersistence === 't') return undefined;
  const ref = relationRef(created, kind === 'ViewStmt' ? 'view' : 'table');
  return ref && { ref, empty: kind === 'CreateStmt' };
}

const NONE: readonly never[] = [];

/**
 * `[table, source]` keys when the statement brings the rows of `source` into `table`: it attaches `source` as a
 * partition of `table`, or copies rows from it into `table` (INSERT ... SELECT).
 */
const rowsBroughtIn = perStatement((ast: AstNode, kind: string): readonly (readonly [string, string])[] => {
  const table = kind === 'AlterTableStmt' || kind === 'InsertStmt' ? relationRef(ast.relation, 'table') : undefined;
  if (!table) return NONE;
  if (kind === 'InsertStmt') return rangeVars(ast.selectStmt).map((source) => [table.key, source] as const);
  return alterTableCommands(ast).flatMap((cmd) => {
    const partition = cmd.subtype === 'AT_AttachPartition' && relationRef(cmd.def?.PartitionCmd?.name, 'table');
    return partition ? [[table.key, partition.key] as const] : [];
  });
});

/** The keys of the tables and views a DROP removes (a replacement dropped again leaves the old name missing). */
function droppedKeys(kind: string, ast: AstNode): string[] {
  if (kind !== 'DropStmt' || (ast.removeType !== 'OBJECT_TABLE' && ast.removeType !== 'OBJECT_VIEW')) return [];
  return (ast.objects ?? []).map((o: AstNode) => {
    const parts: string[] = (o.List?.items ?? []).map((n: AstNode) => n.String?.sval);
    return parts.length === 1 ? `public.${parts[0]}` : parts.slice(-2).join('.');
  });
}

/** The key of a column's name, beside the keys of tables and views (which hold no NUL). */
export function columnNameKey(table: RelationRef, column: string): string {
  return `${table.key}\u0000${column}`;
}

/** The relations whose names running code may query, when renamed (not sequences or materialized views). */
const NAMED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_FOREIGN_TABLE']);

interface PendingRename<T> {
  /** The key of the old name: a table's, or columnNameKey(). */
  oldKey: string;
  value: T;
  /**
   * The old name resolves again: a view or table created under it, or another table or column renamed into it;
   * `empty`: only to a new table without the renamed table's rows (yet).
   */
  resolves: boolean | 'empty';
  /** A renamed table's new key: attaching it to the new table under the old name, or copying its rows there, counts. */
  movedTo?: string;
  /** What to report when the old name ends up an empty new table (`value` when absent). */
  emptied?: T;
}

/**
 * The renames of the open transaction whose harm depends on what follows before it ends: one whose old name
 * resolves again by then (a compatibility view, a new table, or a swap: another table or column renamed into it)
 * breaks no running query. Also the names pre-existing tables and columns left in the transaction (renamed away or
 * dropped): one renamed into such a name takes the place of the one that left, and its own old name was the swap's
 * staging name (pgslice's swap, GitLab's integer → bigint column swap). Each rule keeps its own, in its state.
 */
export class RenamesInTransaction<T> {
  private readonly pending: TrackedCell<readonly PendingRename<T>[]>;
  private readonly left: TrackedSet<string>;

  constructor(state: RuleState) {
    this.pending = state.cell<readonly PendingRename<T>[]>([]);
    this.left = state.set();
  }

  /** The renames whose old name does not resolve again; forgets the transaction (call where it ends). */
  end(): readonly T[] {
    if (this.left.size > 0) this.left.clear();
    const pending = this.pending.get();
    if (pending.length === 0) return NONE;
    this.pending.set([]);
    return pending
      .filter((p) => p.resolves !== true)
      .map((p) => (p.resolves === 'empty' ? (p.emptied ?? p.value) : p.value));
  }

  /**
   * Call first on each statement: ends the transaction the statement is not in (returning what end() returns),
   * then follows what the statement does to table and column names.
   */
  statement(ctx: StatementContext): readonly T[] {
    const t = ctx.facts.transaction;
    const ended = t === 'commit' || t === 'rollback' || t === 'prepare' || !ctx.inTransaction ? this.end() : NONE;
    if (!ctx.inTransaction) return ended;
    const replacement = replacementOf(ctx.kind, ctx.ast);
    if (replacement) this.mark(replacement.ref.key, replacement.empty ? 'empty' : true);
    if (ctx.kind === 'AlterTableStmt' || ctx.kind === 'InsertStmt')
      for (const [table, source] of rowsBroughtIn(ctx.ast, ctx.kind)) this.fill(table, source);
    // A view that leaves its name is no swap: a table renamed to it may be the name the new code uses (a rename
    // reverted: DROP VIEW customers, RENAME clients TO customers).
    const leaves = (ref: RelationRef): void => {
      if (ctx.isPreExisting(ref) && !ctx.schema.views.has(ref.key)) this.left.add(ref.key);
    };
    for (const key of droppedKeys(ctx.kind, ctx.ast)) {
      this.mark(key, false);
      if (ctx.ast.removeType === 'OBJECT_TABLE') leaves(relationRefOfKey(key, 'table'));
    }
    const renamed = ctx.facts.renamesTable;
    if (renamed && NAMED_RELATIONS.has(ctx.ast.renameType ?? ctx.ast.objectType)) {
      this.mark(renamed.to, true);
      this.mark(renamed.from, false);
      const from = relationRef(ctx.ast.relation, 'table');
      if (from && (ctx.ast.renameType ?? ctx.ast.objectType) !== 'OBJECT_VIEW') leaves(from);
    }
    for (const change of columnChanges(ctx.kind, ctx.ast)) {
      if (change.type === 'rename-column') this.mark(columnNameKey(change.table, change.newName), true);
      else if (change.type !== 'drop-column') continue;
      const key = columnNameKey(change.table, change.column);
      this.mark(key, false);
      const added = ctx.changesSoFar.added;
      if (
        ctx.isPreExisting(change.table) &&
        !added.has(change.table, change.column) &&
        !added.isNewName(change.table, change.column)
      )
        this.left.add(key);
    }
    return ended;
  }

  /**
   * A rename in the open transaction, whose old name has the key `oldKey`; for a table, `movedTo` (its new key) and
   * what to report (`emptied`) when a new table without its rows takes the old name.
   */
  add(oldKey: string, value: T, table?: { movedTo: string; emptied?: T }): void {
    this.pending.set([...this.pending.get(), { oldKey, value, resolves: false, ...table }]);
  }

  /** Whether a pre-existing table or column left the name `key` earlier in the open transaction. */
  takesLeftName(key: string): boolean {
    return this.left.has(key);
  }

  private mark(key: string, resolves: boolean | 'empty'): void {
    const pending = this.pending.get();
    if (pending.some((p) => p.oldKey === key && p.resolves !== resolves))
      this.pending.set(pending.map((p) => (p.oldKey === key ? { ...p, resolves } : p)));
  }

  /** The rows of `source` brought into `table`: a renamed table's rows, back under its old name. */
  private fill(table: string, source: string): void {
    const pending = this.pending.get();
    const fills = (p: PendingRename<T>): boolean =>
      p.oldKey === table && p.resolves === 'empty' && p.movedTo === source;
    if (pending.some(fills)) this.pending.set(pending.map((p) => (fills(p) ? { ...p, resolves: true } : p)));
  }
}

/** ALTER VIEW / ALTER MATERIALIZED VIEW ... RENAME COLUMN (tableChanges() has the tables'). */
export const viewColumnRenames = perStatement((ast: AstNode, kind: string): readonly TableChange[] => {
  if (kind !== 'RenameStmt' || ast.renameType !== 'OBJECT_COLUMN') return [];
  if (ast.relationType !== 'OBJECT_VIEW' && ast.relationType !== 'OBJECT_MATVIEW') return [];
  const view = relationRef(ast.relation, 'view');
  if (!view || typeof ast.subname !== 'string' || typeof ast.newname !== 'string') return [];
  return [{ type: 'rename-column', table: view, column: ast.subname, newName: ast.newname }];
});

/** The columns a statement renames or drops, of tables and views. */
function columnChanges(kind: string, ast: AstNode): readonly TableChange[] {
  const view = ast.relationType === 'OBJECT_VIEW' || ast.relationType === 'OBJECT_MATVIEW';
  return view ? viewColumnRenames(ast, kind) : tableChanges(kind, ast);
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
    // Renames inside the open transaction, waiting to see whether the old name resolves again before it ends.
    const renames = new RenamesInTransaction<{ index: number; report: ReportInput }>(state);
    const upSide = new UpSide(state);
    const flush = (ended: readonly { index: number; report: ReportInput }[]): void => {
      for (const r of ended) unit?.report(r.index, r.report);
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        renames.end();
        upSide.unit(ctx.unit.direction);
      },
      statement(ctx) {
        // The old name resolves again: a view over the renamed table, a new table that takes its place (a table
        // converted to a partitioned one in place: rename, create, attach the old one as a partition), or another
        // table renamed to it (a swap).
        flush(renames.statement(ctx));
        if (ctx.kind === 'RenameStmt') {
          const direction = ctx.unit.direction;
          const changes = tableChanges(ctx.kind, ctx.ast);
          for (const change of changes) {
            if (change.type !== 'rename-table' || !ctx.isPreExisting(change.table)) continue;
            // A down section undoes its own up section: renaming back is the point.
            if (!upSide.checks(direction, change)) continue;
            // The second half of a swap: its old name was the staging name of the table taking another's place.
            if (renames.takesLeftName(renamedKey(change.table, change.newName))) continue;
            const newName = quoteIdent(change.newName);
            const down =
              direction === 'down'
                ? ctx.changesSoFar.upSide.notUndone(`rename ${newName} to ${change.table.name}`)
                : '';
            const report: ReportInput = {
              message: `RENAME ${change.table.name} TO ${newName} breaks the application version that is still running during the deploy: its queries on ${change.table.name} fail with "relation does not exist" as soon as this commits, unless a view (or a new table) named ${change.table.name} is created, or another table renamed to ${change.table.name}, in the same transaction. It takes an AccessExclusiveLock on ${change.table.name}.${down}`,
              lock: 'AccessExclusiveLock',
            };
            const n = change.table.name;
            const emptied: ReportInput = {
              message: `RENAME ${n} TO ${newName}, then a new table ${n} in the same transaction: the application version that is still running reads and writes the new ${n} as soon as this commits, which holds none of the rows (they stay in ${newName}) and fails its queries on columns it lacks, unless the rows are copied in (INSERT INTO ${n} ... SELECT ... FROM ${newName}) or ${newName} is attached to it as a partition, in the same transaction. It takes an AccessExclusiveLock on ${n}.${down}`,
              lock: 'AccessExclusiveLock',
            };
            const movedTo = renamedKey(change.table, change.newName);
            if (ctx.inTransaction)
              renames.add(
                change.table.key,
                { index: ctx.index, report },
                { movedTo, emptied: { index: ctx.index, report: emptied } },
              );
            else ctx.report(report);
          }
          upSide.record(direction, ctx.index, changes);
        }
        // A Liquibase changeset's end commits: a view in the next one comes too late.
        if (ctx.endsToolTransaction) flush(renames.end());
      },
      unitEnd() {
        flush(renames.end());
      },
    };
  },
};
