// What a statement does to the shape of tables that application code queries by name: columns added, dropped or
// renamed, tables renamed or dropped. Shared by the backward-compatibility rules (drop-column, drop-table,
// rename-column, rename-table, mixed-expand-contract). Pure; derived from the AST only.
import { alterTableCommands, RelationRef, relationRef, refFromNameList } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteKey, quoteQualified } from '../syntax/quoteIdent';
import { perStatement } from '../facts/perStatement';
import type { SchemaModel, TableInfo } from '../schema/model';
import { replay } from '../schema/replay';
import { skippedColumnChange } from './ifNotExists';
import type { TrackedCell, TrackedMap, TrackedSet } from '../walk/tracked';
import type { RuleState, StatementContext } from './rule';

export type TableChange =
  | { type: 'add-column'; table: RelationRef; column: string; ifNotExists?: true }
  | { type: 'drop-column'; table: RelationRef; column: string; cascade: boolean; ifExists?: true }
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
        // ADD COLUMN IF NOT EXISTS, DROP COLUMN IF EXISTS
        const guarded = cmd.missing_ok === true;
        if (typeof added === 'string')
          changes.push({ type: 'add-column', table, column: added, ...(guarded && { ifNotExists: true as const }) });
        if (cmd.subtype === 'AT_DropColumn' && typeof cmd.name === 'string') {
          const cascade = cmd.behavior === 'DROP_CASCADE';
          changes.push({
            type: 'drop-column',
            table,
            column: cmd.name,
            cascade,
            ...(guarded && { ifExists: true as const }),
          });
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
        const table = refFromNameList(obj.List?.items, 'table');
        if (table) changes.push({ type: 'drop-table', table, cascade: ast.behavior === 'DROP_CASCADE' });
      }
      break;
    }
  }
  return changes;
});

/** The DROPs whose CASCADE reaches columns or tables they do not name. */
const CASCADE_DROPS: Record<string, string> = {
  OBJECT_TYPE: 'DROP TYPE',
  OBJECT_DOMAIN: 'DROP DOMAIN',
  OBJECT_FUNCTION: 'DROP FUNCTION',
  OBJECT_SCHEMA: 'DROP SCHEMA',
  OBJECT_EXTENSION: 'DROP EXTENSION',
};

/** What a DROP ... CASCADE drops besides the objects it names: whole tables, and columns of the tables it keeps. */
export interface CascadeDrops {
  /** How messages name the statement, e.g. `DROP TYPE plan_tier CASCADE`. */
  by: string;
  tables: TableInfo[];
  columns: { table: TableInfo; column: string }[];
}

/**
 * DROP TYPE/DOMAIN ... CASCADE drops the columns of that type, DROP FUNCTION ... CASCADE the generated columns
 * computed with it, DROP EXTENSION ... CASCADE the columns of its types and DROP SCHEMA ... CASCADE its tables
 * (verified on PostgreSQL 15), as the replay decides it: what it cannot tell for sure (a type name in two schemas)
 * it leaves in place. Undefined for any other statement.
 */
export function cascadeDrops(ctx: StatementContext): CascadeDrops | undefined {
  const drop = ctx.kind === 'DropStmt' && ctx.ast.behavior === 'DROP_CASCADE' && CASCADE_DROPS[ctx.ast.removeType];
  if (!drop) return undefined;
  const objects: AstNode[] = ctx.ast.objects ?? [];
  const names = objects.map((object) => {
    const parts: AstNode[] = object.TypeName?.names ?? object.ObjectWithArgs?.objname ?? object.List?.items ?? [object];
    return quoteQualified(...parts.map((n) => n.String?.sval));
  });
  const before = ctx.schema;
  const after = replay(before, ctx.kind, ctx.ast);
  const result: CascadeDrops = { by: `${drop} ${names.join(', ')} CASCADE`, tables: [], columns: [] };
  for (const table of before.tables.values()) {
    const now = after.tables.get(table.key);
    if (!now) result.tables.push(table);
    else if (now !== table)
      for (const column of table.columns.keys()) if (!now.columns.has(column)) result.columns.push({ table, column });
  }
  return result;
}

/** A table of the schema as a relation reference (named as the migration that created it wrote it). */
export function tableRefOf(table: TableInfo): RelationRef {
  return { name: tableSqlName(table), written: table.name, key: table.key, kind: 'table' };
}

/** A table of the schema named for a message: `orders`, `billing.orders`, `"Orders"` (as its creator wrote it). */
export function tableSqlName(table: TableInfo): string {
  // The model keeps the name as written: the key when the schema was written, else the name alone.
  return table.name === table.key ? quoteKey(table.key) : quoteIdent(table.name);
}

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

/**
 * What the up side of this migration changed, so its down side can be checked for undoing it. Down units "undo
 * their own up migration": drop-column, drop-table, rename-* and mixed-expand-contract do not fire there when they
 * undo what the up side did. The up side is the file's goose/dbmate up section, or a separate down script's
 * (`.down.sql`, Flyway `U`, sqitch `revert/`) up script walked first; without either the answer is "unknown".
 */
export class UpSide {
  private readonly seen: TrackedCell<boolean>;
  /** The up side is a script of its own, not a section of this file (for the messages' words). */
  private readonly script: TrackedCell<boolean>;
  /** Each up statement's changes, by statement index (the statements' own arrays: per-statement values). */
  private readonly changes: TrackedMap<number, readonly TableChange[]>;
  /** The same for the current down unit so far: its own renames move the names it uses next. */
  private readonly down: TrackedMap<number, readonly TableChange[]>;

  constructor(state: RuleState) {
    this.seen = state.cell(false);
    this.script = state.cell(false);
    this.changes = state.map();
    this.down = state.map();
  }

  /** Records a statement's changes (after every rule has looked at it). */
  record(direction: 'up' | 'down', index: number, changes: readonly TableChange[]): void {
    if (direction === 'down') {
      if (changes.length > 0) this.down.set(index, changes);
      return;
    }
    if (!this.seen.get()) this.seen.set(true);
    if (changes.length > 0) this.changes.set(index, changes);
  }

  /**
   * Marks that an up unit exists even if it changed nothing (call from unitStart); `script`: it is a separate up
   * script, walked before its down script.
   */
  unit(direction: 'up' | 'down', script = false): void {
    if (direction === 'down') {
      this.down.clear();
      return;
    }
    this.seen.set(true);
    this.script.set(script);
  }

  /** Whether a rule about contract steps looks at this change: always in up units; in down units only when it is
   * known not to undo the up side. */
  checks(direction: 'up' | 'down', change: TableChange): boolean {
    return direction === 'up' || this.undoes(change) === false;
  }

  /**
   * For a change in a down unit: true when it undoes (or only touches) what the up side changed, false when it
   * does not, undefined when the up side is not known. Tables and columns are followed through the renames of
   * both sides, so a down that drops a column before renaming its table back matches as one that drops it after.
   */
  undoes(change: TableChange): boolean | undefined {
    if (!this.seen.get()) return undefined;
    const shapes = new Shapes();
    for (const statement of this.changes.values()) for (const c of statement) shapes.apply(c, true);
    for (const statement of this.down.values()) for (const c of statement) shapes.apply(c, false);
    return shapes.undoes(change);
  }

  /** The sentence a finding in a down unit ends with: `what` the up side did not do, e.g. `add phone`. */
  notUndone(what: string): string {
    const part = this.script.get() ? 'script' : 'section';
    return ` This down ${part} does not undo its up ${part} here (the up ${part} did not ${what}).`;
  }
}

/**
 * Tables and columns followed by identity through renames: the up side's changes, then the down side's so far.
 * An identity is the key or `table identity \0 column` a thing had when first seen, or a fresh one for what is
 * added, and for a name a rename or drop left behind (something else may take it: a compatibility view).
 */
class Shapes {
  private fresh = 0;
  /** Current table key → identity (a key not here is its own). */
  private readonly tables = new Map<string, string>();
  /** `table identity \0 current column name` → column identity (not here: the key itself). */
  private readonly columns = new Map<string, string>();
  /** Column identities the up side added. */
  private readonly added = new Set<string>();
  /** Table and column identities the up side renamed. */
  private readonly renamed = new Set<string>();
  /** The names the up side's renames used (table keys; `table identity \0 column`): a swap moves among them. */
  private readonly names = new Set<string>();
  /** Column names (`table identity \0 column`) the up side dropped or renamed away. */
  private readonly vacated = new Set<string>();

  private table(key: string): string {
    return this.tables.get(key) ?? key;
  }

  private column(table: string, name: string): string {
    const key = columnKey(table, name);
    return this.columns.get(key) ?? key;
  }

  apply(change: TableChange, up: boolean): void {
    const table = this.table(change.table.key);
    switch (change.type) {
      case 'add-column': {
        const id = `+${this.fresh++}`;
        this.columns.set(columnKey(table, change.column), id);
        if (up) this.added.add(id);
        break;
      }
      case 'drop-column':
        this.columns.set(columnKey(table, change.column), `-${this.fresh++}`);
        if (up) this.vacated.add(columnKey(table, change.column));
        break;
      case 'rename-column': {
        const id = this.column(table, change.column);
        this.columns.set(columnKey(table, change.newName), id);
        this.columns.set(columnKey(table, change.column), `-${this.fresh++}`);
        if (!up) break;
        this.renamed.add(id);
        this.names.add(columnKey(table, change.column)).add(columnKey(table, change.newName));
        this.vacated.add(columnKey(table, change.column));
        break;
      }
      case 'rename-table': {
        const to = renamedKey(change.table, change.newName);
        this.tables.set(to, table);
        this.tables.set(change.table.key, `-${this.fresh++}`);
        if (!up) break;
        this.renamed.add(table);
        this.names.add(change.table.key).add(to);
        break;
      }
      case 'drop-table':
        this.tables.set(change.table.key, `-${this.fresh++}`);
        break;
    }
  }

  /** Whether `change`, next in the down unit, undoes (or only touches) what the up side changed. */
  undoes(change: TableChange): boolean {
    const table = this.table(change.table.key);
    switch (change.type) {
      case 'drop-column':
        return this.added.has(this.column(table, change.column));
      case 'rename-column': {
        const id = this.column(table, change.column);
        return this.added.has(id) || (this.renamed.has(id) && this.names.has(columnKey(table, change.newName)));
      }
      case 'rename-table':
        return this.renamed.has(table) && this.names.has(renamedKey(change.table, change.newName));
      case 'add-column':
        return this.vacated.has(columnKey(table, change.column));
      case 'drop-table':
        // A table the up side created is not pre-existing for the down side: the engine already knows that.
        return false;
    }
  }
}

/** What rules may ask of the columns and tables changed so far (`ctx.changesSoFar`). */
export interface ChangesSoFarView {
  /** Columns this unit added, and new names it gave (no deployed code knows them yet). */
  readonly added: Pick<AddedColumns, 'has' | 'isNewName'>;
  /** What the up side of this file changed, for a down unit's changes. */
  readonly upSide: Pick<UpSide, 'checks' | 'undoes' | 'notUndone'>;
}

/**
 * The engine keeps one record of the file's table changes so far and shows it to every rule as
 * `ctx.changesSoFar` (drop-column, rename-column, mixed-expand-contract, foreign-key-without-index), instead of
 * each rule recording the same changes in a state of its own.
 */
/** ADD COLUMN IF NOT EXISTS of a column the history has: PostgreSQL skips it. */
function keepsColumn(change: TableChange, history: SchemaModel | undefined): boolean {
  return history !== undefined && change.type === 'add-column' && skippedColumnChange(change, history);
}

export class ChangesSoFar implements ChangesSoFarView {
  readonly added: AddedColumns;
  readonly upSide: UpSide;

  constructor(state: RuleState) {
    this.added = new AddedColumns(state);
    this.upSide = new UpSide(state);
  }

  /** `script`: the unit is a separate up script, walked before its down script. */
  unitStart(direction: 'up' | 'down', script = false): void {
    this.added.clear();
    this.upSide.unit(direction, script);
  }

  /**
   * After every rule has looked at the statement. `history`: the schema the unit runs against, whose columns an
   * ADD COLUMN IF NOT EXISTS leaves alone (not this migration's to drop again).
   */
  after(ctx: StatementContext, history?: SchemaModel): void {
    let changes = tableChanges(ctx.kind, ctx.ast);
    if (changes.length === 0) return;
    if (changes.some((c) => keepsColumn(c, history))) changes = changes.filter((c) => !keepsColumn(c, history));
    this.added.record(changes);
    this.upSide.record(ctx.unit.direction, ctx.index, changes);
  }
}
