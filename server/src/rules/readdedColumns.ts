// A column dropped (or renamed away) and added again under the same name before the transaction commits: running
// code never sees it disappear (a concurrent query waits for the AccessExclusiveLock, then finds the new column:
// PostgreSQL 15), so what the drop does to it depends on the column that takes its place. Outside a transaction the
// name is missing between the two statements, unless one ALTER TABLE does both.
import { alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { TrackedCell } from '../walk/tracked';
import { columnNameKey } from './rename-table';
import type { RuleState, StatementContext } from './rule';
import { tableChanges } from './tableChanges';

/** The column added under the dropped one's name in the same transaction. */
export interface ReAdded {
  /**
   * `GENERATED ALWAYS AS (expr)`, stored or virtual: each row's value is computed from the row again. Any other
   * column starts with NULL or its default (an identity or serial column: new numbers) in every existing row.
   */
  generated: boolean;
  /** An UPDATE wrote the new column before the transaction ended: its values may be the old ones again. */
  written: boolean;
}

/**
 * What running code loses once the transaction that took the column away from its name and added one back under
 * it commits: `nothing` (a generated column over one that was generated too, or that the history does not show,
 * computes each row's value again; an UPDATE wrote the new column: its values may be the old ones), `writes` (a
 * generated column over an ordinary one: the running version's INSERTs and UPDATEs of it fail), or `values` (an
 * ordinary column starts with NULL or its default in every row).
 */
export function readdedLoss(readded: ReAdded, wasGenerated: boolean | undefined): 'nothing' | 'writes' | 'values' {
  if (readded.generated) return wasGenerated === false ? 'writes' : 'nothing';
  return readded.written ? 'nothing' : 'values';
}

/** A drop whose transaction ended: `readded` when the same name came back before the end. */
export interface SettledDrop<T> {
  value: T;
  readded?: ReAdded;
}

interface PendingDrop<T> extends SettledDrop<T> {
  key: string;
}

const NONE: readonly never[] = [];

/** A column a command of the statement adds (`generated`) or takes away from a name (a drop, a rename away). */
type NameStep = { column: string; added: true; generated: boolean } | { column: string; added: false };

/** What an ALTER TABLE's commands do to column names, in order (PostgreSQL runs its drops before its adds). */
function nameSteps(ctx: StatementContext): NameStep[] {
  if (ctx.kind === 'RenameStmt') {
    return tableChanges(ctx.kind, ctx.ast).flatMap((c) =>
      c.type === 'rename-column' ? [{ column: c.column, added: false as const }] : [],
    );
  }
  const drops: NameStep[] = [];
  const adds: NameStep[] = [];
  if (ctx.ast.objtype !== 'OBJECT_TABLE' && ctx.ast.objtype !== 'OBJECT_FOREIGN_TABLE') return drops;
  for (const cmd of alterTableCommands(ctx.ast)) {
    if (cmd.subtype === 'AT_DropColumn' && typeof cmd.name === 'string') drops.push({ column: cmd.name, added: false });
    const def: AstNode | undefined = cmd.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef : undefined;
    if (typeof def?.colname !== 'string') continue;
    const constraints: AstNode[] = def.constraints ?? [];
    adds.push({
      column: def.colname,
      added: true,
      generated: constraints.some((c) => c.Constraint?.contype === 'CONSTR_GENERATED'),
    });
  }
  return [...drops, ...adds];
}

/** The columns an UPDATE sets (`SET c = ...`, `SET (a, b) = ...`). */
function updatedColumns(ast: AstNode): string[] {
  const names: string[] = [];
  for (const target of (ast.targetList ?? []) as AstNode[]) {
    const name = target.ResTarget?.name;
    if (typeof name === 'string') names.push(name);
  }
  return names;
}

/**
 * The column drops of the open transaction whose effect depends on whether the name comes back before it ends.
 * Each rule keeps its own, in its state.
 */
export class DropsInTransaction<T> {
  private readonly pending: TrackedCell<readonly PendingDrop<T>[]>;

  constructor(state: RuleState) {
    this.pending = state.cell<readonly PendingDrop<T>[]>([]);
  }

  /** Call first on each statement: settles the drops of a transaction the statement is not in. */
  statement(ctx: StatementContext): readonly SettledDrop<T>[] {
    const t = ctx.facts.transaction;
    return t === 'commit' || t === 'rollback' || t === 'prepare' || !ctx.inTransaction ? this.end() : NONE;
  }

  /** A pre-existing column of `table` the statement drops. */
  add(table: RelationRef, column: string, value: T): void {
    this.pending.set([...this.pending.get(), { key: columnNameKey(table, column), value }]);
  }

  /**
   * Call after the rule has looked at the statement (its drops added): follows the columns it adds, drops or renames
   * and the UPDATEs that write them; settles every drop when the statement runs outside a transaction or ends the
   * tool's.
   */
  follow(ctx: StatementContext): readonly SettledDrop<T>[] {
    const kind = ctx.kind;
    const table =
      kind === 'AlterTableStmt' || kind === 'RenameStmt' || kind === 'UpdateStmt'
        ? relationRef(ctx.ast.relation, 'table')
        : undefined;
    // What could change a pending drop, before reading them: a read of the tracked cell makes the look a remembered
    // one (walk/tracked.ts), and most ALTER TABLEs neither add, drop nor rename a column.
    const written = table && kind === 'UpdateStmt' ? updatedColumns(ctx.ast) : [];
    const steps = table && kind !== 'UpdateStmt' ? nameSteps(ctx) : [];
    const pending = table && (written.length > 0 || steps.length > 0) ? this.pending.get() : NONE;
    if (table && pending.length > 0) {
      let next = pending;
      const change = (key: string, to: (p: PendingDrop<T>) => PendingDrop<T>): void => {
        next = next.map((p) => (p.key === key ? to(p) : p));
      };
      for (const column of written)
        change(columnNameKey(table, column), (p) =>
          p.readded && !p.readded.written ? { ...p, readded: { ...p.readded, written: true } } : p,
        );
      // The name comes back; or the column that came back leaves it again.
      for (const step of steps)
        change(columnNameKey(table, step.column), (p) =>
          step.added && !p.readded
            ? { ...p, readded: { generated: step.generated, written: false } }
            : !step.added && p.readded
              ? { key: p.key, value: p.value }
              : p,
        );
      if (next.some((p, i) => p !== pending[i])) this.pending.set(next);
    }
    return !ctx.inTransaction || ctx.endsToolTransaction ? this.end() : NONE;
  }

  /** The drops of the transaction, settled; forgets them (call where it ends). */
  end(): readonly SettledDrop<T>[] {
    const pending = this.pending.get();
    if (pending.length === 0) return NONE;
    this.pending.set([]);
    return pending.map(({ value, readded }) => (readded ? { value, readded } : { value }));
  }
}
