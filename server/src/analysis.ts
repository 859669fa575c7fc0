// analyze(text, migration info, settings) → findings. The one boundary the CLI and the language server call.
// Incremental by construction: each statement's parse and facts are cached by its text, so re-analysing an
// edited file re-parses only the statements that changed; in the editor, the cross-statement pass (walk/walk.ts)
// also looks again only at the statements whose inputs the edit changed.
import type { SluiceConfig } from './config/config';
import { NameKind, pathMatters, resolvedParse, schemaHas } from './facts/resolveNames';
import { createdKey } from './facts/searchPath';
import { RelationRef, statementFacts, StatementFacts } from './facts/statementFacts';
import type { MigrationInfo, MigrationTool } from './migrations/tools';
import type { RollbackStatus } from './migrations/rollback';
import type { ToolTransactionSettings } from './migrations/transactions';
import { splitUnits, Unit, withBlockStatements } from './migrations/units';
import { RULE_IDS, RULES } from './rules';
import type { Finding } from './rules/rule';
import { metaCommandError } from './rules/syntax-error';
import { EMPTY_SCHEMA, SchemaModel } from './schema/model';
import { replay, SchemaBuilder, writtenByPgDump } from './schema/replay';
import { Directives, readDirectives } from './syntax/directives';
import { bodyPlace, doBlockBody } from './syntax/doBlock';
import { ParseOutcome, parseStatement } from './syntax/parse';
import { ParserText, parserTextFor } from './syntax/placeholders';
import { LineIndex } from './syntax/positions';
import { splitEdited, SplitText } from './syntax/resplit';
import { terminatorAfter } from './syntax/terminator';
import { Comment, SplitResult, splitStatements, Statement } from './syntax/split';
import { StatementParsing, streamedStatements } from './walk/streamed';
import { Store } from './walk/tracked';
import { ActiveRule, AnalyzedStatement, Walk } from './walk/walk';

export type AnalysisSettings = Pick<SluiceConfig, 'pgVersion' | 'assumeInTransaction' | 'rules'>;

export type { AnalyzedStatement };

export interface AnalysisContext {
  /** Relations this migration's up script created (for a down script in its own file). */
  createdByUp?: ReadonlySet<string>;
  /** The schema the file runs against: earlier migrations replayed (for a down script, its up script too). */
  schema?: SchemaModel;
  /** What files beside the migration say about transactions (Diesel metadata.toml, Flyway .conf). */
  toolSettings?: ToolTransactionSettings;
  /** The tool's convention for this file's down/undo script. */
  rollback?: RollbackStatus;
  /** The file's path (for messages). */
  file?: string;
  /** For a down script in its own file: the text of its up script, so rules know what it undoes. */
  upScript?: string;
  /** The schema that up script runs against (its earlier migrations), so its names resolve as they did. */
  upScriptSchema?: SchemaModel;
  /**
   * Remember this analysis for the next one of the same file (the editor re-analyses on every edit): statements
   * whose inputs did not change are then not looked at again. Needs `file`.
   */
  incremental?: boolean;
  /**
   * How a one-off analysis (not `incremental`) parses the file's statements, given their texts; undefined (or no
   * function): one at a time on this thread. The CLI parses long files on a second core (syntax/parseAhead.ts).
   */
  parsing?: (texts: readonly string[]) => StatementParsing | undefined;
}

export interface FileAnalysis {
  statements: AnalyzedStatement[];
  /** How much of the cross-statement pass was reused from the previous analysis of the file (incremental only). */
  walk: { reused: number; looked: number };
  directives: Directives;
  units: Unit[];
  findings: Finding[];
  lines: LineIndex;
}

interface CachedStatement {
  /** The statement's text as a string of its own (not a slice of a document that would keep the document alive). */
  text: string;
  parse: ParseOutcome;
  facts?: StatementFacts;
}

const CACHE_LIMIT = 50_000;
const statementCache = new Map<string, CachedStatement>();

function analyzeStatement(text: string): CachedStatement {
  const hit = statementCache.get(text);
  if (hit) return hit;
  const parse = parseStatement(text);
  // `text` is a slice of the whole document: as a key it would keep every old version of the document alive.
  // A copy (JSON round trip: exact, lone surrogates included) keeps only the statement.
  text = JSON.parse(JSON.stringify(text)) as string;
  const entry: CachedStatement = { text, parse, facts: parse.ok ? statementFacts(parse.kind, parse.ast) : undefined };
  if (statementCache.size >= CACHE_LIMIT) {
    // Drop the oldest tenth: Map iterates in insertion order.
    let drop = CACHE_LIMIT / 10;
    for (const key of statementCache.keys()) {
      statementCache.delete(key);
      if (--drop === 0) break;
    }
  }
  statementCache.set(text, entry);
  return entry;
}

/**
 * The last split of each recently analysed file, with its statements as analysed: an edited file is split again
 * only around the edit, and the statements before the edit stay the same objects (an edit makes no garbage of them).
 */
const RECENT_SPLITS = 8;
const recentSplits = new Map<string, SplitText & { analyzed: AnalyzedStatement[] }>();

/**
 * The most statements a file may have for the editor to remember its analysis. Remembering costs ~14 KB a
 * statement (parses, the walk's looks, its undo log): 10 MB of SQL would take over 1 GB and could exhaust the
 * heap. A longer file is analysed afresh on every change, as `sluice lint` does (~0.35 s per 10,000 statements).
 */
export const REMEMBERED_STATEMENTS_MAX = 20_000;

/** The file's statements, split (again around the edit) and with their parses; undefined: too many to remember. */
function statementsOfFile(
  text: string,
  file: string,
  forParser: ParserText | undefined,
): { split: SplitResult; statements?: AnalyzedStatement[] } {
  const previous = recentSplits.get(file);
  const split = previous ? splitEdited(previous, text) : splitStatements(text);
  if (split.statements.length > REMEMBERED_STATEMENTS_MAX) {
    forgetFile(file);
    return { split };
  }
  const statements = withParses(split.statements, forParser, previous?.analyzed);
  recentSplits.delete(file);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value as string);
  recentSplits.set(file, { source: text, result: split, analyzed: statements });
  return { split, statements };
}

function activeRules(settings: AnalysisSettings, state: Store): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    active.push({ rule, severity: setting, visitor: rule.create(state) });
  }
  return active;
}

/** The schema after a migration's up statements (its up section, for goose/dbmate files) ran on `base`. */
export function replayMigration(base: SchemaModel, text: string, migration: MigrationInfo): SchemaModel {
  const split = splitStatements(text);
  const units = splitUnits(split.statements, readDirectives(split.comments), {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: false,
  });
  const builder = new SchemaBuilder(base);
  builder.fromPgDump = writtenByPgDump(split.comments);
  const exists = (key: string, among?: NameKind): boolean => schemaHas(builder.model, key, among);
  const forParser = parserTextFor(migration.tool, text);
  for (const unit of units) {
    if (unit.direction !== 'up') continue;
    // (A SET search_path lasts to the end of the file here: each migration starts from the default.)
    let path: readonly string[] | undefined;
    for (const index of unit.statements) {
      const { parse, facts } = analyzeStatement(
        forParser?.(split.statements[index].text, split.statements[index].start) ?? split.statements[index].text,
      );
      if (!parse.ok) continue;
      const run = pathMatters(path) ? resolvedParse(parse, path, exists) : parse;
      builder.applyWithBlock(run.kind, run.ast);
      path = facts?.searchPath ?? path;
    }
  }
  return builder.snapshot();
}

/** What the parser is given for a statement of a file of `tool` (syntax/placeholders.ts). */
function parseText(text: string, tool: MigrationTool | null): string {
  return parserTextFor(tool)?.(text) ?? text;
}

/**
 * Statements with their (cached) parse and facts. Each statement's text becomes the cache's own copy, so a split
 * kept for the next edit holds no slice of this version of the document, and looking it up again is cheap (a
 * string's hash is computed once). `forParser`: what the file's tool makes of a text before PostgreSQL sees it
 * (syntax/placeholders.ts).
 */
function withParses(
  split: Statement[],
  forParser: ParserText | undefined,
  previous?: readonly AnalyzedStatement[],
): AnalyzedStatement[] {
  return split.map((s, i) => {
    const was = previous?.[i];
    if (was && was.start === s.start && was.end === s.end && was.text === s.text) return was;
    const parsed = forParser?.(s.text, s.start) ?? s.text;
    const cached = analyzeStatement(parsed);
    // (A statement with placeholders keeps its own text: quick fixes copy it.)
    if (parsed === s.text) s.text = cached.text;
    return { text: s.text, start: s.start, end: s.end, parse: cached.parse, facts: cached.facts };
  });
}

/** Statements of a DO block that rules have nothing to say about. */
const SILENT_BLOCK_KINDS = new Set(['SelectStmt', 'TransactionStmt']);

/**
 * The file's statements followed by those of its DO blocks (syntax/doBlock.ts), which `inner` lists per DO
 * statement. Each is positioned at its own text, so findings point into the block.
 */
function withBlocks(
  statements: AnalyzedStatement[],
  tool: MigrationTool | null,
): { statements: AnalyzedStatement[]; inner?: Map<number, number[]>; commits: Set<number>; comments: Comment[] } {
  let all: AnalyzedStatement[] | undefined;
  let inner: Map<number, number[]> | undefined;
  const commits = new Set<number>();
  const comments: Comment[] = [];
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i];
    // Cheap before the parse: a one-off analysis parses statements only as its walk reaches them.
    if (!/^do\b/i.test(s.text)) continue;
    const parse = s.parse;
    if (!parse.ok || parse.kind !== 'DoStmt') continue;
    const body = doBlockBody(parse.ast);
    // A statement not found in the text (in an E'' body, or without the `INTO variable` PL/pgSQL took out)
    // reports on the whole DO statement.
    const place = bodyPlace(parseText(s.text, tool), body.source);
    // `-- sluice-ignore` in the body covers the block's next statement.
    if (place && body.source.includes('sluice-ignore'))
      for (const c of splitStatements(body.source).comments)
        if (c.text.includes('sluice-ignore'))
          comments.push({ ...c, start: s.start + place(c.start), end: s.start + place(c.end), inStatement: false });
    if (body.statements.length === 0) continue;
    if (body.commits) commits.add(i);
    for (const b of body.statements) {
      // A statement PL/pgSQL accepted but PostgreSQL's parser does not is PL/pgSQL's to judge when it runs; one
      // that made PL/pgSQL reject the block is a syntax error, reported as in the file.
      const cached = analyzeStatement(b.text);
      let parse = cached.parse;
      if (!parse.ok && !b.rejected) continue;
      // (A SELECT matters only for what it sets: set_config of lock_timeout or the search path.)
      const setsSomething = cached.facts?.lockTimeout !== undefined || cached.facts?.searchPath !== undefined;
      if (parse.ok && SILENT_BLOCK_KINDS.has(parse.kind) && !setsSomething) continue;
      // Its error where it is in the file (a single-quoted body doubles its quotes there), else on the whole DO.
      if (!parse.ok && place && b.at) {
        const { start, end } = b.at;
        const from = place(start);
        parse = {
          ...parse,
          start: place(start + parse.start) - from,
          end: place(Math.min(end, start + parse.end)) - from,
        };
      } else if (!parse.ok) parse = { ...parse, start: 0, end: s.end - s.start };
      all ??= statements.slice();
      const list = (inner ??= new Map()).get(i) ?? [];
      inner.set(i, list);
      list.push(all.length);
      const block = { parse, facts: cached.facts, block: i };
      if (!place || !b.at) all.push({ text: b.text, start: s.start, end: s.end, ...block });
      // (Placeholders were substituted in the parsed text only, at the same length: the file's own text here.)
      else {
        const start = place(b.at.start);
        const end = place(b.at.end);
        all.push({ text: s.text.slice(start, end), start: s.start + start, end: s.start + end, ...block });
      }
    }
  }
  return { statements: all ?? statements, inner, commits, comments };
}

/** Statements with those of their DO blocks, and their indexes in the order they run. */
function runOrder(
  fileStatements: AnalyzedStatement[],
  tool: MigrationTool | null = null,
): { statements: AnalyzedStatement[]; order: number[] } {
  const { statements, inner } = withBlocks(fileStatements, tool);
  const order = fileStatements.flatMap((_, i) => [i, ...(inner?.get(i) ?? [])]);
  return { statements, order };
}

/** CREATE ... IF NOT EXISTS, CREATE OR REPLACE: a statement that may leave a relation that exists as it was. */
function mayKeepExisting(parse: ParseOutcome): boolean {
  return parse.ok && (parse.ast.if_not_exists === true || parse.ast.replace === true);
}

/**
 * Follows the schema through a migration's statements, to tell which of its CREATEs leave a relation that exists
 * then as it was: IF NOT EXISTS of one that exists, OR REPLACE of a view (PostgreSQL 15: "already exists,
 * skipping"). Such a relation is not the migration's own: its down side dropping it drops what was there before.
 * Replays only when some statement may do that.
 */
function existingKept(statements: readonly AnalyzedStatement[], order: readonly number[], before?: SchemaModel) {
  let schema = order.some((i) => mayKeepExisting(statements[i].parse)) ? before : undefined;
  return {
    /** Whether statement `index` (called in `order`) keeps the relation `key` as it was. */
    keeps(index: number, key: string): boolean {
      const parse = statements[index].parse;
      return (
        schema !== undefined &&
        mayKeepExisting(parse) &&
        (schema.tables.has(key) || schema.views.has(key) || schema.indexes.has(key))
      );
    },
    /** After statement `index`: the schema goes on. */
    passed(index: number): void {
      const parse = statements[index].parse;
      if (schema && parse.ok) schema = replay(schema, parse.kind, parse.ast);
    },
  };
}

/**
 * Keys of the relations a migration's statements create: a down script may drop them without ceremony. Not an
 * index on a table the migration did not create: dropping it still locks that table. `before`: the schema the
 * migration runs against, when known.
 */
export function createdRelations(text: string, before?: SchemaModel): Set<string> {
  const created = new Set<string>();
  let path: readonly string[] | undefined;
  const { statements, order } = runOrder(withParses(splitStatements(text).statements, undefined));
  const existing = existingKept(statements, order, before);
  for (const index of order) {
    const facts = statements[index].facts;
    for (const ref of facts?.creates ?? []) {
      const on = ref.kind === 'index' ? facts?.createsIndexes?.find((c) => c.index === ref.key)?.table : undefined;
      if (on && !created.has(createdKey(on, path))) continue;
      const key = createdKey(ref, path);
      if (!created.has(key) && existing.keeps(index, key)) continue;
      created.add(key);
    }
    existing.passed(index);
    const renamed = facts?.renamesTable;
    if (renamed && created.has(renamed.from)) created.add(renamed.to);
    // A relation it did not create, renamed into a name it made and dropped, is not its own (as in walk.ts).
    else if (renamed) created.delete(renamed.to);
    path = facts?.searchPath ?? path;
  }
  return created;
}

/** The last walk of each recently analysed file, for the next analysis of it (the editor's). */
const recentWalks = new Map<string, Walk>();

function rememberWalk(file: string, walk: Walk): void {
  recentWalks.delete(file);
  if (recentWalks.size >= RECENT_SPLITS) recentWalks.delete(recentWalks.keys().next().value as string);
  recentWalks.set(file, walk);
}

/** Drops what is remembered about a file for its next analysis (the editor closed it). */
export function forgetFile(file: string): void {
  recentWalks.delete(file);
  recentSplits.delete(file);
}

/** A number per history schema object (the project caches them): part of the walk's signature. */
const schemaIds = new WeakMap<SchemaModel, number>();
let nextSchemaId = 1;

function schemaId(schema: SchemaModel | undefined): number {
  if (!schema) return 0;
  let id = schemaIds.get(schema);
  if (id === undefined) schemaIds.set(schema, (id = nextSchemaId++));
  return id;
}

/** A string that differs whenever something the walk depends on, other than the statements, differs. */
function walkSignature(
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext,
  units: readonly Unit[],
  upScript: string | undefined,
): string {
  return JSON.stringify([
    migration.tool,
    migration.direction,
    settings.pgVersion,
    settings.assumeInTransaction,
    settings.rules,
    schemaId(context.schema),
    [...(context.createdByUp ?? [])],
    context.toolSettings ?? null,
    units,
    upScript ?? null,
  ]);
}

export function analyze(
  text: string,
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext = {},
): FileAnalysis {
  // The editor analyses the same file again on the next keystroke: it keeps every statement's parse (cached by
  // text) and remembers its walk. A one-off analysis streams the statements instead (walk/streamed.ts).
  let split: SplitResult | undefined;
  if (context.incremental === true && context.file !== undefined) {
    const file = statementsOfFile(text, context.file, parserTextFor(migration.tool, text));
    if (file.statements)
      return analyzeStatements(text, file.split, file.statements, migration, settings, context, true);
    split = file.split;
  }
  split ??= splitStatements(text);
  const forParser = parserTextFor(migration.tool, text);
  const texts = split.statements.map((s) => forParser?.(s.text, s.start) ?? s.text);
  const parsing = context.parsing?.(texts);
  try {
    const statements = streamedStatements(
      split.statements,
      parsing ? (_, i) => parsing.parse(texts[i], i) : (_, i) => parseStatement(texts[i]),
    );
    return analyzeStatements(text, split, statements, migration, settings, context, false);
  } finally {
    parsing?.done();
  }
}

function analyzeStatements(
  text: string,
  split: SplitResult,
  fileStatements: AnalyzedStatement[],
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext,
  remember: boolean,
): FileAnalysis {
  const fileDirectives = readDirectives(split.comments);
  const fileUnits = splitUnits(split.statements, fileDirectives, {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: settings.assumeInTransaction,
    settings: context.toolSettings,
    text,
    pgVersion: settings.pgVersion,
  });
  // The statements of DO blocks run where their DO statement runs.
  const { statements, inner, commits, comments } = withBlocks(fileStatements, migration.tool);
  const units = inner ? withBlockStatements(fileUnits, inner, commits) : fileUnits;
  // (Their ignore directives join the file's; section markers come from the file's own comments only.)
  const directives =
    comments.length > 0
      ? readDirectives([...split.comments, ...comments].sort((a, b) => a.start - b.start))
      : fileDirectives;
  const upScript =
    context.upScript !== undefined && units.every((u) => u.direction === 'down') ? context.upScript : undefined;
  // Everything the walk depends on besides the statements themselves: when it is what the last analysis of this
  // file had, statements whose inputs did not change are not looked at again (walk/walk.ts).
  const signature = remember ? walkSignature(migration, settings, context, units, upScript) : '';
  // Taken out while it walks: if the analysis throws, the next one starts from scratch, not from a half-done walk.
  const last = remember ? recentWalks.get(context.file as string) : undefined;
  if (last) recentWalks.delete(context.file as string);

  // What the up side of this migration creates is not "pre-existing" for its down side.
  const createdByUp = new Set<string>(context.createdByUp ?? []);
  const upIndexTables = new Map<string, RelationRef>();
  // (Only down sections start from it: without one, the up statements are not parsed ahead of the walk.)
  const hasDown = units.some((u) => u.direction === 'down');
  let path: readonly string[] | undefined;
  const upOrder = hasDown ? units.filter((u) => u.direction === 'up').flatMap((u) => u.statements) : [];
  const existing = existingKept(statements, upOrder, context.schema);
  for (const unit of units) {
    if (unit.direction !== 'up' || !hasDown) continue;
    for (const index of unit.statements) {
      const facts = statements[index].facts;
      for (const ref of facts?.creates ?? []) {
        const key = createdKey(ref, path);
        if (createdByUp.has(key) || !existing.keeps(index, key)) createdByUp.add(key);
      }
      existing.passed(index);
      const renamed = facts?.renamesTable;
      if (renamed && createdByUp.has(renamed.from)) createdByUp.add(renamed.to);
      else if (renamed) createdByUp.delete(renamed.to);
      path = facts?.searchPath ?? path;
      for (const created of facts?.createsIndexes ?? []) upIndexTables.set(created.index, created.table);
    }
  }
  const upSide = { created: createdByUp, indexTables: upIndexTables };

  // The editor, again on the same file: the last walk goes on from the first statement the edit changed.
  let walk = last?.signature === signature && last.resume(statements, upSide) ? last : undefined;
  if (!walk) {
    const store = new Store();
    walk = new Walk(
      activeRules(settings, store),
      settings.pgVersion,
      statements,
      store,
      new SchemaBuilder(context.schema ?? EMPTY_SCHEMA, store, remember),
      upScript !== undefined ? new SchemaBuilder(context.upScriptSchema ?? EMPTY_SCHEMA, store, remember) : undefined,
      last?.signature === signature ? last.memo : undefined,
      remember,
      signature,
    );
    store.seal();
    // A down script in its own file: walk its up script first, reports muted, so rules learn what the up side
    // did exactly as they do for a goose/dbmate up section (drop-column is fine when it undoes an ADD COLUMN).
    if (upScript !== undefined) {
      const up = runOrder(
        withParses(splitStatements(upScript).statements, parserTextFor(migration.tool)),
        migration.tool,
      );
      const unit: Unit = { tool: migration.tool, direction: 'up', statements: up.order, toolTransaction: false };
      walk.walkUpScript(up.statements, unit, upSide);
    }
    // Units run in file order; a down section runs against the schema its up section left.
    walk.walkUnits(units, upSide);
  }
  if (remember) rememberWalk(context.file as string, walk);
  const rules = walk.rules;

  // Rules that look at the file as a whole: every analysis (they keep no state).
  const findings: Finding[] = [];
  for (const active of rules) {
    active.visitor.file?.({
      migration,
      directives,
      statements: fileStatements,
      rollback: context.rollback,
      file: context.file,
      knownRules: RULE_IDS,
      report: (input) =>
        findings.push({
          rule: active.rule.meta.id,
          severity: active.severity,
          message: input.message,
          start: input.start,
          end: input.end,
        }),
    });
  }
  findings.push(...walk.findings);

  // An unterminated comment outside any statement hides the rest of the file: say so. So does an unterminated
  // string in a statement whose syntax error comes before it (that error alone would not say where the rest went).
  const syntax = rules.find((r) => r.rule.meta.id === 'syntax-error');
  if (syntax) {
    for (const problem of split.problems) {
      const holder = fileStatements.find((s) => problem.start >= s.start && problem.start < s.end);
      if (holder && (holder.parse.ok || holder.start + holder.parse.start >= problem.start)) continue;
      findings.push({
        rule: syntax.rule.meta.id,
        severity: syntax.severity,
        message: `${problem.message}: the rest of the file is inside it`,
        start: problem.start,
        end: Math.min(problem.start + 2, problem.end),
      });
    }
    // psql meta-commands: skipped where psql runs the file, the server's syntax error for any other tool.
    for (const command of split.metaCommands) {
      const error = metaCommandError(migration.tool, text, command);
      if (error) findings.push({ rule: syntax.rule.meta.id, severity: syntax.severity, ...error });
    }
  }

  atTerminator(findings, text, fileStatements, split.comments);
  const kept = applySuppressions(findings, directives, text, fileStatements, statements);
  kept.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return { statements, directives, units, findings: kept, lines: new LineIndex(text), walk: walk.counts };
}

/** "at end of input" ending a syntax error's message, or before what Sluice adds to it (`: ...`). */
const AT_END_OF_INPUT = / at end of input(?=$|: )/;

/**
 * The parser sees a statement without its `;`, so a statement cut short says "at end of input" on its last token.
 * PostgreSQL, given the `;` the file has, says `at or near ";"` and points there: so do we.
 */
function atTerminator(findings: Finding[], text: string, statements: readonly Statement[], comments: Comment[]): void {
  for (let k = 0; k < findings.length; k++) {
    const f = findings[k];
    if (f.rule !== 'syntax-error' || f.statement === undefined) continue;
    const end = AT_END_OF_INPUT.exec(f.message);
    if (!end) continue;
    const statement = statements[f.statement];
    if (!statement) continue; // a statement of a DO block's body: its text has no `;` of its own
    const semicolon = terminatorAfter(text, statement.end, comments);
    if (semicolon === undefined) continue;
    const message = `${f.message.slice(0, end.index)} at or near ";"${f.message.slice(end.index + end[0].length)}`;
    findings[k] = { ...f, message, start: semicolon, end: semicolon + 1, source: undefined };
  }
}

/**
 * `-- sluice-ignore a, b: reason` covers the next statement, or, at the end of a statement's last line, that
 * statement (a DO block with the statements of its body); `-- sluice-ignore-file a` the whole file. `statements`:
 * the file's, in order; `all`: with the blocks' after them. A directive naming an unknown rule suppresses nothing
 * (invalid-directive says so): `-- sluice-ignore require-lock-timeout tiny table` is a reason missing its colon,
 * and must not pass CI before it is written as meant.
 */
function applySuppressions(
  findings: Finding[],
  directives: Directives,
  text: string,
  statements: readonly Statement[],
  all: readonly AnalyzedStatement[],
): Finding[] {
  if (directives.ignores.length === 0) return findings;
  const fileWide = new Set<string>();
  const perStatement = new Map<number, Set<string>>();
  for (const directive of directives.ignores) {
    if (!directive.rules.every((rule) => RULE_IDS.has(rule))) continue;
    if (directive.type === 'ignore-file') {
      directive.rules.forEach((r) => fileWide.add(r));
      continue;
    }
    let next = firstStatementAtOrAfter(statements, directive.end);
    const previous = (next < 0 ? statements.length : next) - 1;
    if (previous >= 0 && statements[previous].end > directive.start) {
      // Inside a DO block's body: its next statement.
      next = all.findIndex((s) => s.block === previous && s.start >= directive.end);
    } else if (previous >= 0 && !/[\r\n]/.test(text.slice(statements[previous].end, directive.start))) {
      next = previous;
    }
    if (next < 0) continue;
    const set = perStatement.get(next) ?? new Set<string>();
    directive.rules.forEach((r) => set.add(r));
    perStatement.set(next, set);
  }
  const ignored = (index: number | undefined, rule: string): boolean =>
    index !== undefined && perStatement.get(index)?.has(rule) === true;
  return findings.filter(
    (f) =>
      !fileWide.has(f.rule) &&
      !ignored(f.statement, f.rule) &&
      !ignored(f.statement !== undefined ? all[f.statement].block : undefined, f.rule),
  );
}

function firstStatementAtOrAfter(statements: readonly Statement[], offset: number): number {
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < statements.length ? lo : -1;
}
