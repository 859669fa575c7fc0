// Names written the way PostgreSQL's quote_ident writes them, for every name Sluice shows a person or puts in SQL
// it generates: a name copied from a message into SQL must mean the same object. The parse tree holds names as
// PostgreSQL resolved them (unquoted ones folded to lower case, quoted ones exact); `Orders` written bare in SQL
// would mean `orders`, and `user` bare is the keyword. Pure: no parser needed (generated SQL is built anywhere).

/** What quote_ident leaves bare, before its keyword test (ruleutils.c: no `$`, no upper case, no non-ASCII). */
const PLAIN = /^[a-z_][a-z0-9_]*$/;

// PostgreSQL 18's keywords that are not "unreserved" (documentation, Appendix C "SQL Key Words"; the parser's
// grammar is 18 too): quote_ident quotes them all. An older server knows fewer, and reads a quoted lower-case name
// as the same name anyway. quoteIdent.test.ts holds these lists to pg_get_keywords() and quote_ident() of PGlite
// (PostgreSQL 18) and of the suite's PostgreSQL server.
const RESERVED =
  'all analyse analyze and any array as asc asymmetric both case cast check collate column constraint create ' +
  'current_catalog current_date current_role current_time current_timestamp current_user default deferrable desc ' +
  'distinct do else end except false fetch for foreign from grant group having in initially intersect into lateral ' +
  'leading limit localtime localtimestamp not null offset on only or order placing primary references returning ' +
  'select session_user some symmetric system_user table then to trailing true union unique user using variadic ' +
  'when where window with';
const TYPE_FUNC_NAME =
  'authorization binary collation concurrently cross current_schema freeze full ilike inner is isnull join left ' +
  'like natural notnull outer overlaps right similar tablesample verbose';
const COL_NAME =
  'between bigint bit boolean char character coalesce dec decimal exists extract float greatest grouping inout int ' +
  'integer interval json json_array json_arrayagg json_exists json_object json_objectagg json_query json_scalar ' +
  'json_serialize json_table json_value least merge_action national nchar none normalize nullif numeric out ' +
  'overlay position precision real row setof smallint substring time timestamp treat trim values varchar ' +
  'xmlattributes xmlconcat xmlelement xmlexists xmlforest xmlnamespaces xmlparse xmlpi xmlroot xmlserialize xmltable';

/** Keywords no name can be bare as, type names included. */
const NEVER_BARE = new Set(`${RESERVED} ${TYPE_FUNC_NAME}`.split(' '));
/** Keywords quote_ident quotes besides: a column may be named so bare, but a function or a type may not. */
const COLUMN_NAME_KEYWORDS = new Set(COL_NAME.split(' '));

function quoted(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `orders` → `orders`, `Orders` → `"Orders"`, `user` → `"user"`, `a"b` → `"a""b"`; `name` (unreserved) stays bare. */
export function quoteIdent(name: string): string {
  return PLAIN.test(name) && !NEVER_BARE.has(name) && !COLUMN_NAME_KEYWORDS.has(name) ? name : quoted(name);
}

/**
 * A type's name (one part): as quoteIdent, but a column-name keyword stays bare. The grammar reads `timestamp`,
 * `numeric`, `varchar`, `interval` as PostgreSQL's own types of those names, the only types such names can be
 * (a bare `user` is still quoted: no type takes that name unquoted).
 */
export function quoteTypeName(name: string): string {
  return PLAIN.test(name) && !NEVER_BARE.has(name) ? name : quoted(name);
}

/** A qualified name, each part quoted as needed: `"Sales"."Orders"`, `public.orders`; absent parts are left out. */
export function quoteQualified(...parts: (string | undefined)[]): string {
  return parts
    .filter((part): part is string => part !== undefined)
    .map(quoteIdent)
    .join('.');
}

/**
 * A schema model key (`schema.name`, as PostgreSQL resolved them) written as SQL. With `publicImplied`, a name in
 * `public` is written without its schema, as an unqualified name in a migration finds it.
 */
export function quoteKey(key: string, publicImplied = false): string {
  const dot = key.indexOf('.');
  if (dot < 0) return quoteIdent(key);
  const schema = key.slice(0, dot);
  const name = key.slice(dot + 1);
  return publicImplied && schema === 'public' ? quoteIdent(name) : quoteQualified(schema, name);
}
