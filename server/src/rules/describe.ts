// Short names for statements and ALTER TABLE subcommands, for messages: `ALTER TABLE orders ADD COLUMN note`.
import { alterTableCommandLock, alterTableCommands, describeRelation, relationRef } from '../facts/statementFacts';
import type { RelationRef } from '../facts/statementFacts';
import type { SchemaModel } from '../schema/model';
import { perStatement } from '../facts/perStatement';
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteKey, quoteQualified } from '../syntax/quoteIdent';
import { optionEnabled } from './table-rewrite-maintenance';
import { tableSqlName } from './tableChanges';

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
  const table = schema.tables.get(index.table);
  if (table) return tableSqlName(table);
  // An index of a materialized view: the view is named by its key, `public.` left out.
  if (schema.views.has(index.table)) return quoteKey(index.table, true);
  return describeRelation(ref);
}

/** An object's name as SQL (`note`, `"own row"`), or '' when the statement names none. */
function quoted(name: unknown): string {
  return typeof name === 'string' ? quoteIdent(name) : '';
}

/** Subcommands written the same whatever they name. */
const COMMAND_WORDS: Record<string, string> = {
  AT_SetLogged: 'SET LOGGED',
  AT_SetUnLogged: 'SET UNLOGGED',
  AT_DropCluster: 'SET WITHOUT CLUSTER',
  AT_DropOids: 'SET WITHOUT OIDS',
  AT_SetRelOptions: 'SET (...)',
  AT_ResetRelOptions: 'RESET (...)',
  AT_GenericOptions: 'OPTIONS (...)',
  AT_EnableTrigAll: 'ENABLE TRIGGER ALL',
  AT_DisableTrigAll: 'DISABLE TRIGGER ALL',
  AT_EnableTrigUser: 'ENABLE TRIGGER USER',
  AT_DisableTrigUser: 'DISABLE TRIGGER USER',
  AT_DropOf: 'NOT OF',
  AT_EnableRowSecurity: 'ENABLE ROW LEVEL SECURITY',
  AT_DisableRowSecurity: 'DISABLE ROW LEVEL SECURITY',
  AT_ForceRowSecurity: 'FORCE ROW LEVEL SECURITY',
  AT_NoForceRowSecurity: 'NO FORCE ROW LEVEL SECURITY',
};

/** Subcommands followed by the name they carry (`ENABLE TRIGGER audit`). */
const NAMED_COMMAND_WORDS: Record<string, string> = {
  AT_DropColumn: 'DROP COLUMN',
  AT_DropConstraint: 'DROP CONSTRAINT',
  AT_ValidateConstraint: 'VALIDATE CONSTRAINT',
  AT_SetTableSpace: 'SET TABLESPACE',
  AT_SetAccessMethod: 'SET ACCESS METHOD',
  AT_ClusterOn: 'CLUSTER ON',
  AT_EnableTrig: 'ENABLE TRIGGER',
  AT_EnableAlwaysTrig: 'ENABLE ALWAYS TRIGGER',
  AT_EnableReplicaTrig: 'ENABLE REPLICA TRIGGER',
  AT_DisableTrig: 'DISABLE TRIGGER',
  AT_EnableRule: 'ENABLE RULE',
  AT_EnableAlwaysRule: 'ENABLE ALWAYS RULE',
  AT_EnableReplicaRule: 'ENABLE REPLICA RULE',
  AT_DisableRule: 'DISABLE RULE',
};

/** Subcommands of one column: `ALTER COLUMN <name>` and these words. */
const COLUMN_COMMAND_WORDS: Record<string, string> = {
  AT_SetNotNull: 'SET NOT NULL',
  AT_DropNotNull: 'DROP NOT NULL',
  AT_AlterColumnType: 'TYPE',
  AT_SetExpression: 'SET EXPRESSION',
  AT_DropExpression: 'DROP EXPRESSION',
  AT_SetStatistics: 'SET STATISTICS',
  AT_SetOptions: 'SET (...)',
  AT_ResetOptions: 'RESET (...)',
  AT_SetStorage: 'SET STORAGE',
  AT_SetCompression: 'SET COMPRESSION',
  AT_AlterColumnGenericOptions: 'OPTIONS (...)',
  AT_AddIdentity: 'ADD GENERATED AS IDENTITY',
  AT_DropIdentity: 'DROP IDENTITY',
};

const REPLICA_IDENTITIES: Record<string, string> = { d: 'DEFAULT', f: 'FULL', n: 'NOTHING', i: 'USING INDEX' };

/**
 * The subcommands PostgreSQL makes itself while running others (re-adding an index after a type change, a view's
 * new columns): no migration writes them, so they have no words.
 */
export const INTERNAL_COMMANDS = new Set([
  'AT_AddColumnToView',
  'AT_CookedColumnDefault',
  'AT_AddIndex',
  'AT_ReAddIndex',
  'AT_ReAddConstraint',
  'AT_ReAddDomainConstraint',
  'AT_AddIndexConstraint',
  'AT_ReAddComment',
  'AT_ReplaceRelOptions',
  'AT_ReAddStatistics',
]);

/** A short name for one ALTER TABLE subcommand, e.g. `ADD COLUMN note`, or '' when it has none. */
export function describeCommand(cmd: AstNode): string {
  const subtype: string = cmd.subtype;
  if (COMMAND_WORDS[subtype]) return COMMAND_WORDS[subtype];
  if (NAMED_COMMAND_WORDS[subtype]) return `${NAMED_COMMAND_WORDS[subtype]} ${quoted(cmd.name)}`.trim();
  if (COLUMN_COMMAND_WORDS[subtype]) return `ALTER COLUMN ${quoted(cmd.name)} ${COLUMN_COMMAND_WORDS[subtype]}`;
  const partition = (): string => relationRef(cmd.def?.PartitionCmd?.name, 'table')?.name ?? '';
  switch (subtype) {
    case 'AT_AddColumn':
      return `ADD COLUMN ${quoted(cmd.def?.ColumnDef?.colname)}`;
    case 'AT_AddConstraint': {
      const c = cmd.def?.Constraint;
      return c?.conname ? `ADD CONSTRAINT ${quoted(c.conname)}` : `ADD ${CONSTRAINT_WORDS[c?.contype] ?? 'CONSTRAINT'}`;
    }
    case 'AT_AlterConstraint':
      return `ALTER CONSTRAINT ${quoted(cmd.def?.ATAlterConstraint?.conname ?? cmd.def?.Constraint?.conname)}`.trim();
    case 'AT_ColumnDefault':
      return `ALTER COLUMN ${quoted(cmd.name)} ${cmd.def ? 'SET' : 'DROP'} DEFAULT`;
    case 'AT_SetIdentity': {
      // SET GENERATED, RESTART, SET INCREMENT BY ...: the first option says which.
      const option: unknown = cmd.def?.List?.items?.[0]?.DefElem?.defname;
      const words =
        option === 'restart' ? 'RESTART' : typeof option === 'string' ? `SET ${option.toUpperCase()}` : 'SET';
      return `ALTER COLUMN ${quoted(cmd.name)} ${words}`;
    }
    case 'AT_ChangeOwner':
      return `OWNER TO ${quoted(cmd.newowner?.rolename) || 'CURRENT_USER'}`;
    case 'AT_AddInherit':
      return `INHERIT ${relationRef(cmd.def?.RangeVar, 'table')?.name ?? ''}`.trim();
    case 'AT_DropInherit':
      return `NO INHERIT ${relationRef(cmd.def?.RangeVar, 'table')?.name ?? ''}`.trim();
    case 'AT_AddOf':
      return `OF ${quoteQualified(...(cmd.def?.TypeName?.names ?? []).map((n: AstNode) => n.String?.sval))}`.trim();
    case 'AT_ReplicaIdentity': {
      const identity = cmd.def?.ReplicaIdentityStmt;
      const words = REPLICA_IDENTITIES[identity?.identity_type] ?? '';
      return `REPLICA IDENTITY ${words}${identity?.name ? ` ${quoted(identity.name)}` : ''}`.trim();
    }
    case 'AT_AttachPartition':
      return `ATTACH PARTITION ${partition()}`.trim();
    case 'AT_DetachPartition':
      return `DETACH PARTITION ${partition()}${cmd.def?.PartitionCmd?.concurrent ? ' CONCURRENTLY' : ''}`.trim();
    case 'AT_DetachPartitionFinalize':
      return `DETACH PARTITION ${partition()} FINALIZE`;
    default:
      return '';
  }
}

/** Statements named by their words alone (what they lock is named beside them in messages). */
const STATEMENT_WORDS: Record<string, string> = {
  TruncateStmt: 'TRUNCATE',
  LockStmt: 'LOCK TABLE',
  ClusterStmt: 'CLUSTER',
  RefreshMatViewStmt: 'REFRESH MATERIALIZED VIEW',
  ReindexStmt: 'REINDEX',
  InsertStmt: 'INSERT',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE',
  MergeStmt: 'MERGE',
};

const DROP_WORDS: Record<string, string> = {
  OBJECT_TABLE: 'DROP TABLE',
  OBJECT_INDEX: 'DROP INDEX',
  OBJECT_VIEW: 'DROP VIEW',
  OBJECT_MATVIEW: 'DROP MATERIALIZED VIEW',
  OBJECT_FOREIGN_TABLE: 'DROP FOREIGN TABLE',
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

/** What ALTER ... RENAME renames, besides a relation itself: `ALTER TABLE t RENAME COLUMN a TO b`. */
const RENAMED_PARTS: Record<string, string> = {
  OBJECT_COLUMN: 'COLUMN',
  OBJECT_ATTRIBUTE: 'ATTRIBUTE',
  OBJECT_TABCONSTRAINT: 'CONSTRAINT',
};

/** ALTER TRIGGER/POLICY/RULE name ON table RENAME TO ... */
const RENAMED_TABLE_OBJECTS: Record<string, string> = {
  OBJECT_TRIGGER: 'TRIGGER',
  OBJECT_POLICY: 'POLICY',
  OBJECT_RULE: 'RULE',
};

function renameWords(ast: AstNode): string {
  const table = relationRef(ast.relation, 'table')?.name ?? '';
  const part = RENAMED_PARTS[ast.renameType];
  if (part) {
    const word = ALTER_WORDS[ast.relationType] ?? 'TABLE';
    return `ALTER ${word} ${table} RENAME ${part} ${quoted(ast.subname)} TO ${quoted(ast.newname)}`;
  }
  const object = RENAMED_TABLE_OBJECTS[ast.renameType];
  if (object) return `ALTER ${object} ${quoted(ast.subname)} ON ${table} RENAME TO ${quoted(ast.newname)}`;
  return `ALTER ${ALTER_WORDS[ast.renameType] ?? 'TABLE'} ${table} RENAME TO ${quoted(ast.newname)}`;
}

/** A short name for what a statement did, for messages: `ALTER TABLE orders ADD COLUMN note`, `TRUNCATE`. */
export function describeOperation(kind: string, ast: AstNode): string {
  return operationOf(ast, kind);
}

const operationOf = perStatement((ast: AstNode, kind: string): string => {
  switch (kind) {
    case 'AlterTableStmt': {
      const cmds = alterTableCommands(ast);
      const cmd = cmds.find((c) => alterTableCommandLock(c) === 'AccessExclusiveLock') ?? cmds[0];
      const table = relationRef(ast.relation, 'table')?.name ?? '';
      const word = ALTER_WORDS[ast.objtype] ?? 'TABLE';
      let command = cmd ? describeCommand(cmd) : '';
      // A composite type's columns are its attributes: ALTER TYPE address ADD ATTRIBUTE zip.
      if (word === 'TYPE') command = command.replace(/\bCOLUMN\b/, 'ATTRIBUTE');
      return [`ALTER ${word} ${table}`, command].filter((s) => s.trim()).join(' ');
    }
    case 'DropStmt':
      return DROP_WORDS[ast.removeType] ?? 'DROP';
    case 'RenameStmt':
      return renameWords(ast);
    case 'AlterObjectSchemaStmt':
      return `ALTER ${ALTER_WORDS[ast.objectType] ?? 'TABLE'} ${relationRef(ast.relation, 'table')?.name ?? ''} SET SCHEMA ${quoted(ast.newschema)}`;
    case 'CreateStmt': {
      const table = relationRef(ast.relation, 'table')?.name ?? '';
      const parent = ast.partbound ? relationRef(ast.inhRelations?.[0]?.RangeVar, 'table')?.name : undefined;
      return `CREATE TABLE ${table}${parent ? ` PARTITION OF ${parent}` : ''}`;
    }
    case 'IndexStmt':
      return `CREATE ${ast.unique ? 'UNIQUE ' : ''}INDEX${ast.concurrent ? ' CONCURRENTLY' : ''}${ast.idxname ? ` ${quoted(ast.idxname)}` : ''}`;
    case 'CreateTrigStmt':
      return `CREATE TRIGGER ${quoted(ast.trigname)}`;
    case 'CreatePolicyStmt':
      return `CREATE POLICY ${quoted(ast.policy_name)}`;
    case 'AlterPolicyStmt':
      return `ALTER POLICY ${quoted(ast.policy_name)}`;
    case 'RuleStmt':
      return `CREATE ${ast.replace ? 'OR REPLACE ' : ''}RULE ${quoted(ast.rulename)}`;
    case 'AlterSeqStmt':
      return `ALTER SEQUENCE ${relationRef(ast.sequence, 'relation')?.name ?? ''}`.trim();
    case 'CreateSchemaStmt':
      return `CREATE SCHEMA ${quoted(ast.schemaname)}`.trim();
    case 'VacuumStmt':
      if (!ast.is_vacuumcmd) return 'ANALYZE';
      return optionEnabled(ast.options, 'full') ? 'VACUUM FULL' : 'VACUUM';
  }
  return STATEMENT_WORDS[kind] ?? 'an earlier statement';
});
