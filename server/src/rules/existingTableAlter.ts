import { alterTableCommands, RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { StatementContext } from './rule';

/**
 * The table and commands of an ALTER TABLE on a table that existed before this migration (a table created in it
 * has no rows and no readers yet), or undefined for any other statement.
 */
export function alterOfExistingTable(
  ctx: StatementContext,
): { table: RelationRef; commands: readonly AstNode[] } | undefined {
  if (ctx.kind !== 'AlterTableStmt' || ctx.ast.objtype !== 'OBJECT_TABLE') return undefined;
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table || !ctx.isPreExisting(table)) return undefined;
  return { table, commands: alterTableCommands(ctx.ast) };
}
