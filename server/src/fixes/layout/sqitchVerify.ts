// A sqitch verify script that really checks the deploy: sqitch runs it and fails the deploy when a statement
// errors, so each check is a query that fails when the object is missing (a column selected `WHERE false`, a
// `::regclass` cast, a division by a zero count). Derived from the deploy's statements where their AST says
// what they created; anything else gets a comment saying so.
import { AstNode, parseStatement } from '../../syntax/parse';
import { quoteIdent, quoteQualified } from '../../syntax/quoteIdent';
import { splitStatements } from '../../syntax/split';

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

interface RangeVar {
  schemaname?: string;
  relname: string;
}

function relation(rv: RangeVar): string {
  return quoteQualified(rv.schemaname, rv.relname);
}

/** `'orders'::regclass`: fails when the relation is missing. */
function regclass(rv: RangeVar): string {
  return `${literal(relation(rv))}::regclass`;
}

function checksFor(kind: string, node: AstNode): string[] {
  switch (kind) {
    case 'AlterTableStmt': {
      const rel: RangeVar = node.relation;
      const checks: string[] = [];
      for (const item of node.cmds ?? []) {
        const cmd = item.AlterTableCmd ?? {};
        const column: string | undefined = cmd.name ?? cmd.def?.ColumnDef?.colname;
        switch (cmd.subtype) {
          case 'AT_AddColumn':
          case 'AT_AlterColumnType':
          case 'AT_ColumnDefault':
            if (column) checks.push(`SELECT ${quoteIdent(column)} FROM ${relation(rel)} WHERE false;`);
            break;
          case 'AT_SetNotNull':
            checks.push(
              `SELECT 1 / count(*) FROM pg_attribute WHERE attrelid = ${regclass(rel)} AND attname = ${literal(column ?? '')} AND attnotnull;`,
            );
            break;
          case 'AT_AddConstraint':
          case 'AT_AddIndexConstraint': {
            const name: string | undefined = cmd.def?.Constraint?.conname;
            if (name) {
              checks.push(
                `SELECT 1 / count(*) FROM pg_constraint WHERE conrelid = ${regclass(rel)} AND conname = ${literal(name)};`,
              );
            }
            break;
          }
          case 'AT_ValidateConstraint':
            checks.push(
              `SELECT 1 / count(*) FROM pg_constraint WHERE conrelid = ${regclass(rel)} AND conname = ${literal(cmd.name)} AND convalidated;`,
            );
            break;
          case 'AT_DropColumn':
            checks.push(
              `SELECT 1 / (count(*) = 0)::int FROM pg_attribute WHERE attrelid = ${regclass(rel)} AND attname = ${literal(column ?? '')} AND NOT attisdropped;`,
            );
            break;
        }
      }
      return checks;
    }
    case 'RenameStmt':
      if (node.renameType === 'OBJECT_COLUMN' && node.relation) {
        return [`SELECT ${quoteIdent(node.newname)} FROM ${relation(node.relation)} WHERE false;`];
      }
      return [];
    case 'IndexStmt':
      if (!node.idxname) return [];
      return [`SELECT ${literal(quoteQualified(node.relation.schemaname, node.idxname))}::regclass;`];
    case 'CreateStmt': {
      const columns = (node.tableElts ?? [])
        .map((e: AstNode) => e.ColumnDef?.colname as string | undefined)
        .filter((c: string | undefined): c is string => !!c);
      return [
        `SELECT ${columns.length > 0 ? columns.map(quoteIdent).join(', ') : '1'} FROM ${relation(node.relation)} WHERE false;`,
      ];
    }
    case 'CreateTrigStmt':
      return [
        `SELECT 1 / count(*) FROM pg_trigger WHERE tgrelid = ${regclass(node.relation)} AND tgname = ${literal(node.trigname)};`,
      ];
    case 'CreateFunctionStmt': {
      const parts: string[] = (node.funcname ?? []).map((p: AstNode) => p.String?.sval as string);
      const name = parts[parts.length - 1];
      return name ? [`SELECT 1 / count(*) FROM pg_proc WHERE proname = ${literal(name)};`] : [];
    }
    default:
      return [];
  }
}

/** The verify script's checks for a deploy script's SQL (statements, or a comment when none can be derived). */
export function verifyChecks(deploySql: string): string {
  const checks: string[] = [];
  for (const statement of splitStatements(deploySql).statements) {
    let parsed;
    try {
      parsed = parseStatement(statement.text);
    } catch {
      break; // the parser is not loaded: fall back to the comment below
    }
    if (parsed.ok) checks.push(...checksFor(parsed.kind, parsed.ast));
  }
  const unique = [...new Set(checks)];
  return unique.length > 0
    ? `${unique.join('\n')}\n`
    : '-- Sluice found nothing in the deploy script to check automatically: add a query that fails when the\n-- change is missing (sqitch verify fails on the first error).\n';
}
