// What rename-column and change-type share: both replace a column by a new one that lives beside it for a
// while. The old column's facts as the history says (type, nullability, default, indexes), the two-way sync
// trigger, NOT NULL moved onto the new column without a long lock, and its plain indexes rebuilt concurrently.
import type { ColumnInfo, IndexInfo, SchemaModel, TableInfo, TypeInfo } from '../../schema/model';
import { setLockTimeoutSql } from '../lockTimeout';
import { derivedIdentifier, qualifiedSql, QualifiedName, quoteLiteral, stepName, tableKey } from './names';
import { ScaffoldContext, ScaffoldError, ScaffoldStep } from './plan';
import { quoteIdent, quoteTypeName } from '../../syntax/quoteIdent';

/** Every transactional step that locks an existing table starts with this (require-lock-timeout). */
const LOCK_TIMEOUT = `${setLockTimeoutSql()}\n`;
/** Plain SET lasts for the session: a pooled connection should not keep it. */
export const LOCK_TIMEOUT_RESET = 'RESET lock_timeout;\n';

export function withLockTimeout(sql: string): string {
  return LOCK_TIMEOUT + sql + LOCK_TIMEOUT_RESET;
}

export interface KnownColumn {
  table: TableInfo;
  column: ColumnInfo;
}

/** The table and column as the migration history defines them; a clear error when the history cannot say. */
export function knownColumn(context: ScaffoldContext, table: QualifiedName, column: string, kind: string): KnownColumn {
  const name = `${qualifiedSql(table)}.${quoteIdent(column)}`;
  const info = context.schema?.tables.get(tableKey(table));
  const hint =
    `${kind} copies the column's type, default and nullability, so it needs them from the migration history: ` +
    'run it in a migrations folder whose earlier migrations create the table (or add a migration that does).';
  if (!info) throw new ScaffoldError(`Table ${qualifiedSql(table)} is not in the migrations so far. ${hint}`);
  if (!info.complete)
    throw new ScaffoldError(
      `Sluice could not follow every change to ${qualifiedSql(table)} in the migrations so far (dynamic SQL or an ` +
        `unsupported ALTER), so ${name}'s type, default and nullability are unknown. ${hint}`,
    );
  const found = info.columns.get(column);
  if (!found) throw new ScaffoldError(`Table ${qualifiedSql(table)} has no column ${quoteIdent(column)}.`);
  for (const constraint of info.constraints.values())
    if (constraint.kind === 'primary' && constraint.columns.includes(column))
      throw new ScaffoldError(
        `${name} is part of the primary key; replacing a primary-key column needs a hand-written plan ` +
          '(new unique index, foreign keys that reference it, then the key itself).',
      );
  return { table: info, column: found };
}

/** The type as SQL: `varchar(50)`, `numeric(10,2)[]`, an enum or domain qualified by its schema when known. */
export function typeSql(type: TypeInfo, schema: SchemaModel | undefined): string {
  if (type.name === 'interval' && type.mods.length > 0)
    throw new ScaffoldError(
      'An interval column with a field or precision restriction is not supported by the scaffold.',
    );
  let name = quoteTypeName(type.name);
  const userTypes = [...(schema?.enums.keys() ?? []), ...(schema?.domains.keys() ?? [])].filter((k) =>
    k.endsWith(`.${type.name}`),
  );
  if (userTypes.length === 1) {
    const [typeSchema] = userTypes[0].split('.', 1);
    name = `${quoteIdent(typeSchema)}.${name}`;
  }
  const mods = type.mods.length > 0 ? `(${type.mods.join(',')})` : '';
  return name + mods + '[]'.repeat(type.arrayDims);
}

/** The function and trigger that keep two columns equal while old and new code both write. */
export interface SyncTrigger {
  /** Schema-qualified SQL name of the trigger function. */
  functionSql: string;
  /** Trigger name (unqualified: triggers belong to their table). */
  triggerName: string;
}

export function syncTriggerNames(table: QualifiedName, from: string, to: string): SyncTrigger {
  const base = derivedIdentifier(table.name, from, to, 'sync');
  const fn: QualifiedName = { schema: table.schema, name: base };
  return { functionSql: qualifiedSql(fn), triggerName: base };
}

export interface SyncSpec {
  table: QualifiedName;
  oldColumn: string;
  newColumn: string;
  /** Expression (of `NEW.<old>`) giving the new column's value. */
  toNew: string;
  /** Expression (of `NEW.<new>`) giving the old column's value; undefined: the old column cannot be derived. */
  toOld?: string;
  /**
   * toNew may give one new value for several old ones (a narrowing cast, change-type --using): an UPDATE that
   * sets the new column leaves the old one alone when toNew of the row already gives that value, so the backfill
   * (and new code writing what old code wrote) never rewrites old values through the cast back.
   */
  lossy?: boolean;
  pgVersion: number;
}

/**
 * CREATE FUNCTION + CREATE TRIGGER. INSERT: a row that leaves the new column NULL came from old code (the new
 * column gets the old one's value), otherwise from new code (the old column follows). UPDATE: whichever column the
 * statement changed wins; when neither changed, the new column is brought in step (a free backfill).
 */
export function createSyncTriggerSql(spec: SyncSpec): string {
  const names = syncTriggerNames(spec.table, spec.oldColumn, spec.newColumn);
  const oldCol = quoteIdent(spec.oldColumn);
  const newCol = quoteIdent(spec.newColumn);
  const toNew = `    NEW.${newCol} := ${spec.toNew};`;
  const toOld =
    spec.toOld !== undefined
      ? `    NEW.${oldCol} := ${spec.toOld};`
      : '    NULL; -- no inverse cast: the old column is not derived from the new one';
  const body = [
    'BEGIN',
    `  IF TG_OP = 'INSERT' THEN`,
    `    IF NEW.${newCol} IS NULL THEN`,
    `  ${toNew}`,
    '    ELSE',
    `  ${toOld}`,
    '    END IF;',
    `  ELSIF NEW.${newCol} IS DISTINCT FROM OLD.${newCol} THEN`,
    ...(spec.lossy && spec.toOld !== undefined
      ? [`    IF NEW.${newCol} IS DISTINCT FROM (${spec.toNew}) THEN`, `  ${toOld}`, '    END IF;']
      : [toOld]),
    '  ELSE',
    toNew,
    '  END IF;',
    '  RETURN NEW;',
    'END',
  ].join('\n');
  let tag = '$sluice_sync$';
  for (let n = 2; body.includes(tag); n++) tag = `$sluice_sync${n}$`;
  const execute = spec.pgVersion >= 11 ? 'FUNCTION' : 'PROCEDURE';
  return (
    `CREATE FUNCTION ${names.functionSql}() RETURNS trigger LANGUAGE plpgsql AS ${tag}\n${body}\n${tag};\n` +
    `CREATE TRIGGER ${quoteIdent(names.triggerName)} BEFORE INSERT OR UPDATE ON ${qualifiedSql(spec.table)}\n` +
    `  FOR EACH ROW EXECUTE ${execute} ${names.functionSql}();\n`
  );
}

export function dropSyncTriggerSql(table: QualifiedName, from: string, to: string): string {
  const names = syncTriggerNames(table, from, to);
  return (
    `DROP TRIGGER ${quoteIdent(names.triggerName)} ON ${qualifiedSql(table)};\n` +
    `DROP FUNCTION ${names.functionSql}();\n`
  );
}

/** Name of the temporary `CHECK (col IS NOT NULL)` that lets SET NOT NULL skip its scan. */
export function notNullCheckName(table: QualifiedName, column: string): string {
  return derivedIdentifier(table.name, column, 'not_null');
}

/**
 * NOT NULL for a column that already holds values, in two steps of one deployment: a NOT VALID check (instant),
 * then VALIDATE (scans under a lock that lets reads and writes go on), SET NOT NULL (no scan: the check proves
 * it) and the check dropped.
 */
export function notNullSteps(table: QualifiedName, column: string, deploy: number, why: string): ScaffoldStep[] {
  const t = qualifiedSql(table);
  const c = quoteIdent(column);
  const check = quoteIdent(notNullCheckName(table, column));
  const addCheck = `ALTER TABLE ${t} ADD CONSTRAINT ${check} CHECK (${c} IS NOT NULL) NOT VALID;\n`;
  const dropCheck = `ALTER TABLE ${t} DROP CONSTRAINT ${check};\n`;
  return [
    {
      phase: 'migrate',
      deploy,
      name: stepName('check', table.name, column, 'not_null'),
      summary: `${why}: new rows must have ${c}; existing rows are checked by the next step.`,
      up: withLockTimeout(addCheck),
      down: withLockTimeout(dropCheck),
      transactional: true,
    },
    {
      phase: 'migrate',
      deploy,
      name: stepName('set', table.name, column, 'not_null'),
      summary: `${c} is NOT NULL (validated without blocking writes; SET NOT NULL reuses the check).`,
      up: withLockTimeout(
        `ALTER TABLE ${t} VALIDATE CONSTRAINT ${check};\n` +
          `ALTER TABLE ${t} ALTER COLUMN ${c} SET NOT NULL;\n` +
          dropCheck,
      ),
      down: withLockTimeout(`ALTER TABLE ${t} ALTER COLUMN ${c} DROP NOT NULL;\n` + addCheck),
      transactional: true,
    },
  ];
}

export interface IndexCopy {
  source: IndexInfo;
  /** The new index's name. */
  name: string;
  /** The new index's columns (the new column in place of the old one). */
  columns: string[];
  /** The source is a UNIQUE constraint (its index is the constraint's), not a bare index. */
  constraint?: boolean;
}

/** Indexes of the table that cover `column` and can be rebuilt on the new column as they are. */
export interface IndexCopies {
  copied: IndexCopy[];
  /** Indexes on the column the scaffold does not rebuild (expression or partial): named in the plan. */
  notCopied: IndexInfo[];
}

export function indexesToCopy(
  schema: SchemaModel | undefined,
  table: QualifiedName,
  oldColumn: string,
  newColumn: string,
): IndexCopies {
  const copies: IndexCopies = { copied: [], notCopied: [] };
  for (const index of schema?.indexes.values() ?? []) {
    if (index.table !== tableKey(table) || !index.columns.includes(oldColumn)) continue;
    if (index.partial || index.columns.some((c) => c === null)) {
      copies.notCopied.push(index);
      continue;
    }
    const columns = index.columns.map((c) => (c === oldColumn ? newColumn : (c as string)));
    copies.copied.push({ source: index, name: derivedIdentifier(index.name, 'new'), columns });
  }
  return copies;
}

/** One non-transactional step per index: CREATE [UNIQUE] INDEX CONCURRENTLY on the new column. */
export function indexCopySteps(table: QualifiedName, copies: IndexCopies, deploy: number): ScaffoldStep[] {
  return copies.copied.map((copy) => {
    const index: QualifiedName = { schema: table.schema, name: copy.name };
    return {
      phase: 'migrate',
      deploy,
      name: stepName('index', copy.name),
      summary: `${quoteIdent(copy.name)} (like ${quoteIdent(copy.source.name)}) serves queries on ${copy.columns.map(quoteIdent).join(', ')}.`,
      up:
        `CREATE ${copy.source.unique ? 'UNIQUE ' : ''}INDEX CONCURRENTLY IF NOT EXISTS ${quoteIdent(copy.name)}` +
        ` ON ${qualifiedSql(table)} (${copy.columns.map(quoteIdent).join(', ')});\n`,
      down: `DROP INDEX CONCURRENTLY IF EXISTS ${qualifiedSql(index)};\n`,
      transactional: false,
    };
  });
}

/**
 * The indexes and unique constraints DROP COLUMN took with it, recreated on the old column (for a contract
 * step's down; plain CREATE INDEX: the rollback holds the table's lock anyway).
 */
export function restoreIndexesSql(
  table: QualifiedName,
  copies: readonly IndexCopy[],
  oldColumn: string,
  newColumn: string,
): string {
  const t = qualifiedSql(table);
  return copies
    .map((c) => {
      const columns = c.columns.map((col) => quoteIdent(col === newColumn ? oldColumn : col)).join(', ');
      return c.constraint
        ? `ALTER TABLE ${t} ADD CONSTRAINT ${quoteIdent(c.source.name)} UNIQUE (${columns});\n`
        : `CREATE ${c.source.unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(c.source.name)} ON ${t} (${columns});\n`;
    })
    .join('');
}

/** What the scaffold leaves to the user, as comment lines for the contract step (empty when nothing). */
export function notCopiedNote(known: KnownColumn, copies: IndexCopies, table: QualifiedName, column: string): string {
  const lines: string[] = [];
  for (const index of copies.notCopied)
    lines.push(`index ${quoteIdent(index.name)} (expression or partial): recreate it on the new column by hand`);
  for (const constraint of known.table.constraints.values()) {
    if (!constraint.columns.includes(column) || constraint.kind === 'notnull') continue;
    if (constraint.kind === 'unique')
      lines.push(
        `unique constraint ${quoteIdent(constraint.name)}: the new column has a unique index instead (migrate step)`,
      );
    else
      lines.push(`${constraint.kind} constraint ${quoteIdent(constraint.name)}: recreate it on the new column by hand`);
  }
  if (lines.length === 0) return '';
  return (
    `-- Dropping ${qualifiedSql(table)}.${quoteIdent(column)} also drops what depends on it:\n` +
    lines.map((l) => `--   ${l}\n`).join('')
  );
}

/**
 * Unique constraints on the column are rebuilt as unique indexes on the new column (same guarantee). Replay
 * records a constraint's index too: such a copy is marked, so a rollback recreates the constraint itself.
 */
export function markUniqueConstraints(known: KnownColumn, copies: IndexCopies): void {
  for (const constraint of known.table.constraints.values()) {
    if (constraint.kind !== 'unique') continue;
    const copy = copies.copied.find((c) => c.source.name === constraint.name);
    if (copy) copy.constraint = true;
  }
}

/** An expression for one column's default from the other's: `(d)::new_type`, or EXPR of --using with d in it. */
export type DefaultMap = (expression: string) => string;

/**
 * When the old column has a default, the new one takes it over at contract time (not earlier: with a default
 * the new column would never be NULL on an old-code INSERT, and the sync trigger could not tell who wrote).
 * The expression is copied from the catalog, as PostgreSQL prints it (through `map` when the type changes:
 * `'5'::text` is no default for an integer column), together with an owned sequence.
 */
export function moveDefaultSql(table: QualifiedName, from: string, to: string, map?: DefaultMap): string {
  const t = qualifiedSql(table);
  const escaped = (sql: string): string => sql.replace(/%/g, '%%');
  // format(): %1$I the column, %2$s the default as printed; any other % of the SQL doubled.
  const PLACEHOLDER = '\u0001';
  const expression = map ? escaped(map(PLACEHOLDER)).split(PLACEHOLDER).join('%2$s') : '%2$s';
  const statement = quoteLiteral(`ALTER TABLE ${escaped(t)} ALTER COLUMN %1$I SET DEFAULT ${expression}`);
  const body = [
    'DECLARE',
    '  sluice_default text;',
    '  sluice_sequence text;',
    'BEGIN',
    '  SELECT pg_get_expr(d.adbin, d.adrelid) INTO sluice_default',
    '    FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum',
    `    WHERE d.adrelid = ${quoteLiteral(t)}::regclass AND a.attname = ${quoteLiteral(from)};`,
    '  IF sluice_default IS NOT NULL THEN',
    `    EXECUTE format(${statement}, ${quoteLiteral(to)}, sluice_default);`,
    '  END IF;',
    `  sluice_sequence := pg_get_serial_sequence(${quoteLiteral(t)}, ${quoteLiteral(from)});`,
    '  IF sluice_sequence IS NOT NULL THEN',
    `    EXECUTE format('ALTER SEQUENCE %s OWNED BY ${t.replace(/'/g, "''").replace(/%/g, '%%')}.%I', sluice_sequence, ${quoteLiteral(to)});`,
    '  END IF;',
    'END',
  ].join('\n');
  return `DO $sluice_default$\n${body}\n$sluice_default$;\n`;
}
