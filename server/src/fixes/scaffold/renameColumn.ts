// rename-column T.C → N without breaking the running version: expand (add N, a trigger keeping C and N equal,
// batched copy), migrate (the application moves to N; NOT NULL and indexes follow), contract (trigger and C go).
import { cannotUndoNote } from '../cannotUndo';
import { batchedUpdateSql, DEFAULT_BATCH_SIZE, primaryKeyOf } from './backfill';
import {
  createSyncTriggerSql,
  DefaultMap,
  dropSyncTriggerSql,
  IndexCopy,
  indexCopySteps,
  indexesToCopy,
  KnownColumn,
  knownColumn,
  SyncSpec,
  markUniqueConstraints,
  moveDefaultSql,
  notCopiedNote,
  notNullSteps,
  restoreIndexesSql,
  typeSql,
  withLockTimeout,
} from './columnCopy';
import { parseColumnName, parseTableName, qualifiedSql, QualifiedName, stepName, tableKey } from './names';
import { ChangeRequest, ScaffoldContext, ScaffoldError, ScaffoldPlan, ScaffoldStep } from './plan';
import { writtenColumn } from './written';
import { quoteIdent } from '../../syntax/quoteIdent';

/** The step that only exists for its down: a no-op up (one statement, so every tool accepts the file). */
export const NOTHING_TO_DO = 'SELECT 1 AS sluice_nothing_to_do;\n';

export function renameColumnPlan(request: ChangeRequest, context: ScaffoldContext): ScaffoldPlan {
  if (request.kind !== 'rename-column')
    throw new ScaffoldError(`renameColumnPlan cannot build a ${request.kind} plan.`);
  const table = parseTableName(request.table);
  const from = parseColumnName(request.column);
  const to = parseColumnName(request.to, 'new column');
  if (from === to) throw new ScaffoldError(`The column is already called ${quoteIdent(to)}.`);
  const known = knownColumn(context, table, from, 'rename-column');
  if (known.table.columns.has(to))
    throw new ScaffoldError(`Table ${qualifiedSql(table)} already has a column ${quoteIdent(to)}.`);
  const type = typeSql(known.column.type, context.schema);
  return replaceColumnPlan({
    request,
    context,
    table,
    from,
    to,
    known,
    oldType: type,
    newType: type,
    backfill: quoteIdent(from),
    toNew: `NEW.${quoteIdent(from)}`,
    toOld: `NEW.${quoteIdent(to)}`,
    title: `rename ${qualifiedSql(table)}.${quoteIdent(from)} → ${qualifiedSql(table)}.${quoteIdent(to)}`,
  });
}

export interface ColumnReplacement {
  request: ChangeRequest;
  context: ScaffoldContext;
  table: QualifiedName;
  from: string;
  to: string;
  known: KnownColumn;
  oldType: string;
  newType: string;
  /** The new column's value as an expression of the row's columns (the batched copy). */
  backfill: string;
  /** The same in the sync trigger, of `NEW.<old>`. */
  toNew: string;
  /** The old column's value from `NEW.<new>`; undefined when it cannot be derived. */
  toOld?: string;
  /** toNew may map several old values to one new value (see SyncSpec.lossy). */
  lossy?: boolean;
  /** How the old column's default becomes the new one's and back (the types differ); absent: copied as is. */
  defaults?: { toNew: DefaultMap; toOld: DefaultMap };
  /** SQL comment lines put before the sync trigger in the expand step (what the user may have to adapt). */
  syncNote?: string;
  /** What the contract step's down cannot bring back (the old column is rebuilt from the new one by toOld). */
  rollbackLoses?: string;
  title: string;
}

/** Expand (new column, sync trigger, batched copy), migrate (NOT NULL, indexes), contract (drop the old one). */
export function replaceColumnPlan(r: ColumnReplacement): ScaffoldPlan {
  const { request, context, table, from, to, known } = r;
  const t = qualifiedSql(table);
  const type = r.newType;
  const sync: SyncSpec = {
    table,
    oldColumn: from,
    newColumn: to,
    toNew: r.toNew,
    toOld: r.toOld,
    lossy: r.lossy,
    pgVersion: context.pgVersion,
  };
  const triggerSql = (r.syncNote ?? '') + createSyncTriggerSql(sync);

  const expand: ScaffoldStep[] = [
    {
      phase: 'expand',
      deploy: 1,
      name: stepName('add', table.name, to),
      summary: `${quoteIdent(to)} exists beside ${quoteIdent(from)}; a trigger copies every write of either column to the other.`,
      up: withLockTimeout(`ALTER TABLE ${t} ADD COLUMN ${quoteIdent(to)} ${type};\n` + triggerSql),
      down: withLockTimeout(dropSyncTriggerSql(table, from, to) + `ALTER TABLE ${t} DROP COLUMN ${quoteIdent(to)};\n`),
      transactional: true,
    },
    copyStep(table, from, to, r.backfill, primaryKeyOf(context.schema, table)),
  ];

  const copies = indexesToCopy(context.schema, table, from, to);
  markUniqueConstraints(known, copies);
  const migrate: ScaffoldStep[] = [
    ...(known.column.notNull
      ? notNullSteps(table, to, 2, `${quoteIdent(from)} is NOT NULL, so is ${quoteIdent(to)}`)
      : []),
    ...indexCopySteps(table, copies, 2),
  ];
  const contractDeploy = migrate.length > 0 ? 3 : 2;
  const contract = contractStep(
    table,
    from,
    to,
    r.oldType,
    known,
    contractDeploy,
    notCopiedNote(known, copies, table, from),
    sync,
    copies.copied,
    r.rollbackLoses,
    defaultMoves(r),
  );

  return {
    request,
    title: r.title,
    steps: [...expand, ...migrate, contract],
  };
}

/**
 * The batched copy old → new: the migrate phase (moving the data), shipped with the expand deployment so that old and
 * new code both see every row when it ends. Its down has nothing to undo: the values go with the new column.
 */
export function copyStep(
  table: QualifiedName,
  from: string,
  to: string,
  expression: string,
  key: readonly string[] | undefined,
): ScaffoldStep {
  return {
    phase: 'migrate',
    deploy: 1,
    name: stepName('copy', table.name, from, 'to', to),
    summary: `existing rows have ${quoteIdent(to)} filled from ${quoteIdent(from)}, in batches of ${DEFAULT_BATCH_SIZE}, each its own transaction.`,
    up: batchedUpdateSql({
      table,
      assignments: [{ column: to, expression }],
      batchSize: DEFAULT_BATCH_SIZE,
      key,
    }),
    down:
      cannotUndoNote(
        `nothing to restore: the copied values of ${quoteIdent(to)} go with the column when the previous step's down drops it.`,
      ) + NOTHING_TO_DO,
    transactional: false,
  };
}

/** The contract step's SQL that gives the new column the old one's default (up) and the old one it back (down). */
interface DefaultMoves {
  up: string;
  down: string;
}

/**
 * When the type changes, the default as the migrations wrote it goes through the cast (or --using) to the new
 * column, and the down sets that text back exactly; when the text is unknown (or a sequence goes with it), the
 * catalog's expression is copied at deploy time, and the down can only bring the new default back through the
 * cast back.
 */
function defaultMoves(r: ColumnReplacement): DefaultMoves | undefined {
  const { table, from, to, known } = r;
  if (!known.column.hasDefault) return undefined;
  const t = qualifiedSql(table);
  const dropNew = `ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(to)} DROP DEFAULT;\n`;
  const written = writtenColumn(r.context, tableKey(table), known.column).defaultSql;
  if (r.defaults && written !== undefined && known.column.sequence === undefined)
    return {
      up: `ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(to)} SET DEFAULT ${r.defaults.toNew(written)};\n`,
      down: `ALTER TABLE ${t} ALTER COLUMN ${quoteIdent(from)} SET DEFAULT ${written};\n` + dropNew,
    };
  return {
    up: moveDefaultSql(table, from, to, r.defaults?.toNew),
    down:
      (r.defaults
        ? cannotUndoNote(
            `the default of ${quoteIdent(from)} could not be read from the migrations: it comes back as ${r.defaults.toOld(`<default of ${quoteIdent(to)}>`)}.`,
          )
        : '') +
      moveDefaultSql(table, to, from, r.defaults?.toOld) +
      dropNew,
  };
}

function contractStep(
  table: QualifiedName,
  from: string,
  to: string,
  type: string,
  known: KnownColumn,
  deploy: number,
  notCopied: string,
  sync: SyncSpec,
  copied: readonly IndexCopy[],
  rollbackLoses: string | undefined,
  defaults: DefaultMoves | undefined,
): ScaffoldStep {
  const t = qualifiedSql(table);
  const oldCol = quoteIdent(from);
  const up =
    dropSyncTriggerSql(table, from, to) +
    (defaults?.up ?? '') +
    notCopied +
    `-- sluice-ignore drop-column: the application reads and writes ${quoteIdent(to)} since the previous deployment\n` +
    `ALTER TABLE ${t} DROP COLUMN ${oldCol};\n`;
  const restoreIndexes = restoreIndexesSql(table, copied, from, to);
  const down =
    rollbackSuppression(known.column.notNull, copied) +
    (rollbackLoses ? cannotUndoNote(rollbackLoses) : '') +
    `ALTER TABLE ${t} ADD COLUMN ${oldCol} ${type};\n` +
    (defaults?.down ?? '') +
    `UPDATE ${t} SET ${oldCol} = ${(sync.toOld ?? 'NULL').replace(/NEW\./g, '')};\n` +
    (known.column.notNull ? `ALTER TABLE ${t} ALTER COLUMN ${oldCol} SET NOT NULL;\n` : '') +
    restoreIndexes +
    createSyncTriggerSql(sync);
  return {
    phase: 'contract',
    deploy,
    name: stepName('drop', table.name, from),
    summary: `only ${quoteIdent(to)} remains; ${quoteIdent(from)} and its sync trigger are gone.`,
    up: withLockTimeout(up),
    down: withLockTimeout(down),
    transactional: true,
  };
}

/**
 * A contract step's down rebuilds the old column whole (values, NOT NULL, indexes) in one transaction, under the
 * lock its ADD COLUMN takes: slow on a big table, and said so once for the file.
 */
export function rollbackSuppression(notNull: boolean, copied: readonly IndexCopy[]): string {
  const rules = ['unbatched-backfill', 'lock-held-during-slow-operation'];
  if (notNull) rules.push('set-not-null');
  if (copied.some((c) => !c.constraint)) rules.push('require-concurrent-index');
  if (copied.some((c) => c.constraint)) rules.push('unique-without-index');
  return (
    `-- sluice-ignore-file ${rules.join(', ')}: rolling back the contract step restores the old column with its ` +
    'data, NOT NULL and indexes before the previous version runs; the table stays locked until it is done\n'
  );
}
