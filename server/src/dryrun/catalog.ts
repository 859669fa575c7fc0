// What a database's schema and data look like, as plain text that can be compared: verify-rollback snapshots
// before the up migration and after its down, and any difference is something the down did not undo.
//
// Descriptions hold only what the DDL decides (no OIDs, no relfilenodes, no sequence positions), so the same
// schema reached twice compares equal, and PostgreSQL 15 and PGlite (18) describe the same DDL the same way.
import { Database } from './database';

export interface SchemaObject {
  /** `public.charges` (table), `public.charges.total_amount` (column), `index public.charges_pkey`, ... */
  key: string;
  description: string;
}

export interface SchemaSnapshot {
  /** key → normalised description. */
  objects: ReadonlyMap<string, string>;
}

export interface SchemaDifference {
  object: string;
  /** Null when the object did not exist before. */
  before: string | null;
  /** Null when the object no longer exists. */
  after: string | null;
}

/** User schemas: not pg_catalog, pg_toast, pg_temp_N (all reserved "pg_" names), nor information_schema. */
const USER_SCHEMA = (alias: string) =>
  `(${alias}.nspname NOT LIKE 'pg\\_%' AND ${alias}.nspname <> 'information_schema')`;

/** Objects an extension created belong to the `extension` entry, not listed one by one. */
const NOT_FROM_EXTENSION = (catalog: string, oid: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.classid = '${catalog}'::regclass AND e.objid = ${oid} AND e.deptype = 'e')`;

/** Grants beyond the owner's defaults (the default set differs between versions; granting then revoking
 * leaves an explicit ACL equal to the default, which must compare equal to none). */
const EXTRA_GRANTS = (acl: string, kind: string, owner: string) =>
  `(SELECT string_agg(g::text, ',' ORDER BY g::text COLLATE "C")
      FROM unnest(coalesce(${acl}, acldefault('${kind}', ${owner}))) AS g
     WHERE NOT g = ANY (acldefault('${kind}', ${owner})))`;

/** Each query returns (key, description) rows for one kind of object. */
const OBJECT_QUERIES: readonly string[] = [
  // schemas
  `SELECT 'schema ' || n.nspname AS key,
          concat_ws('; ', 'schema', 'comment ' || quote_literal(obj_description(n.oid, 'pg_namespace'))) AS description
     FROM pg_namespace n
    WHERE ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_namespace', 'n.oid')}`,

  // tables (plain, partitioned, foreign): kind, persistence, partitioning, columns, security, options. Columns by
  // name, not position: a down that adds back a dropped column can only add it last (PostgreSQL has no other way).
  // Their types, defaults and nullability are compared per column below.
  `SELECT n.nspname || '.' || c.relname AS key,
          concat_ws('; ',
            CASE c.relkind WHEN 'p' THEN 'partitioned table' WHEN 'f' THEN 'foreign table' ELSE 'table' END,
            CASE c.relpersistence WHEN 'u' THEN 'unlogged' END,
            CASE WHEN c.relkind = 'p' THEN 'partition by ' || pg_get_partkeydef(c.oid) END,
            (SELECT 'partition of ' || pn.nspname || '.' || p.relname || ' ' || pg_get_expr(c.relpartbound, c.oid)
               FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid AND c.relispartition),
            (SELECT 'inherits ' || string_agg(pn.nspname || '.' || p.relname, ', ' ORDER BY i.inhseqno)
               FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid AND NOT c.relispartition),
            (SELECT 'columns ' || string_agg(a.attname, ', ' ORDER BY a.attname)
               FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
            CASE WHEN c.relrowsecurity THEN 'row level security' END,
            CASE WHEN c.relforcerowsecurity THEN 'force row level security' END,
            CASE c.relreplident WHEN 'n' THEN 'replica identity nothing' WHEN 'f' THEN 'replica identity full' END,
            'options ' || array_to_string(c.reloptions, ', '),
            'grants ' || ${EXTRA_GRANTS('c.relacl', 'r', 'c.relowner')},
            'comment ' || quote_literal(obj_description(c.oid, 'pg_class'))) AS description
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'p', 'f') AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}`,

  // columns: type with modifiers, NOT NULL, default, identity (with its sequence's settings), generated, collation
  `SELECT n.nspname || '.' || c.relname || '.' || a.attname AS key,
          concat_ws(' ',
            format_type(a.atttypid, a.atttypmod),
            CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation
                 THEN 'collate ' || (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = a.attcollation) END,
            CASE WHEN a.attnotnull THEN 'not null' END,
            CASE WHEN a.attgenerated = '' THEN 'default ' || pg_get_expr(d.adbin, d.adrelid) END,
            CASE a.attgenerated WHEN 's' THEN 'generated always as (' || pg_get_expr(d.adbin, d.adrelid) || ') stored'
                                WHEN 'v' THEN 'generated always as (' || pg_get_expr(d.adbin, d.adrelid) || ') virtual' END,
            CASE a.attidentity WHEN 'a' THEN 'generated always as identity' WHEN 'd' THEN 'generated by default as identity' END,
            (SELECT format('(start %s increment %s minvalue %s maxvalue %s cache %s%s)', s.seqstart, s.seqincrement,
                           s.seqmin, s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END)
               FROM pg_depend dep JOIN pg_sequence s ON s.seqrelid = dep.objid
              WHERE a.attidentity <> '' AND dep.classid = 'pg_class'::regclass AND dep.refobjid = a.attrelid
                AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'),
            'comment ' || quote_literal(col_description(c.oid, a.attnum))) AS description
     FROM pg_attribute a
     JOIN pg_class c ON c.oid = a.attrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
     JOIN pg_type t ON t.oid = a.atttypid
     LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f')
      AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}`,

  // indexes: definition, whether usable (an interrupted CREATE INDEX CONCURRENTLY leaves it invalid), attachment
  `SELECT 'index ' || n.nspname || '.' || ic.relname AS key,
          concat_ws('; ',
            pg_get_indexdef(i.indexrelid),
            CASE WHEN NOT i.indisvalid THEN 'invalid' END,
            CASE WHEN NOT i.indisready THEN 'not ready' END,
            CASE WHEN i.indisclustered THEN 'clustered' END,
            CASE WHEN i.indisreplident THEN 'replica identity' END,
            (SELECT 'attached to ' || pn.nspname || '.' || p.relname
               FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE h.inhrelid = ic.oid),
            'comment ' || quote_literal(obj_description(ic.oid, 'pg_class'))) AS description
     FROM pg_index i
     JOIN pg_class ic ON ic.oid = i.indexrelid
     JOIN pg_namespace n ON n.oid = ic.relnamespace
    WHERE ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'i.indrelid')}`,

  // table constraints (NOT NULL is part of the column: PostgreSQL 18 also catalogues it as a constraint, 15 does not)
  `SELECT 'constraint ' || n.nspname || '.' || c.relname || '.' || k.conname AS key,
          concat_ws('; ',
            pg_get_constraintdef(k.oid),
            CASE WHEN NOT k.convalidated AND pg_get_constraintdef(k.oid) NOT LIKE '%NOT VALID' THEN 'not validated' END,
            'comment ' || quote_literal(obj_description(k.oid, 'pg_constraint'))) AS description
     FROM pg_constraint k
     JOIN pg_class c ON c.oid = k.conrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE k.contype IN ('c', 'f', 'p', 'u', 'x')
      AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}`,

  // triggers (not the internal ones behind foreign keys, whose names hold OIDs)
  `SELECT 'trigger ' || n.nspname || '.' || c.relname || '.' || g.tgname AS key,
          concat_ws('; ',
            pg_get_triggerdef(g.oid),
            CASE g.tgenabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled replica' WHEN 'A' THEN 'enabled always' END,
            'comment ' || quote_literal(obj_description(g.oid, 'pg_trigger'))) AS description
     FROM pg_trigger g
     JOIN pg_class c ON c.oid = g.tgrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE NOT g.tgisinternal AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}`,

  // functions and procedures (full definition), aggregates (their parts)
  `SELECT CASE p.prokind WHEN 'p' THEN 'procedure ' WHEN 'a' THEN 'aggregate ' ELSE 'function ' END
            || n.nspname || '.' || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')' AS key,
          concat_ws('; ',
            CASE WHEN p.prokind = 'a' THEN
              (SELECT concat_ws(' ', 'returns ' || format_type(p.prorettype, NULL), 'sfunc ' || ag.aggtransfn::text,
                                'stype ' || format_type(ag.aggtranstype, NULL),
                                CASE WHEN ag.aggfinalfn <> 0 THEN 'finalfunc ' || ag.aggfinalfn::text END,
                                CASE WHEN ag.aggcombinefn <> 0 THEN 'combinefunc ' || ag.aggcombinefn::text END,
                                'initcond ' || quote_literal(ag.agginitval))
                 FROM pg_aggregate ag WHERE ag.aggfnoid = p.oid)
            ELSE rtrim(pg_get_functiondef(p.oid), E'\\n') END,
            'grants ' || ${EXTRA_GRANTS('p.proacl', 'f', 'p.proowner')},
            'comment ' || quote_literal(obj_description(p.oid, 'pg_proc'))) AS description
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_proc', 'p.oid')}
      -- constructors that CREATE TYPE ... AS RANGE makes come and go with their type
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'i')`,

  // types: enum labels in order, domains, composite types, ranges, base types
  `SELECT 'type ' || n.nspname || '.' || t.typname AS key,
          concat_ws('; ',
            CASE t.typtype
              WHEN 'e' THEN (SELECT 'enum (' || string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) || ')'
                               FROM pg_enum e WHERE e.enumtypid = t.oid)
              WHEN 'd' THEN concat_ws(' ', 'domain over ' || format_type(t.typbasetype, t.typtypmod),
                              CASE WHEN t.typcollation <> 0 AND t.typcollation <> (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype)
                                   THEN 'collate ' || (SELECT quote_ident(co.collname) FROM pg_collation co WHERE co.oid = t.typcollation) END,
                              CASE WHEN t.typnotnull THEN 'not null' END,
                              'default ' || t.typdefault,
                              (SELECT string_agg(k.conname || ' ' || pg_get_constraintdef(k.oid), ', ' ORDER BY k.conname)
                                 FROM pg_constraint k WHERE k.contypid = t.oid AND k.contype = 'c'))
              WHEN 'c' THEN (SELECT 'composite (' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod), ', ' ORDER BY a.attnum) || ')'
                               FROM pg_attribute a WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped)
              WHEN 'r' THEN (SELECT 'range of ' || format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid)
              ELSE 'base type input ' || t.typinput::text || ' output ' || t.typoutput::text
            END,
            'comment ' || quote_literal(obj_description(t.oid, 'pg_type'))) AS description
     FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typtype IN ('b', 'c', 'd', 'e', 'r')
      AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
      AND NOT EXISTS (SELECT 1 FROM pg_type el WHERE el.typarray = t.oid)
      AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_type', 't.oid')}`,

  // sequences: settings and owner column, not the current value (an identity's sequence is part of its column)
  `SELECT 'sequence ' || n.nspname || '.' || c.relname AS key,
          concat_ws('; ',
            format('%s start %s increment %s minvalue %s maxvalue %s cache %s%s', format_type(s.seqtypid, NULL),
                   s.seqstart, s.seqincrement, s.seqmin, s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN ' cycle' ELSE '' END),
            CASE c.relpersistence WHEN 'u' THEN 'unlogged' END,
            (SELECT 'owned by ' || tn.nspname || '.' || tc.relname || '.' || ta.attname
               FROM pg_depend d
               JOIN pg_class tc ON tc.oid = d.refobjid
               JOIN pg_namespace tn ON tn.oid = tc.relnamespace
               JOIN pg_attribute ta ON ta.attrelid = d.refobjid AND ta.attnum = d.refobjsubid
              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a'
                AND d.refclassid = 'pg_class'::regclass),
            'grants ' || ${EXTRA_GRANTS('c.relacl', 's', 'c.relowner')},
            'comment ' || quote_literal(obj_description(c.oid, 'pg_class'))) AS description
     FROM pg_sequence s
     JOIN pg_class c ON c.oid = s.seqrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'i')`,

  // views and materialized views: the definition as the server stores it
  `SELECT CASE c.relkind WHEN 'm' THEN 'materialized view ' ELSE 'view ' END || n.nspname || '.' || c.relname AS key,
          concat_ws('; ',
            -- whitespace-normalised; PostgreSQL 16+ no longer qualifies columns with the table name, so the
            -- same view reads differently on 15 and on PGlite (18)
            rtrim(btrim(regexp_replace(pg_get_viewdef(c.oid), '\\s+', ' ', 'g')), ';'),
            CASE WHEN c.relkind = 'm' AND NOT c.relispopulated THEN 'not populated' END,
            'options ' || array_to_string(c.reloptions, ', '),
            'grants ' || ${EXTRA_GRANTS('c.relacl', 'r', 'c.relowner')},
            'comment ' || quote_literal(obj_description(c.oid, 'pg_class'))) AS description
     FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('v', 'm') AND ${USER_SCHEMA('n')} AND ${NOT_FROM_EXTENSION('pg_class', 'c.oid')}`,

  // row-level security policies
  `SELECT 'policy ' || n.nspname || '.' || c.relname || '.' || p.polname AS key,
          concat_ws(' ',
            CASE WHEN p.polpermissive THEN 'permissive' ELSE 'restrictive' END,
            'for ' || CASE p.polcmd WHEN 'r' THEN 'select' WHEN 'a' THEN 'insert' WHEN 'w' THEN 'update'
                                    WHEN 'd' THEN 'delete' ELSE 'all' END,
            'to ' || (SELECT string_agg(CASE WHEN r = 0 THEN 'public' ELSE pg_get_userbyid(r)::text END, ', ' ORDER BY 1)
                        FROM unnest(p.polroles) AS r),
            'using (' || pg_get_expr(p.polqual, p.polrelid) || ')',
            'with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')') AS description
     FROM pg_policy p
     JOIN pg_class c ON c.oid = p.polrelid
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA('n')}`,

  // rewrite rules (not the _RETURN rule that is a view's definition)
  `SELECT 'rule ' || n.nspname || '.' || c.relname || '.' || r.rulename AS key,
          concat_ws('; ', rtrim(regexp_replace(pg_get_ruledef(r.oid), '\\s+', ' ', 'g'), ';'),
            CASE r.ev_enabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'enabled replica' WHEN 'A' THEN 'enabled always' END) AS description
     FROM pg_rewrite r
     JOIN pg_class c ON c.oid = r.ev_class
     JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE r.rulename <> '_RETURN' AND ${USER_SCHEMA('n')}`,

  // extensions (their member objects are not listed separately)
  `SELECT 'extension ' || x.extname AS key,
          'version ' || x.extversion || '; schema ' || n.nspname AS description
     FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace`,
];

/** Every object of every non-system schema, described. */
export async function snapshotSchema(db: Database): Promise<SchemaSnapshot> {
  const objects = new Map<string, string>();
  for (const sql of OBJECT_QUERIES) {
    const { rows } = await db.query(sql);
    for (const row of rows) objects.set(String(row.key), String(row.description));
  }
  return { objects };
}

/** What differs, by object key (sorted, so a table comes right before its columns). */
export function diffSchemas(before: SchemaSnapshot, after: SchemaSnapshot): SchemaDifference[] {
  const keys = new Set([...before.objects.keys(), ...after.objects.keys()]);
  const differences: SchemaDifference[] = [];
  for (const key of [...keys].sort()) {
    const was = before.objects.get(key) ?? null;
    const now = after.objects.get(key) ?? null;
    if (was !== now) differences.push({ object: key, before: was, after: now });
  }
  return differences;
}

/** The ordinary (leaf) tables of the user schemas, quoted for SQL and keyed like snapshot keys. */
async function userTables(db: Database): Promise<{ key: string; sql: string }[]> {
  const { rows } = await db.query(
    `SELECT n.nspname || '.' || c.relname AS key, format('%I.%I', n.nspname, c.relname) AS sql
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind = 'r' AND ${USER_SCHEMA('n')}
      ORDER BY 1`,
  );
  return rows.map((row) => ({ key: String(row.key), sql: String(row.sql) }));
}

/** One value per table, asked in batches so a large schema is a few round trips, not hundreds. */
async function perTable(db: Database, expression: (table: string) => string): Promise<Map<string, string>> {
  const tables = await userTables(db);
  const result = new Map<string, string>();
  const batchSize = 50;
  for (let start = 0; start < tables.length; start += batchSize) {
    const batch = tables.slice(start, start + batchSize);
    const sql = batch
      .map((table, i) => `SELECT ${i} AS i, (${expression(table.sql)})::text AS value`)
      .join(' UNION ALL ');
    const { rows } = await db.query(sql);
    for (const row of rows) result.set(batch[Number(row.i)].key, String(row.value));
  }
  return result;
}

/** 'public.t' → number of rows, for every ordinary table (partitions count themselves, not their parent). */
export async function tableRowCounts(db: Database): Promise<Map<string, number>> {
  const counts = await perTable(db, (table) => `SELECT count(*) FROM ${table}`);
  return new Map([...counts].map(([key, value]) => [key, Number(value)]));
}

/**
 * 'public.t' → md5 over all rows. Each row's text is hashed and the hashes are joined in sorted order, so the
 * checksum depends on the rows, not on their physical order, and the server never holds the table as a string.
 */
export async function tableChecksums(db: Database): Promise<Map<string, string>> {
  return perTable(
    db,
    (table) =>
      `SELECT md5(coalesce(string_agg(h, '' ORDER BY h COLLATE "C"), '')) FROM (SELECT md5(r::text) AS h FROM ${table} AS r) AS rows`,
  );
}
