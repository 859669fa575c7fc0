import { refFromNameList, type RelationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { lockedName } from './transactionLocks';
import { tableSqlName } from './tableChanges';
import { quoteIdent } from '../syntax/quoteIdent';
import type { Rule } from './rule';

/** `DROP INDEX a, billing.b` names → index references (an index lives in its table's schema). */
function droppedIndexes(ast: AstNode): RelationRef[] {
  const refs: RelationRef[] = [];
  for (const object of ast.objects ?? []) {
    const ref = refFromNameList(object.List?.items, 'index');
    if (ref) refs.push(ref);
  }
  return refs;
}

/** The name part of a key (`public.orders_pkey` → `orders_pkey`). */
function splitName(key: string): string {
  return key.slice(key.indexOf('.') + 1);
}

/** The constraints PostgreSQL keeps an index for. */
const BACKED = new Set(['unique', 'primary', 'exclusion']);

export const requireConcurrentDropIndex: Rule = {
  meta: {
    id: 'require-concurrent-drop-index',
    severity: 'warning',
    summary: "DROP INDEX without CONCURRENTLY takes an AccessExclusiveLock on the index's table.",
    safeWay:
      'Use DROP INDEX CONCURRENTLY, one index per statement and without CASCADE, in a migration that does not run inside a transaction.',
  },
  create: (state) => {
    // What this file says about indexes: their table, and which are partitioned (PostgreSQL cannot drop a
    // partitioned index concurrently, so there is no safer way to offer).
    const tables = state.map<string, RelationRef>();
    const partitioned = state.set<string>();
    return {
      statement(ctx) {
        for (const created of ctx.facts.createsIndexes ?? []) {
          tables.set(created.index, created.table);
          if (ctx.kind === 'IndexStmt' && ctx.ast.relation?.inh !== true) partitioned.add(created.index);
        }
        if (ctx.kind !== 'DropStmt' || ctx.ast.removeType !== 'OBJECT_INDEX' || ctx.ast.concurrent) return;
        // An index of a table the history made partitioned is partitioned too: CONCURRENTLY is no way out there.
        const ofPartitioned = (key: string): boolean =>
          ctx.schema.tables.get(ctx.schema.indexes.get(key)?.table ?? '')?.partitioned === true;
        // IF EXISTS of an index the schema so far does not have (dropped with its constraint, column or table, or
        // renamed by ADD CONSTRAINT ... USING INDEX) is a no-op: isPreExisting decides it as the lock model does.
        const indexes = droppedIndexes(ctx.ast).filter(
          (i) => ctx.isPreExisting(i) && !partitioned.has(i.key) && !ofPartitioned(i.key),
        );
        if (indexes.length === 0) return;
        // The index of a UNIQUE, PRIMARY KEY or EXCLUDE constraint: PostgreSQL refuses to drop it, with or without
        // CONCURRENTLY ("cannot drop index ... because constraint ... requires it", PostgreSQL 15).
        for (const index of indexes) {
          const table = ctx.schema.tables.get(ctx.schema.indexes.get(index.key)?.table ?? '');
          const name = splitName(index.key);
          if (!table || !BACKED.has(table.constraints.get(name)?.kind ?? '')) continue;
          const constraint = quoteIdent(name);
          const on = tableSqlName(table);
          ctx.report({
            message: `DROP INDEX ${index.name} fails: constraint ${constraint} on ${on} requires it (PostgreSQL refuses, with or without CONCURRENTLY). Drop the constraint instead: ALTER TABLE ${on} DROP CONSTRAINT ${constraint}, which takes an AccessExclusiveLock on ${on}`,
            lock: 'AccessExclusiveLock',
            noFix: true,
          });
          return;
        }
        const onTables = [...new Set(indexes.map((i) => tables.get(i.key)?.name ?? lockedName(ctx, i)))];
        const notes: string[] = [];
        if ((ctx.ast.objects ?? []).length > 1) notes.push('DROP INDEX CONCURRENTLY takes one index per statement');
        if (ctx.ast.behavior === 'DROP_CASCADE')
          notes.push('CONCURRENTLY does not support CASCADE: drop the dependent objects first');
        ctx.report({
          message:
            `DROP INDEX ${indexes.map((i) => i.name).join(', ')} without CONCURRENTLY takes an AccessExclusiveLock on ${onTables.join(' and ')}: ` +
            `reads and writes queue behind it while it waits for running queries, and until its transaction ends` +
            (notes.length > 0 ? ` (${notes.join('; ')})` : ''),
          lock: 'AccessExclusiveLock',
        });
      },
    };
  },
};
