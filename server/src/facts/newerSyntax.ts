// Grammar PostgreSQL gained in 16, 17 or 18. The parser here is PostgreSQL 18's (libpg-query), so a statement
// using it parses, while an older server's parser stops at one of its tokens: `syntax error at or near "VIRTUAL"`.
// For each such use this names the first version that accepts it and the token an older parser stops at (each
// checked against PostgreSQL 15 and 18 by newerSyntax.db.test.ts); the walk reports it as that server's syntax
// error when pgVersion is older. Only uses the tree proves are found: a token alone (a column named `enforced`)
// never is one.
import type { AstNode, ParseOutcome, Token } from '../syntax/parse';
import { scanTokens } from '../syntax/parse';
import { utf8ToUtf16Offset } from '../syntax/positions';
import { perStatement } from './perStatement';

export interface NewerSyntax {
  /** The first PostgreSQL major version whose grammar accepts it. */
  since: number;
  /** The token an older parser stops at (UTF-16 offsets in the statement); `near` undefined: the statement's end. */
  start: number;
  end: number;
  near: string | undefined;
  /** What it is ("VIRTUAL generated columns are new in PostgreSQL 18") and what to write instead. */
  what: string;
  instead: string;
}

const NONE: readonly NewerSyntax[] = [];

/** The statement's code tokens (comments left out), scanned only when the tree shows newer syntax. */
class Tokens {
  private scanned: Token[] | undefined;

  constructor(readonly text: string) {}

  get list(): Token[] {
    return (this.scanned ??= scanTokens(this.text).filter((t) => !t.text.startsWith('--') && !t.text.startsWith('/*')));
  }

  /** Index of the first token starting at or after a libpg-query (UTF-8 byte) location, or -1. */
  at(location: unknown): number {
    if (typeof location !== 'number' || location < 0) return -1;
    const offset = utf8ToUtf16Offset(this.text, location);
    return this.list.findIndex((t) => t.start >= offset);
  }

  /** Token `i` is the keyword `word` (a quoted identifier never is). */
  is(i: number, word: string): boolean {
    const token = this.list[i];
    return token !== undefined && token.keyword && token.text.toUpperCase() === word;
  }

  /**
   * The first index from `from` where `match` holds, within the element that starts there (up to a `,` outside
   * parentheses): outside its parentheses, or with `inKeys`, inside its first level of them (a key's columns).
   */
  findInElement(from: number, match: (i: number) => boolean, inKeys = false): number {
    const level = inKeys ? 1 : 0;
    let depth = 0;
    for (let i = from; i >= 0 && i < this.list.length; i++) {
      const text = this.list[i].text;
      if (text === '(') depth++;
      else if (text === ')' && --depth < 0) return -1;
      else if (depth === 0 && text === ',') return -1;
      else if (depth === level && match(i)) return i;
    }
    return -1;
  }

  /** The first index anywhere where `match` holds, or -1. */
  find(match: (i: number) => boolean): number {
    for (let i = 0; i < this.list.length; i++) if (match(i)) return i;
    return -1;
  }
}

/** Collects the uses found; a token index of -1 (not where the tree says) adds nothing. */
class Found {
  readonly list: NewerSyntax[] = [];

  constructor(private readonly tokens: Tokens) {}

  /** The parser stops at token `i`, or at the statement's end when `i` is just past its last token. */
  add(i: number, since: number, what: string, instead: string): void {
    const list = this.tokens.list;
    if (i < 0 || i > list.length || list.length === 0) return;
    const token = list[Math.min(i, list.length - 1)];
    const near = i < list.length ? token.text : undefined;
    this.list.push({ since, start: token.start, end: token.end, near, what, instead });
  }
}

function constraintOf(node: AstNode | undefined): AstNode | undefined {
  return node?.Constraint as AstNode | undefined;
}

/** `GENERATED ALWAYS AS (expr)` without STORED (or with VIRTUAL): an older parser wants STORED after the `)`. */
function virtualGenerated(c: AstNode, tokens: Tokens, found: Found): void {
  let i = tokens.at(c.location);
  if (i < 0) return;
  // `[CONSTRAINT name] GENERATED ALWAYS AS ( expr )`: the first `(` opens the expression.
  while (i < tokens.list.length && tokens.list[i].text !== '(') i++;
  let depth = 0;
  for (; i < tokens.list.length; i++) {
    const text = tokens.list[i].text;
    if (text === '(') depth++;
    else if (text === ')' && --depth === 0) break;
  }
  if (depth !== 0) return;
  if (tokens.is(i + 1, 'VIRTUAL'))
    found.add(i + 1, 18, 'VIRTUAL generated columns are new in PostgreSQL 18', 'write STORED');
  else
    found.add(
      i + 1,
      18,
      'a generated column without STORED is virtual, new in PostgreSQL 18',
      'add STORED after the expression',
    );
}

/** A column's constraint (`NOT NULL`, `REFERENCES`, `GENERATED ...`, and the attributes written after one). */
function columnConstraint(c: AstNode, tokens: Tokens, found: Found): void {
  switch (c.contype) {
    case 'CONSTR_GENERATED':
      if (c.generated_kind === 'v') virtualGenerated(c, tokens, found);
      return;
    case 'CONSTR_ATTR_NOT_ENFORCED': {
      const i = tokens.at(c.location);
      if (tokens.is(i, 'NOT') && tokens.is(i + 1, 'ENFORCED'))
        found.add(i + 1, 18, 'NOT ENFORCED constraints are new in PostgreSQL 18', NOT_ENFORCED_INSTEAD);
      return;
    }
    case 'CONSTR_ATTR_ENFORCED': {
      const i = tokens.at(c.location);
      if (tokens.is(i, 'ENFORCED'))
        found.add(i, 18, 'ENFORCED is new in PostgreSQL 18', 'remove it (constraints are enforced by default)');
      return;
    }
    case 'CONSTR_NOTNULL':
      if (c.is_no_inherit === true) {
        const from = tokens.at(c.location);
        const i = tokens.findInElement(from, (k) => tokens.is(k, 'NO') && tokens.is(k + 1, 'INHERIT'));
        found.add(
          i,
          18,
          'NOT NULL ... NO INHERIT is new in PostgreSQL 18',
          'remove NO INHERIT, or write CHECK (column IS NOT NULL) NO INHERIT',
        );
      }
      return;
  }
}

const NOT_ENFORCED_INSTEAD =
  'remove NOT ENFORCED (NOT VALID skips checking the existing rows; new rows are still checked)';

/** A table constraint: `CHECK (...) NOT ENFORCED`, `NOT NULL col`, `WITHOUT OVERLAPS`, `PERIOD`. */
function tableConstraint(c: AstNode, tokens: Tokens, found: Found, inAlter: boolean): void {
  const from = tokens.at(c.location);
  if (from < 0) return;
  if ((c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') && c.is_enforced !== true) {
    const i = tokens.findInElement(from, (k) => tokens.is(k, 'NOT') && tokens.is(k + 1, 'ENFORCED'));
    if (i >= 0) found.add(i + 1, 18, 'NOT ENFORCED constraints are new in PostgreSQL 18', NOT_ENFORCED_INSTEAD);
  }
  if (c.contype === 'CONSTR_NOTNULL' && Array.isArray(c.keys) && c.keys.length > 0) {
    const i = tokens.is(from, 'CONSTRAINT') ? from + 2 : from;
    const column = String(c.keys[0]?.String?.sval ?? 'column');
    if (tokens.is(i, 'NOT'))
      found.add(
        i,
        18,
        'NOT NULL as a table constraint is new in PostgreSQL 18',
        inAlter
          ? `write ALTER COLUMN ${column} SET NOT NULL (to avoid its long lock: CHECK (${column} IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT, then SET NOT NULL)`
          : `write NOT NULL in the definition of column ${column}`,
      );
  }
  if (c.without_overlaps === true) {
    const i = tokens.findInElement(from, (k) => tokens.is(k, 'WITHOUT') && tokens.is(k + 1, 'OVERLAPS'), true);
    found.add(
      i,
      18,
      'WITHOUT OVERLAPS keys are new in PostgreSQL 18',
      'use an exclusion constraint instead (EXCLUDE USING gist (id WITH =, valid_at WITH &&), with btree_gist)',
    );
  }
  if (c.fk_with_period === true || c.pk_with_period === true) {
    // `(id, PERIOD valid_at)`: an older parser reads PERIOD as a column name and stops at the next one.
    const i = tokens.findInElement(
      from,
      (k) => {
        const next = tokens.list[k + 1]?.text;
        return tokens.is(k, 'PERIOD') && next !== undefined && next !== ',' && next !== ')';
      },
      true,
    );
    if (i >= 0)
      found.add(
        i + 1,
        18,
        'PERIOD in a foreign key is new in PostgreSQL 18',
        'check the time ranges with a trigger, or reference the key without PERIOD',
      );
  }
}

/** The elements of CREATE TABLE / CREATE FOREIGN TABLE: columns and table constraints. */
function tableElements(elements: readonly AstNode[] | undefined, tokens: Tokens, found: Found): void {
  for (const element of elements ?? []) {
    const table = constraintOf(element);
    if (table) tableConstraint(table, tokens, found, false);
    for (const c of element.ColumnDef?.constraints ?? []) {
      const column = constraintOf(c);
      if (column) columnConstraint(column, tokens, found);
    }
  }
}

function alterTable(ast: AstNode, tokens: Tokens, found: Found): void {
  for (const item of ast.cmds ?? []) {
    const cmd = item.AlterTableCmd as AstNode | undefined;
    switch (cmd?.subtype) {
      case 'AT_AddColumn':
        for (const c of cmd.def?.ColumnDef?.constraints ?? []) {
          const column = constraintOf(c);
          if (column) columnConstraint(column, tokens, found);
        }
        break;
      case 'AT_AddConstraint': {
        const c = constraintOf(cmd.def);
        if (c) tableConstraint(c, tokens, found, true);
        break;
      }
      case 'AT_AlterConstraint':
        if (cmd.def?.ATAlterConstraint?.alterEnforceability === true) {
          // `ALTER CONSTRAINT name [NOT] ENFORCED`: the first ENFORCED after a constraint's name.
          let i = -1;
          for (let k = 0; i < 0 && k < tokens.list.length; k++)
            if (tokens.is(k, 'ALTER') && tokens.is(k + 1, 'CONSTRAINT'))
              i = tokens.findInElement(k + 3, (e) => tokens.is(e, 'ENFORCED'));
          found.add(
            i,
            18,
            'ALTER CONSTRAINT ... ENFORCED / NOT ENFORCED is new in PostgreSQL 18',
            'drop the constraint to stop enforcing it, or add it again (NOT VALID, then VALIDATE CONSTRAINT) to enforce it',
          );
        }
        break;
      case 'AT_SetExpression':
        found.add(
          following(tokens, 'SET', 'EXPRESSION'),
          17,
          'ALTER COLUMN ... SET EXPRESSION is new in PostgreSQL 17',
          'drop the generated column and add it again with the new expression',
        );
        break;
      case 'AT_SetStatistics':
        if (cmd.def === undefined)
          found.add(
            following(tokens, 'STATISTICS', 'DEFAULT'),
            17,
            'SET STATISTICS DEFAULT is new in PostgreSQL 17',
            'write SET STATISTICS -1',
          );
        break;
      case 'AT_SetAccessMethod':
        if (cmd.name === undefined)
          found.add(
            following(tokens, 'METHOD', 'DEFAULT'),
            17,
            'SET ACCESS METHOD DEFAULT is new in PostgreSQL 17',
            'name the access method (SET ACCESS METHOD heap)',
          );
        break;
    }
  }
}

/** The index of keyword `second` right after keyword `first`, or -1. */
function following(tokens: Tokens, first: string, second: string): number {
  const i = tokens.find((k) => tokens.is(k, first) && tokens.is(k + 1, second));
  return i < 0 ? -1 : i + 1;
}

function merge(ast: AstNode, tokens: Tokens, found: Found): void {
  // `WHEN NOT MATCHED BY SOURCE` / `BY TARGET`: a MATCHED keyword followed by BY is nothing else.
  const by = tokens.find((k) => tokens.is(k, 'NOT') && tokens.is(k + 1, 'MATCHED') && tokens.is(k + 2, 'BY'));
  found.add(
    by < 0 ? -1 : by + 2,
    17,
    'WHEN NOT MATCHED BY SOURCE / BY TARGET is new in PostgreSQL 17',
    'write WHEN NOT MATCHED for rows only in the source, and change rows only in the target with a separate UPDATE or DELETE',
  );
  if (ast.returningClause) {
    // MERGE's own RETURNING is its last one outside parentheses (a CTE's is inside them).
    let depth = 0;
    let at = -1;
    tokens.list.forEach((t, k) => {
      if (t.text === '(') depth++;
      else if (t.text === ')') depth--;
      else if (depth === 0 && tokens.is(k, 'RETURNING')) at = k;
    });
    found.add(at, 17, 'MERGE ... RETURNING is new in PostgreSQL 17', 'read the changed rows with a separate query');
  }
}

function grantRole(ast: AstNode, tokens: Tokens, found: Found): void {
  for (const item of ast.opt ?? []) {
    const option = item.DefElem as AstNode | undefined;
    const i = tokens.at(option?.location);
    if (i < 0) continue;
    if (option?.defname === 'inherit' || option?.defname === 'set') {
      // GRANT ... WITH INHERIT stops at INHERIT; REVOKE INHERIT OPTION FOR reads INHERIT as a role, stops at OPTION.
      found.add(
        ast.is_grant === true ? i : i + 1,
        16,
        'the INHERIT and SET options of GRANT and REVOKE are new in PostgreSQL 16',
        'set inheritance on the member role instead (ALTER ROLE ... INHERIT or NOINHERIT)',
      );
    } else if (
      option?.defname === 'admin' &&
      ast.is_grant === true &&
      tokens.is(i, 'ADMIN') &&
      !tokens.is(i + 1, 'OPTION')
    ) {
      found.add(
        i + 1,
        16,
        'WITH ADMIN TRUE / FALSE is new in PostgreSQL 16',
        'write WITH ADMIN OPTION, or leave it out',
      );
    }
  }
}

function createStatistics(ast: AstNode, tokens: Tokens, found: Found): void {
  if (Array.isArray(ast.defnames) && ast.defnames.length > 0) return;
  const i = tokens.find((k) => tokens.is(k, 'STATISTICS'));
  if (i >= 0)
    found.add(
      i + 1,
      16,
      'CREATE STATISTICS without a name is new in PostgreSQL 16',
      'name it (CREATE STATISTICS name ON ...)',
    );
}

function vacuum(ast: AstNode, tokens: Tokens, found: Found): void {
  for (const item of ast.rels ?? []) {
    const relation = item.VacuumRelation?.relation as AstNode | undefined;
    if (!relation || relation.inh === true) continue;
    const i = tokens.at(relation.location) - 1;
    if (tokens.is(i, 'ONLY'))
      found.add(
        i,
        18,
        'VACUUM ONLY and ANALYZE ONLY are new in PostgreSQL 18',
        "remove ONLY (a partitioned table's partitions are then processed too)",
      );
  }
}

/** Any node of type `name` anywhere in the tree. */
function hasNode(node: unknown, name: string): boolean {
  if (Array.isArray(node)) return node.some((n) => hasNode(n, name));
  if (!node || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (key === name) return true;
    if (value && typeof value === 'object' && hasNode(value, name)) return true;
  }
  return false;
}

const IS_JSON = /\bis\s+(?:not\s+)?json\b/i;

function isJson(ast: AstNode, tokens: Tokens, found: Found): void {
  if (!IS_JSON.test(tokens.text) || !hasNode(ast, 'JsonIsPredicate')) return;
  const i = tokens.find(
    (k) => tokens.is(k, 'IS') && (tokens.is(k + 1, 'JSON') || (tokens.is(k + 1, 'NOT') && tokens.is(k + 2, 'JSON'))),
  );
  if (i >= 0)
    found.add(
      tokens.is(i + 1, 'NOT') ? i + 2 : i + 1,
      16,
      'the IS JSON predicate is new in PostgreSQL 16',
      'store the value as jsonb, which accepts only valid JSON',
    );
}

/** Every use of newer grammar in one statement (`text`: the statement the tree was parsed from). */
export const newerSyntax = perStatement((ast: AstNode, kind: string, text: string): readonly NewerSyntax[] => {
  const tokens = new Tokens(text);
  const found = new Found(tokens);
  switch (kind) {
    case 'CreateStmt':
      tableElements(ast.tableElts, tokens, found);
      break;
    case 'CreateForeignTableStmt':
      tableElements(ast.base?.tableElts, tokens, found);
      break;
    case 'AlterTableStmt':
      alterTable(ast, tokens, found);
      break;
    case 'MergeStmt':
      merge(ast, tokens, found);
      break;
    case 'GrantRoleStmt':
      grantRole(ast, tokens, found);
      break;
    case 'CreateStatsStmt':
      createStatistics(ast, tokens, found);
      break;
    case 'VacuumStmt':
      vacuum(ast, tokens, found);
      break;
  }
  isJson(ast, tokens, found);
  return found.list.length > 0 ? found.list : NONE;
});

/**
 * The statement as a PostgreSQL of `pgVersion` parses it: `parse` itself, or the syntax error that server reports at
 * the first token of grammar it lacks, with what to write instead.
 */
export function parsedBy(pgVersion: number, parse: ParseOutcome & { ok: true }, text: string): ParseOutcome {
  let first: NewerSyntax | undefined;
  for (const use of newerSyntax(parse.ast, parse.kind, text))
    if (use.since > pgVersion && (!first || use.start < first.start)) first = use;
  if (!first) return parse;
  const error = first.near === undefined ? 'syntax error at end of input' : `syntax error at or near "${first.near}"`;
  return {
    ok: false,
    message: `${error}: ${first.what} (pgVersion is ${pgVersion}): ${first.instead} (if the database runs PostgreSQL ${first.since} or later, set pgVersion (--pg-version) to its version)`,
    start: first.start,
    end: first.end,
  };
}
