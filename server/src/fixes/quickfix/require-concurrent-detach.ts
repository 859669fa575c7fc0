// require-concurrent-detach: ALTER TABLE parent DETACH PARTITION child → ... DETACH PARTITION child CONCURRENTLY,
// when the detach is the statement's only command (PostgreSQL runs a concurrent detach on its own).
import { concurrentFix, insertAfter } from './concurrently';
import type { QuickFixProvider } from './fix';
import { alterTableCommandSpans, inCaseOf, statementTokens } from './tokens';

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
  return concurrentFix(ctx, {
    edit: insertAfter(ctx, last.end, ` ${inCaseOf(st.tokens[spans[0].first], 'CONCURRENTLY')}`),
    title: 'Add CONCURRENTLY',
    stepName: `detach_${name}_concurrently`,
    summary: `Detaches ${name} without blocking the partitioned table (moved out of a migration that runs in a transaction).`,
    down: `-- To undo, ATTACH PARTITION ${name} again with its original bounds.\n`,
  });
};
