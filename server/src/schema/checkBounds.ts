// What a CHECK constraint says about a column's values, as far as attaching a partition needs
// (rules/attach-partition-scan.ts): a range (`col >= a AND col < b`, `BETWEEN`) or a set (`col = x`,
// `col IN (...)`, `col = ANY (ARRAY[...])`) of constants, read from its AND-ed conditions. Anything else says
// nothing. Also a partition's bound (FOR VALUES), and the CHECK that DETACH PARTITION ... CONCURRENTLY copies it to.
import { typeNameOf } from '../facts/expressions';
import type { AstNode } from '../syntax/parse';

/** `type`: the literal's own type, when it has one (a cast, or a number: int4, int8, numeric); a string has none. */
export type Constant = ({ number: number } | { text: string }) & { type?: string };

export interface Limit {
  value: Constant;
  inclusive: boolean;
}

export interface ColumnBounds {
  lower?: Limit;
  upper?: Limit;
  values?: readonly Constant[];
}

/** A literal (possibly cast): `42`, `1.5`, `'2027-01-01'`, `'2027-01-01'::date`. */
export function constantOf(node: AstNode | undefined): Constant | undefined {
  const cast = node?.TypeCast;
  const c = cast ? cast.arg?.A_Const : node?.A_Const;
  if (!c || c.isnull) return undefined;
  const typed = (value: Constant, own?: string): Constant => {
    const type = cast ? typeNameOf(cast.typeName) + '[]'.repeat((cast.typeName?.arrayBounds ?? []).length) : own;
    return type === undefined ? value : { ...value, type };
  };
  if (c.ival) return typed({ number: Number(c.ival.ival ?? 0) }, 'int4');
  // PostgreSQL reads an integer too large for int4 as int8, any other number as numeric.
  if (c.fval) return typed({ number: Number(c.fval.fval) }, /^-?\d+$/.test(c.fval.fval) ? 'int8' : 'numeric');
  if (typeof c.sval?.sval === 'string') return typed({ text: c.sval.sval });
  return undefined;
}

const ISO = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?)?$/;

/** A date or timestamp without a zone, written so that string order is time order; undefined otherwise. */
function isoKey(text: string): string | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  return `${m[1]} ${m[2] ?? '00'}:${m[3] ?? '00'}:${m[4] ?? '00'}.${(m[5] ?? '').padEnd(6, '0')}`;
}

/** a − b as a sign; undefined when the order depends on what Sluice cannot know (a collation, a time zone). */
export function compareConstants(a: Constant, b: Constant): number | undefined {
  const numeric = (c: Constant): number | undefined =>
    'number' in c ? c.number : /^\s*-?\d+(\.\d+)?\s*$/.test(c.text) ? Number(c.text) : undefined;
  const x = numeric(a);
  const y = numeric(b);
  if (x !== undefined && y !== undefined) return Math.sign(x - y);
  if (!('text' in a) || !('text' in b)) return undefined;
  if (a.text === b.text) return 0;
  const ka = isoKey(a.text);
  const kb = isoKey(b.text);
  return ka !== undefined && kb !== undefined ? (ka < kb ? -1 : ka > kb ? 1 : 0) : undefined;
}

/** Whether two constants are the same value; undefined when Sluice cannot tell. */
export function sameConstant(a: Constant, b: Constant): boolean | undefined {
  const order = compareConstants(a, b);
  if (order !== undefined) return order === 0;
  // Two different texts that are not dates are different values (under a deterministic collation).
  return 'text' in a && 'text' in b ? a.text === b.text : undefined;
}

const FLIPPED: Record<string, string> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '=': '=' };

/** Bounds per column from a CHECK's AND-ed conditions; undefined when none is a plain comparison with constants. */
export function checkBounds(expr: AstNode | undefined): Record<string, ColumnBounds> | undefined {
  const conditions: AstNode[] = expr?.BoolExpr?.boolop === 'AND_EXPR' ? expr.BoolExpr.args : expr ? [expr] : [];
  const bounds: Record<string, ColumnBounds> = {};
  // Two conditions of one kind on a column (`at > a AND at >= b`): not worth ordering; say nothing about it.
  const repeated = new Set<string>();
  const set = (column: string, field: keyof ColumnBounds, value: Limit | readonly Constant[]): void => {
    const b = (bounds[column] ??= {});
    if (b[field] !== undefined) repeated.add(column);
    (b as Record<string, unknown>)[field] = value;
  };
  const columnOf = (node: AstNode | undefined): string | undefined => {
    const fields = node?.ColumnRef?.fields;
    return fields?.length === 1 ? fields[0].String?.sval : undefined;
  };
  for (const condition of conditions) {
    const e = condition.A_Expr;
    if (!e) continue;
    if (e.kind === 'AEXPR_OP') {
      let column = columnOf(e.lexpr);
      let value = constantOf(e.rexpr);
      let op: string | undefined = e.name?.[0]?.String?.sval;
      if (column === undefined) {
        // `'2027-01-01' <= at`
        column = columnOf(e.rexpr);
        value = constantOf(e.lexpr);
        op = op === undefined ? undefined : FLIPPED[op];
      }
      if (column === undefined || value === undefined || op === undefined) continue;
      if (op === '>=' || op === '>') set(column, 'lower', { value, inclusive: op === '>=' });
      else if (op === '<=' || op === '<') set(column, 'upper', { value, inclusive: op === '<=' });
      else if (op === '=') set(column, 'values', [value]);
    } else if (e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_IN' || e.kind === 'AEXPR_OP_ANY') {
      const column = columnOf(e.lexpr);
      // `col = ANY (ARRAY[...])` is how PostgreSQL (and pg_dump) writes `col IN (...)`.
      const items: AstNode[] =
        (e.kind === 'AEXPR_OP_ANY' ? e.rexpr?.A_ArrayExpr?.elements : e.rexpr?.List?.items) ?? [];
      const values = items.map(constantOf);
      if (column === undefined || values.some((v) => v === undefined) || values.length === 0) continue;
      if (e.kind !== 'AEXPR_BETWEEN' && e.name?.[0]?.String?.sval === '=') set(column, 'values', values as Constant[]);
      else if (e.kind === 'AEXPR_BETWEEN' && values.length === 2) {
        set(column, 'lower', { value: values[0] as Constant, inclusive: true });
        set(column, 'upper', { value: values[1] as Constant, inclusive: true });
      }
    }
  }
  for (const column of repeated) delete bounds[column];
  return Object.keys(bounds).length > 0 ? bounds : undefined;
}

/** A datum of FOR VALUES: a constant, MINVALUE / MAXVALUE (a range's), or NULL (a list's). */
export type BoundDatum = Constant | 'minvalue' | 'maxvalue' | null;

/** A partition's FOR VALUES, when all its datums are constants (DEFAULT is none). */
export type PartitionBound =
  | { strategy: 'range'; from: readonly BoundDatum[]; to: readonly BoundDatum[] }
  | { strategy: 'list'; values: readonly BoundDatum[] }
  | { strategy: 'hash'; modulus: number; remainder: number };

/** The bound of `PARTITION OF ... FOR VALUES` or `ATTACH PARTITION ... FOR VALUES` (a PartitionBoundSpec). */
export function partitionBoundOf(spec: AstNode | undefined): PartitionBound | undefined {
  if (!spec || spec.is_default) return undefined;
  const datums = (list: AstNode[] | undefined): BoundDatum[] | undefined => {
    const out = (list ?? []).map((d): BoundDatum | undefined => {
      const word = d?.ColumnRef?.fields?.[0]?.String?.sval;
      if (word === 'minvalue' || word === 'maxvalue') return word;
      return d?.A_Const?.isnull ? null : constantOf(d);
    });
    return out.length === 0 || out.includes(undefined) ? undefined : (out as BoundDatum[]);
  };
  if (spec.strategy === 'h') return { strategy: 'hash', modulus: spec.modulus ?? 0, remainder: spec.remainder ?? 0 };
  if (spec.strategy === 'l') {
    const values = datums(spec.listdatums);
    return values && { strategy: 'list', values };
  }
  const from = datums(spec.lowerdatums);
  const to = datums(spec.upperdatums);
  return spec.strategy === 'r' && from && to ? { strategy: 'range', from, to } : undefined;
}

export function samePartitionBound(a: PartitionBound | undefined, b: PartitionBound | undefined): boolean {
  return a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The CHECK that `DETACH PARTITION ... CONCURRENTLY` adds to the partition, copying its bound (`at IS NOT NULL AND
 * at >= ... AND at < ...`): the columns it mentions, those it proves not null, and for a one-column key its bounds.
 * Undefined for a hash partition, which gets none (PostgreSQL 15), or a key with an expression.
 */
export function detachedBoundCheck(
  key: readonly (string | null)[],
  bound: PartitionBound,
): { columns: string[]; provesNotNull: string[]; bounds?: Record<string, ColumnBounds> } | undefined {
  if (bound.strategy === 'hash' || key.length === 0 || key.some((k) => k === null)) return undefined;
  const columns = key as string[];
  const [k] = columns;
  if (bound.strategy === 'list') {
    // A NULL in the list makes it `k IS NULL OR k = ...`.
    if (bound.values.includes(null)) return { columns, provesNotNull: [] };
    const values = bound.values.filter((v): v is Constant => typeof v === 'object' && v !== null);
    return { columns, provesNotNull: columns, bounds: { [k as string]: { values } } };
  }
  if (columns.length !== 1) return { columns, provesNotNull: columns };
  const [from] = bound.from;
  const [to] = bound.to;
  const limits: ColumnBounds = {
    ...(typeof from === 'object' && from !== null ? { lower: { value: from, inclusive: true } } : {}),
    ...(typeof to === 'object' && to !== null ? { upper: { value: to, inclusive: false } } : {}),
  };
  return { columns, provesNotNull: columns, bounds: { [k as string]: limits } };
}
