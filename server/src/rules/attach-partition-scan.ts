import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { Rule } from './rule';

export const attachPartitionScan: Rule = {
  meta: {
    id: 'attach-partition-scan',
    severity: 'warning',
    summary:
      'ATTACH PARTITION without a validated CHECK constraint matching the partition bound scans the whole partition under an AccessExclusiveLock on it.',
    safeWay:
      'Add a CHECK constraint equal to the partition bound NOT VALID, VALIDATE it (ShareUpdateExclusiveLock), then ATTACH PARTITION (PostgreSQL skips the scan), then drop the CHECK.',
  },
  create: () => ({
    statement(ctx) {
      if (ctx.kind !== 'AlterTableStmt') return;
      const parent = relationRef(ctx.ast.relation, 'table');
      for (const cmd of alterTableCommands(ctx.ast)) {
        if (cmd.subtype !== 'AT_AttachPartition') continue;
        const child = relationRef(cmd.def?.PartitionCmd?.name, 'table');
        // A partition created in this migration is empty: the scan costs nothing.
        if (!parent || !child || !ctx.isPreExisting(child)) continue;
        const key = ctx.schema.tables.get(parent.key)?.partitionKey ?? [];
        const checks = [...(ctx.schema.tables.get(child.key)?.constraints.values() ?? [])].filter(
          (c) => c.kind === 'check' && c.validated,
        );
        // A validated check on the partition key columns is what lets PostgreSQL skip the scan.
        const covered = key.length > 0 && checks.some((c) => key.every((k) => k !== null && c.columns.includes(k)));
        if (covered) continue;
        ctx.report({
          message: `ATTACH PARTITION ${child.name} scans every row of ${child.name} under an AccessExclusiveLock to check the partition bound (no validated CHECK matching it): reads and writes on ${child.name} wait until the scan ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
