// add-unique T(A, B): the unique index is built CONCURRENTLY in its own migration (reads and writes go on), then
// ADD CONSTRAINT ... UNIQUE USING INDEX adopts it under a short lock instead of building one under an
// AccessExclusiveLock.
import { parseColumnList } from './addIndex';
import { knownTable, requireColumn } from './knownSchema';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, stepName, tableKey } from './names';
import { withLockTimeout } from './columnCopy';
import { ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

export function addUniquePlan(
  request: { kind: 'add-unique'; table: string; columns: readonly string[]; name?: string },
  context: ScaffoldContext,
): ScaffoldPlan {
  const table = parseTableName(request.table);
  const t = qualifiedSql(table);
  const columns = parseColumnList(request.columns, t);
  const known = knownTable(context.schema, tableKey(table));
  for (const column of columns) requireColumn(known, column, t);
  // The index carries the constraint's name from the start: USING INDEX would rename it anyway. The name as
  // written (a down script beside the statement drops it by that name), else PostgreSQL's.
  const name =
    request.name !== undefined
      ? parseColumnName(request.name, 'constraint')
      : derivedIdentifier(table.name, ...columns, 'key');
  const schema = table.schema ?? 'public';
  if (context.schema?.indexes.has(`${schema}.${name}`) || known?.constraints.has(name))
    throw new ScaffoldError(
      `${t} already has an index or constraint named ${quoteIdent(name)}. Drop or rename it first.`,
    );
  const spare = derivedIdentifier(name, 'rollback');

  const list = columns.map(quoteIdent).join(', ');
  const index = quoteIdent(name);
  return {
    request,
    title: `make ${t} (${list}) unique`,
    steps: [
      {
        phase: 'expand',
        deploy: 1,
        name: stepName('add', name, 'index'),
        summary: `Writes that would duplicate (${list}) in ${t} now fail; the index was built while reads and writes went on.`,
        up:
          '-- Fails on duplicate rows, leaving an INVALID index behind: run the down, remove the duplicates, run this again.\n' +
          `CREATE UNIQUE INDEX CONCURRENTLY ${index} ON ${t} (${list});\n`,
        down: `DROP INDEX CONCURRENTLY ${qualifiedSql({ schema: table.schema, name })};\n`,
        transactional: false,
      },
      {
        phase: 'expand',
        deploy: 1,
        name: stepName('add', name, 'constraint'),
        summary: `(${list}) is a UNIQUE constraint of ${t}, backed by the index built before (a short lock, no scan).`,
        up: withLockTimeout(`ALTER TABLE ${t} ADD CONSTRAINT ${index} UNIQUE USING INDEX ${index};\n`),
        // DROP CONSTRAINT drops the index it owns, but the state before had that index: build an identical one
        // first (this blocks writes, never reads, while it builds), then give it the index's name.
        down: withLockTimeout(
          `-- sluice-ignore require-concurrent-index: rollback only; dropping the constraint drops its index, and the migration before this one expects that index\n` +
            `CREATE UNIQUE INDEX ${quoteIdent(spare)} ON ${t} (${list});\n` +
            `ALTER TABLE ${t} DROP CONSTRAINT ${index};\n` +
            `ALTER INDEX ${qualifiedSql({ schema: table.schema, name: spare })} RENAME TO ${index};\n`,
        ),
        transactional: true,
      },
    ],
  };
}
