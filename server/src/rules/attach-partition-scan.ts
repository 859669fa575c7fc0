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
      // (ALTER INDEX ... ATTACH PARTITION, the last step of the partitioned-index recipe, scans no rows.)
      if (ctx.kind !== 'AlterTableStmt' || ctx.ast.objtype !== 'OBJECT_TABLE') return;
      const parent = relationRef(ctx.ast.relation, 'table');
      for (const cmd of alterTableCommands(ctx.ast)) {
        if (cmd.subtype !== 'AT_AttachPartition') continue;
        const child = relationRef(cmd.def?.PartitionCmd?.name, 'table');
        // A partition created in this migration is empty: the scan costs nothing.
        if (!parent || !child || !ctx.isPreExisting(child)) continue;
        const key = ctx.schema.tables.get(parent.key)?.partitionKey ?? [];
        const childTable = ctx.schema.tables.get(child.key);
        const checks = [...(childTable?.constraints.values() ?? [])].filter((c) => c.kind === 'check' && c.validated);
        // PostgreSQL skips the scan only when validated constraints imply the partition constraint, which also
        // says the key is not null: a check on the key columns, and NOT NULL (column or IS NOT NULL in a check).
        const notNull = (k: string): boolean =>
          Boolean(childTable?.columns.get(k)?.notNull) ||
          checks.some((c) => c.provesNotNull?.includes(k) || c.notNullColumn === k);
        const covered =
          key.length > 0 &&
          key.every((k) => k !== null && notNull(k)) &&
          checks.some((c) => key.every((k) => k !== null && c.columns.includes(k)));
        if (covered) continue;
        ctx.report({
          message: `ATTACH PARTITION ${child.name} scans every row of ${child.name} under an AccessExclusiveLock to check the partition bound (no validated CHECK matching it): reads and writes on ${child.name} wait until the scan ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
