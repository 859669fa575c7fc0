import { segmentAt, transactionReasonAt } from '../migrations/units';
import { procedureEndsTransactions } from '../schema/replay';
import { doBlockBody } from '../syntax/doBlock';
import type { AstNode } from '../syntax/parse';
import { quoteQualified } from '../syntax/quoteIdent';
import type { Rule, StatementContext, TransactionEnd } from './rule';

const WORDS: Record<TransactionEnd, string> = {
  commit: 'COMMIT',
  rollback: 'ROLLBACK',
  prepare: 'PREPARE TRANSACTION',
};

function toolName(ctx: StatementContext): string {
  const tool = ctx.unit.tool;
  const reason = transactionReasonAt(ctx.unit, ctx.index) ?? '';
  if (/assumeInTransaction/.test(reason)) return 'the migration runner (assumeInTransaction)';
  return tool && tool !== 'plain' ? tool : 'the migration runner';
}

/**
 * COMMIT or ROLLBACK in a migration sent as one query, with no BEGIN: it ends the implicit transaction PostgreSQL
 * runs the query in (verified on PostgreSQL 15: it warns, yet a table created before a COMMIT survives a later
 * error, and one created before a ROLLBACK is gone).
 */
function implicitEnd(ctx: StatementContext, control: 'commit' | 'rollback'): string {
  const did = control === 'commit' ? 'commits' : 'undoes';
  return `${WORDS[control]} without a BEGIN, in a migration ${toolName(ctx)} sends as one query: PostgreSQL warns "there is no transaction in progress", yet it ${did} what ran before it in the query's implicit transaction, and the rest runs in a new one: the migration is no longer atomic`;
}

/** The transaction a statement runs inside, for messages. */
function inside(ctx: StatementContext): string {
  return ctx.transaction.explicit
    ? 'the transaction its BEGIN opened'
    : ctx.transaction.tool
      ? `the transaction ${toolName(ctx)} runs the migration in`
      : 'a multi-statement query, which PostgreSQL runs as one implicit transaction';
}

export const transactionNesting: Rule = {
  meta: {
    id: 'transaction-nesting',
    severity: 'error',
    summary:
      'BEGIN inside an open transaction, COMMIT or ROLLBACK with none open, BEGIN where the tool already opened one, or a DO block (or a CALL of a procedure) that commits inside a transaction.',
    safeWay:
      'Keep exactly one transaction level: drop the inner BEGIN/COMMIT, or tell the tool not to wrap the migration (goose NO TRANSACTION, dbmate transaction:false).',
  },
  create: (state) => {
    // The statement of the unit that last ended a transaction, for the message of a COMMIT or ROLLBACK after it.
    const lastEndedBy = state.cell<TransactionEnd | undefined>(undefined);
    return {
      unitStart() {
        lastEndedBy.set(undefined);
      },
      statement(ctx) {
        const control = ctx.facts.transaction;
        const toolEndedBy = ctx.transaction.toolEndedBy;
        if (control === 'begin') {
          if (ctx.transaction.explicit) {
            ctx.report({
              message:
                'BEGIN inside an open transaction: PostgreSQL only warns and ignores it, so the next COMMIT ends the outer transaction early',
            });
          } else if (toolEndedBy) {
            // The tool's own COMMIT comes only at the end: what this BEGIN leaves open lasts until then.
            const tool = toolName(ctx);
            const scope = segmentAt(ctx.unit, ctx.index)?.changeset ? 'changeset' : 'migration';
            ctx.report({
              message: `BEGIN after the ${WORDS[toolEndedBy]} that ended the transaction ${tool} runs the migration in: it is not ignored, and the transaction open after it lasts until the next COMMIT or ROLLBACK, or else until the COMMIT ${tool} sends at the end of the ${scope}`,
            });
          } else if (ctx.transaction.tool) {
            ctx.report({
              message: `BEGIN where ${toolName(ctx)} already runs the migration in a transaction: it is ignored, and its COMMIT ends that transaction early`,
            });
          }
        } else if (ctx.kind === 'DoStmt' && ctx.inTransaction && doBlockBody(ctx.ast).commits) {
          // PL/pgSQL may COMMIT only in a DO block run on its own, outside any transaction block (verified on PG 15).
          ctx.report({
            message: `This DO block ends transactions (COMMIT or ROLLBACK in its body) but runs inside ${inside(ctx)}: PostgreSQL refuses with "invalid transaction termination" and the migration fails. Run it on its own, outside a transaction (goose NO TRANSACTION, dbmate transaction:false, no BEGIN around it)`,
          });
        } else if (
          ctx.kind === 'CallStmt' &&
          ctx.inTransaction &&
          procedureEndsTransactions(ctx.schema, ctx.ast.funccall?.funcname)
        ) {
          // The same for a procedure (verified on PG 15), whether the history or this file created it. (A CALL in a
          // DO block is not one of its statements: PL/pgSQL runs it itself.)
          const name = quoteQualified(...((ctx.ast.funccall?.funcname ?? []) as AstNode[]).map((n) => n.String?.sval));
          ctx.report({
            message: `CALL ${name}: the procedure ends transactions (COMMIT or ROLLBACK in its body) but runs inside ${inside(ctx)}: PostgreSQL refuses with "invalid transaction termination" and the migration fails. Call it on its own, outside a transaction (goose NO TRANSACTION, dbmate transaction:false, no BEGIN around it)`,
          });
        } else if ((control === 'commit' || control === 'rollback') && !ctx.transaction.explicit) {
          const word = WORDS[control];
          const endedBy = lastEndedBy.get();
          ctx.report({
            message:
              ctx.transaction.tool && !toolEndedBy
                ? `${word} without a BEGIN ends the transaction ${toolName(ctx)} opened: the rest of the migration is no longer atomic`
                : ctx.inTransaction && !ctx.transaction.tool
                  ? implicitEnd(ctx, control)
                  : endedBy
                    ? `${word} with no transaction open (the earlier ${WORDS[endedBy]} ended it): PostgreSQL only warns "there is no transaction in progress"`
                    : `${word} with no transaction open: PostgreSQL only warns, and the statements before it were not in a transaction`,
          });
        }
        if (
          (control === 'commit' || control === 'rollback' || control === 'prepare') &&
          (ctx.transaction.explicit || ctx.transaction.tool)
        )
          lastEndedBy.set(control);
      },
    };
  },
};
