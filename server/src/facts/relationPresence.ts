// What a statement shows of which relations the database has: the tables and views it uses (it fails unless they
// exist), the relations it leaves without a name (DROP, or RENAME / SET SCHEMA away) and the ones it makes. The
// schema replay keeps from this which relations are known to be absent, and in which schemas the migrations used
// relations they never made (there, a name they never made may well exist).
import type { AstNode } from '../syntax/parse';
import { perStatement } from './perStatement';
import { relationRef } from './statementFacts';

export interface RelationPresence {
  /** Keys of the tables and views it reads or changes, which exist before it runs (not those it makes itself). */
  readonly uses: readonly string[];
  /** `... IF EXISTS`: the key of its target. What it uses counts only when that target is there. */
  readonly ifExists?: string;
  /** Keys of the relations no longer there after it. */
  readonly removes: readonly string[];
  /** Keys of the relations it creates (or renames or moves to). */
  readonly makes: readonly string[];
}

const NOTHING: RelationPresence = { uses: [], removes: [], makes: [] };

/** Relation kinds a DROP, RENAME or SET SCHEMA takes a name from. */
const RELATIONS = new Set([
  'OBJECT_TABLE',
  'OBJECT_VIEW',
  'OBJECT_MATVIEW',
  'OBJECT_INDEX',
  'OBJECT_SEQUENCE',
  'OBJECT_FOREIGN_TABLE',
]);

/** Relation kinds whose use proves the migrations know less than the database has (the replay models these). */
const TABLES_AND_VIEWS = new Set(['OBJECT_TABLE', 'OBJECT_VIEW', 'OBJECT_MATVIEW']);

/** What RENAME renames on a table. */
const ON_TABLE = new Set(['OBJECT_TABCONSTRAINT', 'OBJECT_TRIGGER', 'OBJECT_POLICY', 'OBJECT_RULE']);

/**
 * Statements whose relations may be sequences, indexes, composite types or foreign tables (which the replay does
 * not model, or whose implicit names it may not know), or are no use at all: nothing they name counts as used.
 */
const NO_USES = new Set([
  'CreateSeqStmt',
  'AlterSeqStmt',
  'CompositeTypeStmt',
  'CreateForeignTableStmt',
  'GrantStmt',
  'ReindexStmt',
  'CommentStmt',
  'SecLabelStmt',
  'DropStmt',
  'CreateSchemaStmt',
]);

/** The relation each statement kind creates. */
const CREATED: Record<string, (ast: AstNode) => AstNode | undefined> = {
  CreateStmt: (ast) => ast.relation,
  CreateTableAsStmt: (ast) => ast.into?.rel,
  SelectStmt: (ast) => ast.intoClause?.rel,
  ViewStmt: (ast) => ast.view,
  CreateSeqStmt: (ast) => ast.sequence,
  CompositeTypeStmt: (ast) => ast.typevar,
  CreateForeignTableStmt: (ast) => ast.base?.relation,
};

/** Schemas of the system's relations. (An unqualified `pg_...` name is a catalog: pg_catalog is searched first.) */
const SYSTEM_SCHEMAS = new Set(['pg_catalog', 'information_schema', 'pg_temp', 'pg_toast']);

/** What `ast` (a statement of `kind`) shows of which relations exist; cached per statement. */
export const relationPresence = perStatement((ast: AstNode, kind: string): RelationPresence => {
  const makes: string[] = [];
  const removes: string[] = [];
  const created = CREATED[kind]?.(ast);
  const createdKey = relationRef(created, 'table')?.key;
  if (createdKey) makes.push(createdKey);
  if (kind === 'IndexStmt' && typeof ast.idxname === 'string') {
    const table = relationRef(ast.relation, 'table')?.key;
    if (table) makes.push(`${table.slice(0, table.indexOf('.'))}.${ast.idxname}`);
  }
  let ifExists: string | undefined;
  let usesAllowed = !NO_USES.has(kind);
  if (kind === 'DropStmt' && RELATIONS.has(ast.removeType)) {
    for (const object of (ast.objects ?? []) as AstNode[]) {
      const key = listKey(object.List?.items);
      if (key) removes.push(key);
    }
  } else if (kind === 'RenameStmt' || kind === 'AlterObjectSchemaStmt') {
    const type: string = kind === 'RenameStmt' ? ast.renameType : ast.objectType;
    const from = relationRef(ast.relation, 'table')?.key;
    if (RELATIONS.has(type) && from) {
      const schema = kind === 'RenameStmt' ? from.slice(0, from.indexOf('.')) : ast.newschema;
      const name = kind === 'RenameStmt' ? ast.newname : from.slice(from.indexOf('.') + 1);
      removes.push(from);
      if (typeof schema === 'string' && typeof name === 'string') makes.push(`${schema}.${name}`);
    }
    // RENAME COLUMN of a table or view (not of a composite type or foreign table); a constraint, trigger, policy or
    // rule of a table.
    const on = type === 'OBJECT_COLUMN' ? ast.relationType : type;
    usesAllowed = TABLES_AND_VIEWS.has(on) || ON_TABLE.has(type);
    if (ast.missing_ok === true) ifExists = from;
  } else if (kind === 'AlterTableStmt') {
    usesAllowed = TABLES_AND_VIEWS.has(ast.objtype);
    if (ast.missing_ok === true) ifExists = relationRef(ast.relation, 'table')?.key;
  }
  const uses = usesAllowed ? usedRelations(kind === 'RuleStmt' ? ast.relation : ast, makes) : [];
  // DROP TABLE or VIEW without IF EXISTS fails unless the relation is there.
  if (kind === 'DropStmt' && ast.missing_ok !== true && TABLES_AND_VIEWS.has(ast.removeType)) uses.push(...removes);
  if (uses.length === 0 && removes.length === 0 && makes.length === 0) return NOTHING;
  return { uses, removes, makes, ...(ifExists !== undefined && { ifExists }) };
});

/** `[schema, name]` or `[name]` (a DROP's object) → its key. */
function listKey(items: AstNode[] | undefined): string | undefined {
  const parts = (items ?? []).map((n) => n.String?.sval);
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => typeof p !== 'string')) return undefined;
  return parts.length === 1 ? `public.${parts[0]}` : `${parts[parts.length - 2]}.${parts[parts.length - 1]}`;
}

/**
 * The keys of the relations named under `node` (RangeVars, wrapped or not), but for the ones the statement makes,
 * the names of its WITH queries and the system catalogs.
 */
function usedRelations(node: AstNode, makes: readonly string[]): string[] {
  const rangeVars: AstNode[] = [];
  const ctes: string[] = [];
  collect(node, rangeVars, ctes);
  const uses: string[] = [];
  for (const rangeVar of rangeVars) {
    const unqualified = rangeVar.schemaname === undefined;
    if (unqualified && (ctes.includes(rangeVar.relname) || rangeVar.relname.startsWith('pg_'))) continue;
    if (!unqualified && SYSTEM_SCHEMAS.has(rangeVar.schemaname)) continue;
    const key = relationRef(rangeVar, 'table')?.key;
    if (key && !makes.includes(key) && !uses.includes(key)) uses.push(key);
  }
  return uses;
}

/** Every RangeVar under `node`, and every WITH query's name. (Runs for every statement a walk replays.) */
function collect(node: AstNode, rangeVars: AstNode[], ctes: string[]): void {
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) {
      const item: unknown = node[i];
      if (item !== null && typeof item === 'object') collect(item as AstNode, rangeVars, ctes);
    }
    return;
  }
  if (typeof node.relname === 'string') rangeVars.push(node);
  else if (typeof node.ctename === 'string') ctes.push(node.ctename);
  for (const key in node) {
    const value: unknown = node[key];
    if (value !== null && typeof value === 'object') collect(value as AstNode, rangeVars, ctes);
  }
}
