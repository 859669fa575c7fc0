// require-concurrent-detach: ALTER TABLE parent DETACH PARTITION child → ... DETACH PARTITION child CONCURRENTLY,
// when the detach is the statement's only command (PostgreSQL runs a concurrent detach on its own).
import { concurrentFix, insertAfter, undoMoveOf } from './concurrently';
import type { QuickFixProvider } from './fix';
import { attachMatch, findInverse, removeDownStatement } from './pairedDown';
import { alterTableCommandSpans, inCaseOf, statementTokens } from './tokens';
import { quoteIdent } from '../../syntax/quoteIdent';

export const addConcurrentlyToDetach: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'AlterTableStmt' || (ctx.ast.cmds ?? []).length !== 1) return undefined;
  const cmd = ctx.ast.cmds[0].AlterTableCmd;
  const partition = cmd?.def?.PartitionCmd;
  if (cmd?.subtype !== 'AT_DetachPartition' || !partition || partition.concurrent) return undefined;
  const st = statementTokens(ctx.statement.text);
  const spans = st && alterTableCommandSpans(st, ctx.ast);
  if (!st || !spans) return undefined;
  const last = st.tokens[spans[0].last];
  const name = String(partition.name?.relname ?? 'partition');
  const shown = quoteIdent(name);
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, last.end, ` ${inCaseOf(st.tokens[spans[0].first], 'CONCURRENTLY')}`),
    title: 'Add CONCURRENTLY',
    stepName: `detach_${name}_concurrently`,
    summary: `Detaches ${shown} without blocking the partitioned table (moved out of a migration that runs in a transaction).`,
    down: `-- To undo, ATTACH PARTITION ${shown} again with its original bounds.\n`,
    // The down's ATTACH PARTITION moves into the new migration's down. A concurrent detach also adds a CHECK
    // copying the bounds to the partition, named by PostgreSQL (and not added when one exists): it is left.
    undo: (c) =>
      undoMoveOf(findInverse(c, name, attachMatch(ctx.ast.relation, partition.name)), (attach, statement, down) => ({
        edit: removeDownStatement(down, statement),
        down,
        newDown:
          `${attach.text};\n` +
          `-- DETACH ... CONCURRENTLY gave ${shown} a CHECK constraint copying its bounds (ATTACH used it to skip a scan); drop it if unwanted (\\d ${shown}).\n`,
      })),
  });
};
