// The body of a SQL-language function written as a string (`AS $$ ... $$`). While check_function_bodies is on
// (its default), CREATE FUNCTION and CREATE PROCEDURE parse and analyse it (its names and literals are resolved
// then, not at the first call), unless a parameter is polymorphic; a PL/pgSQL body is only parsed, and a
// SQL-standard body (BEGIN ATOMIC, RETURN) is part of the statement's own tree (all measured on PostgreSQL 15).
import { typeNameOf } from './expressions';
import { perStatement } from './perStatement';
import { setConfigCalls } from './statementFacts';
import { bodyPlace } from '../syntax/doBlock';
import { AstNode, parseStatement } from '../syntax/parse';
import { splitStatements } from '../syntax/split';

export interface SqlBodyStatement {
  kind: string;
  ast: AstNode;
  /** Its text, as the body holds it. */
  text: string;
  /** Where `text` starts in the body (UTF-16). */
  start: number;
}

export interface SqlFunctionBody {
  statements: readonly SqlBodyStatement[];
  /** Where an offset of the body is in the CREATE statement's text; undefined when not found (an E'' string). */
  place?: (offset: number) => number;
}

/** PostgreSQL's polymorphic pseudo-types: with one among the parameters, the body is only parsed at CREATE. */
const POLYMORPHIC = new Set([
  'anyelement',
  'anyarray',
  'anynonarray',
  'anyenum',
  'anyrange',
  'anymultirange',
  'anycompatible',
  'anycompatiblearray',
  'anycompatiblenonarray',
  'anycompatiblerange',
  'anycompatiblemultirange',
]);

/** A boolean setting's value as PostgreSQL reads it (`off`, `false`, `0`, `no`, unique prefixes), if it is one. */
function booleanValue(text: string): boolean | undefined {
  const value = text.trim().toLowerCase();
  if (value === '') return undefined;
  if ('true'.startsWith(value) || 'yes'.startsWith(value) || value === 'on' || value === '1') return true;
  if ('false'.startsWith(value) || 'no'.startsWith(value) || value === 'of' || value === 'off' || value === '0')
    return false;
  return undefined;
}

/** The value a `SET name = value` gives a boolean setting: undefined when it is not a constant PostgreSQL reads. */
function setValue(set: AstNode): boolean | undefined {
  const arg = set.args?.[0]?.A_Const;
  if (!arg || (set.args ?? []).length !== 1) return undefined;
  if (arg.sval !== undefined) return booleanValue(String(arg.sval.sval ?? ''));
  // (libpg-query omits a zero's value: `SET x = 0` reads `ival: {}`.)
  if (arg.ival !== undefined) return booleanValue(String(arg.ival.ival ?? 0));
  return undefined;
}

const SETTING = 'check_function_bodies';

/**
 * What a statement does to check_function_bodies: `on` true or false, or undefined when it sets a value Sluice cannot
 * read; `local` for SET LOCAL (or set_config(..., true)), which lasts until its transaction ends. RESET, SET ...
 * TO DEFAULT, RESET ALL and DISCARD ALL put the default back (on, unless the server is configured otherwise).
 * Undefined when the statement leaves it alone.
 */
export function bodyCheckSetting(kind: string, ast: AstNode): { on: boolean | undefined; local: boolean } | undefined {
  if (kind === 'DiscardStmt') return ast.target === 'DISCARD_ALL' ? { on: true, local: false } : undefined;
  if (kind === 'VariableSetStmt') {
    if (ast.kind === 'VAR_RESET_ALL') return { on: true, local: false };
    if (String(ast.name).toLowerCase() !== SETTING) return undefined;
    const local = ast.is_local === true;
    if (ast.kind === 'VAR_RESET' || ast.kind === 'VAR_SET_DEFAULT') return { on: true, local };
    if (ast.kind === 'VAR_SET_VALUE') return { on: setValue(ast), local };
    // (SET ... FROM CURRENT changes nothing.)
    return undefined;
  }
  if (kind === 'SelectStmt') {
    const call = setConfigCalls(ast)
      .filter((c) => c.setting === SETTING)
      .pop();
    if (call) return { on: call.value === undefined ? undefined : booleanValue(call.value), local: call.local };
  }
  return undefined;
}

function option(ast: AstNode, name: string): AstNode | undefined {
  return (ast.options ?? []).map((o: AstNode) => o.DefElem).find((d: AstNode) => d?.defname === name);
}

/**
 * The statements of the SQL body that CREATE FUNCTION / CREATE PROCEDURE `ast` analyses when check_function_bodies
 * is on in the session, or undefined when it analyses none: another language, a SQL-standard body, a polymorphic
 * parameter, or a `SET check_function_bodies` of its own that is not on (PostgreSQL applies the function's SET
 * clause while it validates the body: measured on 15). Statements that do not parse are left out (the CREATE
 * fails on them first).
 */
export const analysedSqlBody = perStatement((ast: AstNode, text: string): SqlFunctionBody | undefined => {
  const language = option(ast, 'language')?.arg?.String?.sval;
  if (typeof language !== 'string' || language.toLowerCase() !== 'sql' || ast.sql_body) return undefined;
  const items: AstNode[] = option(ast, 'as')?.arg?.List?.items ?? [];
  const source = items[0]?.String?.sval;
  if (items.length !== 1 || typeof source !== 'string') return undefined;
  for (const parameter of ast.parameters ?? [])
    if (POLYMORPHIC.has(typeNameOf(parameter.FunctionParameter?.argType))) return undefined;
  for (const set of (ast.options ?? []).map((o: AstNode) => o.DefElem).filter((d: AstNode) => d?.defname === 'set')) {
    const own = set.arg?.VariableSetStmt ? bodyCheckSetting('VariableSetStmt', set.arg.VariableSetStmt) : undefined;
    if (own && own.on !== true) return undefined;
  }
  const statements: SqlBodyStatement[] = [];
  for (const statement of splitStatements(source).statements) {
    const parse = parseStatement(statement.text);
    if (parse.ok) statements.push({ kind: parse.kind, ast: parse.ast, text: statement.text, start: statement.start });
  }
  const place = bodyPlace(text, source);
  return place ? { statements, place } : { statements };
});
