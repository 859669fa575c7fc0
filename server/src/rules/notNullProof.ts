import type { TableInfo } from '../schema/model';

/**
 * Whether SET NOT NULL on the column can skip its scan: the column is NOT NULL already, or (PostgreSQL 12+) a
 * validated CHECK proves it, `col IS NOT NULL` alone or among AND-ed conditions. `droppedHere`: constraints the
 * same ALTER TABLE drops, which PostgreSQL drops before it sets NOT NULL (so they prove nothing).
 */
export function provenNotNull(
  table: TableInfo | undefined,
  column: string,
  pgVersion: number,
  droppedHere?: ReadonlySet<string>,
): boolean {
  if (!table) return false;
  if (table.columns.get(column)?.notNull) return true; // already NOT NULL: PostgreSQL does nothing
  if (pgVersion < 12) return false;
  for (const c of table.constraints.values()) {
    if (droppedHere?.has(c.name)) continue;
    if (c.kind === 'check' && c.validated && (c.notNullColumn === column || c.provesNotNull?.includes(column)))
      return true;
  }
  return false;
}
