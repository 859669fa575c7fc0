import { alterTableCommands, relationRef } from '../facts/statementFacts';
import {
  BoundDatum,
  ColumnBounds,
  compareConstants,
  Constant,
  Limit,
  PartitionBound,
  partitionBoundOf,
  sameConstant,
  samePartitionBound,
} from '../schema/checkBounds';
import type { RelationRef } from '../facts/statementFacts';
import type { ConstraintInfo, TableInfo } from '../schema/model';
import type { Rule, StatementContext } from './rule';
import { defaultPartitionOf } from './transactionLocks';

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

/**
 * Whether a check proves that no row of the DEFAULT partition belongs in the new partition: all it allows lies
 * outside the bound (measured on PostgreSQL 15: never with NULL in a list bound); undefined when Sluice cannot tell.
 */
function excludesBound(allowed: ColumnBounds, bound: PartitionBound | undefined): boolean | undefined {
  const either = (a: boolean | undefined, b: boolean | undefined) =>
    a || b ? true : a === undefined || b === undefined ? undefined : false;
  /** Whether `v` is below `low` or above `high` (either may be missing: unbounded). */
  const outside = (v: Constant, low: Limit | undefined, high: Limit | undefined): boolean | undefined => {
    const b = low ? compareConstants(v, low.value) : 1;
    const a = high ? compareConstants(v, high.value) : -1;
    return either(
      b === undefined ? undefined : b < 0 || (b === 0 && !low?.inclusive),
      a === undefined ? undefined : a > 0 || (a === 0 && !high?.inclusive),
    );
  };
  if (bound?.strategy === 'range') {
    const [from, to] = [bound.from[0], bound.to[0]];
    if (bound.from.length !== 1 || from === null || to === null || from === 'maxvalue' || to === 'minvalue')
      return undefined;
    const low = from === 'minvalue' ? undefined : { value: from, inclusive: true };
    const high = to === 'maxvalue' ? undefined : { value: to, inclusive: false };
    if (allowed.values) return every(allowed.values, (v) => outside(v, low, high));
    // A range that ends before the bound starts, or starts where it ends or later.
    const { lower, upper } = allowed;
    const ends = upper && low ? compareConstants(upper.value, low.value) : 1;
    const starts = lower && high ? compareConstants(lower.value, high.value) : -1;
    return either(
      ends === undefined ? undefined : ends < 0 || (ends === 0 && !upper?.inclusive),
      starts === undefined ? undefined : starts >= 0,
    );
  }
  if (bound?.strategy === 'list') {
    if (bound.values.includes(null)) return false;
    const listed = bound.values.filter((v): v is Constant => v !== null && typeof v === 'object');
    const values = allowed.values;
    if (!values) return every(listed, (l) => outside(l, allowed.lower, allowed.upper));
    return every(listed, (l) => {
      const same = values.map((v) => sameConstant(v, l));
      return same.includes(true) ? false : same.includes(undefined) ? undefined : true;
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

/** Whether the partition's validated checks prove its bound, so that PostgreSQL skips scanning it. */
function boundProven(
  ctx: StatementContext,
  parentKey: string,
  childKey: string,
  bound: PartitionBound | undefined,
): boolean {
  const key = ctx.schema.tables.get(parentKey)?.partitionKey ?? [];
  const childTable = ctx.schema.tables.get(childKey);
  const checks = [...(childTable?.constraints.values() ?? [])].filter((c) => c.kind === 'check' && c.validated);
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
    return allowed !== undefined && provable(childTable, k, allowed) && impliesBound(allowed, bound) !== false;
  };
  return (
    // The CHECK a DETACH ... CONCURRENTLY made copies the bound: attaching it back with that bound is free.
    checks.some(
      (c) =>
        samePartitionBound(c.partitionBound, bound) &&
        key.length === c.columns.length &&
        key.every((k, i) => k === c.columns[i]),
    ) ||
    (key.length > 0 &&
      key.every((k) => k !== null && notNull(k)) &&
      (checks.some((c) =>
        key.length === 1 ? implies(c, key[0] as string) : key.every((k) => k !== null && c.columns.includes(k)),
      ) ||
        // PostgreSQL proves the bound from all the validated checks together: `k >= a` in one, `k < b` in another.
        (key.length === 1 && impliedTogether(childTable, checks, key[0] as string, bound))))
  );
}

/** Whether the validated checks' bounds on `k`, taken together, keep its values inside the partition bound. */
function impliedTogether(
  table: TableInfo | undefined,
  checks: readonly ConstraintInfo[],
  k: string,
  bound: PartitionBound | undefined,
): boolean {
  let lower: Limit | undefined;
  let upper: Limit | undefined;
  for (const c of checks) {
    const allowed = c.bounds?.[k];
    if (!allowed || allowed.values) continue;
    const tighter = (a: Limit | undefined, b: Limit | undefined, sign: 1 | -1): Limit | undefined | null => {
      if (!a) return b;
      if (!b) return a;
      const cmp = compareConstants(a.value, b.value);
      if (cmp === undefined) return null; // not comparable: no proof from the two together
      return cmp * sign > 0 || (cmp === 0 && !a.inclusive) ? a : b;
    };
    const l = tighter(allowed.lower, lower, 1);
    const u = tighter(allowed.upper, upper, -1);
    if (l === null || u === null) return false;
    lower = l ?? undefined;
    upper = u ?? undefined;
  }
  if (!lower || !upper) return false;
  const together: ColumnBounds = { lower, upper };
  return provable(table, k, together) && impliesBound(together, bound) === true;
}

/** Whether PostgreSQL can compare the key column `k` with every constant of `allowed` to prove a bound. */
function provable(table: TableInfo | undefined, k: string, allowed: ColumnBounds): boolean {
  const type = table?.columns.get(k)?.type;
  const typeName = type && type.arrayDims === 0 ? type.name : undefined;
  const constants = [allowed.lower?.value, allowed.upper?.value, ...(allowed.values ?? [])];
  return constants.every((v) => v === undefined || proves(typeName, v));
}

/**
 * The DEFAULT partition that attaching a partition scans for the new partition's rows, under an AccessExclusiveLock
 * (verified on PostgreSQL 15): one that existed before this migration, unless a validated check keeps the new bound
 * out of it. A check on the key Sluice cannot read (an OR, `<>`, NOT IN) gets the benefit of the doubt.
 */
function scannedDefault(
  ctx: StatementContext,
  parentKey: string,
  childKey: string,
  bound: PartitionBound | undefined,
): RelationRef | undefined {
  const scanned = defaultPartitionOf(ctx.schema, parentKey);
  if (!scanned || scanned.key === childKey || !ctx.isPreExisting(scanned)) return undefined;
  const table = ctx.schema.tables.get(scanned.key);
  // Replay lost track of it: it may have a check Sluice does not know.
  if (!table?.complete) return undefined;
  const key = ctx.schema.tables.get(parentKey)?.partitionKey ?? [];
  const keepsOut = (c: ConstraintInfo): boolean => {
    if (c.kind !== 'check' || !c.validated) return false;
    if (key.length !== 1 || key[0] === null)
      return key.length === 0 || key.some((k) => k === null || c.columns.includes(k));
    const k = key[0];
    if (!c.columns.includes(k) || c.notNullColumn === k) return false;
    const allowed = c.bounds?.[k];
    if (!allowed) return true;
    return provable(table, k, allowed) && excludesBound(allowed, bound) !== false;
  };
  return [...table.constraints.values()].some(keepsOut) ? undefined : scanned;
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
        if (!parent || !child) continue;
        const bound = partitionBoundOf(cmd.def?.PartitionCmd?.bound);
        // A partition created in this migration is empty: the scan costs nothing.
        if (ctx.isPreExisting(child) && !boundProven(ctx, parent.key, child.key, bound))
          ctx.report({
            message: `ATTACH PARTITION ${child.name} scans every row of ${child.name} under an AccessExclusiveLock to check the partition bound (no validated CHECK matching it): reads and writes on ${child.name} wait until the scan ends`,
            lock: 'AccessExclusiveLock',
          });
        const scanned = cmd.def?.PartitionCmd?.bound?.is_default
          ? undefined
          : scannedDefault(ctx, parent.key, child.key, bound);
        if (scanned)
          ctx.report({
            message: `ATTACH PARTITION ${child.name} scans every row of the default partition ${scanned.name} under an AccessExclusiveLock for rows that belong in ${child.name} (no validated CHECK on ${scanned.name} keeps the new bound out): reads and writes on ${scanned.name} wait until the scan ends`,
            lock: 'AccessExclusiveLock',
          });
      }
    },
  }),
};
