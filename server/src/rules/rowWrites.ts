// The UPDATEs and DELETEs a statement runs: the statement itself, and the data-modifying queries of its WITH
// clauses (`WITH moved AS (DELETE FROM logs RETURNING *) INSERT INTO logs_archive SELECT * FROM moved`, the
// archiving idiom), which change rows exactly as a statement of their own would.
import { perStatement } from '../facts/perStatement';
import type { AstNode } from '../syntax/parse';

export interface RowWrite {
  verb: 'UPDATE' | 'DELETE';
  /** The written table's RangeVar. */
  relation: AstNode;
  /** Undefined when every row is written: no WHERE, or one that is always true (`WHERE true`, `WHERE 1 = 1`). */
  where: AstNode | undefined;
}

const VERBS: Record<string, RowWrite['verb']> = { UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE' };

/** A condition that keeps every row: `true`, or a comparison of two equal constants. */
function alwaysTrue(where: AstNode): boolean {
  if (where.A_Const?.boolval?.boolval === true) return true;
  const expr = where.A_Expr;
  if (expr?.kind !== 'AEXPR_OP' || expr.name?.[0]?.String?.sval !== '=') return false;
  const [left, right] = [expr.lexpr?.A_Const, expr.rexpr?.A_Const];
  return (
    Boolean(left && right) && JSON.stringify({ ...left, location: 0 }) === JSON.stringify({ ...right, location: 0 })
  );
}

function collect(kind: string, ast: AstNode, into: RowWrite[]): void {
  for (const cte of ast?.withClause?.ctes ?? []) {
    const query: AstNode | undefined = cte.CommonTableExpr?.ctequery;
    const [inner] = Object.keys(query ?? {});
    if (inner) collect(inner, query?.[inner], into);
  }
  const verb = VERBS[kind];
  if (verb && ast.relation) {
    const where: AstNode | undefined = ast.whereClause;
    into.push({ verb, relation: ast.relation, where: where && !alwaysTrue(where) ? where : undefined });
  }
}

/** The statement's row writes, its WITH queries' first (they run first). */
export const rowWrites = perStatement((ast: AstNode, kind: string): readonly RowWrite[] => {
  const found: RowWrite[] = [];
  collect(kind, ast, found);
  return found;
});
