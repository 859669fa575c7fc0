// Names and types written back as SQL for a rollback script.
import type { ColumnInfo, TypeInfo } from '../../schema/model';
import type { AstNode } from '../../syntax/parse';
import { quoteIdent, quoteQualified, quoteTypeName } from '../../syntax/quoteIdent';

/** A RangeVar as the migration named it: `orders`, `billing.orders`. */
export function relationSql(rv: AstNode | undefined): string {
  if (!rv) return '?';
  return quoteQualified(rv.schemaname, rv.relname);
}

/** A name list (`[public, mood]`) as SQL. */
export function nameListSql(list: AstNode[] | undefined): string {
  return quoteQualified(...(list ?? []).map((n) => n.String?.sval).filter((s): s is string => typeof s === 'string'));
}

/** Same schema as the table the migration named: `billing.orders_total_idx` or `orders_total_idx`. */
export function inSchemaOf(rv: AstNode | undefined, name: string): string {
  return quoteQualified(rv?.schemaname, name);
}

/** A column type: as written when known, otherwise rebuilt from the model's normalised name. */
export function typeSql(type: TypeInfo): string {
  if (type.sql) return type.sql;
  const mods = type.mods.length > 0 ? `(${type.mods.join(', ')})` : '';
  return `${type.name.split('.').map(quoteTypeName).join('.')}${mods}${'[]'.repeat(type.arrayDims)}`;
}

/** `note text DEFAULT '' NOT NULL` for ADD COLUMN; NOT NULL only when a default fills existing rows. */
export function columnShapeSql(column: ColumnInfo): { sql: string; notNullDropped: boolean } {
  const parts = [quoteIdent(column.name), typeSql(column.type)];
  if (column.defaultSql) parts.push(`DEFAULT ${column.defaultSql}`);
  const notNullDropped = column.notNull && !column.defaultSql;
  if (column.notNull && column.defaultSql) parts.push('NOT NULL');
  return { sql: parts.join(' '), notNullDropped };
}

/** The first line of a statement, shortened, for comments and messages. */
export function firstLine(text: string, max = 80): string {
  const line = text.trim().split(/\r?\n/)[0].replace(/;\s*$/, '').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
