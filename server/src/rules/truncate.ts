import { RelationRef, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { Rule } from './rule';
import { truncateCascade } from './transactionLocks';
import { tableRefOf } from './tableChanges';

/** `a`, `a and b`, `a, b and c`. */
function joined(names: string[]): string {
  return names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export const truncate: Rule = {
  meta: {
    id: 'truncate',
    // error with CASCADE (it empties tables the statement does not name); plain TRUNCATE reports a warning.
    severity: 'error',
    listedSeverity: 'warning',
    summary:
      'TRUNCATE of an existing table takes an AccessExclusiveLock and empties it at once; CASCADE also empties every table that references it.',
    safeWay:
      'Delete in batches (DELETE ... WHERE id IN (SELECT id ... LIMIT 10000), repeated); if it must be TRUNCATE, name every table explicitly instead of CASCADE.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'TruncateStmt') return;
      const tables: RelationRef[] = (ctx.ast.relations ?? [])
        .map((r: AstNode) => relationRef(r.RangeVar, 'table'))
        .filter((r: RelationRef | undefined): r is RelationRef => r !== undefined && ctx.isPreExisting(r));
      const cascade = ctx.ast.behavior === 'DROP_CASCADE';
      if (tables.length === 0) {
        // Tables this migration created, but CASCADE reaches tables in use that now reference them.
        const reached = truncateCascade(ctx.schema, ctx.ast)
          .map(tableRefOf)
          .filter((t) => ctx.isPreExisting(t));
        if (reached.length === 0) return;
        const named = (ctx.ast.relations ?? []).map((r: AstNode) => relationRef(r.RangeVar, 'table')?.name);
        const many = reached.length > 1;
        ctx.report({
          message: `TRUNCATE ${named.join(', ')} CASCADE also empties ${joined(reached.map((t) => t.name))}, which existed before this migration and ${many ? 'reference' : 'references'} ${named.length > 1 ? 'them' : 'it'} through foreign keys: all ${many ? 'their' : 'its'} rows are gone, not only those referencing a truncated row, and reads and writes of ${many ? 'them' : 'it'} wait on its AccessExclusiveLock until the transaction ends`,
          lock: 'AccessExclusiveLock',
        });
        return;
      }
      const names = tables.map((t) => t.name).join(', ');
      ctx.report({
        message: cascade
          ? `TRUNCATE ${names} CASCADE also empties every table with a foreign key to ${tables.length > 1 ? 'them' : 'it'}, recursively, and takes an AccessExclusiveLock on each: tables you did not name lose their rows, and reads and writes of all of them wait until the transaction ends`
          : `TRUNCATE ${names} takes an AccessExclusiveLock on ${names}: reads and writes wait while it waits for running queries, and until its transaction ends; the rows are gone at once, even for transactions that started before it`,
        lock: 'AccessExclusiveLock',
        severity: cascade ? undefined : 'warning',
      });
    },
  }),
};
