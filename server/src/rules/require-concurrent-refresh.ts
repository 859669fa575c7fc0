import { relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { Rule } from './rule';

/** The materialized view a CREATE MATERIALIZED VIEW creates (libpg-query puts the IntoClause fields in `into`). */
function createdView(ast: AstNode): string | undefined {
  if (ast.objtype !== 'OBJECT_MATVIEW') return undefined;
  return relationRef(ast.into?.rel ?? ast.into?.IntoClause?.rel, 'view')?.key;
}

export const requireConcurrentRefresh: Rule = {
  meta: {
    id: 'require-concurrent-refresh',
    severity: 'warning',
    summary:
      'REFRESH MATERIALIZED VIEW without CONCURRENTLY takes an AccessExclusiveLock: reads of the view wait for the whole refresh.',
    safeWay:
      'Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on plain columns of the view, without WHERE, and a populated view).',
  },
  create: (state) => {
    // Views this unit created or emptied (WITH NO DATA): nobody can read them yet, and CONCURRENTLY would fail.
    const unreadable = state.set<string>();
    const createdByUp = state.set<string>();
    return {
      unitStart({ unit }) {
        unreadable.clear();
        if (unit.direction === 'down') for (const key of createdByUp) unreadable.add(key);
      },
      statement(ctx) {
        if (ctx.kind === 'CreateTableAsStmt') {
          const key = createdView(ctx.ast);
          // IF NOT EXISTS of a view the earlier migrations made leaves that one, readable, in place.
          if (key && ctx.ast.if_not_exists && ctx.schema.views.has(key)) return;
          if (key) unreadable.add(key);
          if (key && ctx.unit.direction === 'up') createdByUp.add(key);
          return;
        }
        if (ctx.kind !== 'RefreshMatViewStmt') return;
        const view = relationRef(ctx.ast.relation, 'view');
        if (!view) return;
        if (ctx.ast.concurrent) return;
        // An earlier migration made it WITH NO DATA and nothing filled it since: unreadable too.
        const skip =
          !ctx.isPreExisting(view) || unreadable.has(view.key) || ctx.schema.views.get(view.key)?.unpopulated === true;
        if (ctx.ast.skipData) {
          unreadable.add(view.key);
          // Emptying a view the application reads: quick, but every read fails until the next refresh.
          if (!skip)
            ctx.report({
              message: `REFRESH MATERIALIZED VIEW ${view.name} WITH NO DATA empties ${view.name} under an AccessExclusiveLock: from then on every read of it fails with "materialized view has not been populated" until a plain refresh fills it`,
              lock: 'AccessExclusiveLock',
            });
          return;
        }
        unreadable.delete(view.key);
        if (skip) return;
        ctx.report({
          message: `REFRESH MATERIALIZED VIEW ${view.name} without CONCURRENTLY takes an AccessExclusiveLock on ${view.name}: reads of the view wait until its query has run again and the result is written`,
          lock: 'AccessExclusiveLock',
        });
      },
    };
  },
};
