// change-type T.C TYPE: a new column `<C>_new` of the new type lives beside C (two-way sync: casts both ways),
// is filled in batches, takes over NOT NULL and indexes, and C is dropped at contract. The final column keeps the
// name `<C>_new`: renaming it back to C in the same contract would break the running version that uses
// `<C>_new`; scaffold rename-column `<C>_new` → C afterwards if the old name matters.
import { knownColumn, typeSql } from './columnCopy';
import { derivedIdentifier, parseColumnName, parseTableName, qualifiedSql, quoteIdentifier } from './names';
import { ChangeRequest, ScaffoldContext, ScaffoldError, ScaffoldPlan } from './plan';
import { replaceColumnPlan } from './renameColumn';

export function changeTypePlan(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  if (request.kind !== 'change-type') throw new ScaffoldError(`changeTypePlan cannot build a ${request.kind} plan.`);
  const table = parseTableName(request.table);
  const from = parseColumnName(request.column);
  if (!/^[A-Za-z_"][\w\s".,()[\]]*$/.test(request.type.trim()))
    throw new ScaffoldError(
      `The type ${JSON.stringify(request.type)} is not a type name (e.g. bigint, numeric(12,2), text[]).`,
    );
  if (request.using !== undefined)
    throw new ScaffoldError(
      'change-type with --using is not supported yet: the rollback needs an inverse expression to restore the old column. ' +
        'Without --using the new column is filled by a cast, and the old one is kept in step by the cast back.',
    );
  const known = knownColumn(context, table, from, 'change-type');
  const to = derivedIdentifier(from, 'new');
  if (known.table.columns.has(to))
    throw new ScaffoldError(
      `Table ${qualifiedSql(table)} already has a column ${quoteIdentifier(to)}; drop or rename it first.`,
    );
  const oldType = typeSql(known.column.type, context.schema);
  const newType = request.type.trim();
  const oldCol = quoteIdentifier(from);
  const newCol = quoteIdentifier(to);
  return replaceColumnPlan({
    request,
    context,
    table,
    from,
    to,
    known,
    oldType,
    newType,
    backfill: `${oldCol}::${newType}`,
    toNew: `NEW.${oldCol}::${newType}`,
    toOld: `NEW.${newCol}::${oldType}`,
    title: `change ${qualifiedSql(table)}.${oldCol} from ${oldType} to ${newType} (as ${to})`,
  });
}
