// add-foreign-key T.C → T2(C2): an index on T.C first (CONCURRENTLY, its own migration) so deletes on T2 do not
// scan T, the constraint NOT VALID (a short lock; new rows are checked), then VALIDATE in its own migration
// (existing rows are checked while reads and writes go on).
import { knownTable, leadingIndex, requireColumn } from './knownSchema';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, stepName, tableKey } from './names';
import { withLockTimeout } from './columnCopy';
import { ScaffoldContext, ScaffoldError, ScaffoldPlan, ScaffoldStep } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

export function addForeignKeyPlan(
  request: {
    kind: 'add-foreign-key';
    table: string;
    column: string;
    references: { table: string; column: string };
    name?: string;
    options?: string;
  },
  context: ScaffoldContext,
): ScaffoldPlan {
  const table = parseTableName(request.table);
  const column = parseColumnName(request.column);
  const target = parseTableName(request.references.table);
  const targetColumn = parseColumnName(request.references.column);
  const key = tableKey(table);
  const t = qualifiedSql(table);
  const c = quoteIdent(column);
  const referenced = `${qualifiedSql(target)}.${quoteIdent(targetColumn)}`;
  const known = knownTable(context.schema, key);
  requireColumn(known, column, t);
  const knownTarget = knownTable(context.schema, tableKey(target));
  requireColumn(knownTarget, targetColumn, qualifiedSql(target));
  if (knownTarget) {
    const unique =
      [...knownTarget.constraints.values()].some(
        (c) => (c.kind === 'unique' || c.kind === 'primary') && c.columns.length === 1 && c.columns[0] === targetColumn,
      ) ||
      [...(context.schema?.indexes.values() ?? [])].some(
        (i) =>
          i.table === knownTarget.key &&
          i.unique &&
          !i.partial &&
          i.columns.length === 1 &&
          i.columns[0] === targetColumn,
      );
    if (!unique)
      throw new ScaffoldError(
        `${referenced} is neither a primary key nor unique: PostgreSQL refuses a foreign key that references it. Make it unique first (sluice scaffold add-unique).`,
      );
  }

  // The name as written (a down script beside the statement drops it by that name), else PostgreSQL's.
  const name =
    request.name !== undefined
      ? parseColumnName(request.name, 'constraint')
      : derivedIdentifier(table.name, column, 'fkey');
  if (known?.constraints.has(name))
    throw new ScaffoldError(`${t} already has a constraint named ${quoteIdent(name)}. Drop or rename it first.`);
  const fk = quoteIdent(name);
  const options = request.options?.trim() ? ` ${request.options.trim()}` : '';
  const addConstraint = `ALTER TABLE ${t} ADD CONSTRAINT ${fk} FOREIGN KEY (${c}) REFERENCES ${qualifiedSql(target)} (${quoteIdent(targetColumn)})${options} NOT VALID;\n`;
  const dropConstraint = `ALTER TABLE ${t} DROP CONSTRAINT ${fk};\n`;
  const validate = `ALTER TABLE ${t} VALIDATE CONSTRAINT ${fk};\n`;
  const steps: ScaffoldStep[] = [];

  if (!leadingIndex(context.schema, key, [column])) {
    const name = derivedIdentifier(table.name, column, 'idx');
    if (context.schema?.indexes.has(`${table.schema ?? 'public'}.${name}`))
      throw new ScaffoldError(
        `An index named ${quoteIdent(name)} exists but does not start with ${c}. Drop or rename it first.`,
      );
    steps.push({
      phase: 'expand',
      deploy: 1,
      name: stepName('add', name),
      summary: `${t}.${c} is indexed (built while reads and writes went on): the foreign key's checks on deletes from ${qualifiedSql(target)} use it.`,
      up:
        '-- A build that fails or is cancelled leaves an INVALID index that IF NOT EXISTS would then skip: run the down, then this again.\n' +
        `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${quoteIdent(name)} ON ${t} (${c});\n`,
      down: `DROP INDEX CONCURRENTLY IF EXISTS ${qualifiedSql({ schema: table.schema, name })};\n`,
      transactional: false,
    });
  }
  steps.push(
    {
      phase: 'expand',
      deploy: 1,
      name: stepName('add', name),
      summary: `New and updated rows of ${t} must reference an existing ${referenced}; rows already there are not checked yet.`,
      up: withLockTimeout(addConstraint),
      down: withLockTimeout(dropConstraint),
      transactional: true,
    },
    {
      phase: 'migrate',
      deploy: 1,
      name: stepName('validate', name),
      summary: `Every existing row is checked while reads and writes go on; this fails, naming the constraint, if a row references a missing ${referenced}: fix those rows, then run it again.`,
      up: withLockTimeout(validate),
      // A constraint cannot be un-validated: put it back exactly as it was, NOT VALID (no scan).
      down: withLockTimeout(dropConstraint + addConstraint),
      transactional: true,
    },
  );
  return {
    request,
    title: `${t}.${c} references ${qualifiedSql(target)}(${quoteIdent(targetColumn)})`,
    steps,
  };
}
