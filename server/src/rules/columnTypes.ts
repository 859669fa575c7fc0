// The column types a statement declares, for the type rules (prefer-jsonb, prefer-bigint, prefer-identity,
// prefer-timestamptz, prefer-text, ban-char): CREATE TABLE columns, ALTER TABLE ... ADD COLUMN and
// ALTER COLUMN ... TYPE. Each with the range of `name type` in the statement, so a finding points at the column.
import { typeNameOf } from '../facts/expressions';
import { alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { utf8ToUtf16Offset } from '../syntax/positions';
import type { Rule, RuleMeta, StatementContext } from './rule';
import { perStatement } from '../facts/perStatement';

export interface TypedColumn {
  table: RelationRef;
  column: string;
  /** Normalised type name: `int4`, `bpchar`, `varchar`, `timestamp`, `json`, `serial`... */
  type: string;
  typeName: AstNode;
  /** Type modifiers as written: varchar(20) → [20]. */
  mods: number[];
  /** The type as written, e.g. `character varying(20)`. */
  text: string;
  how: 'create-table' | 'add-column' | 'alter-type';
  /** A PRIMARY KEY column (column or table constraint of this statement). */
  primaryKey: boolean;
  /** A foreign key column (REFERENCES on the column, or a FOREIGN KEY of this statement naming it). */
  references: boolean;
  /** UTF-16 offsets of `name type` within the statement. */
  start: number;
  end: number;
}

/** From a type's first character: a (qualified) name, modifiers, `with[out] time zone`, array brackets. */
const TYPE_TEXT =
  /^(?:"[^"]*"|[A-Za-z_][\w$]*)(?:\s*\.\s*(?:"[^"]*"|[A-Za-z_][\w$]*))*(?:\s+(?:varying|precision)\b)?(?:\s*\(\s*[\d\s,]*\))?(?:\s+with(?:out)?\s+time\s+zone\b)?(?:\s*\[\s*\d*\s*\])*/i;

function typeMods(typeName: AstNode): number[] {
  return (typeName.typmods ?? [])
    .map((m: AstNode) => m.A_Const?.ival?.ival)
    .filter((v: unknown): v is number => typeof v === 'number');
}

function columnOf(
  text: string,
  table: RelationRef,
  def: AstNode,
  column: string,
  how: TypedColumn['how'],
  keys: { primaryKey: boolean; references: boolean },
): TypedColumn | undefined {
  const typeName = def.typeName;
  if (!typeName) return undefined;
  const typeStart = utf8ToUtf16Offset(text, typeName.location ?? 0);
  const start =
    typeof def.location === 'number' && def.location >= 0 ? utf8ToUtf16Offset(text, def.location) : typeStart;
  const typeText = TYPE_TEXT.exec(text.slice(typeStart));
  return {
    table,
    column,
    type: typeNameOf(typeName),
    typeName,
    mods: typeMods(typeName),
    text: typeText?.[0] ?? typeNameOf(typeName),
    how,
    ...keys,
    start: Math.min(start, typeStart),
    end: typeStart + Math.max(1, typeText?.[0].length ?? 1),
  };
}

function hasConstraint(def: AstNode, contype: string): boolean {
  return (def.constraints ?? []).some((c: AstNode) => c.Constraint?.contype === contype);
}

const NOT_A_KEY = { primaryKey: false, references: false };

/** The typed columns a statement declares (computed once per statement; `text` is the statement's). */
export function typedColumns(kind: string, ast: AstNode, text: string): readonly TypedColumn[] {
  return columnsOf(ast, kind, text);
}

const columnsOf = perStatement((ast: AstNode, kind: string, text: string): readonly TypedColumn[] => {
  const columns: TypedColumn[] = [];
  if (kind === 'CreateStmt') {
    const table = relationRef(ast.relation, 'table');
    if (!table) return columns;
    const tableKeys = new Set<string>();
    const foreignKeys = new Set<string>();
    for (const element of ast.tableElts ?? []) {
      const c = element.Constraint;
      if (c?.contype === 'CONSTR_PRIMARY') for (const k of c.keys ?? []) tableKeys.add(k.String?.sval);
      if (c?.contype === 'CONSTR_FOREIGN') for (const k of c.fk_attrs ?? []) foreignKeys.add(k.String?.sval);
    }
    for (const element of ast.tableElts ?? []) {
      const def = element.ColumnDef;
      if (!def?.colname) continue;
      const col = columnOf(text, table, def, def.colname, 'create-table', {
        primaryKey: hasConstraint(def, 'CONSTR_PRIMARY') || tableKeys.has(def.colname),
        references: hasConstraint(def, 'CONSTR_FOREIGN') || foreignKeys.has(def.colname),
      });
      if (col) columns.push(col);
    }
  } else if (kind === 'AlterTableStmt' && (ast.objtype === 'OBJECT_TABLE' || ast.objtype === 'OBJECT_FOREIGN_TABLE')) {
    const table = relationRef(ast.relation, 'table');
    if (!table) return columns;
    for (const cmd of alterTableCommands(ast)) {
      const def = cmd.def?.ColumnDef;
      if (!def) continue;
      if (cmd.subtype === 'AT_AddColumn' && def.colname) {
        const col = columnOf(text, table, def, def.colname, 'add-column', {
          primaryKey: hasConstraint(def, 'CONSTR_PRIMARY'),
          references: hasConstraint(def, 'CONSTR_FOREIGN'),
        });
        if (col) columns.push(col);
      } else if (cmd.subtype === 'AT_AlterColumnType' && cmd.name) {
        const col = columnOf(text, table, def, cmd.name, 'alter-type', NOT_A_KEY);
        if (col) columns.push(col);
      }
    }
  }
  return columns;
});

/**
 * A type rule: `check` returns the message for a column it flags. Down sections and scripts are skipped: they
 * restore what existed before the up migration, and a different type there would not be a rollback.
 */
export function typeRule(
  meta: RuleMeta,
  check: (column: TypedColumn, ctx: StatementContext) => string | undefined,
): Rule {
  return {
    meta,
    create: () => ({
      statement(ctx) {
        if (ctx.unit.direction !== 'up') return;
        if (ctx.kind !== 'CreateStmt' && ctx.kind !== 'AlterTableStmt') return;
        for (const column of typedColumns(ctx.kind, ctx.ast, ctx.statement.text)) {
          const message = check(column, ctx);
          if (message) ctx.report({ message, start: column.start, end: column.end });
        }
      },
    }),
  };
}
