// add-index T(A, B): one CREATE INDEX CONCURRENTLY, alone in its migration so no tool wraps it in a transaction
// (reads and writes go on while it builds); the down drops it the same way.
import { knownTable, leadingIndex, requireColumn } from './knownSchema';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, stepName, tableKey } from './names';
import { ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

/** The columns as PostgreSQL reads them; at least one, none twice (`table`: the table as SQL, for messages). */
export function parseColumnList(columns: readonly string[], table: string): string[] {
  if (columns.length === 0) throw new ScaffoldError(`Name at least one column of ${table}, e.g. --columns a,b.`);
  const parsed = columns.map((c) => parseColumnName(c));
  const twice = parsed.find((c, i) => parsed.indexOf(c) !== i);
  if (twice !== undefined) throw new ScaffoldError(`Column ${quoteIdent(twice)} is listed twice for ${table}.`);
  return parsed;
}

export function addIndexPlan(
  request: { kind: 'add-index'; table: string; columns: readonly string[]; name?: string },
  context: ScaffoldContext,
): ScaffoldPlan {
  const table = parseTableName(request.table);
  const t = qualifiedSql(table);
  const columns = parseColumnList(request.columns, t);
  const key = tableKey(table);
  const known = knownTable(context.schema, key);
  for (const column of columns) requireColumn(known, column, t);
  const list = columns.map(quoteIdent).join(', ');
  const name =
    request.name !== undefined
      ? parseColumnName(request.name, 'index')
      : derivedIdentifier(table.name, ...columns, 'idx');
  const indexKey = `${table.schema ?? 'public'}.${name}`;
  if (context.schema?.indexes.has(indexKey))
    throw new ScaffoldError(
      `An index named ${quoteIdent(name)} already exists: IF NOT EXISTS would skip the build and the down would drop that index. Drop or rename it first.`,
    );
  const existing = leadingIndex(context.schema, key, columns);
  if (existing && existing.columns.length === columns.length)
    throw new ScaffoldError(`${t} (${list}) is already indexed by ${quoteIdent(existing.name)}.`);

  const index = qualifiedSql({ schema: table.schema, name });
  return {
    request,
    title: `index ${t} (${list})`,
    steps: [
      {
        phase: 'expand',
        deploy: 1,
        name: stepName('add', name),
        summary: `Queries on ${t} by ${list} can use ${quoteIdent(name)}; reads and writes went on while it was built.`,
        up:
          '-- A build that fails or is cancelled leaves an INVALID index that IF NOT EXISTS would then skip: run the down, then this again.\n' +
          `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${quoteIdent(name)} ON ${t} (${list});\n`,
        down: `DROP INDEX CONCURRENTLY IF EXISTS ${index};\n`,
        transactional: false,
      },
    ],
  };
}
