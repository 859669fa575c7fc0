import { alterOfExistingTable } from './existingTableAlter';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { Rule, StatementContext } from './rule';
import { skipsExistingColumn } from './ifNotExists';

const KINDS: Record<string, string> = { CONSTR_UNIQUE: 'UNIQUE', CONSTR_PRIMARY: 'PRIMARY KEY' };

function columns(constraint: AstNode): string {
  const keys = (constraint.keys ?? [])
    .map((k: AstNode) => k.String?.sval)
    .filter(Boolean)
    .map(quoteIdent);
  return keys.length > 0 ? ` (${keys.join(', ')})` : '';
}

/**
 * `ALTER TABLE ONLY parent ADD ... PRIMARY KEY/UNIQUE` on a partitioned table builds nothing: the parent's index is
 * created invalid, instantly, and becomes valid as each partition's index is attached (pg_dump's form; verified on
 * PostgreSQL 15). `USING INDEX` is not possible on a partitioned table, so this is the safe way there.
 */
export function onlyOnPartitionedParent(ctx: StatementContext, tableKey: string): boolean {
  return ctx.ast.relation?.inh !== true && ctx.schema.tables.get(tableKey)?.partitioned === true;
}

export const uniqueWithoutIndex: Rule = {
  meta: {
    id: 'unique-without-index',
    severity: 'error',
    summary:
      'A UNIQUE or PRIMARY KEY constraint added to an existing table builds its index under an AccessExclusiveLock.',
    safeWay:
      'CREATE UNIQUE INDEX CONCURRENTLY first (outside a transaction), then ALTER TABLE ... ADD CONSTRAINT name UNIQUE USING INDEX index_name (or PRIMARY KEY USING INDEX, on columns already NOT NULL).',
  },
  create: () => ({
    statement(ctx) {
      const alter = alterOfExistingTable(ctx);
      if (!alter) return;
      const { table } = alter;
      for (const cmd of alter.commands) {
        if (cmd.subtype === 'AT_AddConstraint') {
          if (onlyOnPartitionedParent(ctx, table.key)) continue;
          const constraint = cmd.def?.Constraint;
          const kind = KINDS[constraint?.contype];
          if (!kind || constraint.indexname) continue; // USING INDEX: the index is already built
          const name = constraint.conname ? ` ${quoteIdent(constraint.conname)}` : '';
          ctx.report({
            message: `ADD CONSTRAINT${name} ${kind}${columns(constraint)} builds a unique index on ${table.name} under an AccessExclusiveLock: reads and writes wait until the build ends`,
            lock: 'AccessExclusiveLock',
          });
        } else if (cmd.subtype === 'AT_AddColumn' && !skipsExistingColumn(cmd, ctx.schema, table.key)) {
          const column = cmd.def?.ColumnDef;
          for (const c of column?.constraints ?? []) {
            const kind = KINDS[c.Constraint?.contype];
            if (!kind) continue;
            ctx.report({
              message: `ADD COLUMN ${quoteIdent(column.colname)} ... ${kind} builds a unique index on ${table.name} under an AccessExclusiveLock, reading every row: reads and writes wait until the build ends`,
              lock: 'AccessExclusiveLock',
            });
          }
        }
      }
    },
  }),
};
