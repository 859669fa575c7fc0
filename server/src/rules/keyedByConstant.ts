import type { TableInfo } from '../schema/model';
import type { AstNode } from '../syntax/parse';

/**
 * Alembic's bookkeeping table has one row, keyed by version_num. `alembic upgrade a:b --sql` prints a release's
 * script without the CREATE TABLE alembic_version, so the history may not know the table at all.
 */
const ALEMBIC_VERSION = { table: 'alembic_version', key: 'version_num' };

/**
 * A WHERE that pins one row: `col = constant` (AND-ed with anything) on a column that is alone a primary key or a
 * validated unique constraint of the table, as the history shows it (or Alembic's version row).
 */
export function keyedByConstant(where: AstNode | undefined, table: TableInfo | undefined, tableName?: string): boolean {
  if (!where) return false;
  const alembic = tableName?.split('.').pop() === ALEMBIC_VERSION.table;
  if (!table && !alembic) return false;
  const conditions: AstNode[] = where.BoolExpr?.boolop === 'AND_EXPR' ? (where.BoolExpr.args as AstNode[]) : [where];
  for (const condition of conditions) {
    const expr = condition.A_Expr;
    if (expr?.kind !== 'AEXPR_OP' || expr.name?.[0]?.String?.sval !== '=') continue;
    const [left, right] = [expr.lexpr, expr.rexpr];
    const column =
      left?.ColumnRef && (right?.A_Const || right?.ParamRef)
        ? left
        : right?.ColumnRef && (left?.A_Const || left?.ParamRef)
          ? right
          : undefined;
    const name = column?.ColumnRef.fields?.at(-1)?.String?.sval;
    if (typeof name !== 'string') continue;
    if (alembic && name === ALEMBIC_VERSION.key) return true;
    for (const c of table?.constraints.values() ?? []) {
      if (
        (c.kind === 'primary' || (c.kind === 'unique' && c.validated)) &&
        c.columns.length === 1 &&
        c.columns[0] === name
      )
        return true;
    }
  }
  return false;
}
