import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { SchemaModel } from '../schema/model';
import { indexesOfTable } from '../schema/tableIndexes';
import type { Rule } from './rule';
import { perStatement } from '../facts/perStatement';

interface ForeignKey {
  statement: number;
  table: string;
  tableName: string;
  columns: string[];
  /** Every column was added in this migration: no index on it can exist from before. */
  newColumns: boolean;
}

function names(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string');
}

/** Foreign keys a statement declares: table constraints, column REFERENCES, in CREATE TABLE and ALTER TABLE. */
const declaredForeignKeys = perStatement((ast: AstNode, kind: string): readonly { columns: string[] }[] => {
  const found: { columns: string[] }[] = [];
  const fromColumn = (def: AstNode): void => {
    for (const c of def?.constraints ?? [])
      if (c.Constraint?.contype === 'CONSTR_FOREIGN') found.push({ columns: [def.colname] });
  };
  const fromConstraint = (c: AstNode | undefined): void => {
    if (c?.contype === 'CONSTR_FOREIGN') found.push({ columns: names(c.fk_attrs) });
  };
  if (kind === 'CreateStmt') {
    for (const element of ast.tableElts ?? []) {
      if (element.ColumnDef) fromColumn(element.ColumnDef);
      fromConstraint(element.Constraint);
    }
  } else if (kind === 'AlterTableStmt') {
    for (const cmd of alterTableCommands(ast)) {
      if (cmd.subtype === 'AT_AddColumn') fromColumn(cmd.def?.ColumnDef);
      if (cmd.subtype === 'AT_AddConstraint') fromConstraint(cmd.def?.Constraint);
    }
  }
  return found.filter((fk) => fk.columns.length > 0);
});

/** The columns a CREATE TABLE or ALTER TABLE ... ADD COLUMN adds. */
const addedColumns = perStatement((ast: AstNode, kind: string): readonly string[] => {
  const defs: AstNode[] =
    kind === 'CreateStmt'
      ? (ast.tableElts ?? []).map((e: AstNode) => e.ColumnDef)
      : alterTableCommands(ast)
          .filter((c) => c.subtype === 'AT_AddColumn')
          .map((c) => c.def?.ColumnDef);
  return defs.map((d) => d?.colname).filter((n): n is string => typeof n === 'string');
});

/**
 * An index whose leading columns are exactly the foreign key's columns (in any order) serves its lookups; a partial
 * one only when the lookup implies its condition (`WHERE fk_col IS NOT NULL`). PostgreSQL builds an index of a
 * partitioned table (not `ON ONLY`) on each of its partitions, those attached later too.
 */
function hasLeadingIndex(schema: SchemaModel, table: string, columns: string[]): boolean {
  const tables = new Set<string>([table]);
  for (let parent = schema.tables.get(table)?.partitionOf; parent && !tables.has(parent); ) {
    tables.add(parent);
    parent = schema.tables.get(parent)?.partitionOf;
  }
  for (const owner of tables) {
    for (const index of indexesOfTable(schema, owner)) {
      if (index.table !== table && index.onlyParent) continue;
      if (index.partial && !index.excludesNullsOf?.every((c) => columns.includes(c))) continue;
      const leading = index.columns.slice(0, columns.length);
      if (leading.length === columns.length && columns.every((c) => leading.includes(c))) return true;
    }
  }
  return false;
}

export const foreignKeyWithoutIndex: Rule = {
  meta: {
    id: 'foreign-key-without-index',
    severity: 'warning',
    summary:
      'A foreign key whose referencing columns have no index starting with them: every DELETE or key UPDATE on the referenced table scans this one.',
    safeWay: 'CREATE INDEX CONCURRENTLY on the referencing columns (in its own migration, outside a transaction).',
  },
  create: (state) => {
    // The foreign keys declared so far, by statement index; judged at the end of the unit.
    const pending = state.map<number, readonly ForeignKey[]>();
    return {
      unitStart() {
        pending.clear();
      },
      statement(ctx) {
        if (ctx.kind !== 'CreateStmt' && ctx.kind !== 'AlterTableStmt') return;
        const declared = declaredForeignKeys(ctx.ast, ctx.kind);
        if (declared.length === 0) return;
        const table = relationRef(ctx.ast.relation, 'table');
        if (!table) return;
        // New in this migration: added by this statement, or by an earlier one of the unit.
        const here = addedColumns(ctx.ast, ctx.kind);
        const added = ctx.changesSoFar.added;
        pending.set(
          ctx.index,
          declared.map((fk) => ({
            statement: ctx.index,
            table: table.key,
            tableName: table.name,
            columns: fk.columns,
            newColumns: fk.columns.every((c) => here.includes(c) || added.has(table, c)),
          })),
        );
      },
      // Judged at the end: an index created later in the same migration counts.
      unitEnd(unit) {
        for (const fk of [...pending.values()].flat()) {
          const table = unit.schema.tables.get(fk.table);
          // Judge only where the indexes are all known: a table from before the history may have one already,
          // unless the columns are new in this migration.
          if (!(table?.complete || fk.newColumns) || hasLeadingIndex(unit.schema, fk.table, fk.columns)) continue;
          unit.report(fk.statement, {
            message: `Foreign key on ${fk.tableName} (${fk.columns.join(', ')}) has no index starting with those columns: each DELETE or key UPDATE on the referenced table scans ${fk.tableName}, holding its locks all the while`,
          });
        }
      },
    };
  },
};
