// `SET search_path TO app, public`: an unqualified name is created in the first schema of the path (skipping
// "$user" and the system schemas) and found in any of them. Relation keys are written `public.name` for an
// unqualified name (facts/statementFacts.ts); these say where such a name really is.
import type { RelationRef } from './statementFacts';

/** Written without a schema (`orders`, keyed `public.orders`), as opposed to `public.orders` or `app.orders`. */
export function isUnqualified(ref: RelationRef): boolean {
  return ref.key.length === ref.written.length + 7 && ref.key.startsWith('public.') && ref.key.endsWith(ref.written);
}

/** Where CREATE puts an unqualified name under this path: its first schema that is not "$user" or a system one. */
export function creationSchema(path: readonly string[] | undefined): string | undefined {
  return path?.find((schema) => schema !== '$user' && schema !== 'pg_catalog' && schema !== 'pg_temp');
}

/** The key of the relation a statement creates, under the search path in force. */
export function createdKey(ref: RelationRef, path: readonly string[] | undefined): string {
  const schema = isUnqualified(ref) ? creationSchema(path) : undefined;
  return schema === undefined ? ref.key : `${schema}.${ref.written}`;
}
