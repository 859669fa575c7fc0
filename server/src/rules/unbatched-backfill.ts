import { blockedWork, blocksReadsOrWrites, LockMode, lockStrength } from '../facts/locks';
import { relationRef } from '../facts/statementFacts';
import type { LockFact } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { utf8ToUtf16Offset } from '../syntax/positions';
import { describeOperation } from './describe';
import type { Rule, StatementContext, UnitContext } from './rule';
import { keyedByConstant } from './keyedByConstant';
import { RowWrite, rowWrites } from './rowWrites';
import { schemaLocks } from './transactionLocks';

/** Statements that read or write rows, only lock, or maintain: not DDL. */
const NOT_DDL = new Set([
  'InsertStmt',
  'UpdateStmt',
  'DeleteStmt',
  'MergeStmt',
  'SelectStmt',
  'LockStmt',
  'CopyStmt',
  'ExplainStmt',
  'VacuumStmt', // VACUUM and ANALYZE: maintenance, not a schema change
]);

function withArticle(lock: LockMode): string {
  return `${/^[AEIOU]/.test(lock) ? 'an' : 'a'} ${lock}`;
}

interface Ddl {
  what: string;
  lock: LockMode;
  /** The table's name when the lock was taken (a later RENAME carries the lock to the new name). */
  on: string;
}

/** Offsets within the statement; the whole statement when absent. */
interface Range {
  start?: number;
  end?: number;
}

interface PendingWrite extends Range {
  index: number;
  verb: RowWrite['verb'];
  table: string;
}

/** A table name as written, qualified and quoted or not. */
const NAME = /^(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{N}_$]*)(?:\s*\.\s*(?:"(?:[^"]|"")*"|[\p{L}_][\p{L}\p{N}_$]*))*/u;

/**
 * Where a write in a WITH query is: from its verb to its table's name (`UPDATE users`, `DELETE FROM ONLY logs`,
 * `MERGE INTO logs`).
 * The statement's own write is the whole statement.
 */
function writeRange(ctx: StatementContext, relation: AstNode): Range {
  if (relation === ctx.ast.relation || typeof relation.location !== 'number' || relation.location < 0) return {};
  const text = ctx.statement.text;
  const name = utf8ToUtf16Offset(text, relation.location);
  let verb = -1;
  for (const m of text.slice(0, name).matchAll(/\b(?:update|delete|merge)\b/gi)) verb = m.index ?? -1;
  const written = NAME.exec(text.slice(name));
  return verb < 0 || !written ? {} : { start: verb, end: name + written[0].length };
}

export const unbatchedBackfill: Rule = {
  meta: {
    id: 'unbatched-backfill',
    severity: 'warning',
    summary:
      'UPDATE or DELETE of an existing table with no WHERE (every row in one transaction), or in the same transaction as DDL on that table (the DDL lock is held for the whole backfill).',
    safeWay:
      'Backfill in batches outside the schema-change transaction: a few thousand rows per statement (WHERE id IN (SELECT id ... WHERE <not yet done> LIMIT 5000)), each batch its own transaction, repeated until it changes 0 rows; run the DDL in its own migration.',
  },
  create: (state) => {
    let unit: UnitContext | undefined;
    // Within the open transaction: DDL per table key, and filtered writes that a later DDL would make unsafe.
    const ddl = state.map<string, Ddl>();
    const writes = state.map<string, readonly PendingWrite[]>(); // by table key
    const endTransaction = (): void => {
      if (ddl.size > 0) ddl.clear();
      if (writes.size > 0) writes.clear();
    };
    const lookAtWrite = (ctx: StatementContext, { verb, relation, where }: RowWrite): void => {
      const table = relationRef(relation, 'table');
      if (!table || !ctx.isPreExisting(table)) return;
      const range = writeRange(ctx, relation);
      if (!where) {
        ctx.report({
          message: `${verb} of every row of ${table.name} in one statement (no WHERE): it locks each row it changes until the transaction commits, so the running application's writes to those rows wait, and it writes a new version of every row at once (WAL, replica lag, bloat). It takes a RowExclusiveLock on ${table.name}.`,
          lock: 'RowExclusiveLock',
          ...range,
        });
        return;
      }
      if (!ctx.inTransaction) return;
      // One row found by its key (an admin row, Alembic's version row) is not a backfill.
      if (keyedByConstant(where, ctx.schema, table.key)) return;
      const before = ddl.get(table.key);
      if (before) {
        const on = before.on === table.name ? table.name : `${before.on} (now ${table.name})`;
        ctx.report({
          message: `${verb} of ${table.name} in the same transaction as an earlier ${before.what}: the ${before.lock} it took on ${on} is held until commit, so the running application's ${blockedWork(before.lock)} on ${table.name} wait for the whole backfill.`,
          lock: before.lock,
          ...range,
        });
        return;
      }
      const pending: PendingWrite = { index: ctx.index, verb, table: table.name, ...range };
      writes.set(table.key, [...(writes.get(table.key) ?? []), pending]);
    };
    const lookAtDdl = (ctx: StatementContext): void => {
      // The locks the statement takes on the tables it names, and those the schema says it takes on others (the
      // table a dropped foreign key references, the DEFAULT partition of a partition attached or created).
      const locks: readonly (LockFact & { by?: string })[] = [
        ...ctx.facts.locks,
        ...schemaLocks(ctx).filter((l) => !l.gone),
      ];
      // The statement's words, only when a message may need them (most DDL here names no table with a backfill).
      let own: string | undefined;
      const byOf = (lock: { by?: string }): string => lock.by ?? (own ??= describeOperation(ctx.kind, ctx.ast));
      for (const lock of locks) {
        // DDL that blocks neither reads nor writes (VALIDATE CONSTRAINT, SET STATISTICS: ShareUpdateExclusiveLock)
        // makes no application query wait, before or after the backfill.
        if (!blocksReadsOrWrites(lock.mode) || !ctx.isPreExisting(lock.relation)) continue;
        // DROP INDEX locks the index's table (queries on the table plan with its indexes).
        const relation = lock.relation.kind === 'index' ? ctx.transactionLocks.target(lock.relation) : lock.relation;
        if (relation.kind !== 'table') continue;
        const key = relation.key;
        // The strongest lock held on the table is what the backfill waits behind (the first to take it names it).
        const held = ddl.get(key);
        if (!held || lockStrength(lock.mode) > lockStrength(held.lock))
          ddl.set(key, { what: byOf(lock), lock: lock.mode, on: relation.name });
        for (const w of writes.get(key) ?? []) {
          unit?.report(w.index, {
            message: `${w.verb} of ${w.table} in the same transaction as a later ${byOf(lock)}: the backfill's row locks are held until commit, and ${byOf(lock)} then waits for ${withArticle(lock.mode)} on ${w.table} while holding them, so the running application's queries on ${w.table} queue behind it until the transaction ends.`,
            lock: lock.mode,
            start: w.start,
            end: w.end,
          });
        }
        if (writes.has(key)) writes.delete(key);
      }
      // A renamed table keeps its locks: a later statement reaches them by the new name.
      const renamed = ctx.facts.renamesTable;
      const moved = renamed && ddl.get(renamed.from);
      if (renamed && moved) {
        ddl.delete(renamed.from);
        ddl.set(renamed.to, moved);
      }
    };
    const look = (ctx: StatementContext): void => {
      const t = ctx.facts.transaction;
      // A statement outside any transaction means the one before (if any) has ended.
      if (!ctx.inTransaction) endTransaction();
      if (t === 'commit' || t === 'rollback' || t === 'prepare') {
        endTransaction();
        return;
      }
      const written = rowWrites(ctx.ast, ctx.kind);
      if (written.length > 0) {
        for (const write of written) lookAtWrite(ctx, write);
        return;
      }
      if (NOT_DDL.has(ctx.kind) || !ctx.inTransaction) return;
      lookAtDdl(ctx);
    };
    return {
      unitStart(ctx) {
        unit = ctx;
        endTransaction();
      },
      statement(ctx) {
        look(ctx);
        // The end of a Liquibase changeset commits what it did, as a COMMIT would.
        if (ctx.endsToolTransaction) endTransaction();
      },
    };
  },
};
