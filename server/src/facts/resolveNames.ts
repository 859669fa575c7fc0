// Unqualified relation names under a `SET search_path` other than the default. Keys are written `public.name` for
// an unqualified name everywhere else (facts/statementFacts.ts), which is where PostgreSQL looks by default; after
// `SET search_path TO billing, public` the statement's names are qualified here instead, the way PostgreSQL
// resolves them: a new relation goes to the first schema of the path, an existing one is found in the first schema
// that holds it. Rules and the schema replay then see `billing.invoices` and need to know nothing about paths.
import type { ParseOutcome } from '../syntax/parse';
import type { AstNode } from '../syntax/parse';
import { creationSchema } from './searchPath';

type Parsed = ParseOutcome & { ok: true };

/** Whether a path changes where any unqualified name is: it names a schema besides `public` and "$user". */
export function pathMatters(path: readonly string[] | undefined): path is readonly string[] {
  return path !== undefined && path.some((schema) => schema !== 'public' && !SKIPPED.has(schema));
}

const SKIPPED = new Set(['$user', 'pg_catalog', 'pg_temp']);

/** Statements whose relation (this RangeVar) is the one they create. */
const CREATED: Record<string, (ast: AstNode) => AstNode | undefined> = {
  CreateStmt: (ast) => ast.relation,
  ViewStmt: (ast) => ast.view,
  CreateTableAsStmt: (ast) => ast.into?.rel,
  CreateSeqStmt: (ast) => ast.sequence,
  CompositeTypeStmt: (ast) => ast.typevar,
  CreateForeignTableStmt: (ast) => ast.base?.relation,
};

/** DROP of these names relations (a list of name parts per object). */
const DROPPED_RELATIONS = new Set(['OBJECT_TABLE', 'OBJECT_INDEX', 'OBJECT_VIEW', 'OBJECT_MATVIEW', 'OBJECT_SEQUENCE']);

/** A place in a tree that holds an unqualified relation name. */
interface NamePlace {
  name: string;
  creates: boolean;
  /** Qualifies the name (in the tree this place was found in). */
  qualify(schema: string): void;
}

const placesOf = new WeakMap<AstNode, NamePlace[]>();
const resolved = new WeakMap<AstNode, Map<string, Parsed>>();

/**
 * The statement with its unqualified relation names qualified as PostgreSQL resolves them under `path`;
 * `exists(key)` says whether a relation is there now. The same object for the same resolutions, so a remembered
 * walk sees an unchanged statement as unchanged.
 */
export function resolvedParse(parse: Parsed, path: readonly string[], exists: (key: string) => boolean): Parsed {
  let places = placesOf.get(parse.ast);
  if (!places) placesOf.set(parse.ast, (places = namePlaces(parse.kind, parse.ast)));
  if (places.length === 0) return parse;
  const create = creationSchema(path);
  const schemas = places.map((place) =>
    place.creates ? create : path.find((schema) => !SKIPPED.has(schema) && exists(`${schema}.${place.name}`)),
  );
  if (schemas.every((schema) => schema === undefined || schema === 'public')) return parse;
  const key = schemas.join('\u0000');
  let byResolution = resolved.get(parse.ast);
  if (!byResolution) resolved.set(parse.ast, (byResolution = new Map()));
  let result = byResolution.get(key);
  if (!result) {
    const tree = structuredClone(parse.ast) as AstNode;
    // The copy has the same shape: the places found in the original are found again, in the same order.
    namePlaces(parse.kind, tree).forEach((place, i) => {
      const schema = schemas[i];
      if (schema !== undefined) place.qualify(schema);
    });
    result = { ok: true, kind: parse.kind, ast: tree };
    byResolution.set(key, result);
  }
  return result;
}

function namePlaces(kind: string, ast: AstNode): NamePlace[] {
  const places: NamePlace[] = [];
  const created = CREATED[kind]?.(ast);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const object = node as AstNode;
    if (typeof object.relname === 'string' && object.schemaname === undefined && object.catalogname === undefined) {
      const rangeVar = object;
      places.push({
        name: rangeVar.relname,
        creates: rangeVar === created,
        qualify: (schema) => {
          rangeVar.schemaname = schema;
        },
      });
    }
    for (const value of Object.values(object)) if (value !== null && typeof value === 'object') visit(value);
  };
  visit(ast);
  if (kind === 'DropStmt' && DROPPED_RELATIONS.has(ast.removeType)) {
    for (const object of (ast.objects ?? []) as AstNode[]) {
      const items = object.List?.items as AstNode[] | undefined;
      const name = items?.length === 1 ? items[0].String?.sval : undefined;
      if (typeof name === 'string')
        places.push({ name, creates: false, qualify: (schema) => items?.unshift({ String: { sval: schema } }) });
    }
  }
  return places;
}
