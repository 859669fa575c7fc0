// Which safe multi-step change a risky statement is really asking for: `ALTER TABLE t RENAME COLUMN a TO b`
// is a rename-column scaffold, a non-concurrent `CREATE INDEX` an add-index one, and so on. Pure: the statement's
// text in, a ChangeRequest (or nothing when the statement is not exactly one such change) out.
import { type AstNode, parseStatement, scanTokens, type Token } from '../../syntax/parse';
import { isKeyword } from '../quickfix/tokens';
import { qualifiedSql } from './names';
import type { ChangeRequest } from './plan';
import { quoteIdent } from '../../syntax/quoteIdent';

function tableOf(relation: AstNode | undefined): string | undefined {
  if (!relation?.relname) return undefined;
  return qualifiedSql({ schema: relation.schemaname, name: relation.relname });
}

function names(list: AstNode[] | undefined): string[] | undefined {
  if (!list?.length) return undefined;
  const out = list.map((n) => n.String?.sval as string | undefined);
  return out.every((s): s is string => typeof s === 'string') ? out : undefined;
}

/** Depth-0 tokens only (outside parentheses and brackets), so `USING (a, b)` inside an expression is not a clause. */
function topLevel(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth--;
    else if (depth === 0) out.push(t);
  }
  return out;
}

/** The source text between two tokens (exclusive), trimmed, without a trailing `;`. */
function between(text: string, from: number, to: number): string {
  return text.slice(from, to).trim().replace(/;\s*$/, '').trim();
}

/** `ALTER COLUMN c [SET DATA] TYPE t [COLLATE x] [USING e]`: the type and USING texts as written. */
function typeChange(text: string): { type: string; using?: string } | undefined {
  const tokens = topLevel(scanTokens(text));
  const typeAt = tokens.findIndex((t, i) => isKeyword(t, 'TYPE') && i > 0);
  if (typeAt < 0 || typeAt + 1 >= tokens.length) return undefined;
  if (tokens.some((t, i) => i > typeAt && isKeyword(t, 'COLLATE'))) return undefined; // a collation change is another change
  const usingAt = tokens.findIndex((t, i) => i > typeAt && isKeyword(t, 'USING'));
  const end = text.length;
  const type = between(text, tokens[typeAt].end, usingAt < 0 ? end : tokens[usingAt].start);
  if (type === '') return undefined;
  if (usingAt < 0) return { type };
  const using = between(text, tokens[usingAt].end, end);
  return using === '' ? undefined : { type, using };
}

/** `UPDATE t SET ... [WHERE ...]`: the SET list and condition as written. */
function updateParts(text: string): { set: string; where?: string } | undefined {
  const tokens = topLevel(scanTokens(text));
  const setAt = tokens.findIndex((t) => isKeyword(t, 'SET'));
  if (setAt < 0) return undefined;
  const whereAt = tokens.findIndex((t, i) => i > setAt && isKeyword(t, 'WHERE'));
  const set = between(text, tokens[setAt].end, whereAt < 0 ? text.length : tokens[whereAt].start);
  if (set === '') return undefined;
  if (whereAt < 0) return { set };
  const where = between(text, tokens[whereAt].end, text.length);
  return where === '' ? undefined : { set, where };
}

const FK_ACTIONS: Record<string, string> = { r: 'RESTRICT', c: 'CASCADE', n: 'SET NULL', d: 'SET DEFAULT' };

/** A foreign key's MATCH, ON UPDATE/DELETE and DEFERRABLE clauses as SQL (empty for the defaults). */
function foreignKeyOptions(constraint: AstNode): string | undefined {
  const parts: string[] = [];
  if (constraint.fk_matchtype === 'f') parts.push('MATCH FULL');
  else if (constraint.fk_matchtype && constraint.fk_matchtype !== 's') return undefined;
  for (const [event, action, columns] of [
    ['UPDATE', constraint.fk_upd_action, undefined],
    ['DELETE', constraint.fk_del_action, constraint.fk_del_set_cols],
  ] as [string, string | undefined, AstNode[] | undefined][]) {
    if (action === undefined || action === 'a') continue;
    if (!FK_ACTIONS[action]) return undefined;
    const list = columns?.length ? names(columns) : undefined;
    if (columns?.length && !list) return undefined;
    parts.push(`ON ${event} ${FK_ACTIONS[action]}${list ? ` (${list.map(quoteIdent).join(', ')})` : ''}`);
  }
  if (constraint.deferrable) parts.push('DEFERRABLE');
  if (constraint.initdeferred) parts.push('INITIALLY DEFERRED');
  return parts.join(' ');
}

function fromAlterTable(ast: AstNode, text: string): ChangeRequest | undefined {
  if (ast.objtype !== 'OBJECT_TABLE' || ast.cmds?.length !== 1) return undefined;
  const table = tableOf(ast.relation);
  const cmd = ast.cmds[0].AlterTableCmd as AstNode | undefined;
  if (!table || !cmd) return undefined;
  const column = typeof cmd.name === 'string' ? quoteIdent(cmd.name) : undefined;
  switch (cmd.subtype) {
    case 'AT_AlterColumnType': {
      const change = column ? typeChange(text) : undefined;
      return change && column ? { kind: 'change-type', table, column, ...change } : undefined;
    }
    case 'AT_SetNotNull':
      return column ? { kind: 'set-not-null', table, column } : undefined;
    case 'AT_DropColumn':
      return column ? { kind: 'drop-column', table, column } : undefined;
    case 'AT_AddConstraint': {
      const constraint = cmd.def?.Constraint as AstNode | undefined;
      if (!constraint) return undefined;
      if (constraint.contype === 'CONSTR_FOREIGN') {
        const from = names(constraint.fk_attrs);
        const to = names(constraint.pk_attrs);
        const target = tableOf(constraint.pktable);
        // One column each side: the scaffold indexes and validates exactly that pair.
        if (from?.length !== 1 || to?.length !== 1 || !target || constraint.is_enforced === false) return undefined;
        // The constraint as written: its name (the down scripts beside it drop that name) and its actions.
        const options = foreignKeyOptions(constraint);
        if (options === undefined) return undefined;
        return {
          kind: 'add-foreign-key',
          table,
          column: quoteIdent(from[0]),
          references: { table: target, column: quoteIdent(to[0]) },
          ...(constraint.conname ? { name: quoteIdent(constraint.conname) } : {}),
          ...(options ? { options } : {}),
        };
      }
      if (constraint.contype === 'CONSTR_UNIQUE' && !constraint.indexname) {
        const keys = names(constraint.keys);
        // Index options (INCLUDE, WITH, NULLS NOT DISTINCT, tablespace, DEFERRABLE) are not the scaffold's index.
        if (
          !keys ||
          constraint.including?.length ||
          constraint.options?.length ||
          constraint.nulls_not_distinct ||
          constraint.indexspace ||
          constraint.deferrable ||
          constraint.initdeferred
        )
          return undefined;
        return {
          kind: 'add-unique',
          table,
          columns: keys.map(quoteIdent),
          ...(constraint.conname ? { name: quoteIdent(constraint.conname) } : {}),
        };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function fromIndex(ast: AstNode): ChangeRequest | undefined {
  // A plain b-tree over columns; anything fancier (expressions, WHERE, INCLUDE, another method) the user keeps.
  if (ast.concurrent || ast.unique || ast.whereClause || ast.indexIncludingParams?.length) return undefined;
  if (ast.accessMethod && ast.accessMethod !== 'btree') return undefined;
  if (ast.options?.length || ast.tableSpace) return undefined; // storage settings the scaffold would drop
  const table = tableOf(ast.relation);
  const params = (ast.indexParams ?? []) as AstNode[];
  const columns = params.map((p) => p.IndexElem as AstNode | undefined);
  if (!table || columns.length === 0) return undefined;
  const plain = columns.every(
    (c) =>
      c?.name &&
      !c.expr &&
      !c.collation &&
      !c.opclass &&
      (c.ordering ?? 'SORTBY_DEFAULT') === 'SORTBY_DEFAULT' &&
      (c.nulls_ordering ?? 'SORTBY_NULLS_DEFAULT') === 'SORTBY_NULLS_DEFAULT',
  );
  if (!plain) return undefined;
  const request = {
    kind: 'add-index' as const,
    table,
    columns: columns.map((c) => quoteIdent(c!.name as string)),
  };
  // Code, monitoring and the down script may use the index's name: the new files keep it.
  return ast.idxname ? { ...request, name: quoteIdent(ast.idxname as string) } : request;
}

function fromUpdate(ast: AstNode, text: string): ChangeRequest | undefined {
  if (ast.fromClause?.length || ast.returningList?.length || ast.withClause) return undefined;
  const table = tableOf(ast.relation);
  if (!table || ast.relation.alias) return undefined;
  const parts = updateParts(text);
  return parts ? { kind: 'backfill', table, ...parts } : undefined;
}

/** The scaffold a single statement asks for, or undefined when it is not exactly one supported change. */
export function changeRequestOf(statementText: string): ChangeRequest | undefined {
  const parsed = parseStatement(statementText);
  if (!parsed.ok) return undefined;
  const { ast, kind } = parsed;
  switch (kind) {
    case 'RenameStmt': {
      if (ast.renameType !== 'OBJECT_COLUMN' || ast.relationType !== 'OBJECT_TABLE') return undefined;
      const table = tableOf(ast.relation);
      if (!table || !ast.subname || !ast.newname) return undefined;
      return {
        kind: 'rename-column',
        table,
        column: quoteIdent(ast.subname),
        to: quoteIdent(ast.newname),
      };
    }
    case 'AlterTableStmt':
      return fromAlterTable(ast, statementText);
    case 'IndexStmt':
      return fromIndex(ast);
    case 'UpdateStmt':
      return fromUpdate(ast, statementText);
    default:
      return undefined;
  }
}
