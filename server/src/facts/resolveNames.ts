// Unqualified relation names under a `SET search_path` other than the default. Keys are written `public.name` for
// an unqualified name everywhere else (facts/statementFacts.ts), which is where PostgreSQL looks by default; after
// `SET search_path TO billing, public` the statement's names are qualified here instead, the way PostgreSQL
// resolves them: a new relation goes to the first schema of the path, an existing one is found in the first schema
// that holds it. Rules and the schema replay then see `billing.invoices` and need to know nothing about paths. A
// column's type is qualified the same way when a domain or enum of that name is found on the path.
import type { ParseOutcome } from '../syntax/parse';
import type { AstNode } from '../syntax/parse';
import type { SchemaModel } from '../schema/model';
import { creationSchema } from './searchPath';

type Parsed = ParseOutcome & { ok: true };

/** What a name is found among: relations (absent), types (a domain, an enum) or functions. */
export type NameKind = 'type' | 'function';

/** Whether the schema has something called `key` among relations, types or functions. */
export function schemaHas(model: SchemaModel, key: string, among?: NameKind): boolean {
  if (among === 'type') return model.domains.has(key) || model.enums.has(key);
  if (among === 'function') return model.functions.has(key) || model.functionSignatures.has(key);
  return model.tables.has(key) || model.views.has(key) || model.indexes.has(key);
}

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

/** A place in a tree that holds an unqualified relation name (or a column's type name). */
interface NamePlace {
  name: string;
  creates: boolean;
  among?: NameKind;
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
export function resolvedParse(
  parse: Parsed,
  path: readonly string[],
  exists: (key: string, among?: NameKind) => boolean,
): Parsed {
  let places = placesOf.get(parse.ast);
  if (!places) placesOf.set(parse.ast, (places = namePlaces(parse.kind, parse.ast)));
  if (places.length === 0) return parse;
  const create = creationSchema(path);
  const schemas = places.map((place) =>
    place.creates
      ? create
      : path.find((schema) => !SKIPPED.has(schema) && exists(`${schema}.${place.name}`, place.among)),
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

/** A one-part name list (`[{String: {sval}}]`): a place that qualifies it by putting the schema in front. */
function pushName(places: NamePlace[], names: AstNode[] | undefined, creates: boolean, among: NameKind): void {
  const name = Array.isArray(names) && names.length === 1 ? names[0].String?.sval : undefined;
  if (typeof name !== 'string') return;
  places.push({ name, creates, among, qualify: (schema) => names?.unshift({ String: { sval: schema } }) });
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
    // A column's type written without its schema (`ADD COLUMN email email`): a domain or enum found on the path.
    // A function called (or created) without one: the first on the path that has it.
    if (object.colname !== undefined) pushName(places, object.typeName?.names, false, 'type');
    if (object.funcname !== undefined && !(object === ast && kind === 'CreateFunctionStmt'))
      pushName(places, object.funcname, false, 'function');
    for (const value of Object.values(object)) if (value !== null && typeof value === 'object') visit(value);
  };
  visit(ast);
  // A type or function created without its schema goes to the first schema of the path.
  if (kind === 'CreateDomainStmt') pushName(places, ast.domainname, true, 'type');
  if (kind === 'CreateEnumStmt') pushName(places, ast.typeName, true, 'type');
  if (kind === 'CreateFunctionStmt') pushName(places, ast.funcname, true, 'function');
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
