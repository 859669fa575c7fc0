// The schema a migration runs against, as far as the migrations before it (and its own earlier statements) say.
// Immutable: replay returns a new model and shares everything it did not change, so a model built from a
// folder's history can be cached and reused by every later file. What replay cannot model it forgets, so an
// answer is either right or `undefined` (unknown) — never a guess.
import type { ColumnBounds, PartitionBound } from './checkBounds';

export interface TypeInfo {
  /** Normalised name: `int4`, `varchar`, `numeric`, `timestamptz`, `text`, a domain or enum name... */
  name: string;
  /**
   * The schema the type was named with (`billing.addr` → billing), if any but pg_catalog: the column's type is that
   * schema's, never a type of that name elsewhere (DROP TYPE ... CASCADE).
   */
  schema?: string;
  /** Type modifiers as written: varchar(50) → [50], numeric(10,2) → [10, 2]; [] when none. */
  mods: readonly number[];
  /** Array dimensions (0 for a scalar). */
  arrayDims: number;
  /** The type as the migration wrote it (`varchar(50)`), when replay was given the statement text. */
  sql?: string;
}

export interface ColumnInfo {
  name: string;
  type: TypeInfo;
  notNull: boolean;
  hasDefault: boolean;
  /** The default expression as written (`'pending'`, `now()`), when replay was given the statement text. */
  defaultSql?: string;
  /** `COLLATE name` as declared; absent: the type's default collation. Indexes on the column depend on it. */
  collation?: string;
  /** The functions its default or generation expression calls, as written (`f`, `app.f`): DROP FUNCTION ... CASCADE. */
  calls?: readonly string[];
  /** Key of the sequence its default takes values from (serial, `nextval('s')`): DROP SEQUENCE ... CASCADE. */
  sequence?: string;
  /** `GENERATED ALWAYS AS (expr) STORED`: what drops its expression drops the column. */
  generated?: boolean;
  /** A generated column `VIRTUAL` (PostgreSQL 18's default): computed when read, so not stored in the table. */
  virtual?: boolean;
}

export type ConstraintKind = 'check' | 'foreign' | 'unique' | 'primary' | 'exclusion' | 'notnull';

export interface ConstraintInfo {
  name: string;
  kind: ConstraintKind;
  /** False for a NOT VALID constraint that has not been validated yet. */
  validated: boolean;
  /** The constrained columns (for check: the columns the expression mentions, when simple). */
  columns: readonly string[];
  /** For `CHECK (col IS NOT NULL)`: the column it proves not null. */
  notNullColumn?: string;
  /** Columns the check proves not null through an `IS NOT NULL` among its AND-ed conditions. */
  provesNotNull?: readonly string[];
  references?: { table: string; columns: readonly string[] };
  /** For a check: the ranges and sets of constants its AND-ed conditions allow, per column (schema/checkBounds.ts). */
  bounds?: Readonly<Record<string, ColumnBounds>>;
  /** The CHECK that DETACH PARTITION ... CONCURRENTLY added: the partition bound it copies. */
  partitionBound?: PartitionBound;
  /**
   * The body as written, without `CONSTRAINT name` and `NOT VALID` (`CHECK (total >= 0)`), when replay was given
   * the statement text and nothing renamed since made it stale.
   */
  definition?: string;
  /** The functions a check or exclusion constraint calls, as written (`f`, `app.f`). */
  calls?: readonly string[];
}

export interface IndexInfo {
  /** Normalised `schema.name`. */
  key: string;
  name: string;
  /** Normalised key of the table. */
  table: string;
  /** Leading key columns in order; an expression key is written as null. */
  columns: readonly (string | null)[];
  unique: boolean;
  partial: boolean;
  /**
   * A partial index whose only conditions are `col IS NOT NULL` (AND-ed): those columns. An equality lookup on them
   * implies its condition, so the index serves it (a foreign key's check, for one).
   */
  excludesNullsOf?: readonly string[];
  /** The CREATE INDEX statement as written, when replay was given its text and nothing renamed since. */
  definition?: string;
  /** `CREATE INDEX ... ON ONLY`: not built on the table's partitions (until indexes of theirs are attached). */
  onlyParent?: boolean;
  /** Columns its key expressions, INCLUDE list and WHERE mention besides `columns`: dropping one drops the index. */
  mentions?: readonly string[];
  /** The functions its key expressions and WHERE call, as written (`f`, `app.f`). */
  calls?: readonly string[];
  /** Its access method when not btree (`gin`, `gist`, `hash`, ...). */
  method?: string;
  /** The operator class written for each key (without its schema), null where none was; omitted if none was. */
  opclasses?: readonly (string | null)[];
}

export interface DomainInfo {
  /** A CHECK or NOT NULL applies to its values (its own or its base domain's): a new column of it rewrites. */
  constrained: boolean;
  base: TypeInfo;
  /** Its own CHECK constraints by name, and NOT NULL, as ALTER DOMAIN adds and drops them. */
  checks?: readonly string[];
  notNull?: boolean;
  /** It has a DEFAULT (a new column of it without one of its own gets that value). */
  hasDefault?: boolean;
  /** Its base type is a domain with constraints. */
  baseConstrained?: boolean;
  /** Key of the domain it is declared over, when that is a known domain (dropping that one drops this one). */
  over?: string;
  /** `COLLATE name`, its own or the domain's it is over: a column of it without a COLLATE has it. */
  collation?: string;
}

export interface TableInfo {
  key: string;
  name: string;
  columns: ReadonlyMap<string, ColumnInfo>;
  constraints: ReadonlyMap<string, ConstraintInfo>;
  /** `PARTITION BY ...` */
  partitioned: boolean;
  /** The partition key's columns (an expression key is null), when partitioned. */
  partitionKey?: readonly (string | null)[];
  /** Key of the parent when this table is a partition. */
  partitionOf?: string;
  /** Its FOR VALUES, when a partition and the bound is constants (schema/checkBounds.ts). */
  partitionBound?: PartitionBound;
  /** A partition `DEFAULT`: it takes the rows no other partition does (a new partition's are looked for in it). */
  defaultPartition?: boolean;
  /**
   * Its triggers: name → the function each executes, as written (`f`, `app.f`): DROP FUNCTION ... CASCADE drops
   * them. Absent when it has none the replay saw.
   */
  triggers?: ReadonlyMap<string, string>;
  /**
   * The tablespace it is in: the one its CREATE TABLE or a later SET TABLESPACE named, else the session's
   * default_tablespace when it was created (`pg_default` for the database's default: Sluice cannot see a database
   * made with another). Absent: unknown.
   */
  tablespace?: string;
  /** False when some statement touched the table in a way replay could not follow: treat details as unknown. */
  complete: boolean;
  /**
   * The history never created it, only changed it (an ALTER TABLE of a table made before the migrations, say): it
   * says nothing of which other tables its schema holds.
   */
  assumed?: true;
}

export interface SchemaModel {
  readonly tables: ReadonlyMap<string, TableInfo>;
  readonly indexes: ReadonlyMap<string, IndexInfo>;
  /** The indexes of one table, when the model keeps that lookup (the schema being replayed): see tableIndexes.ts. */
  readonly indexesOf?: (table: string) => readonly IndexInfo[];
  /**
   * Whether a function of this name (in any schema) is volatile, when the model keeps that lookup (the schema being
   * replayed): an unqualified call may reach any of them through the search path.
   */
  readonly hasVolatileFunctionNamed?: (name: string) => boolean;
  /** Enum type name (normalised `schema.name`) → labels in order. */
  readonly enums: ReadonlyMap<string, readonly string[]>;
  /** Domain name (normalised `schema.name`) → whether it has constraints (a new column of it rewrites the table). */
  readonly domains: ReadonlyMap<string, DomainInfo>;
  /** View / materialized view key → keys of the tables it reads. */
  readonly views: ReadonlyMap<string, ViewInfo>;
  /**
   * Function name (normalised `schema.name`) → its volatility, for functions whose calls are not inlined (any
   * language but SQL). Overloads share a name: the last one created says.
   */
  readonly functions: ReadonlyMap<string, Volatility>;
  /**
   * Function name (normalised `schema.name`) → the argument types of each overload the history created, any
   * language (`text`, `int4,text`): with only one, a DROP naming arguments drops that one for sure.
   */
  readonly functionSignatures: ReadonlyMap<string, readonly string[]>;
  /**
   * Procedure name (normalised `schema.name`) → its overloads (by argument types) → whether its PL/pgSQL body
   * COMMITs or ROLLBACKs (a CALL of it then fails inside a transaction). An unreadable body counts as false.
   */
  readonly procedures: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
  /**
   * Relations the migrations dropped, renamed or moved away (keys), unless one of the name was made again:
   * PostgreSQL has none of that name there, whatever the migrations know of the rest of the schema.
   */
  readonly gone?: ReadonlySet<string>;
  /**
   * Schemas in which the migrations used a table or view they never made (a REFERENCES, an ALTER TABLE, a SELECT
   * from it): they do not hold the whole schema, so a name they never made may well be there.
   */
  readonly partialSchemas?: ReadonlySet<string>;
  /**
   * The default_tablespace the replayed migrations left set: '' (the database's default, as when none sets it) or a
   * tablespace name; absent: unknown.
   */
  readonly defaultTablespace?: string;
}

export type Volatility = 'immutable' | 'stable' | 'volatile';

export interface ViewInfo {
  materialized: boolean;
  dependsOn: readonly string[];
  /** A materialized view created `WITH NO DATA` and not refreshed since: it cannot be refreshed CONCURRENTLY. */
  unpopulated?: boolean;
}

export const EMPTY_SCHEMA: SchemaModel = {
  tables: new Map(),
  indexes: new Map(),
  enums: new Map(),
  domains: new Map(),
  views: new Map(),
  functions: new Map(),
  functionSignatures: new Map(),
  procedures: new Map(),
  defaultTablespace: '',
};
