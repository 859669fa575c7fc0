import { blockedWork, blocksReadsOrWrites } from '../facts/locks';
import { describeRelation, LockFact } from '../facts/statementFacts';
import type { Rule } from './rule';

/** Applications only read materialized views: there only a lock that blocks reads matters. */
function blocks(l: LockFact): boolean {
  return l.relation.kind === 'view' ? l.mode === 'AccessExclusiveLock' : blocksReadsOrWrites(l.mode);
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
        let lock: LockFact | undefined;
        for (const l of ctx.facts.locks) {
          if (blocks(l) && ctx.isPreExisting(l.relation)) {
            lock = l;
            break;
          }
        }
        if (!lock) return;
        reported.set(true);
        ctx.report({
          message: `${lock.mode} on ${describeRelation(lock.relation)} with no lock_timeout set: if another session holds a conflicting lock, this statement waits, and all ${blockedWork(lock.mode)} on that table queue behind it`,
          lock: lock.mode,
        });
      },
    };
  },
};
