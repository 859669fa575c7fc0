import { isNullConstant, notNullCheckColumn, typeNameOf } from '../facts/expressions';
import { alterTableCommands, relationRef } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import { quoteIdent } from '../syntax/quoteIdent';
import { addColumnRewriteReason } from './add-column-rewrite';
import { alterTypeRewrites, indexesRebuiltWithoutRewrite } from './column-type-rewrite';
import { onPartitionedTable } from './concurrently-in-transaction';
import { CONSTRAINT_WORDS, describeCommand, lockedRelationName } from './describe';
import { provenNotNull } from './notNullProof';
import type { HeldLock, Rule, StatementContext, TransactionLocksView } from './rule';
import { accessMethodRewrites, alreadyInTablespace, optionEnabled } from './table-rewrite-maintenance';
import { onlyOnPartitionedParent } from './unique-without-index';
import type { TrackedMap } from '../walk/tracked';
import { skipsExistingColumn, skipsExistingIndex } from './ifNotExists';
import { keyedByConstant } from './keyedByConstant';
import { RowWrite, rowWrites } from './rowWrites';
import { readRelations } from './readRelations';
import { tableRefOf, tableSqlName } from './tableChanges';

interface SlowOperation {
  /** A clause: `CREATE INDEX builds an index on orders`. */
  what: string;
  /**
   * A relation whose held lock is not reported here: the table a VALIDATE CONSTRAINT scans (validate-in-same-transaction
   * speaks about it), or the table whose indexes REINDEX locks (its reads wait for REINDEX anyway).
   */
  covered?: string;
}

/**
 * Target types of ALTER COLUMN ... TYPE that are usually a binary-compatible widening (varchar(n) → varchar(m)/text,
 * numeric(p,s) → numeric(p',s), cidr → inet, timestamp(p) → timestamp(p')): no rewrite. The old type is unknown
 * here, so these are given the benefit of the doubt; any other target, or a USING clause, rewrites.
 */
const USUALLY_CHEAP_TARGETS = new Set(['text', 'varchar', 'numeric', 'inet', 'timestamp', 'timestamptz', 'varbit']);

const VERB_WORDS: Record<RowWrite['verb'], string> = { UPDATE: 'of', DELETE: 'from', MERGE: 'into' };

interface NotNullCheck {
  column: string;
  validated: boolean;
}

/**
 * Per table: CHECK (col IS NOT NULL) constraints by name, which let PostgreSQL 12+ skip SET NOT NULL's scan.
 * Each table's map is replaced, never changed, when its checks change.
 */
type NotNullChecks = TrackedMap<string, ReadonlyMap<string, NotNullCheck>>;

const NO_CHECKS: ReadonlyMap<string, NotNullCheck> = new Map();

/**
 * `ALTER COLUMN ... SET EXPRESSION` (PostgreSQL 17+) computes a stored generated column again for every row. Before
 * 18 every generated column is stored; on 18 a VIRTUAL one (the default there) is computed when read, so only a
 * column the schema shows stored counts.
 */
function storedExpressionRewrites(ctx: StatementContext, tableKey: string, column: string): boolean {
  if (ctx.pgVersion < 17) return false;
  const info = ctx.schema.tables.get(tableKey)?.columns.get(column);
  if (info && info.generated !== true) return false; // not a generated column: PostgreSQL refuses
  return ctx.pgVersion < 18 || (info !== undefined && info.virtual !== true);
}

function alterTableSlowness(ctx: StatementContext, checks: NotNullChecks): SlowOperation | undefined {
  if (ctx.ast.objtype !== 'OBJECT_TABLE') return undefined;
  const table = relationRef(ctx.ast.relation, 'table');
  if (!table) return undefined;
  const before = checks.get(table.key);
  let tableChecks = before ?? NO_CHECKS;
  const change = (edit: (m: Map<string, NotNullCheck>) => void): void => {
    const copy = new Map(tableChecks);
    edit(copy);
    tableChecks = copy;
  };
  const preExisting = ctx.isPreExisting(table);
  let slow: SlowOperation | undefined;
  const found = (what: string, covered?: string): void => {
    if (!slow && preExisting) slow = { what: `${what} ${table.name}`, covered };
  };
  for (const cmd of alterTableCommands(ctx.ast)) {
    const constraint = cmd.def?.Constraint;
    switch (cmd.subtype) {
      case 'AT_ValidateConstraint': {
        found(`VALIDATE CONSTRAINT ${quoteIdent(cmd.name)} scans`, table.key);
        const check = tableChecks.get(cmd.name);
        if (check && !check.validated) change((m) => m.set(cmd.name, { ...check, validated: true }));
        break;
      }
      case 'AT_DropConstraint':
        if (tableChecks.has(cmd.name)) change((m) => m.delete(cmd.name));
        break;
      case 'AT_AddConstraint': {
        const word = `${describeCommand(cmd)}${constraint?.conname ? ` ${CONSTRAINT_WORDS[constraint.contype] ?? ''}` : ''}`;
        const column = constraint?.contype === 'CONSTR_CHECK' ? notNullCheckColumn(constraint.raw_expr) : undefined;
        if (column) {
          const name = constraint.conname ?? `(unnamed ${tableChecks.size})`;
          change((m) => m.set(name, { column, validated: !constraint.skip_validation }));
        }
        if (['CONSTR_CHECK', 'CONSTR_FOREIGN', 'CONSTR_NOTNULL'].includes(constraint?.contype)) {
          if (!constraint.skip_validation) found(`${word} scans`);
        } else if (['CONSTR_UNIQUE', 'CONSTR_PRIMARY'].includes(constraint?.contype)) {
          if (!constraint.indexname && !onlyOnPartitionedParent(ctx, table.key)) found(`${word} builds an index on`);
        } else if (constraint?.contype === 'CONSTR_EXCLUSION') {
          found(`${word} builds an index on`);
        }
        break;
      }
      case 'AT_AddColumn': {
        const column = cmd.def?.ColumnDef;
        if (!column || skipsExistingColumn(cmd, ctx.schema, table.key)) break;
        const constraints: AstNode[] = (column.constraints ?? []).map((c: AstNode) => c.Constraint).filter(Boolean);
        const hasDefault = constraints.some((c) => c.contype === 'CONSTR_DEFAULT' && !isNullConstant(c.raw_expr));
        if (addColumnRewriteReason(column, ctx.pgVersion, ctx.schema))
          found(`ADD COLUMN ${quoteIdent(column.colname)} rewrites`);
        else if (constraints.some((c) => c.contype === 'CONSTR_UNIQUE' || c.contype === 'CONSTR_PRIMARY'))
          found(`ADD COLUMN ${quoteIdent(column.colname)} builds an index on`);
        else if (
          constraints.some((c) => c.contype === 'CONSTR_CHECK' || (c.contype === 'CONSTR_FOREIGN' && hasDefault))
        )
          found(`ADD COLUMN ${quoteIdent(column.colname)} scans`);
        break;
      }
      case 'AT_SetNotNull': {
        const proven =
          (ctx.pgVersion >= 12 && [...tableChecks.values()].some((c) => c.validated && c.column === cmd.name)) ||
          provenNotNull(ctx.schema.tables.get(table.key), cmd.name, ctx.pgVersion);
        if (!proven) found(`ALTER COLUMN ${quoteIdent(cmd.name)} SET NOT NULL scans`);
        break;
      }
      case 'AT_AlterColumnType': {
        // Known from the column's type, as column-type-rewrite knows it; else guessed from the target type.
        const column = cmd.def?.ColumnDef;
        const rewrites =
          alterTypeRewrites(ctx.schema, table.key, cmd, ctx) ??
          (Boolean(column?.raw_default) || !USUALLY_CHEAP_TARGETS.has(typeNameOf(column?.typeName)));
        if (rewrites) found(`ALTER COLUMN ${quoteIdent(cmd.name)} TYPE rewrites`);
        else if (indexesRebuiltWithoutRewrite(ctx.schema, table.key, cmd, ctx).length > 0)
          found(`ALTER COLUMN ${quoteIdent(cmd.name)} TYPE rebuilds indexes of`);
        break;
      }
      case 'AT_SetLogged':
      case 'AT_SetUnLogged':
        found(`${describeCommand(cmd)} rewrites`);
        break;
      case 'AT_SetTableSpace':
        // A partitioned table has no storage: only where its future partitions go changes.
        if (!alreadyInTablespace(ctx, table.key, cmd) && !ctx.schema.tables.get(table.key)?.partitioned)
          found(`${describeCommand(cmd)} rewrites`);
        break;
      case 'AT_SetAccessMethod':
        if (accessMethodRewrites(ctx, cmd, ctx.schema.tables.get(table.key)?.partitioned === true))
          found(`${describeCommand(cmd)} rewrites`);
        break;
      case 'AT_SetExpression':
        if (storedExpressionRewrites(ctx, table.key, cmd.name)) found(`${describeCommand(cmd)} rewrites`);
        break;
    }
  }
  if (tableChecks !== before && !(before === undefined && tableChecks === NO_CHECKS))
    checks.set(table.key, tableChecks);
  return slow;
}

/**
 * CREATE MATERIALIZED VIEW ... AS / CREATE TABLE ... AS runs its query over a relation that existed before this
 * migration (as REFRESH MATERIALIZED VIEW does): as slow as that data is big. WITH NO DATA runs nothing; a query
 * over relations this migration made (or over none) reads only what the migration wrote.
 */
function populatedFromExistingData(ctx: StatementContext): SlowOperation | undefined {
  const ast = ctx.ast;
  if (ast.into?.skipData || !ast.query?.SelectStmt) return undefined;
  const matview = ast.objtype === 'OBJECT_MATVIEW';
  const target = relationRef(ast.into?.rel, matview ? 'view' : 'table');
  const read = readRelations(ast.query).find((ref) => ctx.isPreExisting(ref));
  if (!target || !read) return undefined;
  return {
    what: `CREATE ${matview ? 'MATERIALIZED VIEW' : 'TABLE'} ${target.name} ... AS runs its query over ${read.name}`,
  };
}

function slowOperation(
  ctx: StatementContext,
  checks: NotNullChecks,
  views: ReadonlySet<string>,
  locks: TransactionLocksView,
): SlowOperation | undefined {
  const ast = ctx.ast;
  switch (ctx.kind) {
    case 'AlterTableStmt':
      return alterTableSlowness(ctx, checks);
    case 'IndexStmt': {
      // CONCURRENTLY cannot run in a transaction at all; ON ONLY builds nothing.
      const table = relationRef(ast.relation, 'table');
      if (ast.concurrent || ast.relation?.inh !== true || !table) return undefined;
      if (skipsExistingIndex(ast, ctx.schema, table)) return undefined;
      const what = `CREATE ${ast.unique ? 'UNIQUE ' : ''}INDEX builds an index on`;
      if (ctx.isPreExisting(table)) return { what: `${what} ${table.name}` };
      // A partitioned table made in this migration builds it on the partitions it adopted, which may be in use.
      if (!ctx.schema.tables.get(table.key)?.partitioned) return undefined;
      const busy = [...ctx.schema.tables.values()].find(
        (t) => t.partitionOf === table.key && ctx.isPreExisting(tableRefOf(t)),
      );
      return busy ? { what: `${what} ${tableSqlName(busy)} (a partition of ${table.name})` } : undefined;
    }
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt':
    case 'InsertStmt':
    case 'SelectStmt':
      // The statement's own UPDATE, DELETE or MERGE, or one in a WITH query (`WITH moved AS (DELETE ...) INSERT ...`).
      for (const { verb, relation, where } of rowWrites(ast, ctx.kind)) {
        const table = relationRef(relation, 'table');
        if (!table || !ctx.isPreExisting(table)) continue;
        // One row found by its key (Alembic's `UPDATE alembic_version ... WHERE version_num = '...'`) is quick.
        if (keyedByConstant(where, ctx.schema, table.key)) continue;
        return { what: `${verb} ${VERB_WORDS[verb]} ${table.name} runs` };
      }
      return undefined;
    case 'ClusterStmt': {
      const table = relationRef(ast.relation, 'table');
      // A partitioned table's CLUSTER or REINDEX fails inside a transaction (or does nothing: REINDEX TABLE before 14).
      if (!table || !ctx.isPreExisting(table) || onPartitionedTable(ctx)) return undefined;
      return { what: `CLUSTER rewrites ${table.name}` };
    }
    case 'CreateTableAsStmt':
      return populatedFromExistingData(ctx);
    case 'RefreshMatViewStmt': {
      const view = relationRef(ast.relation, 'view');
      if (ast.skipData || !view || !ctx.isPreExisting(view) || views.has(view.key)) return undefined;
      return { what: `REFRESH MATERIALIZED VIEW ${view.name} runs the view's query again` };
    }
    case 'ReindexStmt': {
      if (optionEnabled(ast.params, 'concurrently')) return undefined;
      const kind =
        ast.kind === 'REINDEX_OBJECT_INDEX' ? 'index' : ast.kind === 'REINDEX_OBJECT_TABLE' ? 'table' : undefined;
      const target = kind && relationRef(ast.relation, kind);
      if (!target || !ctx.isPreExisting(target) || onPartitionedTable(ctx)) return undefined;
      return {
        what: `REINDEX rebuilds ${kind === 'index' ? `index ${target.name}` : `the indexes of ${target.name}`}`,
        covered: locks.target(target).key,
      };
    }
  }
  return undefined;
}

/** Names listed in a message before the rest are counted: a long transaction must not make a paragraph. */
const LISTED = 3;

/** The first names of a list of `total` (at least `items.length`, which holds at most LISTED + 1 of them). */
function joinNames(items: string[], total: number): string {
  if (total > LISTED + 1) return `${items.slice(0, LISTED).join(', ')} and ${total - LISTED} others`;
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export const lockHeldDuringSlowOperation: Rule = {
  meta: {
    id: 'lock-held-during-slow-operation',
    severity: 'warning',
    summary:
      'A slow operation runs in a transaction that already holds an AccessExclusiveLock on an existing table: the lock lasts until commit.',
    safeWay:
      'Split the transaction: commit right after the statement that takes the AccessExclusiveLock, and run the index build, validation, rewrite or backfill in a later transaction (or migration).',
  },
  create: (state) => {
    const checks: NotNullChecks = state.map();
    const views = state.set<string>();
    return {
      unitStart() {
        checks.clear();
        views.clear();
      },
      statement(ctx) {
        if (ctx.kind === 'CreateTableAsStmt' && ctx.ast.objtype === 'OBJECT_MATVIEW') {
          const view = relationRef(ctx.ast.into?.rel ?? ctx.ast.into?.IntoClause?.rel, 'view');
          if (view) views.add(view.key);
        }
        const locks = ctx.transactionLocks;
        const slow = slowOperation(ctx, checks, views, locks);
        if (slow && ctx.inTransaction && locks.held.size > 0) {
          // A lock the slow statement takes itself on that relation anyway is not made any longer by the earlier one.
          const skip = new Set<string>();
          for (const l of ctx.facts.locks) if (l.mode === 'AccessExclusiveLock') skip.add(locks.target(l.relation).key);
          // An index neither the history nor this file made is on a table nobody knows: maybe this one.
          if (skip.size > 0)
            for (const h of locks.held.values()) if (h.relation.kind === 'index') skip.add(h.relation.key);
          if (slow.covered !== undefined) skip.add(slow.covered);
          // A long transaction can hold hundreds of locks: only the ones a message names are looked at.
          let count = locks.held.size;
          for (const key of skip) if (locks.held.has(key)) count--;
          if (count > 0) {
            const named: HeldLock[] = [];
            for (const h of locks.held.values()) {
              if (skip.has(h.relation.key)) continue;
              named.push(h);
              if (named.length > LISTED) break;
            }
            const names = named.map((h) => lockedRelationName(h.relation, ctx.schema));
            const held =
              count === 1
                ? `the AccessExclusiveLock that ${named[0].by} took on ${names[0]} earlier in this transaction is still held`
                : `the AccessExclusiveLocks taken earlier in this transaction on ${joinNames(
                    named.map((h, k) => `${names[k]} (by ${h.by})`),
                    count,
                  )} are still held`;
            ctx.report({
              message: `${slow.what} while ${held}: reads and writes of ${joinNames(names, count)} wait until the transaction commits`,
              lock: 'AccessExclusiveLock',
            });
          }
        }
      },
    };
  },
};
