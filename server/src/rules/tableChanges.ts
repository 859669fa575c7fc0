// What a statement does to the shape of tables that application code queries by name: columns added, dropped or
// renamed, tables renamed or dropped. Shared by the backward-compatibility rules (drop-column, drop-table,
// rename-column, rename-table, mixed-expand-contract). Pure; derived from the AST only.
import { alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { perStatement } from '../facts/perStatement';
import type { TrackedCell, TrackedMap, TrackedSet } from '../walk/tracked';
import type { RuleState, StatementContext } from './rule';

export type TableChange =
  | { type: 'add-column'; table: RelationRef; column: string }
  | { type: 'drop-column'; table: RelationRef; column: string; cascade: boolean }
  | { type: 'rename-column'; table: RelationRef; column: string; newName: string }
  | { type: 'rename-table'; table: RelationRef; newName: string }
  | { type: 'drop-table'; table: RelationRef; cascade: boolean };

/** ALTER TABLE / ALTER FOREIGN TABLE; not ALTER TYPE ... ADD/DROP ATTRIBUTE (composite types) or indexes. */
const TABLE_OBJECTS = new Set(['OBJECT_TABLE', 'OBJECT_FOREIGN_TABLE']);

/** What the statement changes (computed once per statement). */
export function tableChanges(kind: string, ast: AstNode): readonly TableChange[] {
  return changesOf(ast, kind);
}

const changesOf = perStatement((ast: AstNode, kind: string): readonly TableChange[] => {
  const changes: TableChange[] = [];
  switch (kind) {
    case 'AlterTableStmt': {
      if (!TABLE_OBJECTS.has(ast.objtype)) break;
      const table = relationRef(ast.relation, 'table');
      if (!table) break;
      for (const cmd of alterTableCommands(ast)) {
        const added = cmd.subtype === 'AT_AddColumn' ? cmd.def?.ColumnDef?.colname : undefined;
        if (typeof added === 'string') changes.push({ type: 'add-column', table, column: added });
        if (cmd.subtype === 'AT_DropColumn' && typeof cmd.name === 'string') {
          changes.push({ type: 'drop-column', table, column: cmd.name, cascade: cmd.behavior === 'DROP_CASCADE' });
        }
      }
      break;
    }
    case 'RenameStmt': {
      const table = relationRef(ast.relation, 'table');
      if (!table || typeof ast.newname !== 'string') break;
      if (ast.renameType === 'OBJECT_COLUMN' && TABLE_OBJECTS.has(ast.relationType) && ast.subname) {
        changes.push({ type: 'rename-column', table, column: ast.subname, newName: ast.newname });
      } else if (TABLE_OBJECTS.has(ast.renameType)) {
        changes.push({ type: 'rename-table', table, newName: ast.newname });
      }
      break;
    }
    case 'DropStmt': {
      if (!TABLE_OBJECTS.has(ast.removeType)) break;
      for (const obj of ast.objects ?? []) {
        const parts = (obj.List?.items ?? [])
          .map((i: AstNode) => i.String?.sval)
          .filter((s: unknown): s is string => typeof s === 'string');
        if (parts.length === 0) continue;
        const relname = parts[parts.length - 1];
        const schema = parts.length > 1 ? parts[parts.length - 2] : undefined;
        changes.push({
          type: 'drop-table',
          table: { name: parts.join('.'), key: `${schema ?? 'public'}.${relname}`, kind: 'table' },
          cascade: ast.behavior === 'DROP_CASCADE',
        });
      }
      break;
    }
  }
  return changes;
});

/** The key of a table after `ALTER TABLE old RENAME TO new` (a rename never changes the schema). */
export function renamedKey(table: RelationRef, newName: string): string {
  return `${table.key.slice(0, table.key.lastIndexOf('.'))}.${newName}`;
}

/**
 * Columns this unit added to tables that already existed, so dropping or renaming them again is not a contract
 * step (no deployed code knows them yet). Follows table renames within the unit.
 */
export class AddedColumns {
  /** `table key \0 column` for each column added. */
  private readonly columns: TrackedSet<string>;
  /** The same, for the new names this migration gave pre-existing columns (their data is not new). */
  private readonly renamed: TrackedSet<string>;

  constructor(state: RuleState) {
    this.columns = state.set();
    this.renamed = state.set();
  }

  clear(): void {
    this.columns.clear();
    this.renamed.clear();
  }

  /** Records the statement's changes; call after the rule has looked at the statement. */
  record(changes: readonly TableChange[]): void {
    for (const change of changes) {
      if (change.type === 'add-column') this.columns.add(columnKey(change.table.key, change.column));
      else if (change.type === 'rename-column') {
        const key = columnKey(change.table.key, change.newName);
        if (this.has(change.table, change.column)) this.columns.add(key);
        else this.renamed.add(key);
      } else if (change.type === 'rename-table') {
        const prefix = columnKey(change.table.key, '');
        const renamed = renamedKey(change.table, change.newName);
        for (const set of [this.columns, this.renamed])
          for (const c of [...set]) if (c.startsWith(prefix)) set.add(columnKey(renamed, c.slice(prefix.length)));
      }
    }
  }

  has(table: RelationRef, column: string): boolean {
    return this.columns.has(columnKey(table.key, column));
  }

  /** A name this migration gave a pre-existing column: no deployed code knows it yet. */
  isNewName(table: RelationRef, column: string): boolean {
    return this.renamed.has(columnKey(table.key, column));
  }
}

function columnKey(table: string, column: string): string {
  return `${table}\u0000${column}`;
}

function sameTable(a: RelationRef, b: RelationRef): boolean {
  return a.key === b.key;
}

/**
 * What the up side of this file (goose/dbmate up section) changed, so its down side can be checked for undoing it.
 * Down sections "undo their own up migration": drop-column, drop-table, rename-* and mixed-expand-contract do not
 * fire there when they undo what the up side did. A separate down script (`.down.sql`, Flyway `U`, sqitch
 * `revert/`) cannot see its up script's changes here, so for it the answer is "unknown".
 */
export class UpSide {
  private readonly seen: TrackedCell<boolean>;
  /** Each up statement's changes, by statement index (the statements' own arrays: per-statement values). */
  private readonly changes: TrackedMap<number, readonly TableChange[]>;

  constructor(state: RuleState) {
    this.seen = state.cell(false);
    this.changes = state.map();
  }

  /** Records a statement's changes when it belongs to an up unit. */
  record(direction: 'up' | 'down', index: number, changes: readonly TableChange[]): void {
    if (direction !== 'up') return;
    if (!this.seen.get()) this.seen.set(true);
    if (changes.length > 0) this.changes.set(index, changes);
  }

  /** Marks that an up unit exists in this file even if it changed nothing (call from unitStart). */
  unit(direction: 'up' | 'down'): void {
    if (direction === 'up') this.seen.set(true);
  }

  /** Whether a rule about contract steps looks at this change: always in up units; in down units only when it is
   * known not to undo the up side. */
  checks(direction: 'up' | 'down', change: TableChange): boolean {
    return direction === 'up' || this.undoes(change) === false;
  }

  /**
   * For a change in a down unit: true when it undoes (or only touches) what the up side of this file changed,
   * false when it does not, undefined when the up side is not in this file.
   */
  undoes(change: TableChange): boolean | undefined {
    if (!this.seen.get()) return undefined;
    for (const statement of this.changes.values()) if (statement.some((up) => undoes(up, change))) return true;
    return false;
  }
}

/** Whether an up-side change `up` is undone (or only touched) by the down-side `change`. */
function undoes(up: TableChange, change: TableChange): boolean {
  switch (change.type) {
    case 'drop-column':
      return up.type === 'add-column' && sameTable(up.table, change.table) && up.column === change.column;
    case 'rename-column':
      return (
        sameTable(up.table, change.table) &&
        ((up.type === 'rename-column' && up.newName === change.column && up.column === change.newName) ||
          (up.type === 'add-column' && up.column === change.column))
      );
    case 'rename-table':
      return (
        up.type === 'rename-table' &&
        renamedKey(up.table, up.newName) === change.table.key &&
        renamedKey(change.table, change.newName) === up.table.key
      );
    case 'add-column':
      return (
        sameTable(up.table, change.table) &&
        ((up.type === 'drop-column' && up.column === change.column) ||
          (up.type === 'rename-column' && up.column === change.column))
      );
    case 'drop-table':
      // A table the up side created is not pre-existing for the down side: the engine already knows that.
      return false;
  }
}

/** What rules may ask of the columns and tables changed so far (`ctx.changesSoFar`). */
export interface ChangesSoFarView {
  /** Columns this unit added, and new names it gave (no deployed code knows them yet). */
  readonly added: Pick<AddedColumns, 'has' | 'isNewName'>;
  /** What the up side of this file changed, for a down unit's changes. */
  readonly upSide: Pick<UpSide, 'checks' | 'undoes'>;
}

/**
 * The engine keeps one record of the file's table changes so far and shows it to every rule as
 * `ctx.changesSoFar` (drop-column, rename-column, mixed-expand-contract, foreign-key-without-index), instead of
 * each rule recording the same changes in a state of its own.
 */
export class ChangesSoFar implements ChangesSoFarView {
  readonly added: AddedColumns;
  readonly upSide: UpSide;

  constructor(state: RuleState) {
    this.added = new AddedColumns(state);
    this.upSide = new UpSide(state);
  }

  unitStart(direction: 'up' | 'down'): void {
    this.added.clear();
    this.upSide.unit(direction);
  }

  /** After every rule has looked at the statement. */
  after(ctx: StatementContext): void {
    const changes = tableChanges(ctx.kind, ctx.ast);
    if (changes.length === 0) return;
    this.added.record(changes);
    this.upSide.record(ctx.unit.direction, ctx.index, changes);
  }
}
