// Where one application source file still refers to a table or a column. Pure: text + path + target in,
// places out (1-based lines, UTF-16 columns). Precision first: comments are skipped, prose in strings is not
// SQL, a column name that is a common word ("name", "status", "created_at") only counts where the context ties
// it to the table (table-qualified, a field of the table's ORM model, SQL that names the table), and a field of
// a model mapped to another table is not a reference.
import { LineIndex } from '../syntax/positions';
import { CODE, Language, languageOf, lex, Lexed, StringLiteral } from './lex';
import { casedVariants, isCommonName, modelMatchesTable, normalizeTableName, singular, snake } from './names';

export interface ReferenceTarget {
  /** The table (optionally schema-qualified or quoted: `public.users`, `"Users"`). */
  table: string;
  /** The column; absent when the table itself is the target (rename-table, drop-table). */
  column?: string;
}

/**
 * - `qualified`: table-qualified (`users.email`, `user.email`, `users.c.email`, `"users"."email"` in SQL)
 * - `sql`: inside an SQL string literal
 * - `orm`: an ORM mapping (`@map("email")`, `Column("email")`, `gorm:"column:email"`, `field :email`,
 *   `@@map("users")`, `__tablename__ = "users"`, a field declared on the table's model)
 * - `identifier`: the exact name as a whole-word identifier or symbol
 * - `string`: the exact name as a whole string literal (`'email'`, `knex('users')`)
 * - `variant`: a camelCase/PascalCase form ORMs map to the snake_case name (`createdAt` ↔ `created_at`): weak
 * - `model`: a model class named after the table by convention (`class User < ApplicationRecord` ↔ `users`)
 */
export type ReferenceKind = 'qualified' | 'sql' | 'orm' | 'identifier' | 'string' | 'variant' | 'model';

export interface ReferencePosition {
  /** 1-based. */
  line: number;
  /** 1-based, UTF-16 code units. */
  column: number;
}

export interface ReferenceRange {
  start: ReferencePosition;
  /** Exclusive (the column after the last character), as in the lint report. */
  end: ReferencePosition;
}

export interface ReferencePlace {
  /** The path as given to the matcher (the scanner gives absolute paths). */
  path: string;
  range: ReferenceRange;
  /** UTF-16 offset and length in the file. */
  offset: number;
  length: number;
  kind: ReferenceKind;
  /** A weaker match: a naming-convention variant, or SQL that does not name the table. */
  weak: boolean;
  /** The name as written there (`createdAt`, `users`). */
  text: string;
  /** One line for the related-information list, e.g. `SQL on users uses email`. */
  message: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Per-file preparation (target independent, cacheable)

interface Region {
  /** Where the declaration starts (decorators before it are not included). */
  start: number;
  end: number;
  /** The opening bracket of the body, or -1 for indentation/`end` delimited bodies. */
  open: number;
  openChar: string;
  name: string;
  nameStart: number;
  /** Explicit table mapping, from the declaration or an attached binding. */
  table?: string;
  tableStart?: number;
  tableLabel?: string;
  isModel: boolean;
  /** Indentation of the body's lines (Python), for "declared at class level". */
  bodyIndent?: number;
}

interface Binding {
  table: string;
  /** Offsets of the table name inside its string literal. */
  start: number;
  end: number;
  label: string;
  byName?: string;
}

export interface PreparedSource {
  path: string;
  language: Language;
  lexed: Lexed;
  lower: string;
  regions: Region[];
  bindings: Binding[];
  /** Line starts, computed on first use (most files prepared for a target end up with no place). */
  readonly lines: LineIndex;
}

/** True for minified or generated text: some line is longer than 10,000 characters. Such files are not read. */
export function looksMinified(text: string): boolean {
  let start = 0;
  for (;;) {
    const end = text.indexOf('\n', start);
    if ((end < 0 ? text.length : end) - start > 10_000) return true;
    if (end < 0) return false;
    start = end + 1;
  }
}

/** Lexes a file and finds its model declarations and table mappings; undefined when it is not source we read. */
export function prepareSource(text: string, path: string): PreparedSource | undefined {
  const language = languageOf(path);
  if (!language || looksMinified(text)) return undefined;
  const lexed = lex(text, language);
  const regions = findRegions(lexed);
  const bindings = findBindings(lexed, regions);
  let lines: LineIndex | undefined;
  return {
    path,
    language,
    lexed,
    lower: text.toLowerCase(),
    regions,
    bindings,
    get lines() {
      return (lines ??= new LineIndex(text));
    },
  };
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEndOf(text: string, offset: number): number {
  const e = text.indexOf('\n', offset);
  return e < 0 ? text.length : e;
}

function indentOf(line: string): number {
  const m = /^[ \t]*/.exec(line);
  return m ? m[0].replace(/\t/g, '    ').length : 0;
}

const CLOSERS: Record<string, string> = { '{': '}', '(': ')', '[': ']' };

/** Index just after the bracket matching the one at `open` (strings and comments are already blanked). */
function matchBracket(masked: string, open: number): number {
  const o = masked[open];
  const c = CLOSERS[o];
  let depth = 0;
  for (let i = open; i < masked.length; i++) {
    const ch = masked[i];
    if (ch === o) depth++;
    else if (ch === c) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return masked.length;
}

/** From `from`, the body of a declaration: `{…}`, or `(…)` optionally followed by `{…}` (Kotlin, records). */
function bracketBody(masked: string, from: number, allowParen: boolean): { open: number; end: number } | undefined {
  const limit = Math.min(masked.length, from + 2000);
  for (let i = from; i < limit; i++) {
    const ch = masked[i];
    if (ch === ';') return undefined;
    if (ch === '{' || (allowParen && ch === '(')) {
      let end = matchBracket(masked, i);
      if (ch === '(') {
        const after = /^[^;{}]{0,300}?\{/.exec(masked.slice(end, end + 301));
        if (after) end = matchBracket(masked, end + after[0].length - 1);
      }
      return { open: i, end };
    }
  }
  return undefined;
}

/** Lines after `lineStart` indented deeper than `indent` (Python class bodies). */
function indentBody(masked: string, lineStart: number, indent: number): { end: number; bodyIndent?: number } {
  let pos = lineEndOf(masked, lineStart);
  let end = pos;
  let bodyIndent: number | undefined;
  while (pos < masked.length) {
    const ls = pos + 1;
    const le = lineEndOf(masked, ls);
    const line = masked.slice(ls, le);
    pos = le;
    if (line.trim() === '') continue;
    const ind = indentOf(line);
    if (ind <= indent) break;
    if (bodyIndent === undefined) bodyIndent = ind;
    end = le;
  }
  return { end, bodyIndent };
}

/** Up to the `end` at the declaration's own indentation (Ruby classes, Elixir modules). */
function endBody(masked: string, lineStart: number, indent: number): number {
  const first = masked.slice(lineStart, lineEndOf(masked, lineStart));
  if (/;\s*end\b/.test(first)) return lineEndOf(masked, lineStart);
  let pos = lineEndOf(masked, lineStart);
  let end = pos;
  while (pos < masked.length) {
    const ls = pos + 1;
    const le = lineEndOf(masked, ls);
    const line = masked.slice(ls, le);
    pos = le;
    if (line.trim() === '') continue;
    const ind = indentOf(line);
    if (ind < indent) break;
    end = le;
    if (ind === indent && /^\s*end\b/.test(line)) break;
  }
  return end;
}

// What makes a class a database model (checked on the decorators before it, its header line and its body).
const MODEL_SIGNALS =
  /@Entity\b|@Table\b|\[Table\b|@Column\b|\bColumn\(|mapped_column|Mapped\[|ApplicationRecord|ActiveRecord::Base|Sequel::Model|models\.Model\b|\bdb\.Model\b|DeclarativeBase|declarative_base|\(\s*Base\s*\)|\bgorm:"|\bdb:"|\bbun:"|Ecto\.Schema|\bschema\s+"|extends\s+(?:Model|BaseEntity)\b|DataTypes\.|\bpgTable\b|\bTable\(|__tablename__|db_table|table_name|TableName\(\)|ToTable\(|HasColumnName|\$table\b|\$fillable\b|@PrimaryKey|@PrimaryGeneratedColumn|@Id\b|\bIdTable\b|\bLongIdTable\b/;

function precedingAnnotations(masked: string, text: string, declStart: number): string {
  // Decorator / attribute lines directly above the declaration line.
  let ls = lineStartOf(masked, declStart);
  const parts: string[] = [text.slice(ls, declStart)];
  for (let k = 0; k < 8 && ls > 0; k++) {
    const prevStart = lineStartOf(masked, ls - 1);
    const line = text.slice(prevStart, ls - 1);
    if (!/^\s*(?:@|\[|#\[)/.test(line)) break;
    parts.unshift(line);
    ls = prevStart;
  }
  return parts.join('\n');
}

function findRegions(lx: Lexed): Region[] {
  const { text, masked, language, mask } = lx;
  const regions: Region[] = [];
  const add = (r: Omit<Region, 'isModel'> & { isModel?: boolean }): void => {
    const sample = precedingAnnotations(masked, text, r.start) + text.slice(r.start, Math.min(r.end, r.start + 20000));
    regions.push({
      ...r,
      isModel: r.isModel ?? (language === 'prisma' || r.table !== undefined || MODEL_SIGNALS.test(sample)),
    });
  };
  const each = (re: RegExp, source: string, fn: (m: RegExpExecArray) => void): void => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(source))) {
      if (source === text && mask[m.index] !== CODE) continue;
      fn(m);
    }
  };
  const braced = (m: RegExpExecArray, name: string, nameStart: number, allowParen: boolean): void => {
    if (name === 'extends' || name === 'implements') return; // an anonymous class
    const body = bracketBody(masked, nameStart + name.length, allowParen);
    if (!body) return;
    add({ start: m.index, end: body.end, open: body.open, openChar: masked[body.open], name, nameStart });
  };
  const nameIndex = (m: RegExpExecArray, group: number): number => m.index + m[0].indexOf(m[group], 1);
  const varBefore = (offset: number): string | undefined =>
    /(?:\b(?:const|let|var|val)\s+)?([A-Za-z_$][\w$]*)\s*=\s*(?:[\w$]+\.)*$/.exec(
      masked.slice(Math.max(0, offset - 120), offset),
    )?.[1];
  const parenCall = (m: RegExpExecArray, name: string, nameStart: number, table?: string, tableStart?: number) => {
    const open = masked.indexOf('(', m.index);
    if (open < 0) return;
    add({ start: m.index, end: matchBracket(masked, open), open, openChar: '(', name, nameStart, table, tableStart });
  };
  const lastSegment = (s: string) => s.split(/::|\./).pop() ?? s;

  switch (language) {
    case 'js':
      each(/\b(?:class|interface)\s+([A-Za-z_$][\w$]*)/g, masked, (m) => braced(m, m[1], nameIndex(m, 1), false));
      each(/\btype\s+([A-Z][\w$]*)\s*(?:<[^=\n]*>)?\s*=\s*\{/g, masked, (m) => braced(m, m[1], nameIndex(m, 1), false));
      each(/\b(?:pgTable|mysqlTable|sqliteTable|pgView|pgMaterializedView)\s*\(\s*(['"`])([^'"`]+)\1/g, text, (m) => {
        const tableStart = nameIndex(m, 2);
        parenCall(m, varBefore(m.index) ?? m[2], m.index, m[2], tableStart);
      });
      each(/\.define\s*\(\s*(['"])(\w+)\1/g, text, (m) => parenCall(m, m[2], nameIndex(m, 2)));
      each(/\.init\s*\(/g, masked, (m) => {
        const model = /(?:^|[^\w$])([A-Z][\w$]*)$/.exec(masked.slice(Math.max(0, m.index - 100), m.index));
        if (model) parenCall(m, model[1], m.index - model[1].length);
      });
      each(/\bnew\s+EntitySchema\b[^(]*\(/g, masked, (m) => {
        const open = m.index + m[0].length - 1;
        const end = matchBracket(masked, open);
        const named = /\bname\s*:\s*['"](\w+)['"]/.exec(text.slice(open, end));
        add({ start: m.index, end, open, openChar: '(', name: named?.[1] ?? '', nameStart: m.index, isModel: true });
      });
      break;
    case 'py':
      each(/^([ \t]*)class\s+(\w+)[^\n]*/gm, masked, (m) => {
        const { end, bodyIndent } = indentBody(masked, m.index, indentOf(m[1]));
        add({
          start: m.index + m[1].length,
          end,
          open: -1,
          openChar: '',
          name: m[2],
          nameStart: nameIndex(m, 2),
          bodyIndent,
        });
      });
      each(/\bTable\(\s*(['"])(\w+)\1/g, text, (m) =>
        parenCall(m, varBefore(m.index) ?? m[2], m.index, m[2], nameIndex(m, 2)),
      );
      break;
    case 'go':
      each(/\btype\s+(\w+)\s+struct\s*\{/g, masked, (m) => braced(m, m[1], nameIndex(m, 1), false));
      break;
    case 'rb':
      each(/^([ \t]*)class\s+((?:\w+::)*\w+)/gm, masked, (m) => {
        const name = lastSegment(m[2]);
        const start = m.index + m[1].length;
        add({
          start,
          end: endBody(masked, m.index, indentOf(m[1])),
          open: -1,
          openChar: '',
          name,
          nameStart: m.index + m[0].length - name.length,
        });
      });
      each(/^([ \t]*)create_table\s*\(?\s*(?:(['"])(\w+)\2|:(\w+))/gm, text, (m) => {
        const table = m[3] ?? m[4];
        const start = m.index + m[1].length;
        if (mask[start] !== CODE) return;
        const tableStart = m.index + m[0].length - table.length - (m[3] ? 1 : 0);
        add({
          start,
          end: endBody(masked, m.index, indentOf(m[1])),
          open: -1,
          openChar: '',
          name: table,
          nameStart: tableStart,
          table,
          tableStart,
          tableLabel: 'create_table',
        });
      });
      break;
    case 'java':
    case 'kotlin':
    case 'cs':
    case 'php':
      each(/\b(?:class|record|interface|object|struct)\s+([A-Za-z_]\w*)/g, masked, (m) =>
        braced(m, m[1], nameIndex(m, 1), language !== 'php'),
      );
      break;
    case 'ex':
      each(/^([ \t]*)defmodule\s+([\w.]+)\s+do\b/gm, masked, (m) => {
        const name = lastSegment(m[2]);
        add({
          start: m.index + m[1].length,
          end: endBody(masked, m.index, indentOf(m[1])),
          open: -1,
          openChar: '',
          name,
          nameStart: nameIndex(m, 2) + m[2].length - name.length,
        });
      });
      each(/^([ \t]*)schema\s+"([^"]+)"\s*do\b/gm, text, (m) => {
        const start = m.index + m[1].length;
        if (mask[start] !== CODE) return;
        const tableStart = nameIndex(m, 2);
        add({
          start,
          end: endBody(masked, m.index, indentOf(m[1])),
          open: -1,
          openChar: '',
          name: m[2],
          nameStart: tableStart,
          table: m[2],
          tableStart,
          tableLabel: 'Ecto schema',
        });
      });
      break;
    case 'prisma':
      each(/^[ \t]*model\s+(\w+)\s*\{/gm, masked, (m) => braced(m, m[1], nameIndex(m, 1), false));
      break;
  }
  for (const r of regions) {
    if (r.table !== undefined && r.tableLabel === undefined) r.tableLabel = 'table mapping';
  }
  if (language === 'ex') {
    // An Ecto module takes the table of the `schema "…"` it declares.
    for (const outer of regions) {
      if (outer.table !== undefined) continue;
      const inner = regions.find(
        (r) => r !== outer && r.table !== undefined && r.start > outer.start && r.end <= outer.end,
      );
      if (inner)
        Object.assign(outer, {
          table: inner.table,
          tableStart: inner.tableStart,
          tableLabel: inner.tableLabel,
          isModel: true,
        });
    }
  }
  return regions;
}

/** Table mappings; `needle` is a substring the text must contain for the pattern to be tried at all. */
const BINDING_PATTERNS: ReadonlyArray<{ needle: string; re: RegExp; label: string; byName?: boolean }> = [
  { needle: '@@map', re: /@@map\(\s*"([^"]+)"/g, label: 'Prisma @@map' },
  { needle: '__tablename__', re: /\b__tablename__\s*=\s*['"]([^'"]+)['"]/g, label: '__tablename__' },
  { needle: 'db_table', re: /\bdb_table\s*=\s*['"]([^'"]+)['"]/g, label: 'Django db_table' },
  { needle: 'table_name', re: /\bself\.table_name\s*=\s*['"]([^'"]+)['"]/g, label: 'ActiveRecord table_name' },
  {
    needle: '@Entity',
    re: /@Entity\(\s*(?:\{[^}]*?\b(?:name|tableName)\s*:\s*)?['"]([^'"]+)['"]/g,
    label: '@Entity',
  },
  { needle: 'tableName', re: /\btableName\s*:\s*['"]([^'"]+)['"]/g, label: 'tableName' },
  { needle: 'Table', re: /\bTable\s*\(\s*(?:[^()'"]*?\bname\s*[:=]\s*)?['"]([^'"]+)['"]/g, label: 'Table mapping' },
  { needle: 'ToTable', re: /\bToTable\(\s*"([^"]+)"/g, label: 'EF ToTable' },
  { needle: '$table', re: /\$table\s*=\s*['"]([^'"]+)['"]/g, label: 'Eloquent $table' },
  {
    needle: 'TableName',
    re: /\bfunc\s*\(\s*(?:\w+\s+)?\*?(\w+)\s*\)\s*TableName\s*\(\s*\)\s*string\s*\{\s*return\s+"([^"]+)"/g,
    label: 'GORM TableName',
    byName: true,
  },
];

function findBindings(lx: Lexed, regions: Region[]): Binding[] {
  const { text, mask } = lx;
  const bindings: Binding[] = [];
  for (const { needle, re, label, byName } of BINDING_PATTERNS) {
    if (!text.includes(needle)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const keyword = m.index + (m[0].startsWith('@') || m[0].startsWith('$') ? 1 : 0);
      if (mask[keyword] !== CODE) continue;
      const table = m[m.length - 1];
      const start = m.index + m[0].length - 1 - table.length;
      const binding: Binding = { table, start, end: start + table.length, label };
      if (byName) binding.byName = m[1];
      if (label === 'EF ToTable') {
        const entity = /Entity<(\w+)>[^;]*$/.exec(text.slice(Math.max(0, m.index - 400), m.index));
        if (entity) binding.byName = entity[1];
      }
      bindings.push(binding);
    }
  }
  for (const b of bindings) {
    const region = attachBinding(b, regions);
    if (region && region.table === undefined) {
      region.table = b.table;
      region.tableStart = b.start;
      region.tableLabel = b.label;
      region.isModel = true;
    }
  }
  return bindings;
}

function attachBinding(b: Binding, regions: Region[]): Region | undefined {
  if (b.byName !== undefined) return regions.find((r) => r.name === b.byName);
  let inner: Region | undefined;
  for (const r of regions) {
    if (r.start <= b.start && b.start < r.end && r.name !== 'Meta' && r.name !== 'Config') {
      if (!inner || r.start >= inner.start) inner = r;
    }
  }
  if (inner) return inner;
  // Decorators and attributes come before the declaration they describe.
  let next: Region | undefined;
  for (const r of regions) {
    if (r.start >= b.end && r.start - b.end <= 400 && (!next || r.start < next.start)) next = r;
  }
  return next;
}

// ---------------------------------------------------------------------------------------------------------------
// SQL inside strings

const SQL_STATEMENT =
  /\b(?:select\b[\s\S]*?\bfrom\b|insert\s+into\b|update\s+["`\w.]+\s+set\b|delete\s+from\b|join\s+["`\w.]+\s+(?:(?:as\s+)?\w+\s+)?(?:on|using)\b|create\s+(?:unique\s+)?(?:table|index|view)\b|alter\s+table\b|order\s+by\b|group\s+by\b|where\s+[\s\S]*?(?:=|<>|!=|<|>|\bis\b|\bin\b|\blike\b|\bilike\b|\bbetween\b))/i;
const SQL_FRAGMENT =
  /(?:^|[\s(,])["`]?\w+["`]?(?:\.["`]?\w+["`]?)?\)?\s*(?:=|<>|!=|<=|>=|<|>|\b(?:not\s+)?(?:i?like|in|between)\b|\bis\s+(?:not\s+)?null\b)\s*(?:\?|\$\d+|:\w+|%s|%\(\w+\)s|@\w+|'|\(|\d|\bnull\b|\btrue\b|\bfalse\b|\w+\.\w+)|^\s*["`]?\w+["`]?\s+(?:asc|desc)\b/i;
const TABLE_POSITION =
  /\b(from|join|into|update|table|only)\s+((?:["`]?\w+["`]?\.)?["`]?(\w+)["`]?)(?:\s+(?:as\s+)?(\w+))?/gi;
const SQL_KEYWORDS = new Set(
  'where join inner left right full outer cross natural on using set values select order group limit offset having union returning lateral as default when then and or not for window fetch only'.split(
    ' ',
  ),
);

interface SqlGroup {
  literals: StringLiteral[];
  /** Tables named in FROM/JOIN/INTO/UPDATE/TABLE positions. */
  tables: Set<string>;
  /** Aliases given to each table. */
  aliases: Map<string, Set<string>>;
  /** Contents with SQL string values, comments and `${}` holes blanked, per literal. */
  contents: string[];
  joined: string;
  lower: string;
}

/** Content of a literal with SQL values ('…'), `--` comments and interpolations blanked. */
function sqlContent(text: string, lit: StringLiteral): string {
  let content = text.slice(lit.contentStart, lit.contentEnd);
  if (lit.holes) {
    for (const [a, b] of lit.holes) {
      const from = a - 2 - lit.contentStart;
      const to = b + 1 - lit.contentStart;
      content = content.slice(0, from) + ' '.repeat(Math.max(0, to - from)) + content.slice(to);
    }
  }
  const spaces = (s: string) => s.replace(/[^\n]/g, ' ');
  return content.replace(/'(?:[^'\\\n]|\\.|'')*'/g, spaces).replace(/--[^\n]*/g, spaces);
}

const groupCache = new WeakMap<PreparedSource, SqlGroup[]>();

/** Adjacent string literals joined by `+`, `.`, whitespace or line continuations form one SQL text. */
function sqlGroups(source: PreparedSource): SqlGroup[] {
  let cached = groupCache.get(source);
  if (!cached) groupCache.set(source, (cached = findSqlGroups(source.lexed)));
  return cached;
}

function findSqlGroups(lx: Lexed): SqlGroup[] {
  const { text, strings } = lx;
  const groups: SqlGroup[] = [];
  const flush = (literals: StringLiteral[]): void => {
    if (literals.length === 0) return;
    const contents = literals.map((l) => sqlContent(text, l));
    const joined = contents.join(' ');
    const head = joined.length > 20000 ? joined.slice(0, 20000) : joined;
    if (!(SQL_STATEMENT.test(head) || SQL_FRAGMENT.test(head))) return;
    const tables = new Set<string>();
    const aliases = new Map<string, Set<string>>();
    TABLE_POSITION.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TABLE_POSITION.exec(joined))) {
      const table = m[3].toLowerCase();
      if (SQL_KEYWORDS.has(table)) continue;
      tables.add(table);
      const alias = m[4]?.toLowerCase();
      if (alias && !SQL_KEYWORDS.has(alias)) {
        let set = aliases.get(table);
        if (!set) aliases.set(table, (set = new Set()));
        set.add(alias);
      }
    }
    groups.push({ literals, tables, aliases, contents, joined, lower: joined.toLowerCase() });
  };
  let current: StringLiteral[] = [];
  for (const lit of strings) {
    if (current.length > 0) {
      const gap = text.slice(current[current.length - 1].end, lit.start);
      if (gap.length > 200 || !/^[\s+.\\&]*$/.test(gap)) {
        flush(current);
        current = [];
      }
    }
    current.push(lit);
  }
  flush(current);
  return groups;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

type Status = 'explicit' | 'convention' | 'other' | 'none';

type Candidate = Pick<ReferencePlace, 'offset' | 'length' | 'kind' | 'weak' | 'text' | 'message'>;

const RANK: Record<ReferenceKind, number> = {
  qualified: 0,
  orm: 0,
  sql: 1,
  model: 1,
  identifier: 2,
  string: 2,
  variant: 3,
};

function score(c: Candidate): number {
  return RANK[c.kind] + (c.weak ? 4 : 0);
}

const DECL_BEFORE =
  /^\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:(?:export|public|private|protected|internal|readonly|declare|static|override|open|lateinit|final|val|var|abstract)\s+)*$/;
const DECL_AFTER = /^\s*[?!]?\s*(?::(?!:)|=(?![=>]))/;
const TYPED_BEFORE =
  /^\s*(?:@\w+(?:\([^)]*\))?\s*)*(?:(?:public|private|protected|internal|static|final|readonly|virtual|required|transient|var|val)\s+)*(?:[\w.<>[\]?,]+\s+)?\$?$/;
const EXPLICIT_COLUMN =
  /@map\(\s*"([^"]+)"|\bdb_column\s*=\s*['"]([^'"]+)['"]|\b(?:Column|mapped_column|HasColumnName|ColumnInfo)\s*\(\s*(?:name\s*[:=]\s*)?['"]([^'"]+)['"]|\bcolumn:\s*(\w+)|\b(?:db|sql|bun|pg)\s*:\s*"([^",;\s]+)|\b(?:name|field|fieldName|columnName|column)\s*[:=]\s*['"]([^'"]+)['"]|\[Column\(\s*"([^"]+)"|^\s*[\w$]+\s*:\s*[\w$]+\(\s*['"]([^'"]+)['"]/;

const ORM_STRING_CONTEXT =
  /(?:\b(?:Column|mapped_column|HasColumnName|ColumnInfo|Field|column|Property)\s*\(\s*(?:\{\s*)?(?:name\s*[:=]\s*)?|\b(?:db_column|column|columnName|fieldName|field)\s*[:=]\s*|@map\(\s*|\bt\.\w+\s*\(?\s*|\[Column\(\s*)$/;

/** Finds the places in one source file that refer to `target`. */
export function findReferences(text: string, path: string, target: ReferenceTarget): ReferencePlace[] {
  if (!mayMention(text.toLowerCase(), target)) return [];
  const source = prepareSource(text, path);
  return source ? matchSource(source, target) : [];
}

/** Lowercase needles: if none occurs in the file, it cannot refer to the target. */
export function targetNeedles(target: ReferenceTarget): string[] {
  const table = normalizeTableName(target.table);
  if (target.column !== undefined) {
    const c = snake(unquote(target.column));
    return [...new Set([c, c.replace(/_/g, ''), unquote(target.column).toLowerCase()])];
  }
  const one = singular(table);
  return [...new Set([table, table.replace(/_/g, ''), one, one.replace(/_/g, '')])];
}

function mayMention(lower: string, target: ReferenceTarget): boolean {
  return targetNeedles(target).some((n) => lower.includes(n));
}

function unquote(name: string): string {
  return name.replace(/^["`[]|["`\]]$/g, '');
}

export function matchSource(source: PreparedSource, target: ReferenceTarget): ReferencePlace[] {
  if (!mayMention(source.lower, target)) return [];
  const table = normalizeTableName(target.table);
  const found =
    target.column !== undefined ? matchColumn(source, table, unquote(target.column)) : matchTable(source, table);
  return finish(source, found);
}

function finish(source: PreparedSource, found: Candidate[]): ReferencePlace[] {
  // One place per line: the strongest, then the first.
  const byLine = new Map<number, Candidate>();
  for (const c of found) {
    const line = source.lines.positionAt(c.offset).line;
    const seen = byLine.get(line);
    if (!seen || score(c) < score(seen) || (score(c) === score(seen) && c.offset < seen.offset)) byLine.set(line, c);
  }
  return [...byLine.values()]
    .sort((a, b) => a.offset - b.offset)
    .map((c) => {
      const s = source.lines.positionAt(c.offset);
      const e = source.lines.positionAt(c.offset + c.length);
      return {
        path: source.path,
        range: {
          start: { line: s.line + 1, column: s.character + 1 },
          end: { line: e.line + 1, column: e.character + 1 },
        },
        offset: c.offset,
        length: c.length,
        kind: c.kind,
        weak: c.weak,
        text: c.text,
        message: c.message,
      };
    });
}

class TargetContext {
  readonly one: string;
  readonly boundNames = new Set<string>();
  private readonly statuses: Status[];

  constructor(
    readonly source: PreparedSource,
    readonly table: string,
  ) {
    this.one = singular(table);
    this.statuses = source.regions.map((r) => {
      if (r.table !== undefined) return normalizeTableName(r.table) === table ? 'explicit' : 'other';
      if (!r.isModel) return 'none';
      return modelMatchesTable(r.name, table) ? 'convention' : 'other';
    });
    source.regions.forEach((r, i) => {
      if (this.statuses[i] === 'explicit' || this.statuses[i] === 'convention') this.boundNames.add(r.name);
    });
  }

  /** The innermost model region around `offset` that says which table it maps. */
  at(offset: number): { status: Status; region?: Region } {
    let best: { status: Status; region?: Region } = { status: 'none' };
    this.source.regions.forEach((r, i) => {
      if (offset < r.start || offset >= r.end || this.statuses[i] === 'none') return;
      if (!best.region || r.start >= best.region.start) best = { status: this.statuses[i], region: r };
    });
    return best;
  }

  /** `users`, `user`, `User`, `currentUser`, `new_user`, a model mapped to the table, `self`/`this` inside it. */
  qualifies(q: string, bound: boolean): boolean {
    if ((q === 'self' || q === 'this' || q === '@') && bound) return true;
    if (this.boundNames.has(q)) return true;
    const s = snake(q).replace(/^_+/, '');
    if (s === this.table || s === this.one) return true;
    return s.endsWith('_' + this.one) || s.endsWith('_' + this.table);
  }
}

function isBound(status: Status): boolean {
  return status === 'explicit' || status === 'convention';
}

/** The word before a `.`, `?.`, `!.`, `->` or `::` that precedes `start`; `users.c.email` gives `users`. */
function qualifierBefore(masked: string, start: number): string | undefined {
  let j = start - 1;
  if (masked[j] === '.') {
    j--;
    if (masked[j] === '?' || masked[j] === '!') j--;
  } else if (masked[j] === '>' && masked[j - 1] === '-') j -= 2;
  else if (masked[j] === ':' && masked[j - 1] === ':') j -= 2;
  else return undefined;
  const end = j + 1;
  while (j >= 0 && /[\w$@]/.test(masked[j])) j--;
  const q = masked.slice(j + 1, end).replace(/^[@$]+/, '');
  if (q === '' && masked[end - 1] === '@') return '@';
  if ((q === 'c' || q === 'columns') && j >= 0) return qualifierBefore(masked, j + 1) ?? q;
  return q || undefined;
}

function explicitColumnNear(source: PreparedSource, offset: number): string | undefined {
  const { text } = source.lexed;
  const ls = lineStartOf(text, offset);
  const line = text.slice(ls, Math.min(lineEndOf(text, offset), ls + 2000));
  const own = EXPLICIT_COLUMN.exec(line);
  if (own) return own.slice(1).find((g) => g !== undefined);
  if (ls > 0) {
    const prevStart = lineStartOf(text, ls - 1);
    const prev = text.slice(prevStart, ls - 1);
    if (/^\s*(?:@|\[|#\[)/.test(prev)) {
      const m = EXPLICIT_COLUMN.exec(prev);
      if (m) return m.slice(1).find((g) => g !== undefined);
    }
  }
  return undefined;
}

const depthCache = new WeakMap<PreparedSource, Int32Array>();

/** Bracket nesting depth before each offset of the code (computed once per file, when first needed). */
function bracketDepths(source: PreparedSource): Int32Array {
  let depths = depthCache.get(source);
  if (!depths) {
    const { masked } = source.lexed;
    depths = new Int32Array(masked.length + 1);
    let depth = 0;
    for (let i = 0; i < masked.length; i++) {
      depths[i] = depth;
      const c = masked.charCodeAt(i);
      if (c === 123 || c === 40 || c === 91) depth++;
      else if (c === 125 || c === 41 || c === 93) depth--;
    }
    depths[masked.length] = depth;
    depthCache.set(source, depths);
  }
  return depths;
}

/** True when the word at `offset` is a field declared directly in the model's body. */
function isFieldDeclaration(source: PreparedSource, region: Region, offset: number, length: number): boolean {
  const { masked } = source.lexed;
  const ls = lineStartOf(masked, offset);
  if (offset - ls > 300) return false; // minified code: no declarations
  const before = masked.slice(ls, offset);
  const after = masked.slice(offset + length, lineEndOf(masked, offset));
  if (region.open >= 0) {
    const depths = bracketDepths(source);
    const depth = depths[offset] - depths[region.open + 1];
    if (depth > (region.openChar === '(' ? 1 : 0)) return false;
  } else if (region.bodyIndent !== undefined && indentOf(before) !== region.bodyIndent) return false;
  const lang = source.language;
  if (DECL_BEFORE.test(before) && DECL_AFTER.test(after)) return true;
  if ((lang === 'go' || lang === 'prisma') && /^\s*$/.test(before) && /^\s+[\w.*[\]]/.test(after)) return true;
  if ((lang === 'java' || lang === 'cs' || lang === 'kotlin' || lang === 'php') && TYPED_BEFORE.test(before)) {
    return /^\s*(?:[;={]|$)/.test(after);
  }
  return false;
}

function caseName(word: string): string {
  if (/^[A-Z0-9_]+$/.test(word)) return 'upper-case';
  return /^[A-Z]/.test(word) ? 'PascalCase' : 'camelCase';
}

function matchColumn(source: PreparedSource, table: string, rawColumn: string): Candidate[] {
  const { lexed } = source;
  const { text, masked, language } = lexed;
  const ctx = new TargetContext(source, table);
  const base = snake(rawColumn);
  const column = rawColumn; // as the migration spells it
  const common = isCommonName(base);
  const forms = new Map<string, 'exact' | 'variant'>();
  forms.set(column, 'exact');
  if (column === base) forms.set(base.toUpperCase(), 'exact');
  else forms.set(base, 'variant');
  for (const v of casedVariants(base)) if (!forms.has(v)) forms.set(v, 'variant');
  const lowerColumn = column.toLowerCase();
  const qualifiedName = `${table}.${column}`;
  const out: Candidate[] = [];
  const push = (offset: number, word: string, kind: ReferenceKind, weak: boolean, message: string): void => {
    out.push({ offset, length: word.length, kind, weak, text: word, message });
  };
  const variantMessage = (word: string) => `${word}: ${caseName(word)} form of ${qualifiedName}`;

  // 1. Code: identifiers and symbols.
  const formsPattern = new RegExp(
    `(?<![A-Za-z0-9_])(?:${[...forms.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![A-Za-z0-9_$])`,
    'g',
  );
  let m: RegExpExecArray | null;
  while ((m = formsPattern.exec(masked))) {
    const word = m[0];
    const form = forms.get(word);
    if (!form) continue;
    const s = m.index;
    const prev = s > 0 ? masked[s - 1] : '';
    if (/[0-9]/.test(prev) || (prev === '$' && language === 'js')) continue;
    const variant = form === 'variant';
    const here = ctx.at(s);
    const bound = isBound(here.status);
    const q = qualifierBefore(masked, s);
    if (q !== undefined) {
      if (ctx.qualifies(q, bound)) {
        push(
          s,
          word,
          variant ? 'variant' : 'qualified',
          variant,
          variant ? variantMessage(`${q}.${word}`) : `${q}.${word} refers to ${qualifiedName}`,
        );
        continue;
      }
      if (common || here.status === 'other') continue;
      push(
        s,
        word,
        variant ? 'variant' : 'identifier',
        variant,
        variant ? variantMessage(word) : `${word}: same name as ${qualifiedName}`,
      );
      continue;
    }
    const symbol =
      (language === 'rb' || language === 'ex') &&
      prev === ':' &&
      masked[s - 2] !== ':' &&
      !/\w/.test(masked[s - 2] ?? '');
    if (here.status === 'other') continue;
    if (bound && here.region) {
      const declared = symbol || isFieldDeclaration(source, here.region, s, word.length);
      if (declared) {
        const explicit = symbol ? undefined : explicitColumnNear(source, s);
        if (explicit !== undefined && explicit.toLowerCase() !== lowerColumn) continue; // mapped to another column
        push(
          s,
          word,
          variant ? 'variant' : 'orm',
          variant,
          variant
            ? variantMessage(word)
            : `${symbol ? ':' : ''}${word}: field of ${here.region.name || table} mapped to ${qualifiedName}`,
        );
        continue;
      }
      if (language === 'prisma') {
        // Inside a Prisma model every mention is of a field: `@@index([email])`, `@relation(fields: [email])`.
        if (!common)
          push(
            s,
            word,
            variant ? 'variant' : 'orm',
            variant,
            `${word}: field of ${here.region.name} mapped to ${qualifiedName}`,
          );
        continue;
      }
    }
    if (common) continue;
    if (language === 'prisma') continue; // fields of unmapped blocks (types, enums) are not columns
    push(
      s,
      word,
      variant ? 'variant' : 'identifier',
      variant,
      variant ? variantMessage(word) : `${symbol ? ':' : ''}${word}: same name as ${qualifiedName}`,
    );
  }

  // 2. Whole string literals and struct tags.
  const mentions = occurrences(source.lower, [lowerColumn, base, base.replace(/_/g, '')]);
  for (const lit of lexed.strings) {
    if (lit.holes || lit.contentEnd - lit.contentStart > 200) continue;
    if (!mentions(lit.contentStart, lit.contentEnd)) continue;
    const content = text.slice(lit.contentStart, lit.contentEnd);
    if (language === 'go' && /\w+:"/.test(content)) {
      goTags(lit, content);
      continue;
    }
    const whole = /^\s*(?:["`]?([\w$]+)["`]?\.)?["`]?([\w$]+)["`]?\s*$/.exec(content);
    if (!whole) continue;
    const word = whole[2];
    const form = forms.get(word) ?? (word.toLowerCase() === lowerColumn ? 'exact' : undefined);
    if (!form) continue;
    const variant = form === 'variant';
    const offset = lit.contentStart + whole[0].lastIndexOf(word);
    const here = ctx.at(lit.start);
    let q = whole[1];
    if (q === undefined) {
      const bracket = /([\w$]+)\s*\[\s*$/.exec(masked.slice(Math.max(0, lit.start - 80), lit.start));
      if (bracket && ctx.qualifies(bracket[1], isBound(here.status))) q = bracket[1];
    }
    if (q !== undefined) {
      if (ctx.qualifies(q, isBound(here.status)))
        push(
          offset,
          word,
          variant ? 'variant' : 'qualified',
          variant,
          variant ? variantMessage(word) : `${q}.${word} refers to ${qualifiedName}`,
        );
      continue;
    }
    if (here.status === 'other') continue;
    if (isBound(here.status)) {
      push(
        offset,
        word,
        variant ? 'variant' : 'orm',
        variant,
        variant ? variantMessage(word) : `'${word}': ${qualifiedName} in the ${here.region?.name || table} model`,
      );
      continue;
    }
    if (common) continue;
    const context = ORM_STRING_CONTEXT.test(masked.slice(lineStartOf(masked, lit.start), lit.start));
    push(
      offset,
      word,
      variant ? 'variant' : context ? 'orm' : 'string',
      variant,
      variant
        ? variantMessage(word)
        : context
          ? `'${word}': ORM column mapping, same name as ${qualifiedName}`
          : `'${word}': same name as ${qualifiedName}`,
    );
  }

  function goTags(lit: StringLiteral, content: string): void {
    const here = ctx.at(lit.start);
    if (here.status === 'other') return;
    if (!isBound(here.status) && common) return;
    const tag = /(\w+):"([^"]*)"/g;
    let t: RegExpExecArray | null;
    while ((t = tag.exec(content))) {
      const [, key, value] = t;
      let name: string | undefined;
      let at = -1;
      if (key === 'gorm') {
        const c = /(?:^|;)\s*column:([\w]+)/.exec(value);
        if (c) {
          name = c[1];
          at = c.index + c[0].length - name.length;
        }
      } else if (key === 'db' || key === 'sql' || key === 'bun' || key === 'pg') {
        name = value.split(/[,;]/)[0].trim();
        at = value.indexOf(name);
      }
      if (name === undefined || name.toLowerCase() !== lowerColumn) continue;
      const offset = lit.contentStart + t.index + key.length + 2 + at;
      push(offset, name, 'orm', false, `${key}:"${name}": struct tag mapping ${qualifiedName}`);
    }
  }

  // 3. SQL in strings.
  const tableQualifier = new RegExp(`(?:^|[^\\w.])["\`]?${escapeRegExp(table)}["\`]?\\s*\\.`, 'i');
  const tableWord = new RegExp(`\\b${escapeRegExp(table)}\\b`, 'i');
  const columnWord = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(column)}(?![A-Za-z0-9_])`, 'gi');
  for (const group of sqlGroups(source)) {
    if (!group.lower.includes(lowerColumn)) continue;
    const mentionsTable =
      group.tables.has(table) ||
      tableQualifier.test(group.joined) ||
      (!isCommonName(table) && tableWord.test(group.joined));
    const aliases = group.aliases.get(table) ?? new Set<string>();
    const noTables = group.tables.size === 0;
    group.literals.forEach((lit, k) => {
      const content = group.contents[k];
      // A fragment inside the table's own model (`where("created_at > ?")` in class User) is about the table.
      const onTable = mentionsTable || (noTables && isBound(ctx.at(lit.start).status));
      columnWord.lastIndex = 0;
      let w: RegExpExecArray | null;
      while ((w = columnWord.exec(content))) {
        const word = w[0];
        const s = w.index;
        const prev = s > 0 ? content[s - 1] : '';
        if (/[:@$0-9]/.test(prev)) continue; // a bind parameter (:email, @email, $email)
        if (/^\s*\(/.test(content.slice(s + word.length, s + word.length + 10))) continue; // a function call
        const offset = lit.contentStart + s;
        const qm = /[."`]\s*$/.test(content.slice(Math.max(0, s - 3), s))
          ? /(?:["`]?(\w+)["`]?)\s*\.\s*["`]?$/.exec(content.slice(Math.max(0, s - 80), s))
          : null;
        if (qm) {
          const q = qm[1].toLowerCase();
          if (q === table || aliases.has(q) || (noTables && ctx.qualifies(qm[1], false))) {
            push(offset, word, 'qualified', false, `${qm[1]}.${word} in SQL refers to ${qualifiedName}`);
          } else if (noTables && !common) {
            push(offset, word, 'sql', true, `${word} in an SQL fragment that does not name ${table}`);
          }
          continue;
        }
        if (onTable) push(offset, word, 'sql', false, `SQL on ${table} uses ${column}`);
        else if (noTables && !common)
          push(offset, word, 'sql', true, `${word} in an SQL fragment that does not name ${table}`);
      }
    });
  }
  return out;
}

function matchTable(source: PreparedSource, table: string): Candidate[] {
  const { lexed } = source;
  const { text } = lexed;
  const ctx = new TargetContext(source, table);
  const common = isCommonName(table);
  const out: Candidate[] = [];
  const push = (offset: number, word: string, kind: ReferenceKind, weak: boolean, message: string): void => {
    out.push({ offset, length: word.length, kind, weak, text: word, message });
  };

  // 1. Explicit mappings: @@map("users"), __tablename__, @Entity('users'), TableName(), pgTable('users'), ...
  for (const b of source.bindings) {
    if (normalizeTableName(b.table) === table)
      push(b.start, b.table, 'orm', false, `${b.label} maps a model to ${table}`);
  }
  for (const r of source.regions) {
    if (r.table !== undefined && r.tableStart !== undefined && normalizeTableName(r.table) === table) {
      const label = r.tableLabel ?? 'table mapping';
      push(
        r.tableStart,
        r.table,
        'orm',
        false,
        r.name === r.table ? `${label} declares ${table}` : `${label} maps ${r.name} to ${table}`,
      );
    }
  }
  // 2. Models named after the table by convention.
  for (const r of source.regions) {
    if (r.table !== undefined || !r.isModel || !r.name) continue;
    const how = modelMatchesTable(r.name, table);
    if (!how) continue;
    push(
      r.nameStart,
      r.name,
      'model',
      how === 'convention',
      how === 'exact' ? `model ${r.name} maps to ${table}` : `model ${r.name} maps to ${table} by naming convention`,
    );
  }
  // 3. The name as a whole string: knex('users'), db.table("users"), Model.init(..., { tableName: 'users' }).
  for (const lit of lexed.strings) {
    if (lit.holes || lit.contentEnd - lit.contentStart > 100) continue;
    const content = text.slice(lit.contentStart, lit.contentEnd);
    const whole = /^\s*(?:["`]?\w+["`]?\.)?["`]?(\w+)["`]?\s*$/.exec(content);
    if (!whole || whole[1].toLowerCase() !== table) continue;
    if (ctx.at(lit.start).status === 'other' || common) continue;
    push(
      lit.contentStart + whole[0].lastIndexOf(whole[1]),
      whole[1],
      'string',
      false,
      `'${whole[1]}': the table name as a string`,
    );
  }
  // 4. SQL.
  const tableWord = new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(table)}(?![A-Za-z0-9_])`, 'gi');
  for (const group of sqlGroups(source)) {
    if (!group.lower.includes(table)) continue;
    group.literals.forEach((lit, k) => {
      const content = group.contents[k];
      tableWord.lastIndex = 0;
      let w: RegExpExecArray | null;
      while ((w = tableWord.exec(content))) {
        const word = w[0];
        const s = w.index;
        const prev = s > 0 ? content[s - 1] : '';
        if (/[:@$0-9]/.test(prev)) continue;
        const before = content.slice(Math.max(0, s - 40), s);
        if (
          /\.\s*["`]?$/.test(before) &&
          !/\b(?:from|join|into|update|table|only)\s+["`]?\w+["`]?\.["`]?$/i.test(before)
        ) {
          continue; // x.users: a column, unless it is schema.users
        }
        const position =
          /\b(?:from|join|into|update|table|only)\s+(?:["`]?\w+["`]?\.)?["`]?$/i.test(before) ||
          /^["`]?\s*\./.test(content.slice(s + word.length));
        if (!position && common) continue;
        push(lit.contentStart + s, word, 'sql', false, `SQL uses table ${table}`);
      }
    });
  }
  return out;
}

/** Whether any needle occurs within [from, to): positions found once, then a binary search per question. */
function occurrences(lower: string, needles: string[]): (from: number, to: number) => boolean {
  const positions: number[] = [];
  for (const needle of new Set(needles)) {
    if (needle.length === 0) continue;
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + 1)) positions.push(at);
  }
  positions.sort((a, b) => a - b);
  return (from, to) => {
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < positions.length && positions[lo] < to;
  };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
