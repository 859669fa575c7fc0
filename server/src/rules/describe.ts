// Short names for statements and ALTER TABLE subcommands, for messages: `ALTER TABLE orders ADD COLUMN note`.
import { alterTableCommandLock, alterTableCommands, describeRelation, relationRef } from '../facts/statementFacts';
import type { RelationRef } from '../facts/statementFacts';
import type { SchemaModel } from '../schema/model';
import { perStatement } from '../facts/perStatement';
import type { AstNode } from '../syntax/parse';

export const CONSTRAINT_WORDS: Record<string, string> = {
  CONSTR_CHECK: 'CHECK',
  CONSTR_FOREIGN: 'FOREIGN KEY',
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_EXCLUSION: 'EXCLUDE',
  CONSTR_NOTNULL: 'NOT NULL',
};

/** The relation a lock lands on, by name: for an index, its table when the schema so far knows it. */
export function lockedRelationName(ref: RelationRef, schema: SchemaModel): string {
  if (ref.kind !== 'index') return ref.name;
  const index = schema.indexes.get(ref.key);
  if (!index) return describeRelation(ref);
  const table = schema.tables.get(index.table)?.name;
  if (table) return table;
  // An index of a materialized view: the view is named by its key, `public.` left out as PostgreSQL does.
  if (schema.views.has(index.table)) return index.table.replace(/^public\./, '');
  return describeRelation(ref);
}

/** A short name for one ALTER TABLE subcommand, e.g. `ADD COLUMN note`, or '' when it has none. */
export function describeCommand(cmd: AstNode): string {
  switch (cmd.subtype) {
    case 'AT_AddColumn':
      return `ADD COLUMN ${cmd.def?.ColumnDef?.colname}`;
    case 'AT_AddConstraint': {
      const c = cmd.def?.Constraint;
      return c?.conname ? `ADD CONSTRAINT ${c.conname}` : `ADD ${CONSTRAINT_WORDS[c?.contype] ?? 'CONSTRAINT'}`;
    }
    case 'AT_AlterColumnType':
      return `ALTER COLUMN ${cmd.name} TYPE`;
    case 'AT_SetNotNull':
      return `ALTER COLUMN ${cmd.name} SET NOT NULL`;
    case 'AT_DropNotNull':
      return `ALTER COLUMN ${cmd.name} DROP NOT NULL`;
    case 'AT_ColumnDefault':
      return `ALTER COLUMN ${cmd.name} ${cmd.def ? 'SET' : 'DROP'} DEFAULT`;
    case 'AT_DropColumn':
      return `DROP COLUMN ${cmd.name}`;
    case 'AT_DropConstraint':
      return `DROP CONSTRAINT ${cmd.name}`;
    case 'AT_SetLogged':
      return 'SET LOGGED';
    case 'AT_SetUnLogged':
      return 'SET UNLOGGED';
    case 'AT_SetTableSpace':
      return `SET TABLESPACE ${cmd.name}`;
    case 'AT_AttachPartition':
      return `ATTACH PARTITION ${relationRef(cmd.def?.PartitionCmd?.name, 'table')?.name ?? ''}`.trim();
    case 'AT_DetachPartition':
      return `DETACH PARTITION ${relationRef(cmd.def?.PartitionCmd?.name, 'table')?.name ?? ''}`.trim();
    default:
      return '';
  }
}

const STATEMENT_WORDS: Record<string, string> = {
  RenameStmt: 'a RENAME',
  TruncateStmt: 'TRUNCATE',
  LockStmt: 'LOCK TABLE',
  ClusterStmt: 'CLUSTER',
  VacuumStmt: 'VACUUM FULL',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  ReindexStmt: 'REINDEX',
};

const DROP_WORDS: Record<string, string> = {
  OBJECT_TABLE: 'DROP TABLE',
  OBJECT_INDEX: 'DROP INDEX',
  OBJECT_VIEW: 'DROP VIEW',
  OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
  OBJECT_TRIGGER: 'DROP TRIGGER',
  OBJECT_POLICY: 'DROP POLICY',
  OBJECT_RULE: 'DROP RULE',
};

/** ALTER TABLE's syntax tree also carries ALTER VIEW, INDEX, SEQUENCE, TYPE ...: the word as written. */
const ALTER_WORDS: Record<string, string> = {
  OBJECT_VIEW: 'VIEW',
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_INDEX: 'INDEX',
  OBJECT_SEQUENCE: 'SEQUENCE',
  OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
  OBJECT_TYPE: 'TYPE',
};

/** A short name for what a statement did, for messages: `ALTER TABLE orders ADD COLUMN note`, `TRUNCATE`. */
export function describeOperation(kind: string, ast: AstNode): string {
  return operationOf(ast, kind);
}

const operationOf = perStatement((ast: AstNode, kind: string): string => {
  if (kind === 'AlterTableStmt') {
    const cmds = alterTableCommands(ast);
    const cmd = cmds.find((c) => alterTableCommandLock(c) === 'AccessExclusiveLock') ?? cmds[0];
    const table = relationRef(ast.relation, 'table')?.name ?? '';
    const word = ALTER_WORDS[ast.objtype] ?? 'TABLE';
    return [`ALTER ${word} ${table}`, cmd ? describeCommand(cmd) : ''].filter((s) => s.trim()).join(' ');
  }
  if (kind === 'DropStmt') return DROP_WORDS[ast.removeType] ?? 'DROP';
  return STATEMENT_WORDS[kind] ?? 'an earlier statement';
});
