// The indexes of one table. Rules ask this for statements all over a migration (every keyed UPDATE/DELETE, every
// foreign key, every type change): scanning every index of the schema each time made a 50,000-statement lint
// quadratic (~2.5 s → ~12 s), and in the editor each scan was recorded as a read of the whole index map, so any
// new index anywhere made those looks run again. The schema being replayed keeps the lookup (SchemaBuilder); a
// model without one (a cached history) is scanned.
import type { IndexInfo, SchemaModel } from './model';

export function indexesOfTable(schema: SchemaModel, table: string): readonly IndexInfo[] {
  if (schema.indexesOf) return schema.indexesOf(table);
  const found: IndexInfo[] = [];
  for (const index of schema.indexes.values()) if (index.table === table) found.push(index);
  return found;
}
