import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import type { SchemaModel } from '../schema/model';
import { indexesOfTable } from '../schema/tableIndexes';
import type { Rule, StatementContext } from './rule';
import { perStatement } from '../facts/perStatement';
import { tableChanges } from './tableChanges';

interface ForeignKey {
  statement: number;
  /** The table's key and the columns' names now: later renames (and SET SCHEMA) in the unit are followed. */
  table: string;
  columns: string[];
  /** As the declaring statement names them (the message quotes it). */
  tableName: string;
  declaredColumns: string[];
  /** Every column was added in this migration: no index on it can exist from before. */
  newColumns: boolean;
  /**
   * Earlier names of a table the schema does not know: its replay does not move such a table's indexes, so
   * those made under an old name stay there.
   */
  formerly?: readonly { table: string; columns: string[] }[];
  /** DROP TABLE dropped it, judged as it stood then (a table later renamed to its name is another one). */
  dropped?: { unindexed: boolean };
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
      // An ON ONLY index of the table itself is invalid until each partition has one attached: it counts when
      // each partition the history shows has such an index (PostgreSQL 15: its lookups scan partitions without).
      if (index.onlyParent && !partitionsIndexed(schema, table, columns)) continue;
      if (index.partial && !index.excludesNullsOf?.every((c) => columns.includes(c))) continue;
      const leading = index.columns.slice(0, columns.length);
      if (leading.length === columns.length && columns.every((c) => leading.includes(c))) return true;
    }
  }
  return false;
}

function partitionsIndexed(schema: SchemaModel, table: string, columns: string[]): boolean {
  for (const t of schema.tables.values())
    if (t.partitionOf === table && !hasLeadingIndex(schema, t.key, columns)) return false;
  return true;
}

/**
 * No index starts with the foreign key's columns. Judged only where the indexes are all known: a table from before
 * the history may have one already, unless the columns are new in this migration.
 */
function unindexed(schema: SchemaModel, fk: ForeignKey): boolean {
  if (!(schema.tables.get(fk.table)?.complete || fk.newColumns)) return false;
  const names = [{ table: fk.table, columns: fk.columns }, ...(fk.formerly ?? [])];
  return !names.some((n) => hasLeadingIndex(schema, n.table, n.columns));
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

    /** The pending foreign keys on the table a rename, SET SCHEMA or DROP TABLE changes, as it leaves them. */
    const followRenames = (ctx: StatementContext): void => {
      const moved = ctx.facts.renamesTable;
      const changes = tableChanges(ctx.kind, ctx.ast);
      if (!moved && changes.length === 0) return;
      const follow = (fk: ForeignKey): ForeignKey => {
        if (fk.dropped) return fk;
        if (moved?.from === fk.table) {
          const formerly = ctx.schema.tables.has(fk.table)
            ? fk.formerly
            : [...(fk.formerly ?? []), { table: fk.table, columns: fk.columns }];
          return { ...fk, table: moved.to, ...(formerly ? { formerly } : {}) };
        }
        for (const change of changes) {
          if (change.table.key !== fk.table) continue;
          if (change.type === 'drop-table') return { ...fk, dropped: { unindexed: unindexed(ctx.schema, fk) } };
          if (change.type === 'rename-column' && fk.columns.includes(change.column))
            return { ...fk, columns: fk.columns.map((c) => (c === change.column ? change.newName : c)) };
        }
        return fk;
      };
      for (const [statement, fks] of [...pending]) {
        const followed = fks.map(follow);
        if (followed.some((fk, i) => fk !== fks[i])) pending.set(statement, followed);
      }
    };
    return {
      unitStart() {
        pending.clear();
      },
      statement(ctx) {
        if (ctx.kind === 'RenameStmt' || ctx.kind === 'AlterObjectSchemaStmt' || ctx.kind === 'DropStmt') {
          followRenames(ctx);
          return;
        }
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
            columns: fk.columns,
            tableName: table.name,
            declaredColumns: fk.columns,
            newColumns: fk.columns.every((c) => here.includes(c) || added.has(table, c)),
          })),
        );
      },
      // Judged at the end: an index created later in the same migration counts.
      unitEnd(unit) {
        for (const fk of [...pending.values()].flat()) {
          if (!(fk.dropped ? fk.dropped.unindexed : unindexed(unit.schema, fk))) continue;
          unit.report(fk.statement, {
            message: `Foreign key on ${fk.tableName} (${fk.declaredColumns.map(quoteIdent).join(', ')}) has no index starting with those columns: each DELETE or key UPDATE on the referenced table scans ${fk.tableName}, holding its locks all the while`,
          });
        }
      },
    };
  },
};
