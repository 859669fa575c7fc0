import { alterTableCommands, relationRef } from '../facts/statementFacts';
import { ColumnBounds, compareConstants, Constant, constantOf, sameConstant } from '../schema/checkBounds';
import type { AstNode } from '../syntax/parse';
import type { Rule } from './rule';

/** Whether every value a check allows is inside the partition bound; undefined when Sluice cannot tell. */
function impliesBound(allowed: ColumnBounds | undefined, bound: AstNode | undefined): boolean | undefined {
  if (!allowed || !bound) return undefined;
  if (bound.strategy === 'r') {
    const datum = (d: AstNode | undefined) => (d?.ColumnRef ? 'unbounded' : constantOf(d));
    const from = datum(bound.lowerdatums?.[0]);
    const to = datum(bound.upperdatums?.[0]);
    if (from === undefined || to === undefined || (bound.lowerdatums ?? []).length !== 1) return undefined;
    const inside = (v: Constant): boolean | undefined => {
      const low = from === 'unbounded' ? 1 : compareConstants(v, from);
      const high = to === 'unbounded' ? -1 : compareConstants(v, to);
      return low === undefined || high === undefined ? undefined : low >= 0 && high < 0;
    };
    if (allowed.values) return every(allowed.values, inside);
    let lower: boolean | undefined = true;
    if (from !== 'unbounded') {
      const cmp = allowed.lower && compareConstants(allowed.lower.value, from);
      lower = allowed.lower ? (cmp === undefined ? undefined : cmp >= 0) : false;
    }
    let upper: boolean | undefined = true;
    if (to !== 'unbounded') {
      const cmp = allowed.upper && compareConstants(allowed.upper.value, to);
      upper = allowed.upper ? (cmp === undefined ? undefined : allowed.upper.inclusive ? cmp < 0 : cmp <= 0) : false;
    }
    return lower === false || upper === false ? false : lower && upper ? true : undefined;
  }
  if (bound.strategy === 'l') {
    const listed = (bound.listdatums ?? []).map(constantOf);
    if (listed.some((v: Constant | undefined) => v === undefined)) return undefined;
    if (!allowed.values) return allowed.lower || allowed.upper ? false : undefined;
    return every(allowed.values, (v) => {
      const same = listed.map((l: Constant) => sameConstant(v, l));
      return same.includes(true) ? true : same.includes(undefined) ? undefined : false;
    });
  }
  return undefined;
}

/** All true: true; any false: false; else undefined. */
function every<T>(items: readonly T[], test: (item: T) => boolean | undefined): boolean | undefined {
  let result: boolean | undefined = true;
  for (const item of items) {
    const r = test(item);
    if (r === false) return false;
    if (r === undefined) result = undefined;
  }
  return result;
}

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
        // A check whose constants provably allow rows outside the bound (the wrong year) does not help; one
        // Sluice cannot compare with the bound is given the benefit of the doubt.
        const bound = cmd.def?.PartitionCmd?.bound;
        const covered =
          key.length > 0 &&
          key.every((k) => k !== null && notNull(k)) &&
          checks.some(
            (c) =>
              key.every((k) => k !== null && c.columns.includes(k)) &&
              (key.length !== 1 || impliesBound(c.bounds?.[key[0] as string], bound) !== false),
          );
        if (covered) continue;
        ctx.report({
          message: `ATTACH PARTITION ${child.name} scans every row of ${child.name} under an AccessExclusiveLock to check the partition bound (no validated CHECK matching it): reads and writes on ${child.name} wait until the scan ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
