import type { SchemaModel } from '../schema/model';
import { indexesOfTable } from '../schema/tableIndexes';
import type { AstNode } from '../syntax/parse';

/**
 * Tables a platform or tool makes outside the migrations, so the history may not know them, whose key is known:
 * Alembic's one-row alembic_version (`alembic upgrade a:b --sql` prints a release without its CREATE TABLE), in
 * any schema, and Supabase's storage.buckets (`id text PRIMARY KEY`: migrations flip a bucket's flags by id).
 */
const KNOWN_KEYS: readonly { schema?: string; table: string; key: string }[] = [
  { table: 'alembic_version', key: 'version_num' },
  { schema: 'storage', table: 'buckets', key: 'id' },
];

function knownKeyOf(tableKey: string): string | undefined {
  const dot = tableKey.indexOf('.');
  const schema = tableKey.slice(0, dot);
  const table = tableKey.slice(dot + 1);
  return KNOWN_KEYS.find((k) => k.table === table && (k.schema === undefined || k.schema === schema))?.key;
}

/** A constant, a parameter, or either cast (`42::bigint`, `'a1b2'::uuid`, `CAST($1 AS text)`). */
function isConstant(node: AstNode | undefined): boolean {
  if (node?.TypeCast) return isConstant(node.TypeCast.arg);
  return Boolean(node?.A_Const || node?.ParamRef);
}

/**
 * A WHERE that pins one row: `col = constant` (AND-ed with anything) on every column of a primary key, a validated
 * unique constraint or a unique index (not partial, not on an expression) of the table `tableKey`, as the schema
 * shows it (or a known key of a table made outside the migrations). A NULL equals no constant, so a key of several
 * columns pinned this way holds one row at most too. Prisma's `@unique` and Rails' `add_index unique: true` make
 * indexes, not constraints.
 */
export function keyedByConstant(where: AstNode | undefined, schema: SchemaModel, tableKey: string): boolean {
  if (!where) return false;
  const table = schema.tables.get(tableKey);
  const knownKey = knownKeyOf(tableKey);
  if (!table && !knownKey) return false;
  const conditions: AstNode[] = where.BoolExpr?.boolop === 'AND_EXPR' ? (where.BoolExpr.args as AstNode[]) : [where];
  const columns: string[] = [];
  for (const condition of conditions) {
    const expr = condition.A_Expr;
    if (expr?.kind !== 'AEXPR_OP' || expr.name?.[0]?.String?.sval !== '=') continue;
    const [left, right] = [expr.lexpr, expr.rexpr];
    const column =
      left?.ColumnRef && isConstant(right) ? left : right?.ColumnRef && isConstant(left) ? right : undefined;
    const name = column?.ColumnRef.fields?.at(-1)?.String?.sval;
    if (typeof name !== 'string') continue;
    if (name === knownKey) return true;
    columns.push(name);
  }
  if (!table || columns.length === 0) return false;
  const pinned = (key: readonly (string | null)[]): boolean =>
    key.length > 0 && key.every((column) => column !== null && columns.includes(column));
  for (const c of table.constraints.values()) {
    if ((c.kind === 'primary' || (c.kind === 'unique' && c.validated)) && pinned(c.columns)) return true;
  }
  // (An index ON ONLY a partitioned table is not built on its partitions: it enforces nothing yet.)
  for (const index of indexesOfTable(schema, tableKey)) {
    if (index.unique && !index.partial && !index.onlyParent && pinned(index.columns)) return true;
  }
  return false;
}
