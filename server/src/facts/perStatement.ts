// What is derived from one statement's AST alone is computed once per AST. The analysis caches ASTs per statement
// text, so this is a cache per statement text: re-analysing an edited file recomputes it only for the statements
// the edit changed, and the rules' walk over the whole file allocates next to nothing for the others.
// Values are shared from then on: callers must not change them (the return types say readonly).
import type { AstNode } from '../syntax/parse';

/**
 * `derive`, cached per AST node. Any further arguments must be fixed by the node itself (its statement kind, the
 * statement text it was parsed from): they are not part of the key.
 */
export function perStatement<A extends [] | [unknown] | [unknown, unknown], R>(
  derive: (node: AstNode, ...rest: A) => R,
): (node: AstNode, ...rest: A) => R {
  const cache = new WeakMap<AstNode, R>();
  // Fixed parameters, not a rest array: this runs for every statement of every walk, and must not allocate.
  const apply = derive as (node: AstNode, a?: unknown, b?: unknown) => R;
  const cached = (node: AstNode, a?: unknown, b?: unknown): R => {
    const hit = cache.get(node);
    if (hit !== undefined || cache.has(node)) return hit as R;
    const value = apply(node, a, b);
    cache.set(node, value);
    return value;
  };
  return cached as (node: AstNode, ...rest: A) => R;
}
