// Questions about expressions inside a statement's AST.
import type { AstNode } from '../syntax/parse';

/** Functions whose value differs per row: a default using one must be computed for every existing row. */
export const VOLATILE_FUNCTIONS: ReadonlySet<string> = new Set([
  'gen_random_uuid',
  'uuid_generate_v1',
  'uuid_generate_v1mc',
  'uuid_generate_v4',
  'uuidv4',
  'uuidv7',
  'random',
  'random_normal',
  'clock_timestamp',
  'timeofday',
  'nextval',
  'currval',
  'lastval',
  'setval',
  'gen_random_bytes',
  'gen_salt',
  // Extensions' generators, declared VOLATILE: pg_uuidv7, pgx_ulid, sequential-uuids.
  'uuid_generate_v7',
  'gen_ulid',
  'gen_monotonic_ulid',
  'uuid_time_nextval',
  'uuid_sequence_nextval',
]);

/** `NULL`, or a cast of it (`NULL::character varying`, as pg_dump writes defaults): a default that stores nothing. */
export function isNullConstant(expr: AstNode | undefined): boolean {
  let node = expr;
  while (node?.TypeCast) node = node.TypeCast.arg;
  return node?.A_Const?.isnull === true;
}

/** The names of every function called anywhere in `node`, as written: `[schema, name]` or `[name]`. */
export function calledFunctionNames(node: unknown, into: string[][] = []): string[][] {
  if (Array.isArray(node)) {
    for (const item of node) calledFunctionNames(item, into);
  } else if (node && typeof node === 'object') {
    const call = (node as AstNode).FuncCall;
    if (call) into.push((call.funcname ?? []).map((n: AstNode) => String(n.String?.sval)));
    for (const value of Object.values(node)) {
      if (value && typeof value === 'object') calledFunctionNames(value, into);
    }
  }
  return into;
}

/** The unqualified names of every function called anywhere in `node`, lower-cased. */
export function calledFunctions(node: unknown): string[] {
  return calledFunctionNames(node).map((parts) => parts[parts.length - 1].toLowerCase());
}

/**
 * The last part of a type name (`pg_catalog.int4` → `int4`), as PostgreSQL knows it: the parser has folded an
 * unquoted name to lower case already, and a quoted one (`"Role"`) is another type than its lower-case spelling.
 */
export function typeNameOf(typeName: AstNode | undefined): string {
  const parts = (typeName?.names ?? []).map((n: AstNode) => n.String?.sval);
  return String(parts[parts.length - 1] ?? '');
}

/**
 * The column a `col IS NOT NULL` check (or `NOT (col IS NULL)`, which PostgreSQL proves the same way) is about, or
 * undefined for any other expression.
 */
export function notNullCheckColumn(expr: AstNode | undefined): string | undefined {
  const negated = expr?.BoolExpr?.boolop === 'NOT_EXPR' ? expr.BoolExpr.args?.[0]?.NullTest : undefined;
  const test = negated?.nulltesttype === 'IS_NULL' ? negated : expr?.NullTest;
  if (!test || (test !== negated && test.nulltesttype !== 'IS_NOT_NULL')) return undefined;
  const fields = test.arg?.ColumnRef?.fields ?? [];
  const last = fields[fields.length - 1]?.String?.sval;
  return typeof last === 'string' ? last : undefined;
}

/** A column definition's `COLLATE name` (the name's last part), or undefined for the type's default. */
export function collationOf(def: AstNode | undefined): string | undefined {
  const parts = def?.collClause?.collname ?? [];
  const name = parts[parts.length - 1]?.String?.sval;
  return typeof name === 'string' && name !== 'default' ? name : undefined;
}
