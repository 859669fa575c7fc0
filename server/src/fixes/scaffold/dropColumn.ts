// drop-column T.C as expand/contract. Deploy 1 ships the application version that no longer uses C (and, when
// C is NOT NULL, DROP NOT NULL so that version can insert without it); a later deployment drops the column, after
// the indexes on it (CONCURRENTLY, each in its own migration, so their rollbacks rebuild them the same way).
// The rollback of the drop can bring the column back (type, default, indexes), never its values: it says so in a
// marked comment, and the rollback of deploy 1 then leaves the emptied column nullable (it cannot hold NOT NULL).
import type { ColumnInfo, IndexInfo, TypeInfo } from '../../schema/model';
import { cannotUndoNote, rollbackOnlyIgnore } from '../cannotUndo';
import { concurrentIndexSql } from '../rollback/invert';
import { knownTable, requireColumn } from './knownSchema';
import { parseColumnName, parseTableName, qualifiedSql, quoteLiteral, stepName, tableKey } from './names';
import { withLockTimeout } from './columnCopy';
import { ScaffoldContext, ScaffoldError, ScaffoldPlan, ScaffoldStep } from './plan';
import { writtenColumn, writtenConstraintDefinition, writtenIndexDefinition } from './written';
import { quoteIdent, quoteTypeName } from '../../syntax/quoteIdent';

/** The type as SQL: `varchar(50)`, `numeric(10,2)`, `int4[]`. The model keeps the last part of its name only. */
function typeSql(type: TypeInfo, where: string): string {
  // Interval modifiers encode the field list (`interval day to second`) as a bit mask the model cannot print.
  if (type.name === 'interval' && type.mods.length > 0)
    throw new ScaffoldError(`${where} has an interval type with fields or precision that Sluice cannot write back.`);
  const mods = type.mods.length > 0 ? `(${type.mods.join(', ')})` : '';
  return `${quoteTypeName(type.name)}${mods}${'[]'.repeat(type.arrayDims)}`;
}

/** As the migration wrote it when known, except serial types: those would create a sequence and fill every row. */
function columnTypeSql(type: TypeInfo, where: string): string {
  return type.sql !== undefined && !/serial/i.test(type.sql) ? type.sql : typeSql(type, where);
}

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, ' ').replace(/;\s*$/, '').trim();
}

/**
 * The rollback of DROP NOT NULL. Right after it, SET NOT NULL (it fails, naming the column, if a row written since
 * has NULL). After the contract step's rollback every row is NULL (the values are gone): the column stays
 * nullable, with a warning, so the chain of rollbacks still runs on a table with rows.
 */
function restoreNotNullSql(t: string, c: string, where: string): string {
  const warning = `sluice: cannot undo: ${where} stays nullable: every row has NULL in it (the rollback of its drop brought it back empty)`;
  let tag = '$sluice$';
  for (let i = 1; `${t} ${c}`.includes(tag); i++) tag = `$sluice${i}$`;
  return (
    `-- sluice-ignore set-not-null: rollback only; it reads ${t} once under the lock, and fails if a row written since has ${c} NULL\n` +
    `DO ${tag}\n` +
    'BEGIN\n' +
    `  IF EXISTS (SELECT FROM ${t} WHERE ${c} IS NULL) AND NOT EXISTS (SELECT FROM ${t} WHERE ${c} IS NOT NULL) THEN\n` +
    `    RAISE WARNING '%', ${quoteLiteral(warning)};\n` +
    '  ELSE\n' +
    `    ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;\n` +
    '  END IF;\n' +
    'END\n' +
    `${tag};\n`
  );
}

export function dropColumnPlan(
  request: { kind: 'drop-column'; table: string; column: string },
  context: ScaffoldContext,
): ScaffoldPlan {
  const table = parseTableName(request.table);
  const column = parseColumnName(request.column);
  const t = qualifiedSql(table);
  const c = quoteIdent(column);
  const where = `${t}.${c}`;
  const known = knownTable(context.schema, tableKey(table));
  const replayed: ColumnInfo | undefined = requireColumn(known, column, t);
  if (!known || !replayed)
    throw new ScaffoldError(
      `The rollback of drop-column re-creates ${where}, so Sluice needs its type, but the earlier migrations do not show all of table ${t}. ` +
        'Scaffold it in the folder whose migrations create the table, or write the drop by hand.',
    );
  const info = writtenColumn(context, known.key, replayed);
  const usedBy = [...known.constraints.values()].filter((c) => c.kind !== 'notnull' && c.columns.includes(column));
  if (usedBy.some((c) => c.kind === 'primary'))
    throw new ScaffoldError(`${where} is part of the primary key of ${t}: change the primary key first.`);
  const indexes: IndexInfo[] = [...(context.schema?.indexes.values() ?? [])].filter(
    (i) => i.table === known.key && i.columns.includes(column) && !usedBy.some((c) => c.name === i.name),
  );
  const rebuilt = indexes.flatMap((index) => {
    const definition = writtenIndexDefinition(context, index);
    return definition !== undefined ? [{ index, definition: definition.trim().replace(/;$/, '') }] : [];
  });
  const unknownIndexes = indexes.filter((i) => !rebuilt.some((r) => r.index === i));

  const steps: ScaffoldStep[] = [];
  if (info.notNull) {
    steps.push({
      phase: 'expand',
      deploy: 1,
      name: stepName('drop', table.name, column, 'not_null'),
      summary: `${c} may be NULL: the application version that no longer writes ${c} can insert; the version still running keeps writing it. Ship this with the application version that stops reading and writing ${c}.`,
      up: withLockTimeout(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;\n`),
      down: withLockTimeout(restoreNotNullSql(t, c, where)),
      transactional: true,
    });
  }
  const lost = [
    cannotUndoNote(
      `the up migration deleted every value of ${where}; this brings the column back with NULL in every row.`,
    ),
    info.hasDefault && info.defaultSql === undefined
      ? cannotUndoNote(
          `${where} had a DEFAULT that Sluice could not read from the migrations: add it back by hand (ALTER TABLE ... ALTER COLUMN ... SET DEFAULT ...).`,
        )
      : '',
    ...usedBy.map((u) =>
      cannotUndoNote(
        `constraint ${quoteIdent(u.name)} on ${where} was dropped with the column: re-create it by hand${u.definition ? ` (${oneLine(u.definition)})` : ''}.`,
      ),
    ),
    info.notNull
      ? cannotUndoNote(
          `${where} was NOT NULL: with NULL in every row it cannot be again, so the rollback of deploy 1 leaves it nullable (with a warning).`,
        )
      : '',
    ...usedBy.map((u) => {
      const definition = writtenConstraintDefinition(context, known.key, u);
      return cannotUndoNote(
        `constraint ${quoteIdent(u.name)} on ${where} was dropped with the column: re-create it by hand${definition ? ` (${oneLine(definition)})` : ''}.`,
      );
    }),
    ...unknownIndexes.map((i) =>
      cannotUndoNote(`index ${quoteIdent(i.name)} on ${where} was dropped with the column: re-create it by hand.`),
    ),
  ].join('');
  const deploy = steps.length + 1;
  // The indexes go first, each in a migration of its own: DROP INDEX CONCURRENTLY waits for no query, and the
  // rollback builds each again CONCURRENTLY after the column is back (a partitioned table's cannot: it is built
  // inside the column's rollback).
  for (const { index, definition } of rebuilt.filter((r) => !known.partitioned)) {
    steps.push({
      phase: 'contract',
      deploy,
      name: stepName('drop', index.name),
      summary: `${quoteIdent(index.name)} (on ${c}) is gone; reads and writes went on while it was dropped.`,
      up: `DROP INDEX CONCURRENTLY IF EXISTS ${qualifiedSql({ schema: table.schema, name: index.name })};\n`,
      down:
        '-- A build that fails or is cancelled leaves an INVALID index: drop it, then run this again.\n' +
        `${concurrentIndexSql(definition)};\n`,
      transactional: false,
    });
  }
  const inLock = known.partitioned
    ? rebuilt
        .map(
          ({ definition }) =>
            rollbackOnlyIgnore(
              'require-concurrent-index',
              `${t} is partitioned, where CONCURRENTLY fails; the column was just re-added with NULL in every row\n`,
            ) + `${definition};\n`,
        )
        .join('')
    : '';
  steps.push({
    phase: 'contract',
    deploy,
    name: stepName('drop', table.name, column),
    summary: `${c} is gone from ${t}. Ship this only once no running application version reads or writes ${c}${deploy > 1 ? ` (deploy ${deploy - 1} shipped the version that stopped)` : ''}.`,
    up: withLockTimeout(
      `-- sluice-ignore drop-column: contract step; the application version deployed before this no longer reads or writes ${c}\n` +
        `ALTER TABLE ${t} DROP COLUMN ${c};\n`,
    ),
    // The default goes back as its own command: existing rows stay NULL (their values are gone) and a volatile
    // default does not rewrite the table.
    down:
      lost +
      withLockTimeout(
        `ALTER TABLE ${t} ADD COLUMN ${c} ${columnTypeSql(info.type, where)};\n` +
          (info.defaultSql !== undefined
            ? `ALTER TABLE ${t} ALTER COLUMN ${c} SET DEFAULT ${info.defaultSql};\n`
            : '') +
          inLock,
      ),
    transactional: true,
  });
  return { request, title: `drop ${where}`, steps };
}
