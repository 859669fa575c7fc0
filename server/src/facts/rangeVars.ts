// The relations a statement's subtree names (FROM items, targets, subqueries): their keys, in first-seen order.
import type { AstNode } from '../syntax/parse';
import { relationRef } from './statementFacts';

/** The key of every RangeVar under `node`, once each. */
export function rangeVars(node: unknown, into: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => rangeVars(n, into));
  else if (node && typeof node === 'object') {
    const rv = (node as AstNode).RangeVar;
    if (rv) {
      const key = relationRef(rv, 'table')?.key;
      if (key && !into.includes(key)) into.push(key);
    }
    for (const value of Object.values(node)) rangeVars(value, into);
  }
  return into;
}
