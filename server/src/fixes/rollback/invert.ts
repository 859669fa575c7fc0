// The inverse of one statement, given the schema just before it and just after it. What cannot be inverted
// becomes a `cannot` step: the generator writes it as a marked comment AND returns a warning, never skips it.
import type { SchemaModel, TableInfo } from '../../schema/model';
import type { AstNode } from '../../syntax/parse';
import { relationRef } from '../../facts/statementFacts';
import { typeText } from '../../schema/sourceText';
import { columnShapeSql, firstLine, inSchemaOf, nameListSql, relationSql, typeSql } from './sql';
import { quoteLiteral } from '../scaffold/names';
import { quoteIdent, quoteQualified } from '../../syntax/quoteIdent';

export type InverseStep =
  /**
   * SQL to run. `plain` is the variant for inside a transaction (CONCURRENTLY removed); `ignore`, a rule whose
   * advice is for forward migrations only, with what the statement costs (a `sluice-ignore` line above it).
   */
  | {
      kind: 'sql';
      sql: string;
      note?: string;
      plain?: { sql: string; rule: string };
      ignore?: { rule: string; reason: string };
    }
  /** Cannot be undone: a marked comment + a warning; `sql` re-creates what can be (a shape without its data). */
  | { kind: 'cannot'; message: string; sql?: string[] }
  /** Nothing to undo, said in a comment (VALIDATE CONSTRAINT). */
  | { kind: 'note'; message: string };

export interface StatementToInvert {
  kind: string;
  ast: AstNode;
  text: string;
}

export interface InvertContext {
  before: SchemaModel;
  after: SchemaModel;
  /** Keys of tables this migration created before (or by) this statement: dropping them undoes everything on them. */
  createdTables: ReadonlySet<string>;
}

const STRING_TYPES = new Set(['text', 'varchar', 'bpchar', 'char', 'name', 'citext']);
const NUMBER_TYPES = new Set([
  'int2',
  'int4',
  'int8',
  'numeric',
  'float4',
  'float8',
  'int',
  'integer',
  'smallint',
  'bigint',
]);

const sql = (text: string, note?: string): InverseStep => ({ kind: 'sql', sql: text, note });
const cannot = (message: string, recreate?: string[]): InverseStep => ({ kind: 'cannot', message, sql: recreate });

function tableKey(rv: AstNode | undefined): string | undefined {
  return relationRef(rv, 'table')?.key;
}

function dropIndexStep(name: string): InverseStep {
  return {
    kind: 'sql',
    sql: `DROP INDEX CONCURRENTLY IF EXISTS ${name};`,
    plain: { sql: `DROP INDEX IF EXISTS ${name};`, rule: 'require-concurrent-drop-index' },
  };
}

/** An index's definition as written (`CREATE INDEX i ON t (c)`), built CONCURRENTLY. */
export function concurrentIndexSql(definition: string): string {
  return /\bCONCURRENTLY\b/i.test(definition)
    ? definition
    : definition.replace(/^(\s*CREATE\s+(?:UNIQUE\s+)?INDEX)\b/i, '$1 CONCURRENTLY');
}

/** Re-creates an index from its definition as written, concurrently when the script allows it. */
function createIndexStep(definition: string): InverseStep {
  const concurrent = concurrentIndexSql(definition);
  const plain = concurrent.replace(/\s+CONCURRENTLY\b/i, '');
  return {
    kind: 'sql',
    sql: `${concurrent};`,
    plain: { sql: `${plain};`, rule: 'require-concurrent-index' },
  };
}

export function invertStatement(statement: StatementToInvert, ctx: InvertContext): InverseStep[] {
  const { kind, ast } = statement;
  const what = firstLine(statement.text);
  switch (kind) {
    case 'CreateStmt': {
      const key = tableKey(ast.relation);
      if (ast.if_not_exists && key && ctx.before.tables.has(key)) return [];
      return [sql(`DROP TABLE ${relationSql(ast.relation)};`)];
    }
    case 'CreateTableAsStmt':
      return [
        sql(
          ast.objtype === 'OBJECT_MATVIEW'
            ? `DROP MATERIALIZED VIEW ${relationSql(ast.into?.rel)};`
            : `DROP TABLE ${relationSql(ast.into?.rel)};`,
        ),
      ];
    case 'ViewStmt': {
      const key = relationRef(ast.view, 'view')?.key;
      if (ast.replace && key && ctx.before.views.has(key))
        return [cannot(`${what} — the view's previous definition is not known; restore it by hand`)];
      return [sql(`DROP VIEW ${relationSql(ast.view)};`)];
    }
    case 'IndexStmt':
      return invertCreateIndex(ast, ctx);
    case 'AlterTableStmt':
      if (ast.objtype !== 'OBJECT_TABLE') return [cannot(`${what} — Sluice does not invert this statement`)];
      if (ctx.createdTables.has(tableKey(ast.relation) ?? '')) return []; // dropped with its table
      return (ast.cmds ?? [])
        .map((c: AstNode) => invertAlterTableCommand(c.AlterTableCmd, ast.relation, ctx, what))
        .reverse()
        .flat();
    case 'RenameStmt':
      return invertRename(ast, what);
    case 'AlterObjectSchemaStmt':
      if (ast.objectType === 'OBJECT_TABLE' && ast.relation) {
        const moved = `${quoteIdent(ast.newschema)}.${quoteIdent(ast.relation.relname)}`;
        return [sql(`ALTER TABLE ${moved} SET SCHEMA ${quoteIdent(ast.relation.schemaname ?? 'public')};`)];
      }
      return [cannot(`${what} — Sluice does not invert this statement`)];
    case 'DropStmt':
      return invertDrop(ast, ctx, what);
    case 'CreateEnumStmt':
    case 'CreateRangeStmt':
      return [sql(`DROP TYPE ${nameListSql(ast.typeName)};`)];
    case 'CompositeTypeStmt':
      return [sql(`DROP TYPE ${relationSql(ast.typevar)};`)];
    case 'CreateDomainStmt':
      return [sql(`DROP DOMAIN ${nameListSql(ast.domainname)};`)];
    case 'AlterEnumStmt':
      if (ast.oldVal)
        return [
          sql(
            `ALTER TYPE ${nameListSql(ast.typeName)} RENAME VALUE ${quoteLiteral(ast.newVal)} TO ${quoteLiteral(ast.oldVal)};`,
          ),
        ];
      return [
        cannot(`${what} — PostgreSQL cannot remove a value from an enum; recreate the type without it if you must`),
      ];
    case 'CreateFunctionStmt': {
      const args = (ast.parameters ?? [])
        .map((p: AstNode) => p.FunctionParameter)
        .filter((p: AstNode) => p && p.mode !== 'FUNC_PARAM_OUT' && p.mode !== 'FUNC_PARAM_TABLE')
        .map((p: AstNode) => typeText(statement.text, p.argType));
      if (args.some((a: string | undefined) => a === undefined))
        return [cannot(`${what} — the argument types could not be read; drop the function by hand`)];
      const drop = sql(
        `DROP ${ast.is_procedure ? 'PROCEDURE' : 'FUNCTION'} ${nameListSql(ast.funcname)}(${args.join(', ')});`,
      );
      return ast.replace
        ? [drop, cannot(`${what} — if it existed before this migration, its previous definition is not restored`)]
        : [drop];
    }
    case 'CreateTrigStmt': {
      const drop = sql(`DROP TRIGGER ${quoteIdent(ast.trigname)} ON ${relationSql(ast.relation)};`);
      if (ctx.createdTables.has(tableKey(ast.relation) ?? '')) return [];
      return ast.replace
        ? [drop, cannot(`${what} — if it existed before this migration, its previous definition is not restored`)]
        : [drop];
    }
    case 'CreatePolicyStmt':
      if (ctx.createdTables.has(tableKey(ast.table) ?? '')) return [];
      return [sql(`DROP POLICY ${quoteIdent(ast.policy_name)} ON ${relationSql(ast.table)};`)];
    case 'CreateSeqStmt':
      return [sql(`DROP SEQUENCE ${relationSql(ast.sequence)};`)];
    case 'CreateSchemaStmt':
      return [sql(`DROP SCHEMA ${quoteIdent(ast.schemaname)};`)];
    case 'CreateExtensionStmt':
      return ast.if_not_exists
        ? [
            cannot(
              `${what} — IF NOT EXISTS: the extension may have been there before this migration, so the rollback does not drop it`,
            ),
          ]
        : [sql(`DROP EXTENSION ${quoteIdent(ast.extname)};`)];
    case 'InsertStmt':
    case 'UpdateStmt':
    case 'DeleteStmt':
    case 'MergeStmt': {
      const target = ast.relation;
      if (kind === 'InsertStmt' && ctx.createdTables.has(tableKey(target) ?? '')) return []; // gone with the table
      return [
        cannot(`${what} — data changes are not undone automatically; write the reverse change or restore from backup`),
      ];
    }
    case 'TruncateStmt':
    case 'CopyStmt':
      return [cannot(`${what} — the rows are gone; restore from backup`)];
    case 'DoStmt':
      return [cannot(`${what} — Sluice cannot tell what a DO block changed; undo it by hand`)];
    case 'SelectStmt':
      return callsFunction(ast)
        ? [cannot(`${what} — Sluice cannot tell what the functions it calls changed; undo it by hand`)]
        : [];
    // Session settings, transaction control and maintenance change no schema: nothing to undo.
    case 'VariableSetStmt':
    case 'VariableShowStmt':
    case 'TransactionStmt':
    case 'VacuumStmt':
    case 'ReindexStmt':
    case 'ClusterStmt':
    case 'RefreshMatViewStmt':
    case 'CheckPointStmt':
    case 'LockStmt':
    case 'ExplainStmt':
    case 'NotifyStmt':
      return [];
    default:
      return [cannot(`${what} — Sluice does not invert this statement; write its undo by hand`)];
  }
}

function callsFunction(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(callsFunction);
  if (node && typeof node === 'object') {
    if ('FuncCall' in node) return true;
    return Object.values(node).some(callsFunction);
  }
  return false;
}

function invertCreateIndex(ast: AstNode, ctx: InvertContext): InverseStep[] {
  const table = tableKey(ast.relation);
  if (table && ctx.createdTables.has(table)) return []; // dropped with its table
  const added = [...ctx.after.indexes.values()].filter((i) => !ctx.before.indexes.has(i.key) && i.table === table);
  if (ast.idxname) {
    const schema = table?.slice(0, table.indexOf('.'));
    if (ast.if_not_exists && ctx.before.indexes.has(`${schema}.${ast.idxname}`)) return [];
    return [dropIndexStep(inSchemaOf(ast.relation, ast.idxname))];
  }
  if (added.length === 1) return [dropIndexStep(inSchemaOf(ast.relation, added[0].name))];
  return [cannot(`CREATE INDEX without a name on ${relationSql(ast.relation)} — drop the index PostgreSQL named`)];
}

function invertAlterTableCommand(
  cmd: AstNode | undefined,
  rv: AstNode,
  ctx: InvertContext,
  what: string,
): InverseStep[] {
  if (!cmd) return [];
  const table = relationSql(rv);
  const key = tableKey(rv) ?? '';
  const before: TableInfo | undefined = ctx.before.tables.get(key);
  const after: TableInfo | undefined = ctx.after.tables.get(key);
  const column = cmd.name as string | undefined;
  const oldColumn = column !== undefined ? before?.columns.get(column) : undefined;
  const qualified = `${table}.${column === undefined ? '' : quoteIdent(column)}`;
  const alterColumn = (rest: string): InverseStep & { kind: 'sql' } => ({
    kind: 'sql',
    sql: `ALTER TABLE ${table} ALTER COLUMN ${quoteIdent(column!)} ${rest};`,
  });
  switch (cmd.subtype) {
    case 'AT_AddColumn': {
      const name = cmd.def?.ColumnDef?.colname as string;
      if (cmd.missing_ok && before?.columns.has(name)) return [];
      return [sql(`ALTER TABLE ${table} DROP COLUMN ${quoteIdent(name)};`)];
    }
    case 'AT_DropColumn': {
      const message = `DROP COLUMN ${qualified} — the data is gone; restore from backup`;
      if (!oldColumn || !before?.complete) return [cannot(message)];
      const shape = columnShapeSql(oldColumn);
      const recreate = [`ALTER TABLE ${table} ADD COLUMN ${shape.sql};`];
      // Constraints and indexes that went with the column, when the history wrote them down.
      for (const c of before.constraints.values()) {
        if (c.columns.includes(column!) && c.definition)
          recreate.push(`ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdent(c.name)} ${c.definition};`);
      }
      for (const index of ctx.before.indexes.values()) {
        if (
          index.table === key &&
          index.columns.includes(column!) &&
          index.definition &&
          !before.constraints.has(index.name)
        )
          recreate.push(`${index.definition};`);
      }
      const notNull = shape.notNullDropped ? ` (it was NOT NULL: backfill it, then SET NOT NULL)` : '';
      return [cannot(`${message}; its shape is re-created empty, as the table's last column${notNull}`, recreate)];
    }
    case 'AT_AlterColumnType': {
      if (!oldColumn) return [cannot(`${what} — the column's previous type is not known; change it back by hand`)];
      const newType = after?.columns.get(column!)?.type;
      // An explicit cast only where no assignment cast exists (varchar(n)::… would silently truncate).
      const family = (name: string | undefined): string | undefined =>
        name === undefined ? undefined : STRING_TYPES.has(name) ? 'string' : NUMBER_TYPES.has(name) ? 'number' : name;
      const using =
        newType && family(newType.name) !== family(oldColumn.type.name)
          ? ` USING ${quoteIdent(column!)}::${typeSql(oldColumn.type)}`
          : '';
      return [
        {
          ...alterColumn(`TYPE ${typeSql(oldColumn.type)}${using}`),
          ignore: {
            rule: 'column-type-rewrite',
            reason: `it changes ${qualified} back to its type before the up migration, which can rewrite or scan ${relationSql(rv)} under its lock`,
          },
        },
      ];
    }
    case 'AT_SetNotNull':
      if (oldColumn?.notNull) return [];
      return [alterColumn('DROP NOT NULL')];
    case 'AT_DropNotNull':
      if (!oldColumn) return [cannot(`${what} — whether the column was NOT NULL is not known`)];
      return oldColumn.notNull
        ? [
            {
              ...alterColumn('SET NOT NULL'),
              ignore: {
                rule: 'set-not-null',
                reason: `it reads ${relationSql(rv)} once under the lock, and fails if a row written since has ${quoteIdent(column!)} NULL`,
              },
            },
          ]
        : [];
    case 'AT_ColumnDefault': {
      if (!oldColumn) return [cannot(`${what} — the column's previous default is not known; restore it by hand`)];
      if (!oldColumn.hasDefault) return cmd.def ? [alterColumn('DROP DEFAULT')] : [];
      if (oldColumn.defaultSql) return [alterColumn(`SET DEFAULT ${oldColumn.defaultSql}`)];
      return [cannot(`${what} — the previous default's expression is not known; restore it by hand`)];
    }
    case 'AT_AddIdentity':
      return [alterColumn('DROP IDENTITY')];
    case 'AT_AddConstraint': {
      const c = cmd.def?.Constraint;
      const added = [...(after?.constraints.keys() ?? [])].filter((n) => !before?.constraints.has(n));
      const name: string | undefined = c?.conname ?? (added.length === 1 ? added[0] : undefined);
      if (!name) return [cannot(`${what} — the constraint's name is not known; drop it by hand`)];
      const steps = [sql(`ALTER TABLE ${table} DROP CONSTRAINT ${quoteIdent(name)};`)];
      if (c?.indexname) {
        // USING INDEX: the index became the constraint's and goes with it.
        const schema = key.slice(0, key.indexOf('.'));
        const index = ctx.before.indexes.get(`${schema}.${c.indexname}`);
        if (index?.definition) steps.push(createIndexStep(index.definition));
        else
          steps.push(
            cannot(`${what} — index ${quoteIdent(c.indexname)} is dropped with the constraint; re-create it by hand`),
          );
      }
      return steps;
    }
    case 'AT_ValidateConstraint':
      return [
        {
          kind: 'note',
          message: `VALIDATE CONSTRAINT ${quoteIdent(cmd.name)} on ${table} (the constraint itself is dropped by undoing its ADD)`,
        },
      ];
    case 'AT_DropConstraint': {
      const old = before?.constraints.get(cmd.name);
      if (old?.definition)
        return [
          sql(
            `ALTER TABLE ${table} ADD CONSTRAINT ${quoteIdent(old.name)} ${old.definition}${old.validated ? '' : ' NOT VALID'};`,
          ),
        ];
      return [cannot(`${what} — the constraint's definition is not known; re-create it by hand`)];
    }
    case 'AT_AttachPartition':
      return [sql(`ALTER TABLE ${table} DETACH PARTITION ${relationSql(cmd.def?.PartitionCmd?.name)};`)];
    case 'AT_SetLogged':
      return [sql(`ALTER TABLE ${table} SET UNLOGGED;`)];
    case 'AT_SetUnLogged':
      return [sql(`ALTER TABLE ${table} SET LOGGED;`)];
    case 'AT_EnableRowSecurity':
      return [sql(`ALTER TABLE ${table} DISABLE ROW LEVEL SECURITY;`)];
    case 'AT_DisableRowSecurity':
      return [sql(`ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;`)];
    case 'AT_ForceRowSecurity':
      return [sql(`ALTER TABLE ${table} NO FORCE ROW LEVEL SECURITY;`)];
    case 'AT_NoForceRowSecurity':
      return [sql(`ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`)];
    case 'AT_EnableTrig':
      return [sql(`ALTER TABLE ${table} DISABLE TRIGGER ${quoteIdent(cmd.name)};`)];
    case 'AT_DisableTrig':
      return [sql(`ALTER TABLE ${table} ENABLE TRIGGER ${quoteIdent(cmd.name)};`)];
    default:
      return [cannot(`${what} — Sluice does not invert ${String(cmd.subtype).replace(/^AT_/, '')}; undo it by hand`)];
  }
}

function invertRename(ast: AstNode, what: string): InverseStep[] {
  const rv = ast.relation;
  const back = (object: string, renamedTo: string, original: string): InverseStep =>
    sql(`ALTER ${object} ${renamedTo} RENAME TO ${quoteIdent(original)};`);
  const renamed = (rvName: AstNode): string => inSchemaOf(rvName, ast.newname);
  switch (ast.renameType) {
    case 'OBJECT_TABLE':
      return [back('TABLE', renamed(rv), rv.relname)];
    case 'OBJECT_INDEX':
      return [back('INDEX', renamed(rv), rv.relname)];
    case 'OBJECT_VIEW':
      return [back('VIEW', renamed(rv), rv.relname)];
    case 'OBJECT_MATVIEW':
      return [back('MATERIALIZED VIEW', renamed(rv), rv.relname)];
    case 'OBJECT_SEQUENCE':
      return [back('SEQUENCE', renamed(rv), rv.relname)];
    case 'OBJECT_COLUMN':
      return [
        sql(`ALTER TABLE ${relationSql(rv)} RENAME COLUMN ${quoteIdent(ast.newname)} TO ${quoteIdent(ast.subname)};`),
      ];
    case 'OBJECT_TABCONSTRAINT':
      return [
        sql(
          `ALTER TABLE ${relationSql(rv)} RENAME CONSTRAINT ${quoteIdent(ast.newname)} TO ${quoteIdent(ast.subname)};`,
        ),
      ];
    case 'OBJECT_TRIGGER':
      return [
        sql(`ALTER TRIGGER ${quoteIdent(ast.newname)} ON ${relationSql(rv)} RENAME TO ${quoteIdent(ast.subname)};`),
      ];
    case 'OBJECT_SCHEMA':
      return [sql(`ALTER SCHEMA ${quoteIdent(ast.newname)} RENAME TO ${quoteIdent(ast.subname)};`)];
    case 'OBJECT_TYPE': {
      const names: string[] = (ast.object?.List?.items ?? []).map((n: AstNode) => n.String?.sval);
      const renamedType = [...names.slice(0, -1), ast.newname].map(quoteIdent).join('.');
      return [sql(`ALTER TYPE ${renamedType} RENAME TO ${quoteIdent(names[names.length - 1])};`)];
    }
    default:
      return [cannot(`${what} — Sluice does not invert this rename; rename it back by hand`)];
  }
}

function invertDrop(ast: AstNode, ctx: InvertContext, what: string): InverseStep[] {
  const steps: InverseStep[] = [];
  for (const object of ast.objects ?? []) {
    const list: AstNode[] = object.List?.items ?? object.TypeName?.names ?? [];
    const parts: string[] = list.map((n) => n.String?.sval).filter(Boolean);
    const key = parts.length > 1 ? `${parts[parts.length - 2]}.${parts[parts.length - 1]}` : `public.${parts[0]}`;
    const shown = parts.length > 0 ? quoteQualified(...parts) : firstLine(what);
    switch (ast.removeType) {
      case 'OBJECT_TABLE': {
        const table = ctx.before.tables.get(key);
        const message = `DROP TABLE ${shown} — the data is gone; restore from backup`;
        if (!table?.complete) {
          steps.push(cannot(message));
          break;
        }
        steps.push(cannot(`${message}; its shape is re-created empty`, recreateTable(parts, table, ctx.before)));
        break;
      }
      case 'OBJECT_INDEX': {
        const definition = ctx.before.indexes.get(key)?.definition;
        if (definition) steps.push(createIndexStep(definition));
        else steps.push(cannot(`DROP INDEX ${shown} — its definition is not known; re-create it by hand`));
        break;
      }
      default:
        steps.push(
          cannot(
            `DROP ${String(ast.removeType)
              .replace(/^OBJECT_/, '')
              .replace(/_/g, ' ')} ${shown} — its definition is not known; re-create it by hand`,
          ),
        );
    }
  }
  return steps.reverse();
}

function recreateTable(parts: string[], table: TableInfo, schema: SchemaModel): string[] {
  const name = parts.map(quoteIdent).join('.');
  const lines: string[] = [];
  for (const column of table.columns.values()) {
    const shape = columnShapeSql(column);
    lines.push(`  ${shape.sql}${column.notNull && !column.defaultSql ? ' NOT NULL' : ''}`);
  }
  for (const c of table.constraints.values()) {
    if (c.definition) lines.push(`  CONSTRAINT ${quoteIdent(c.name)} ${c.definition}`);
  }
  const statements = [`CREATE TABLE ${name} (\n${lines.join(',\n')}\n);`];
  for (const index of schema.indexes.values()) {
    if (index.table === table.key && index.definition && !table.constraints.has(index.name))
      statements.push(`${index.definition};`);
  }
  return statements;
}
