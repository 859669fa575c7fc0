// What a CHECK constraint says about a column's values, as far as attaching a partition needs
// (rules/attach-partition-scan.ts): a range (`col >= a AND col < b`, `BETWEEN`) or a set (`col = x`,
// `col IN (...)`) of constants, read from its AND-ed conditions. Anything else says nothing.
import type { AstNode } from '../syntax/parse';

export type Constant = { number: number } | { text: string };

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
  const c = node?.TypeCast ? node.TypeCast.arg?.A_Const : node?.A_Const;
  if (!c || c.isnull) return undefined;
  if (c.ival) return { number: Number(c.ival.ival ?? 0) };
  if (c.fval) return { number: Number(c.fval.fval) };
  if (typeof c.sval?.sval === 'string') return { text: c.sval.sval };
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
    } else if (e.kind === 'AEXPR_BETWEEN' || e.kind === 'AEXPR_IN') {
      const column = columnOf(e.lexpr);
      const items: AstNode[] = e.rexpr?.List?.items ?? [];
      const values = items.map(constantOf);
      if (column === undefined || values.some((v) => v === undefined) || values.length === 0) continue;
      if (e.kind === 'AEXPR_IN' && e.name?.[0]?.String?.sval === '=') set(column, 'values', values as Constant[]);
      else if (e.kind === 'AEXPR_BETWEEN' && values.length === 2) {
        set(column, 'lower', { value: values[0] as Constant, inclusive: true });
        set(column, 'upper', { value: values[1] as Constant, inclusive: true });
      }
    }
  }
  for (const column of repeated) delete bounds[column];
  return Object.keys(bounds).length > 0 ? bounds : undefined;
}
