// The UPDATEs and DELETEs a statement runs: the statement itself, and the data-modifying queries of its WITH
// clauses (`WITH moved AS (DELETE FROM logs RETURNING *) INSERT INTO logs_archive SELECT * FROM moved`, the
// archiving idiom), which change rows exactly as a statement of their own would. A MERGE (PostgreSQL 15+) with a
// `THEN UPDATE` or `THEN DELETE` action writes existing rows like an UPDATE ... FROM.
import { perStatement } from '../facts/perStatement';
import type { AstNode } from '../syntax/parse';

export interface RowWrite {
  verb: 'UPDATE' | 'DELETE' | 'MERGE';
  /** The written table's RangeVar. */
  relation: AstNode;
  /** Undefined when every row is written: no WHERE, or one that is always true (`WHERE true`, `WHERE 1 = 1`). */
  where: AstNode | undefined;
}

const VERBS: Record<string, RowWrite['verb']> = { UpdateStmt: 'UPDATE', DeleteStmt: 'DELETE', MergeStmt: 'MERGE' };

/**
 * The rows a MERGE's `THEN UPDATE` / `THEN DELETE` actions may write, as a WHERE: its join condition (the rows it
 * matches), or, for a `WHEN NOT MATCHED BY SOURCE` action (PostgreSQL 17+), its negation (the rows it does not).
 * Undefined when it writes no existing row (only INSERT and DO NOTHING).
 */
function mergeFilter(ast: AstNode): AstNode | undefined {
  const writes = (ast.mergeWhenClauses ?? [])
    .map((c: AstNode) => c.MergeWhenClause)
    .filter((c: AstNode) => c?.commandType === 'CMD_UPDATE' || c?.commandType === 'CMD_DELETE');
  if (writes.length === 0 || !ast.joinCondition) return undefined;
  if (writes.some((c: AstNode) => c.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE'))
    return { BoolExpr: { boolop: 'NOT_EXPR', args: [ast.joinCondition] } };
  return ast.joinCondition;
}

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
  if (verb === 'MERGE') {
    // Filtered by its join condition, as an UPDATE ... FROM is by its WHERE.
    const where = mergeFilter(ast);
    if (ast.relation && where) into.push({ verb, relation: ast.relation, where });
    return;
  }
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
