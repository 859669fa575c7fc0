// IF NOT EXISTS of something the schema already has: PostgreSQL skips the command with a notice ("already exists,
// skipping"), so it adds, builds, rewrites and checks nothing (idempotent and Supabase-style migrations).
import { indexKeyBeside, RelationRef } from '../facts/statementFacts';
import type { SchemaModel } from '../schema/model';
import type { AstNode } from '../syntax/parse';
import type { TableChange } from './tableChanges';

/** ALTER TABLE ... ADD COLUMN IF NOT EXISTS of a column the table has. */
export function skipsExistingColumn(cmd: AstNode, schema: SchemaModel, tableKey: string): boolean {
  if (cmd.subtype !== 'AT_AddColumn' || cmd.missing_ok !== true) return false;
  const name = cmd.def?.ColumnDef?.colname;
  return typeof name === 'string' && schema.tables.get(tableKey)?.columns.has(name) === true;
}

/**
 * A column change PostgreSQL skips with a notice: ADD COLUMN IF NOT EXISTS of a column the table has, DROP COLUMN
 * IF EXISTS of one the replayed history shows it does not have (only when the history knows all its columns).
 */
export function skippedColumnChange(change: TableChange, schema: SchemaModel): boolean {
  const table = schema.tables.get(change.table.key);
  if (change.type === 'add-column') return change.ifNotExists === true && table?.columns.has(change.column) === true;
  if (change.type !== 'drop-column' || !change.ifExists || !table) return false;
  return table.complete && !table.assumed && !table.columns.has(change.column);
}

/** CREATE INDEX IF NOT EXISTS (an IndexStmt) of an index name the table's schema has. */
export function skipsExistingIndex(ast: AstNode, schema: SchemaModel, table: RelationRef): boolean {
  return (
    ast.if_not_exists === true &&
    typeof ast.idxname === 'string' &&
    schema.indexes.has(indexKeyBeside(table, ast.idxname))
  );
}

/**
 * CREATE SEQUENCE IF NOT EXISTS (or one a DO block guards): the schema does not track sequences, so one of that
 * name may exist and the command be skipped. Count it as pre-existing, not as created by this migration.
 */
export function mayBeExistingSequence(kind: string, ast: AstNode, guarded: boolean): boolean {
  return kind === 'CreateSeqStmt' && (ast.if_not_exists === true || guarded);
}
