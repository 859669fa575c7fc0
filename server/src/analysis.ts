// analyze(text, migration info, settings) → findings. The one boundary the CLI and the language server call.
// Incremental by construction: each statement's parse and facts are cached by its text, so re-analysing an
// edited file re-parses only the statements that changed; the cross-statement pass below is cheap.
import type { SluiceConfig } from './config/config';
import { RelationRef, relationRef, statementFacts, StatementFacts } from './facts/statementFacts';
import type { MigrationInfo } from './migrations/tools';
import type { RollbackStatus } from './migrations/rollback';
import type { ToolTransactionSettings } from './migrations/transactions';
import { segmentAt, splitUnits, toolTransactionAt, TransactionSegment, Unit } from './migrations/units';
import { RULE_IDS, RULES } from './rules';
import { EMPTY_SCHEMA, SchemaModel } from './schema/model';
import { SchemaBuilder } from './schema/replay';
import type {
  Finding,
  ReportInput,
  Rule,
  RuleVisitor,
  Severity,
  StatementContext,
  TransactionLocksView,
  TransactionState,
  UnitContext,
} from './rules/rule';
import { TransactionLocks } from './rules/transactionLocks';
import { Directives, readDirectives } from './syntax/directives';
import { AstNode, ParseOutcome, parseStatement } from './syntax/parse';
import { LineIndex } from './syntax/positions';
import { splitEdited, SplitText } from './syntax/resplit';
import { SplitResult, splitStatements, Statement } from './syntax/split';

export type AnalysisSettings = Pick<SluiceConfig, 'pgVersion' | 'assumeInTransaction' | 'rules'>;

export interface AnalyzedStatement extends Statement {
  parse: ParseOutcome;
  facts?: StatementFacts;
}

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
}

export interface FileAnalysis {
  statements: AnalyzedStatement[];
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

/** The last split of each recently analysed file: an edited file is split again only around the edit. */
const RECENT_SPLITS = 8;
const recentSplits = new Map<string, SplitText>();

function splitFile(text: string, file: string | undefined): SplitResult {
  const previous = file !== undefined ? recentSplits.get(file) : undefined;
  const result = previous ? splitEdited(previous, text) : splitStatements(text);
  if (file === undefined) return result;
  recentSplits.delete(file);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.delete(recentSplits.keys().next().value as string);
  recentSplits.set(file, { source: text, result });
  return result;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function weaker(configured: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  visitor: RuleVisitor;
}

// V8 compiles a closure that is the only one of its kind specialised to that one closure; when a second one is
// made (the next analysis' visitors), that code is thrown away and the new visitors start slow again. One set of
// visitors made here, never used, means every analysis' visitors share the same optimised code from the start.
for (const rule of RULES) rule.create();

function activeRules(settings: AnalysisSettings): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of RULES) {
    const setting = settings.rules[rule.meta.id] ?? rule.meta.severity;
    if (setting === 'off') continue;
    active.push({ rule, severity: setting, visitor: rule.create() });
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
  for (const unit of units) {
    if (unit.direction !== 'up') continue;
    for (const index of unit.statements) {
      const parsed = analyzeStatement(split.statements[index].text).parse;
      if (parsed.ok) builder.apply(parsed.kind, parsed.ast);
    }
  }
  return builder.snapshot();
}

/**
 * Statements with their (cached) parse and facts. Each statement's text becomes the cache's own copy, so a split
 * kept for the next edit holds no slice of this version of the document, and looking it up again is cheap (a
 * string's hash is computed once).
 */
function withParses(split: Statement[]): AnalyzedStatement[] {
  return split.map((s) => {
    const cached = analyzeStatement(s.text);
    s.text = cached.text;
    return { text: cached.text, start: s.start, end: s.end, parse: cached.parse, facts: cached.facts };
  });
}

/** Keys of the relations a migration's statements create: a down script may drop them without ceremony. */
export function createdRelations(text: string): Set<string> {
  const created = new Set<string>();
  for (const s of splitStatements(text).statements) {
    for (const ref of analyzeStatement(s.text).facts?.creates ?? []) created.add(ref.key);
  }
  return created;
}

/** What a down section starts from: the relations its up side created, and the tables of its indexes. */
interface UpSideFacts {
  created: ReadonlySet<string>;
  indexTables: ReadonlyMap<string, RelationRef>;
}

/**
 * The cross-statement pass over one file: every rule sees every statement in order, with the schema and the
 * transaction state before it. Module-level classes rather than closures inside analyze(): V8 then optimises the
 * per-statement step once for all analyses instead of again in every call.
 */
class Walk {
  readonly findings: Finding[] = [];
  /** The rule whose visitor is running (its reports are its findings). */
  current: ActiveRule;
  /** The statements the walk is on: the file's, or (muted) its separate up script's. */
  walked: readonly AnalyzedStatement[];
  muted = false;
  schema = new SchemaBuilder(EMPTY_SCHEMA);
  /** The AccessExclusiveLocks the open transaction holds (indexes' tables are remembered across units). */
  readonly locks = new TransactionLocks();
  /** The hot loop runs only the rules that look at statements. */
  readonly statementRules: ActiveRule[];

  constructor(
    readonly rules: ActiveRule[],
    readonly settings: AnalysisSettings,
    statements: readonly AnalyzedStatement[],
  ) {
    this.current = rules[0];
    this.walked = statements;
    this.statementRules = rules.filter((r) => r.visitor.statement);
  }

  reportOn(index: number, input: ReportInput): void {
    if (this.muted) return;
    const s = this.walked[index];
    this.findings.push({
      rule: this.current.rule.meta.id,
      severity: weaker(this.current.severity, input.severity),
      message: input.message,
      start: s.start + (input.start ?? 0),
      end: input.end !== undefined ? s.start + input.end : s.end,
      lock: input.lock,
      statement: index,
    });
  }

  runUnit(unit: Unit, upSide: UpSideFacts): void {
    const state = new UnitState(this, unit, upSide);
    this.locks.reset();
    for (const active of this.rules) {
      this.current = active;
      active.visitor.unitStart?.(state.unitContext);
    }
    for (const index of unit.statements) state.step(index);
    for (const active of this.rules) {
      this.current = active;
      active.visitor.unitEnd?.(state.unitContext);
    }
  }
}

/** The state rules share within one unit (transaction, what it created, lock_timeout), statement by statement. */
class UnitState {
  readonly transaction: TransactionState;
  readonly unitContext: UnitContext;
  private readonly created: Set<string>;
  private readonly indexTables: Map<string, RelationRef>;
  private lockTimeoutSet = false;
  private lockTimeoutLocal = false;
  private segment: TransactionSegment | undefined;
  /**
   * One context for the unit, refilled for each statement (rules keep what they need from it, never ctx itself):
   * a walk over thousands of statements allocates nothing per statement for its rules.
   */
  private readonly ctx: WalkStatementContext;

  constructor(
    private readonly walk: Walk,
    private readonly unit: Unit,
    upSide: UpSideFacts,
  ) {
    this.transaction = { tool: unit.toolTransaction, explicit: false };
    this.created = new Set<string>(unit.direction === 'down' ? upSide.created : []);
    this.indexTables = new Map<string, RelationRef>(unit.direction === 'down' ? upSide.indexTables : []);
    this.unitContext = new WalkUnitContext(walk, unit, this.transaction);
    this.ctx = new WalkStatementContext(
      this,
      unit,
      walk.walked[0],
      walk.settings.pgVersion,
      walk.schema.model,
      walk.locks,
    );
  }

  /** False when this unit created the relation earlier; an index's lock lands on its table, when known. */
  isPreExisting(ref: RelationRef): boolean {
    const table = ref.kind === 'index' ? this.indexTables.get(ref.key) : undefined;
    return !this.created.has((table ?? ref).key);
  }

  report(index: number, input: ReportInput): void {
    this.walk.reportOn(index, input);
  }

  step(index: number): void {
    const walk = this.walk;
    const unit = this.unit;
    const s = walk.walked[index];
    // The tool's own transaction (or the implicit one of a multi-statement query) around this statement.
    const toolAt = toolTransactionAt(unit, index);
    const transaction = this.transaction;
    transaction.tool = toolAt === 'tool';
    const here = segmentAt(unit, index);
    if (here !== this.segment) {
      // A new tool transaction (a Liquibase changeset): SET LOCAL of the previous one has ended.
      if (this.segment && this.lockTimeoutLocal) this.lockTimeoutSet = this.lockTimeoutLocal = false;
      this.segment = here;
    }
    if (!s.parse.ok) {
      const { message, start, end } = s.parse;
      for (const active of walk.rules) {
        walk.current = active;
        active.visitor.parseError?.({
          index,
          statement: s,
          message,
          start,
          end,
          report: (i) => walk.reportOn(index, i),
        });
      }
      return;
    }
    const facts = s.facts as StatementFacts;
    const ctx = this.ctx;
    const before = ctx.transaction;
    before.tool = transaction.tool;
    before.explicit = transaction.explicit;
    ctx.index = index;
    ctx.statement = s;
    ctx.kind = s.parse.kind;
    ctx.ast = s.parse.ast;
    ctx.facts = facts;
    ctx.inTransaction = before.tool || before.explicit || toolAt === 'implicit';
    ctx.lockTimeoutSet = this.lockTimeoutSet;
    ctx.schema = walk.schema.model;
    for (const active of walk.statementRules) {
      walk.current = active;
      (active.visitor.statement as NonNullable<RuleVisitor['statement']>)(ctx);
    }
    walk.locks.after(ctx);
    // The state the next statement sees.
    walk.schema.apply(s.parse.kind, s.parse.ast);
    if (facts.transaction === 'begin') transaction.explicit = true;
    else if (facts.transaction === 'commit' || facts.transaction === 'rollback' || facts.transaction === 'prepare') {
      transaction.explicit = false;
      // SET LOCAL ends with the explicit transaction (a tool's transaction lasts the whole unit).
      if (this.lockTimeoutLocal && !transaction.tool) this.lockTimeoutSet = this.lockTimeoutLocal = false;
    }
    const created = this.created;
    for (const ref of facts.creates) created.add(ref.key);
    // A table created in this migration and then renamed is still this migration's.
    const renamed =
      s.parse.kind === 'RenameStmt' && s.parse.ast.renameType === 'OBJECT_TABLE' ? s.parse.ast : undefined;
    if (renamed && created.has(relationRef(renamed.relation, 'table')?.key ?? '')) {
      created.add(`${renamed.relation.schemaname ?? 'public'}.${renamed.newname}`);
    }
    if (facts.indexTable) this.indexTables.set(facts.indexTable.index, facts.indexTable.table);
    // SET LOCAL outside a transaction only draws a warning from PostgreSQL: it sets nothing.
    if (facts.lockTimeout && !(facts.lockTimeoutLocal && !ctx.inTransaction)) {
      this.lockTimeoutSet = facts.lockTimeout === 'set';
      this.lockTimeoutLocal = Boolean(facts.lockTimeoutLocal);
    }
  }
}

/**
 * The context rules get for each statement: one object per unit, refilled before each statement. Methods, not
 * closures made per analysis: the optimised code of the rules that call them then stays valid from one analysis
 * to the next.
 */
class WalkStatementContext implements StatementContext {
  index = -1;
  kind = '';
  ast: AstNode = {};
  facts: StatementFacts = { creates: [], locks: [] };
  readonly transaction: TransactionState = { tool: false, explicit: false };
  inTransaction = false;
  lockTimeoutSet = false;
  readonly transactionLocks: TransactionLocksView;

  constructor(
    private readonly state: UnitState,
    readonly unit: Unit,
    public statement: Statement,
    readonly pgVersion: number,
    public schema: SchemaModel,
    transactionLocks: TransactionLocks,
  ) {
    this.transactionLocks = transactionLocks;
  }

  isPreExisting(ref: RelationRef): boolean {
    return this.state.isPreExisting(ref);
  }

  report(input: ReportInput): void {
    this.state.report(this.index, input);
  }
}

class WalkUnitContext implements UnitContext {
  constructor(
    private readonly walk: Walk,
    readonly unit: Unit,
    readonly transaction: TransactionState,
  ) {}

  get schema(): SchemaModel {
    return this.walk.schema.model;
  }

  report(index: number, input: ReportInput): void {
    this.walk.reportOn(index, input);
  }
}

export function analyze(
  text: string,
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext = {},
): FileAnalysis {
  const split = splitFile(text, context.file);
  const statements = withParses(split.statements);
  const directives = readDirectives(split.comments);
  const units = splitUnits(split.statements, directives, {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: settings.assumeInTransaction,
    settings: context.toolSettings,
  });
  const rules = activeRules(settings);
  const walk = new Walk(rules, settings, statements);
  const findings = walk.findings;

  for (const active of rules) {
    walk.current = active;
    active.visitor.file?.({
      migration,
      directives,
      statements,
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

  // What the up side of this migration creates is not "pre-existing" for its down side.
  const createdByUp = new Set<string>(context.createdByUp ?? []);
  const upIndexTables = new Map<string, RelationRef>();
  for (const unit of units) {
    if (unit.direction !== 'up') continue;
    for (const index of unit.statements) {
      const facts = statements[index].facts;
      facts?.creates.forEach((ref) => createdByUp.add(ref.key));
      if (facts?.indexTable) upIndexTables.set(facts.indexTable.index, facts.indexTable.table);
    }
  }
  const upSide = { created: createdByUp, indexTables: upIndexTables };
  // A down script in its own file: walk its up script first, reports muted, so rules learn what the up side
  // did exactly as they do for a goose/dbmate up section (drop-column is fine when it undoes an ADD COLUMN).
  if (context.upScript !== undefined && units.every((u) => u.direction === 'down')) {
    walk.walked = withParses(splitStatements(context.upScript).statements);
    walk.muted = true;
    const statementsOfUp = walk.walked.map((_, i) => i);
    walk.runUnit({ tool: migration.tool, direction: 'up', statements: statementsOfUp, toolTransaction: false }, upSide);
    walk.walked = statements;
    walk.muted = false;
  }
  // Units run in file order; a down section runs against the schema its up section left.
  walk.schema = new SchemaBuilder(context.schema ?? EMPTY_SCHEMA);
  for (const unit of units) walk.runUnit(unit, upSide);

  // An unterminated comment outside any statement hides the rest of the file: say so.
  const syntax = rules.find((r) => r.rule.meta.id === 'syntax-error');
  if (syntax) {
    for (const problem of split.problems) {
      if (statements.some((s) => problem.start >= s.start && problem.start < s.end)) continue;
      findings.push({
        rule: syntax.rule.meta.id,
        severity: syntax.severity,
        message: `${problem.message}: the rest of the file is inside it`,
        start: problem.start,
        end: Math.min(problem.start + 2, problem.end),
      });
    }
  }

  const kept = applySuppressions(findings, directives, statements);
  kept.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return { statements, directives, units, findings: kept, lines: new LineIndex(text) };
}

/** `-- sluice-ignore a, b: reason` covers the next statement; `-- sluice-ignore-file a` the whole file. */
function applySuppressions(findings: Finding[], directives: Directives, statements: readonly Statement[]): Finding[] {
  if (directives.ignores.length === 0) return findings;
  const fileWide = new Set<string>();
  const perStatement = new Map<number, Set<string>>();
  for (const directive of directives.ignores) {
    if (directive.type === 'ignore-file') {
      directive.rules.forEach((r) => fileWide.add(r));
      continue;
    }
    const next = firstStatementAtOrAfter(statements, directive.end);
    if (next < 0) continue;
    const set = perStatement.get(next) ?? new Set<string>();
    directive.rules.forEach((r) => set.add(r));
    perStatement.set(next, set);
  }
  return findings.filter(
    (f) => !fileWide.has(f.rule) && !(f.statement !== undefined && perStatement.get(f.statement)?.has(f.rule)),
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
