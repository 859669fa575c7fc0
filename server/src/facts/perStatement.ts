// What is derived from one statement's AST alone is computed once per AST. The analysis caches ASTs per statement
// text, so this is a cache per statement text: re-analysing an edited file recomputes it only for the statements
// the edit changed, and the rules' walk over the whole file allocates next to nothing for the others.
// Values are shared from then on: callers must not change them (the return types say readonly).
import type { AstNode } from '../syntax/parse';

/**
 * Whether what is derived from a tree is kept with it, for the next analysis of an unchanged statement (the editor
 * keeps each statement's tree in its statement cache). A one-off run (`sluice lint`) turns it off: its trees die
 * after one look, and keeping their derivations in weak maps costs it a tenth of its time. Either way, the last
 * answer of each derivation is remembered: the rules looking at one statement ask the same questions.
 */
let keptWithTrees = true;

export function keepDerivedFacts(kept: boolean): void {
  keptWithTrees = kept;
}

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
  // Several rules ask about the statement the walk is on: the last answer, before any map.
  let lastNode: AstNode | undefined;
  let lastValue: R | undefined;
  const cached = (node: AstNode, a?: unknown, b?: unknown): R => {
    if (node === lastNode) return lastValue as R;
    let value: R | undefined;
    if (!keptWithTrees) value = apply(node, a, b);
    else {
      value = cache.get(node);
      if (value === undefined && !cache.has(node)) {
        value = apply(node, a, b);
        cache.set(node, value);
      }
    }
    lastNode = node;
    lastValue = value;
    return value as R;
  };
  return cached as (node: AstNode, ...rest: A) => R;
}
