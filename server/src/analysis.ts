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
import { markShared, markSharedDeep } from './rules/snapshot';
import { syntaxError } from './rules/syntax-error';
import { EMPTY_SCHEMA, SchemaModel } from './schema/model';
import { SchemaBuilder } from './schema/replay';
import type {
  Finding,
  ReportInput,
  Rule,
  RuleVisitor,
  Severity,
  StatementContext,
  TransactionState,
  UnitContext,
} from './rules/rule';
import { Directives, readDirectives } from './syntax/directives';
import { ParseOutcome, parseStatement } from './syntax/parse';
import { LineIndex } from './syntax/positions';
import { splitStatements, Statement } from './syntax/split';

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
  /**
   * Keep checkpoints of this file's walk (keyed by `file`) so that the next analysis of it re-walks only from
   * the statement an edit changed: for editor buffers, analysed again on every keystroke.
   */
  incremental?: boolean;
}

export interface FileAnalysis {
  statements: AnalyzedStatement[];
  directives: Directives;
  units: Unit[];
  findings: Finding[];
  lines: LineIndex;
  /** The statement the cross-statement walk started from: 0, or where it resumed from a checkpoint. */
  walkedFrom: number;
}

interface CachedStatement {
  parse: ParseOutcome;
  facts?: StatementFacts;
}

const CACHE_LIMIT = 50_000;
const statementCache = new Map<string, CachedStatement>();

function analyzeStatement(text: string): CachedStatement {
  const hit = statementCache.get(text);
  if (hit) return hit;
  const parse = parseStatement(text);
  const entry: CachedStatement = { parse, facts: parse.ok ? statementFacts(parse.kind, parse.ast) : undefined };
  // Never changed after this: rule snapshots may keep them by reference.
  if (parse.ok) markShared(parse.ast);
  if (entry.facts) markSharedDeep(entry.facts);
  // `text` is a slice of the whole document: as a key it would keep every old version of the document alive.
  // A copy (JSON round trip: exact, lone surrogates included) keeps only the statement.
  text = JSON.parse(JSON.stringify(text)) as string;
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

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

function weaker(configured: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}

interface ActiveRule {
  rule: Rule;
  severity: Severity;
  visitor: RuleVisitor;
}

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

/** Statements with their (cached) parse and facts. */
function withParses(split: readonly Statement[]): AnalyzedStatement[] {
  return split.map((s) => {
    const cached = analyzeStatement(s.text);
    return { text: s.text, start: s.start, end: s.end, parse: cached.parse, facts: cached.facts };
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

export function analyze(
  text: string,
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext = {},
): FileAnalysis {
  const split = splitStatements(text);
  const statements = withParses(split.statements);
  const directives = readDirectives(split.comments);
  const units = splitUnits(split.statements, directives, {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: settings.assumeInTransaction,
    settings: context.toolSettings,
  });
  const findings = fileFindings(statements, directives, migration, settings, context);
  const walk = walkStatements(statements, directives, units, migration, settings, context);
  findings.push(...walk.findings);

  // An unterminated comment outside any statement hides the rest of the file: say so.
  const syntaxSetting = settings.rules[syntaxError.meta.id] ?? syntaxError.meta.severity;
  if (syntaxSetting !== 'off') {
    for (const problem of split.problems) {
      if (statements.some((s) => problem.start >= s.start && problem.start < s.end)) continue;
      findings.push({
        rule: syntaxError.meta.id,
        severity: syntaxSetting,
        message: `${problem.message}: the rest of the file is inside it`,
        start: problem.start,
        end: Math.min(problem.start + 2, problem.end),
      });
    }
  }

  const kept = applySuppressions(findings, directives, statements);
  kept.sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
  return { statements, directives, units, findings: kept, lines: new LineIndex(text), walkedFrom: walk.from };
}

/** What the rules' `file` visitors report (fresh visitors: what they keep for the walk is the walk's business). */
function fileFindings(
  statements: readonly AnalyzedStatement[],
  directives: Directives,
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext,
): Finding[] {
  const findings: Finding[] = [];
  for (const active of activeRules(settings)) {
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
  return findings;
}

// ---------------------------------------------------------------------------------------------------------------
// The cross-statement walk, resumable. Every CHECKPOINT_EVERY statements it records its own state and every
// rule's (`RuleVisitor.snapshot`); the next analysis of the same file (editor buffers: `context.incremental`)
// restores the last checkpoint before the first statement whose text or position changed and walks on from
// there, keeping the findings the walk had produced before that point.

/**
 * Checkpoints copy the rules' state, which grows with the file: a first walk takes at most CHECKPOINTS of them
 * (at least MIN_SPACING statements apart); a resumed walk takes the ones up to RESUME_CHECKPOINTS spacings past
 * where it resumed, where the next keystroke most likely lands, and keeps the earlier ones.
 */
const CHECKPOINTS = 32;
const MIN_SPACING = 64;
const RESUME_CHECKPOINTS = 2;
/** Files whose walks are kept (the editor's open migrations); the oldest is dropped first. */
const KEPT_WALKS = 8;

/** The engine's own state between statements of a unit. */
interface EngineState {
  schema: SchemaModel;
  transaction: TransactionState;
  created: Set<string>;
  indexTables: Map<string, RelationRef>;
  lockTimeoutSet: boolean;
  lockTimeoutLocal: boolean;
  /** Index of the current transaction segment in `unit.segments`, -1 before the first. */
  segment: number;
}

interface Checkpoint {
  /** The walk stands before `units[unit].statements[position]`. */
  unit: number;
  position: number;
  /** That statement's index in the file. */
  statement: number;
  /** How many findings the walk had produced. */
  findings: number;
  state: EngineState;
  rules: (() => void)[];
}

/** A finished walk, kept to resume from. */
interface Walk {
  /** Everything besides the statements the walk depends on. */
  key: string;
  context: AnalysisContext;
  statements: { text: string; start: number }[];
  units: readonly Unit[];
  createdByUp: Set<string>;
  upIndexTables: Map<string, RelationRef>;
  rules: ActiveRule[];
  /** Unit contexts handed to unitStart (by unit index, -1 for a separate up script), and where they report. */
  unitContexts: Map<number, UnitContext>;
  reporter: Reporter;
  /** Statements between checkpoints. */
  spacing: number;
  findings: Finding[];
  checkpoints: Checkpoint[];
}

const walks = new Map<string, Walk>();

interface Reporter {
  report(index: number, input: ReportInput): void;
  schema(): SchemaModel;
}

function copyState(state: EngineState): EngineState {
  return {
    ...state,
    transaction: { ...state.transaction },
    created: new Set(state.created),
    indexTables: new Map(state.indexTables),
  };
}

function walkKey(migration: MigrationInfo, settings: AnalysisSettings, context: AnalysisContext): string {
  return JSON.stringify([
    migration.tool,
    migration.direction,
    settings.pgVersion,
    settings.assumeInTransaction,
    settings.rules,
    context.toolSettings ?? null,
    context.upScript ?? null,
    [...(context.createdByUp ?? [])],
  ]);
}

/** What of `unit` the walk has seen before statement `before`: equal signatures, equal walks. */
function unitSignature(unit: Unit, before: number): string {
  return JSON.stringify([
    unit.tool,
    unit.direction,
    unit.toolTransaction,
    unit.transactionReason,
    unit.statements.filter((i) => i < before),
    unit.segments?.map((s) => [
      s.statements.filter((i) => i < before),
      s.statements.length > 1,
      s.toolTransaction,
      s.singleQuery,
      s.reason,
      s.changeset,
      s.hasRollback,
    ]),
  ]);
}

function sameKeys<V>(a: ReadonlyMap<string, V> | ReadonlySet<string>, b: typeof a): boolean {
  if (a.size !== b.size) return false;
  for (const k of a.keys()) if (!b.has(k)) return false;
  return true;
}

/** The checkpoint of `previous` this walk can resume from, or undefined to walk from the start. */
function resumePoint(
  previous: Walk | undefined,
  key: string,
  context: AnalysisContext,
  statements: readonly AnalyzedStatement[],
  units: readonly Unit[],
  createdByUp: Set<string>,
  upIndexTables: Map<string, RelationRef>,
): Checkpoint | undefined {
  if (!previous || previous.key !== key || previous.context.schema !== context.schema) return undefined;
  if (!sameKeys(previous.createdByUp, createdByUp) || !sameKeys(previous.upIndexTables, upIndexTables)) {
    return undefined;
  }
  for (const [k, v] of upIndexTables) if (previous.upIndexTables.get(k)?.key !== v.key) return undefined;
  // The first statement whose text or position changed.
  const old = previous.statements;
  let changed = 0;
  const common = Math.min(old.length, statements.length);
  while (
    changed < common &&
    old[changed].start === statements[changed].start &&
    old[changed].text === statements[changed].text
  ) {
    changed++;
  }
  for (let c = previous.checkpoints.length - 1; c >= 0; c--) {
    const checkpoint = previous.checkpoints[c];
    if (checkpoint.statement > changed) continue;
    if (units.length <= checkpoint.unit) continue;
    const before = checkpoint.statement;
    let same = true;
    for (let u = 0; u <= checkpoint.unit && same; u++) {
      same = unitSignature(units[u], before) === unitSignature(previous.units[u], before);
    }
    if (same && units[checkpoint.unit].statements[checkpoint.position] === checkpoint.statement) return checkpoint;
  }
  return undefined;
}

function walkStatements(
  statements: readonly AnalyzedStatement[],
  directives: Directives,
  units: readonly Unit[],
  migration: MigrationInfo,
  settings: AnalysisSettings,
  context: AnalysisContext,
): { findings: Finding[]; from: number } {
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

  const incremental = context.incremental === true;
  const fileKey = context.file ?? '';
  const key = incremental ? walkKey(migration, settings, context) : '';
  const previous = incremental ? walks.get(fileKey) : undefined;
  const resume = resumePoint(previous, key, context, statements, units, createdByUp, upIndexTables);

  const rules = resume && previous ? previous.rules : activeRules(settings);
  // The hot loop runs only the rules that look at statements.
  const statementRules = rules.filter((r) => r.visitor.statement);
  const findings: Finding[] = resume && previous ? previous.findings.slice(0, resume.findings) : [];
  const checkpoints: Checkpoint[] =
    resume && previous
      ? previous.checkpoints.filter((c) => c.statement <= resume.statement && c.findings <= resume.findings)
      : [];
  let current: ActiveRule = rules[0];
  const spacing =
    resume && previous ? previous.spacing : Math.max(MIN_SPACING, Math.ceil(statements.length / CHECKPOINTS));
  const lastCheckpoint = resume ? resume.statement + RESUME_CHECKPOINTS * spacing : Infinity;

  // The statements the walk is on: the file's, or (muted) its separate up script's.
  let walked: readonly AnalyzedStatement[] = statements;
  let muted = false;
  const reportOn = (index: number, input: ReportInput): void => {
    if (muted) return;
    const s = walked[index];
    findings.push({
      rule: current.rule.meta.id,
      severity: weaker(current.severity, input.severity),
      message: input.message,
      start: s.start + (input.start ?? 0),
      end: input.end !== undefined ? s.start + input.end : s.end,
      lock: input.lock,
      statement: index,
    });
  };

  let schema = new SchemaBuilder(EMPTY_SCHEMA);
  // The contexts unitStart hands out outlive the call (rules keep them to report later): one object per unit,
  // kept across resumed walks, pointing at this walk's unit, state and findings.
  const unitContexts = resume && previous ? previous.unitContexts : new Map<number, UnitContext>();
  const reporter: Reporter = resume && previous ? previous.reporter : { report: reportOn, schema: () => schema.model };
  // Kept unit contexts report into this walk.
  reporter.report = reportOn;
  reporter.schema = () => schema.model;
  const unitContextOf = (u: number, unit: Unit, transaction: TransactionState): UnitContext => {
    const kept = unitContexts.get(u);
    const unitContext = kept ?? {
      unit,
      transaction,
      report: (index: number, input: ReportInput) => reporter.report(index, input),
      get schema() {
        return reporter.schema();
      },
    };
    unitContext.unit = unit;
    unitContext.transaction = transaction;
    markShared(unitContext);
    unitContexts.set(u, unitContext);
    return unitContext;
  };

  const firstUnit = resume ? resume.unit : 0;
  if (!resume) {
    // The rules' file visitors may prepare state for the walk (their findings come from fileFindings).
    for (const active of rules) {
      active.visitor.file?.({
        migration,
        directives,
        statements,
        rollback: context.rollback,
        file: context.file,
        knownRules: RULE_IDS,
        report: () => undefined,
      });
    }
    // A down script in its own file: walk its up script first, reports muted, so rules learn what the up side
    // did exactly as they do for a goose/dbmate up section (drop-column is fine when it undoes an ADD COLUMN).
    if (context.upScript !== undefined && units.every((u) => u.direction === 'down')) {
      walked = withParses(splitStatements(context.upScript).statements);
      muted = true;
      runUnit(-1, {
        tool: migration.tool,
        direction: 'up',
        statements: walked.map((_, i) => i),
        toolTransaction: false,
      });
      walked = statements;
      muted = false;
    }
  }
  // Units run in file order; a down section runs against the schema its up section left.
  for (let u = firstUnit; u < units.length; u++) runUnit(u, units[u], u === firstUnit ? resume : undefined);

  if (incremental) {
    walks.delete(fileKey);
    if (walks.size >= KEPT_WALKS) walks.delete(walks.keys().next().value as string);
    walks.set(fileKey, {
      key,
      context,
      statements: statements.map((s) => ({ text: s.text, start: s.start })),
      units,
      createdByUp,
      upIndexTables,
      rules,
      unitContexts,
      reporter,
      spacing,
      findings: findings.slice(),
      checkpoints,
    });
  }
  return { findings, from: resume?.statement ?? 0 };

  function runUnit(u: number, unit: Unit, from?: Checkpoint): void {
    let state: EngineState;
    if (from) {
      state = copyState(from.state);
      for (const restore of from.rules) restore();
    } else {
      state = {
        schema: u === firstUnit && u >= 0 && !resume ? (context.schema ?? EMPTY_SCHEMA) : schema.snapshot(),
        transaction: { tool: unit.toolTransaction, explicit: false },
        created: new Set<string>(unit.direction === 'down' ? createdByUp : []),
        indexTables: new Map<string, RelationRef>(unit.direction === 'down' ? upIndexTables : []),
        lockTimeoutSet: false,
        lockTimeoutLocal: false,
        segment: -1,
      };
    }
    schema = new SchemaBuilder(state.schema);
    const { transaction, created, indexTables } = state;
    // An index's lock lands on its table: when we know the table, that decides whether it is in use.
    const isPreExisting = (ref: RelationRef): boolean => {
      const table = ref.kind === 'index' ? indexTables.get(ref.key) : undefined;
      return !created.has((table ?? ref).key);
    };
    const unitContext = unitContextOf(u, unit, transaction);
    if (!from) {
      for (const active of rules) {
        current = active;
        active.visitor.unitStart?.(unitContext);
      }
    }
    const segments = unit.segments ?? [];
    for (let position = from ? from.position : 0; position < unit.statements.length; position++) {
      const index = unit.statements[position];
      if (
        u >= 0 &&
        incremental &&
        index % spacing === 0 &&
        index <= lastCheckpoint &&
        !(from && position === from.position)
      ) {
        state.schema = schema.snapshot();
        checkpoints.push({
          unit: u,
          position,
          statement: index,
          findings: findings.length,
          state: copyState(state),
          rules: rules.flatMap((r) => (r.visitor.snapshot ? [r.visitor.snapshot()] : [])),
        });
      }
      const s = walked[index];
      // The tool's own transaction (or the implicit one of a multi-statement query) around this statement.
      const toolAt = toolTransactionAt(unit, index);
      transaction.tool = toolAt === 'tool';
      const here = segmentAt(unit, index);
      const hereIndex = here ? segments.indexOf(here) : -1;
      if (hereIndex !== state.segment) {
        // A new tool transaction (a Liquibase changeset): SET LOCAL of the previous one has ended.
        if (state.segment !== -1 && state.lockTimeoutLocal) state.lockTimeoutSet = state.lockTimeoutLocal = false;
        state.segment = hereIndex;
      }
      if (!s.parse.ok) {
        const { message, start, end } = s.parse;
        for (const active of rules) {
          current = active;
          active.visitor.parseError?.({ index, statement: s, message, start, end, report: (i) => reportOn(index, i) });
        }
        continue;
      }
      const facts = s.facts as StatementFacts;
      const before: TransactionState = { ...transaction };
      const ctx: StatementContext = {
        index,
        statement: s,
        kind: s.parse.kind,
        ast: s.parse.ast,
        facts,
        unit,
        transaction: before,
        inTransaction: before.tool || before.explicit || toolAt === 'implicit',
        lockTimeoutSet: state.lockTimeoutSet,
        pgVersion: settings.pgVersion,
        schema: schema.model,
        isPreExisting,
        report: (input) => reportOn(index, input),
      };
      for (const active of statementRules) {
        current = active;
        (active.visitor.statement as NonNullable<RuleVisitor['statement']>)(ctx);
      }
      // The state the next statement sees.
      schema.apply(s.parse.kind, s.parse.ast);
      if (facts.transaction === 'begin') transaction.explicit = true;
      else if (facts.transaction === 'commit' || facts.transaction === 'rollback' || facts.transaction === 'prepare') {
        transaction.explicit = false;
        // SET LOCAL ends with the explicit transaction (a tool's transaction lasts the whole unit).
        if (state.lockTimeoutLocal && !transaction.tool) state.lockTimeoutSet = state.lockTimeoutLocal = false;
      }
      for (const ref of facts.creates) created.add(ref.key);
      // A table created in this migration and then renamed is still this migration's.
      const renamed =
        s.parse.kind === 'RenameStmt' && s.parse.ast.renameType === 'OBJECT_TABLE' ? s.parse.ast : undefined;
      if (renamed && created.has(relationRef(renamed.relation, 'table')?.key ?? '')) {
        created.add(`${renamed.relation.schemaname ?? 'public'}.${renamed.newname}`);
      }
      if (facts.indexTable) indexTables.set(facts.indexTable.index, facts.indexTable.table);
      // SET LOCAL outside a transaction only draws a warning from PostgreSQL: it sets nothing.
      if (facts.lockTimeout && !(facts.lockTimeoutLocal && !ctx.inTransaction)) {
        state.lockTimeoutSet = facts.lockTimeout === 'set';
        state.lockTimeoutLocal = Boolean(facts.lockTimeoutLocal);
      }
    }
    for (const active of rules) {
      current = active;
      active.visitor.unitEnd?.(unitContext);
    }
  }
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
