import { blockedWork, blocksReadsOrWrites, LockMode } from '../facts/locks';
import { relationRef } from '../facts/statementFacts';
import type { Rule, StatementContext, UnitContext } from './rule';
import { keyedByConstant } from './keyedByConstant';
import { RowWrite, rowWrites } from './rowWrites';

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

const DDL_NAMES: Record<string, string> = {
  AlterTableStmt: 'ALTER TABLE',
  RenameStmt: 'ALTER TABLE ... RENAME',
  IndexStmt: 'CREATE INDEX',
  CreateStmt: 'CREATE TABLE',
  CreateTrigStmt: 'CREATE TRIGGER',
  TruncateStmt: 'TRUNCATE',
  DropStmt: 'DROP',
  ClusterStmt: 'CLUSTER',
  ReindexStmt: 'REINDEX',
};

function withArticle(lock: LockMode): string {
  return `${/^[AEIOU]/.test(lock) ? 'an' : 'a'} ${lock}`;
}

interface Ddl {
  what: string;
  lock: LockMode;
}

interface PendingWrite {
  index: number;
  verb: 'UPDATE' | 'DELETE';
  table: string;
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
      if (!where) {
        ctx.report({
          message: `${verb} of every row of ${table.name} in one statement (no WHERE): it locks each row it changes until the transaction commits, so the running application's writes to those rows wait, and it writes a new version of every row at once (WAL, replica lag, bloat). It takes a RowExclusiveLock on ${table.name}.`,
          lock: 'RowExclusiveLock',
        });
        return;
      }
      if (!ctx.inTransaction) return;
      // One row found by its key (an admin row, Alembic's version row) is not a backfill.
      if (keyedByConstant(where, ctx.schema.tables.get(table.key), table.key)) return;
      const before = ddl.get(table.key);
      if (before) {
        ctx.report({
          message: `${verb} of ${table.name} in the same transaction as an earlier ${before.what} on it: the ${before.lock} that ${before.what} took on ${table.name} is held until commit, so the running application's ${blockedWork(before.lock)} on ${table.name} wait for the whole backfill.`,
          lock: before.lock,
        });
        return;
      }
      const pending: PendingWrite = { index: ctx.index, verb, table: table.name };
      writes.set(table.key, [...(writes.get(table.key) ?? []), pending]);
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
      const what = DDL_NAMES[ctx.kind] ?? ctx.kind.replace(/Stmt$/, '');
      for (const lock of ctx.facts.locks) {
        // DDL that blocks neither reads nor writes (VALIDATE CONSTRAINT, SET STATISTICS: ShareUpdateExclusiveLock)
        // makes no application query wait, before or after the backfill.
        if (!blocksReadsOrWrites(lock.mode)) continue;
        if (lock.relation.kind !== 'table' || !ctx.isPreExisting(lock.relation)) continue;
        if (!ddl.has(lock.relation.key)) ddl.set(lock.relation.key, { what, lock: lock.mode });
        for (const w of writes.get(lock.relation.key) ?? []) {
          unit?.report(w.index, {
            message: `${w.verb} of ${w.table} in the same transaction as a later ${what} on it: the backfill's row locks are held until commit, and ${what} then waits for ${withArticle(lock.mode)} on ${w.table} while holding them, so the running application's queries on ${w.table} queue behind it until the transaction ends.`,
            lock: lock.mode,
          });
        }
        writes.delete(lock.relation.key);
      }
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
