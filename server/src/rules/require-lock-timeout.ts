import { blockedWork, blocksReadsOrWrites, lockStrength } from '../facts/locks';
import { relationRef } from '../facts/statementFacts';
import type { LockFact } from '../facts/statementFacts';
import type { LockMode } from '../facts/locks';
import type { SchemaModel } from '../schema/model';
import type { Rule, StatementContext } from './rule';
import { lockedName, schemaLocks } from './transactionLocks';

/**
 * Applications only read materialized views: there only a lock that blocks reads matters. (CREATE INDEX names a
 * materialized view as it names a table: the schema says which it is.)
 */
function blocks(l: LockFact, schema: SchemaModel): boolean {
  const view = l.relation.kind === 'view' || schema.views.get(l.relation.key)?.materialized === true;
  return view ? l.mode === 'AccessExclusiveLock' : blocksReadsOrWrites(l.mode);
}

/**
 * CREATE OR REPLACE VIEW of a view the schema so far has takes an AccessExclusiveLock on it (verified on
 * PostgreSQL 15): its readers wait, and queue behind it while it waits. (One the history does not show may be new.)
 */
function replacedView(ctx: StatementContext): LockFact | undefined {
  if (ctx.kind !== 'ViewStmt' || !ctx.ast.replace) return undefined;
  const view = relationRef(ctx.ast.view, 'view');
  if (!view || !ctx.schema.views.has(view.key) || !ctx.isPreExisting(view)) return undefined;
  return { relation: view, mode: 'AccessExclusiveLock' };
}

/** What the locked relation is, for the message: ALTER TYPE ... ADD ATTRIBUTE locks a composite type, and so on. */
function relationWord(ctx: StatementContext, lock: LockFact): string {
  // (A trigger, a rule or a policy may be on a view the history shows: INSTEAD OF triggers are.)
  if (lock.relation.kind === 'view' || ctx.schema.views.has(lock.relation.key)) return 'view';
  if (ctx.kind === 'AlterSeqStmt' && lock.relation.kind === 'relation') return 'sequence';
  const object = ctx.kind === 'AlterTableStmt' ? ctx.ast.objtype : ctx.kind === 'RenameStmt' ? ctx.ast.renameType : '';
  return OBJECT_WORDS[object] ?? 'table';
}

const OBJECT_WORDS: Record<string, string> = {
  OBJECT_INDEX: 'index',
  OBJECT_TYPE: 'type',
  OBJECT_VIEW: 'view',
  OBJECT_MATVIEW: 'view',
  OBJECT_SEQUENCE: 'sequence',
};

/** A lock the message names: its mode, the relation's name and what it is (`table`, `view`, ...). */
interface Locked {
  key: string;
  mode: LockMode;
  name: string;
  word: string;
}

/** Items listed before the rest are counted (DROP TABLE or TRUNCATE of many tables). */
const LISTED = 3;

/** `a, b and c`; past LISTED + 1 items, `a, b, c and 5 others`. */
function joined(items: string[], others: string): string {
  if (items.length > LISTED + 1) items = [...items.slice(0, LISTED), `${items.length - LISTED} ${others}`];
  return items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `AccessExclusiveLock on payments and on orders`, `AccessExclusiveLock on a and ShareRowExclusiveLock on b`. */
function lockedList(locks: Locked[]): string {
  const modes = [...new Set(locks.map((l) => l.mode))];
  return joined(
    modes.map(
      (m) =>
        `${m} ${joined(
          locks.filter((l) => l.mode === m).map((l) => `on ${l.name}`),
          'others',
        )}`,
    ),
    'other locks',
  );
}

/** `all reads and writes on that table`, `... on those tables`, or per relation when they differ. */
function whatQueues(locks: Locked[]): string {
  const first = locks[0];
  if (locks.every((l) => blockedWork(l.mode) === blockedWork(first.mode) && l.word === first.word))
    return `all ${blockedWork(first.mode)} on ${locks.length === 1 ? `that ${first.word}` : `those ${first.word}s`}`;
  return joined(
    locks.map((l) => `all ${blockedWork(l.mode)} on ${l.name}`),
    'others',
  );
}

export const requireLockTimeout: Rule = {
  meta: {
    id: 'require-lock-timeout',
    severity: 'warning',
    summary:
      'The first statement that takes a lock blocking reads or writes on an existing table runs with no lock_timeout.',
    safeWay:
      "Start the migration with SET lock_timeout = '2s'; (SET LOCAL inside a transaction): a lock that cannot be had quickly fails the migration instead of queueing every query behind it. Retry later.",
  },
  create: (state) => {
    const reported = state.cell(false);
    return {
      unitStart() {
        reported.set(false);
      },
      statement(ctx) {
        if (ctx.lockTimeoutSet || reported.get()) return;
        // Every blocking lock on a pre-existing relation: the statement's own, then those on tables it does not
        // name (a dropped foreign key's referenced table, a dropped partition's parent), which are often busier.
        const locks: Locked[] = [];
        const add = (lock: LockFact, word: string, name = lockedName(ctx, lock.relation)): void => {
          const key = ctx.transactionLocks.target(lock.relation).key;
          const same = locks.find((l) => l.key === key);
          if (!same) locks.push({ key, mode: lock.mode, name, word });
          else if (lockStrength(lock.mode) > lockStrength(same.mode)) same.mode = lock.mode;
        };
        // ALTER INDEX locks the index itself (PostgreSQL 15: not its table), and every query planned on the table
        // needs the index: named as the index, queueing its table's queries.
        const alterIndex = ctx.kind === 'AlterTableStmt' && ctx.ast.objtype === 'OBJECT_INDEX';
        const addIndexLock = (lock: LockFact): void => {
          const table = lockedName(ctx, lock.relation);
          const known = table !== lock.relation.name && !table.startsWith('the ');
          add(lock, known ? 'table' : 'index', `index ${lock.relation.name}${known ? ` of ${table}` : ''}`);
        };
        for (const l of ctx.facts.locks) {
          // A materialized view still WITH NO DATA cannot be read: nobody waits for it.
          const unreadable = l.relation.kind === 'view' && ctx.schema.views.get(l.relation.key)?.unpopulated;
          if (!blocks(l, ctx.schema) || unreadable || !ctx.isPreExisting(l.relation)) continue;
          if (alterIndex && l.relation.kind === 'index') addIndexLock(l);
          else add(l, relationWord(ctx, l));
        }
        const view = replacedView(ctx);
        if (view) add(view, 'view');
        for (const l of schemaLocks(ctx)) if (ctx.isPreExisting(l.relation)) add(l, 'table');
        if (locks.length === 0) return;
        reported.set(true);
        const strongest = locks.reduce((a, b) => (lockStrength(b.mode) > lockStrength(a.mode) ? b : a));
        ctx.report({
          message: `${lockedList(locks)} with no lock_timeout set: if another session holds a conflicting lock, this statement waits, and ${whatQueues(locks)} queue behind it`,
          lock: strongest.mode,
        });
      },
    };
  },
};
