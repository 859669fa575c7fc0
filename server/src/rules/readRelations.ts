// The relations a query reads, as written in its FROM items and subqueries, without the names of its own WITH
// queries (`WITH recent AS (...) SELECT ... FROM recent` reads what `recent` reads, not a table called recent).
import { relationRef, RelationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';

/** Every relation `query` names, once each, in first-seen order. */
export function readRelations(query: unknown): RelationRef[] {
  const ctes = new Set<string>();
  collectCteNames(query, ctes);
  const found = new Map<string, RelationRef>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const rv = (node as AstNode).RangeVar;
      if (rv && !(rv.schemaname === undefined && ctes.has(rv.relname))) {
        const ref = relationRef(rv, 'table');
        if (ref && !found.has(ref.key)) found.set(ref.key, ref);
      }
      for (const value of Object.values(node)) visit(value);
    }
  };
  visit(query);
  return [...found.values()];
}

function collectCteNames(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) node.forEach((n) => collectCteNames(n, into));
  else if (node && typeof node === 'object') {
    const cte = (node as AstNode).CommonTableExpr;
    if (cte?.ctename) into.add(cte.ctename);
    for (const value of Object.values(node)) collectCteNames(value, into);
  }
}
