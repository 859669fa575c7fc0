import { alterTableCommands, relationRef } from '../facts/statementFacts';
import {
  BoundDatum,
  ColumnBounds,
  compareConstants,
  Constant,
  PartitionBound,
  partitionBoundOf,
  sameConstant,
  samePartitionBound,
} from '../schema/checkBounds';
import type { ConstraintInfo } from '../schema/model';
import type { Rule } from './rule';

/** Whether every value a check allows is inside the partition bound; undefined when Sluice cannot tell. */
function impliesBound(allowed: ColumnBounds, bound: PartitionBound | undefined): boolean | undefined {
  if (bound?.strategy === 'range') {
    const constant = (d: BoundDatum | undefined) => (d === 'minvalue' || d === 'maxvalue' ? 'unbounded' : d);
    const from = constant(bound.from[0]);
    const to = constant(bound.to[0]);
    if (!from || !to || bound.from.length !== 1) return undefined;
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
  // A hash partition's constraint is a call of satisfies_hash_partition(): no range or list implies it.
  if (bound?.strategy === 'hash') return false;
  if (bound?.strategy === 'list') {
    const listed = bound.values.filter((v): v is Constant => v !== null && typeof v === 'object');
    if (!allowed.values) return allowed.lower || allowed.upper ? false : undefined;
    return every(allowed.values, (v) => {
      const same = listed.map((l) => sameConstant(v, l));
      return same.includes(true) ? true : same.includes(undefined) ? undefined : false;
    });
  }
  return undefined;
}

const INTEGERS = ['int2', 'int4', 'int8'];
/**
 * Per key type, the types of constants PostgreSQL 15 proves a bound from (measured): a constant of another type
 * either turns the key into an expression (`at::numeric`, int4 key against 1.5) or needs a comparison that is not
 * immutable (timestamptz against date or timestamp), and then the partition is scanned.
 */
const PROVING_TYPES: Record<string, readonly string[]> = {
  int2: INTEGERS,
  int4: INTEGERS,
  int8: INTEGERS,
  numeric: [...INTEGERS, 'numeric'],
  float4: [...INTEGERS, 'numeric', 'float4', 'float8'],
  float8: [...INTEGERS, 'numeric', 'float4', 'float8'],
  date: ['date', 'timestamp'],
  timestamp: ['timestamp', 'date'],
  timestamptz: ['timestamptz'],
  text: ['text', 'varchar'],
  varchar: ['text', 'varchar'],
};

/** Whether a comparison of a key of this type with this constant can prove the bound (an unknown type: yes). */
function proves(keyType: string | undefined, c: Constant): boolean {
  if (c.type === undefined || keyType === undefined || c.type === keyType) return true;
  return PROVING_TYPES[keyType]?.includes(c.type) ?? true;
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
        const bound = partitionBoundOf(cmd.def?.PartitionCmd?.bound);
        // PostgreSQL skips the scan only when validated constraints imply the partition constraint, which also
        // says the key is not null: a check on the key columns, and NOT NULL (column or IS NOT NULL in a check).
        const notNull = (k: string): boolean =>
          Boolean(childTable?.columns.get(k)?.notNull) ||
          checks.some((c) => c.provesNotNull?.includes(k) || c.notNullColumn === k);
        // With a one-column key, the check must compare the bare column with constants PostgreSQL can order
        // against the bound (not date_part(...), an OR, a cast to another type), and the constants must not allow
        // rows outside the bound (the wrong year); constants Sluice cannot order get the benefit of the doubt.
        const implies = (c: ConstraintInfo, k: string): boolean => {
          const allowed = c.bounds?.[k];
          if (!allowed) return false;
          const type = childTable?.columns.get(k)?.type;
          const typeName = type && type.arrayDims === 0 ? type.name : undefined;
          const constants = [allowed.lower?.value, allowed.upper?.value, ...(allowed.values ?? [])];
          if (!constants.every((v) => v === undefined || proves(typeName, v))) return false;
          return impliesBound(allowed, bound) !== false;
        };
        const covered =
          // The CHECK a DETACH ... CONCURRENTLY made copies the bound: attaching it back with that bound is free.
          checks.some(
            (c) =>
              samePartitionBound(c.partitionBound, bound) &&
              key.length === c.columns.length &&
              key.every((k, i) => k === c.columns[i]),
          ) ||
          (key.length > 0 &&
            key.every((k) => k !== null && notNull(k)) &&
            checks.some((c) =>
              key.length === 1 ? implies(c, key[0] as string) : key.every((k) => k !== null && c.columns.includes(k)),
            ));
        if (covered) continue;
        ctx.report({
          message: `ATTACH PARTITION ${child.name} scans every row of ${child.name} under an AccessExclusiveLock to check the partition bound (no validated CHECK matching it): reads and writes on ${child.name} wait until the scan ends`,
          lock: 'AccessExclusiveLock',
        });
      }
    },
  }),
};
