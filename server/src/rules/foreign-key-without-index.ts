import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { SchemaModel } from '../schema/model';
import type { Rule } from './rule';

interface ForeignKey {
  statement: number;
  table: string;
  tableName: string;
  columns: string[];
}

function names(list: AstNode[] | undefined): string[] {
  return (list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string');
}

/** Foreign keys a statement declares: table constraints, column REFERENCES, in CREATE TABLE and ALTER TABLE. */
function declaredForeignKeys(kind: string, ast: AstNode): { columns: string[] }[] {
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
}

/** An index whose leading columns are exactly the foreign key's columns (in any order) serves its lookups. */
function hasLeadingIndex(schema: SchemaModel, table: string, columns: string[]): boolean {
  for (const index of schema.indexes.values()) {
    if (index.table !== table || index.partial) continue;
    const leading = index.columns.slice(0, columns.length);
    if (leading.length === columns.length && columns.every((c) => leading.includes(c))) return true;
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
  create: () => {
    let pending: ForeignKey[] = [];
    return {
      unitStart() {
        pending = [];
      },
      statement(ctx) {
        const table = relationRef(
          ctx.kind === 'CreateStmt' || ctx.kind === 'AlterTableStmt' ? ctx.ast.relation : undefined,
          'table',
        );
        if (!table) return;
        for (const fk of declaredForeignKeys(ctx.kind, ctx.ast)) {
          pending.push({ statement: ctx.index, table: table.key, tableName: table.name, columns: fk.columns });
        }
      },
      // Judged at the end: an index created later in the same migration counts.
      unitEnd(unit) {
        for (const fk of pending) {
          const table = unit.schema.tables.get(fk.table);
          // Only where the table's indexes are all known: a table from before the history may have one already.
          if (!table?.complete || hasLeadingIndex(unit.schema, fk.table, fk.columns)) continue;
          unit.report(fk.statement, {
            message: `Foreign key on ${fk.tableName} (${fk.columns.join(', ')}) has no index starting with those columns: each DELETE or key UPDATE on the referenced table scans ${fk.tableName}, holding its locks the while`,
          });
        }
      },
    };
  },
};
