// What the schema replayed from earlier migrations says about the table a scaffold changes: enough to refuse a
// request that cannot be right (a column that is not there) and to write down steps that need the old shape.
import type { ColumnInfo, IndexInfo, SchemaModel, TableInfo } from '../../schema/model';
import { quoteIdent } from '../../syntax/quoteIdent';
import { ScaffoldError } from './plan';

/** The table, when the history shows all of it (a table touched by a DO block or unknown DDL is not). */
export function knownTable(schema: SchemaModel | undefined, key: string): TableInfo | undefined {
  const table = schema?.tables.get(key);
  return table?.complete ? table : undefined;
}

/** The column; fails when the history shows the whole table and it has no such column (`tableName` as SQL). */
export function requireColumn(table: TableInfo | undefined, column: string, tableName: string): ColumnInfo | undefined {
  if (!table) return undefined;
  const info = table.columns.get(column);
  if (!info)
    throw new ScaffoldError(
      `Table ${tableName} has no column ${quoteIdent(column)} in the schema the earlier migrations build ` +
        `(its columns: ${[...table.columns.keys()].map(quoteIdent).join(', ') || 'none'}). ` +
        'Check the spelling, or whether an earlier migration renamed or dropped it.',
    );
  return info;
}

/** A non-partial index on the table whose leading columns are exactly `columns` (in any order). */
export function leadingIndex(
  schema: SchemaModel | undefined,
  key: string,
  columns: readonly string[],
): IndexInfo | undefined {
  for (const index of schema?.indexes.values() ?? []) {
    if (index.table !== key || index.partial) continue;
    const leading = index.columns.slice(0, columns.length);
    if (leading.length === columns.length && columns.every((c) => leading.includes(c))) return index;
  }
  return undefined;
}
