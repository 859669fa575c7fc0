// The cross-statement pass over one file: every rule sees every statement in order, with the schema and the
// transaction state before it. In the editor it remembers what it saw at each statement (walk/tracked.ts): the
// next analysis of the same file goes back to just before the first statement the edit changed, keeps what was
// found before it, and from there looks again only where something a look read has changed, so an edit in the
// middle of a long migration re-runs the rules on the edited statement and on the statements that read what it
// changed.
//
// Module-level classes rather than closures inside analyze(): V8 then optimises the per-statement step once for
// all analyses instead of again in every call.
import { NameKind, pathMatters, resolvedParse, schemaHas } from '../facts/resolveNames';
import { RelationRef, relationRef, statementFacts, StatementFacts } from '../facts/statementFacts';
import { createdKey, isUnqualified } from '../facts/searchPath';
import { parsedBy } from '../facts/newerSyntax';
import { segmentAt, toolTransactionAt, TransactionSegment, Unit } from '../migrations/units';
import type {
  Finding,
  ReportInput,
  Rule,
  RuleVisitor,
  Severity,
  StatementContext,
  TransactionEnd,
  TransactionLocksView,
  TransactionState,
  UnitContext,
} from '../rules/rule';
import { ChangesSoFar, ChangesSoFarView } from '../rules/tableChanges';
import { TransactionLocks } from '../rules/transactionLocks';
import type { SchemaModel } from '../schema/model';
import { mayBeExistingSequence } from '../rules/ifNotExists';
import { SchemaBuilder } from '../schema/replay';
import type { AstNode, ParseOutcome } from '../syntax/parse';
import type { Statement } from '../syntax/split';
import type { StreamedStatement } from './streamed';
import { EMPTY_TRACE, readBits, Store, Trace, TrackedMap, TrackedSet } from './tracked';

export interface AnalyzedStatement extends Statement {
  parse: ParseOutcome;
  facts?: StatementFacts;
}

export interface ActiveRule {
  rule: Rule;
  severity: Severity;
  visitor: RuleVisitor;
}

/** What a down section starts from: the relations its up side created, and the tables of its indexes. */
export interface UpSideFacts {
  created: ReadonlySet<string>;
  indexTables: ReadonlyMap<string, RelationRef>;
}

/** One rule's look at one statement (or the schema's, `who` = -1): what it read and wrote, and what it reported. */
interface Look {
  who: number;
  trace: Trace;
  /** The containers the trace reads (readBits). */
  reads: number;
  /** Pairs: statement index, report. */
  reports: readonly (number | ReportInput)[] | undefined;
}

/** What the walk saw at one statement. Looks that read, wrote and reported nothing are not kept. */
interface StepMemo {
  parse: ParseOutcome;
  /** The transaction state the rules saw (packed). */
  flags: number;
  looks: Look[];
  /** What the engine's own bookkeeping after the statement read and wrote, and the containers it read. */
  engine: Trace;
  engineReads: number;
}

/**
 * What one analysis of a file remembers for the next one: its steps, per phase (the muted walk over a separate up
 * script, then the file's units), and what the start and end of each unit wrote (in order), valid only while
 * everything else the walk depends on is the same (`signature`).
 */
export interface WalkMemo {
  signature: string;
  phases: (StepMemo | undefined)[][];
  boundaries: Trace[];
}

/** A statement that parsed. */
type ParsedOutcome = ParseOutcome & { ok: true };

const resolvedFacts = new WeakMap<ParsedOutcome, StatementFacts>();

/** The facts of a statement with its names qualified (facts/resolveNames.ts), made once per such statement. */
function factsOfResolved(parse: ParsedOutcome): StatementFacts {
  let facts = resolvedFacts.get(parse);
  if (!facts) resolvedFacts.set(parse, (facts = statementFacts(parse.kind, parse.ast)));
  return facts;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

const NO_SAVEPOINTS: readonly Savepoint[] = [];

/** `TransactionState.toolEndedBy` as a number (its index), for the packed states. */
const TRANSACTION_ENDS: readonly (TransactionEnd | undefined)[] = [undefined, 'commit', 'rollback', 'prepare'];

function weaker(configured: Severity, requested: Severity | undefined): Severity {
  return requested && RANK[requested] < RANK[configured] ? requested : configured;
}

/** A SAVEPOINT of the open transaction, with the settings in force when it was made (ROLLBACK TO restores them). */
interface Savepoint {
  name: string;
  lockTimeoutSet: boolean;
  lockTimeoutLocal: boolean;
  timeZoneUtc: boolean;
  sessionTimeZoneUtc: boolean;
}

/**
 * Where the walk stood before each of its steps (by position in the file's units, in order): lengths of the undo
 * log, of the findings and of the boundary traces, and the unit's transaction state. Arrays of numbers, not an
 * object per step: an edit in the middle of a long file rewrites half of them.
 */
class StepStarts {
  undo: number[] = [];
  findings: number[] = [];
  boundaries: number[] = [];
  /** UnitState.saved() and the unit's transaction segment. */
  states: number[] = [];
  segments: (TransactionSegment | undefined)[] = [];
  savepoints: (readonly Savepoint[])[] = [];

  get length(): number {
    return this.undo.length;
  }

  truncate(length: number): void {
    this.undo.length = this.findings.length = this.boundaries.length = length;
    this.states.length = this.segments.length = this.savepoints.length = length;
  }
}

export class Walk {
  /** The walk's findings, in the order they were reported (kept and cut back when the walk resumes). */
  readonly findings: Finding[] = [];
  /** The rule whose visitor is running (its reports are its findings). */
  current: ActiveRule;
  /** The statements the walk is on: the file's, or (muted) its separate up script's. */
  walked: readonly AnalyzedStatement[];
  muted = false;
  /** The schema before the current statement (the up script's own, during the muted walk). */
  schema: SchemaBuilder;
  /** The AccessExclusiveLocks the open transaction holds (indexes' tables are remembered across units). */
  readonly locks: TransactionLocks;
  /** Relations the current unit created, and the tables of the indexes it knows. */
  readonly created: TrackedSet<string>;
  readonly indexTables: TrackedMap<string, RelationRef>;
  /** The schemas of the last `SET search_path` (one key, ''): where an unqualified name is created and found. */
  readonly searchPath: TrackedMap<string, readonly string[]>;
  /** A one-off walk (nothing to replay) has seen a `SET search_path`: until then no name needs looking up in it. */
  searchPathSeen = false;
  /** Columns the current unit added, and what the file's up side changed (rules see it as ctx.changesSoFar). */
  readonly changesSoFar: ChangesSoFar;
  /** The hot loop runs only the rules that look at statements. */
  readonly statementRules: ActiveRule[];
  /** Reports of the look being recorded (pairs: index, report), when one is. */
  private lookReports: (number | ReportInput)[] | undefined;
  private recordingReports = false;
  private phase = 0;
  memo: WalkMemo;
  /** Rule and schema looks reused from the previous analysis, and looks taken (again). */
  counts = { reused: 0, looked: 0 };
  /** For resuming (see resume): the file's units, their states, where each step began, the statements seen. */
  private units: readonly Unit[] = [];
  private readonly unitStates: UnitState[] = [];
  private readonly stepStarts = new StepStarts();
  /** The statement indexes of all units, in walk order. */
  private order: number[] = [];
  private seen: readonly AnalyzedStatement[] = [];

  constructor(
    readonly rules: ActiveRule[],
    readonly pgVersion: number,
    statements: readonly AnalyzedStatement[],
    private readonly store: Store,
    private readonly mainSchema: SchemaBuilder,
    private readonly upScriptSchema: SchemaBuilder | undefined,
    /** The previous analysis' memo, when it is valid for this one. */
    private previous: WalkMemo | undefined,
    /** Whether to remember steps for the next analysis (the editor does; a one-off lint does not). */
    readonly remember: boolean,
    readonly signature: string,
  ) {
    this.current = rules[0];
    this.walked = statements;
    this.schema = mainSchema;
    this.locks = new TransactionLocks(store, mainSchema.base.indexes);
    this.created = store.set();
    this.indexTables = store.map();
    this.searchPath = store.map();
    this.changesSoFar = new ChangesSoFar(store);
    this.statementRules = rules.filter((r) => r.visitor.statement);
    this.memo = { signature, phases: [[], []], boundaries: [] };
    if (remember) store.undo = [];
  }

  /** The file's units, in order (the main walk, after any muted walk of an up script). */
  walkUnits(units: readonly Unit[], upSide: UpSideFacts, from = 0): void {
    if (units !== this.units) this.order = units.flatMap((u) => u.statements);
    this.units = units;
    this.phase = 1;
    let position = 0;
    for (let u = 0; u < units.length; u++) {
      const unit = units[u];
      const count = unit.statements.length;
      if (position + count <= from && from > 0) {
        position += count;
        continue;
      }
      let state = this.unitStates[u];
      const resuming = from >= position && from < position + count && from > 0 && state !== undefined;
      let first = 0;
      if (resuming) {
        first = from - position;
        state.restore(this.stepStarts.states[from], this.stepStarts.segments[from], this.stepStarts.savepoints[from]);
      } else {
        state = new UnitState(this, unit);
        this.unitStates[u] = state;
        this.startUnit(state, unit, upSide);
      }
      for (let i = first; i < count; i++) {
        if (this.remember) {
          const starts = this.stepStarts;
          const p = position + i;
          starts.undo[p] = this.store.undo?.length ?? 0;
          starts.findings[p] = this.findings.length;
          starts.boundaries[p] = this.memo.boundaries.length;
          starts.states[p] = state.saved();
          starts.segments[p] = state.segment;
          starts.savepoints[p] = state.savepoints;
        }
        state.step(unit.statements[i], unit.statements[i + 1]);
        if (!this.remember) this.letGo(unit.statements[i]);
      }
      this.endUnit(state);
      position += count;
    }
    this.stepStarts.truncate(position);
    this.seen = this.walked;
    if (this.remember) this.store.compact();
  }

  /**
   * Analyses a new version of the file this walk last analysed (same signature, no separate up script): goes back
   * to the state before the first statement that changed (or moved), keeps everything found before it, and walks
   * on from there, looking again only where what a look read has changed. False when it cannot resume.
   */
  resume(statements: readonly AnalyzedStatement[], upSide: UpSideFacts): boolean {
    if (!this.remember || this.upScriptSchema || this.stepStarts.length === 0 || this.units.length === 0) return false;
    const order = this.order;
    if (order.length !== this.stepStarts.length) return false;
    let from = 0;
    while (from < order.length) {
      const now = statements[order[from]];
      const before = this.seen[order[from]];
      if (!now || !before || now.parse !== before.parse || now.start !== before.start) break;
      from++;
    }
    // A change in the first statement: walking from scratch (replaying what it can) is as quick.
    if (from === 0) return false;
    this.counts = { reused: 0, looked: 0 };
    this.walked = statements;
    if (from === order.length) {
      // Nothing the walk sees has changed or moved: all it found stands.
      this.seen = statements;
      return true;
    }
    const starts = this.stepStarts;
    this.store.rollback(starts.undo[from]);
    this.store.converged();
    this.findings.length = starts.findings[from];
    this.previous = this.memo;
    this.memo = {
      signature: this.signature,
      phases: [[], this.memo.phases[1].slice()],
      boundaries: this.memo.boundaries.slice(0, starts.boundaries[from]),
    };
    this.walkUnits(this.units, upSide, from);
    return true;
  }

  /** The muted walk over a down script's separate up script, so rules learn what the up side did. */
  walkUpScript(statements: readonly AnalyzedStatement[], unit: Unit, upSide: UpSideFacts): void {
    const main = this.walked;
    this.walked = statements;
    this.muted = true;
    this.schema = this.upScriptSchema ?? this.schema;
    this.phase = 0;
    this.runUnit(unit, upSide);
    this.walked = main;
    this.muted = false;
    this.schema = this.mainSchema;
    this.phase = 1;
  }

  /**
   * Whether a relation of this key exists before the current statement (the schema's or this unit's); `among`: a
   * domain or enum, or a function, of this key.
   */
  readonly exists = (key: string, among?: NameKind): boolean =>
    schemaHas(this.schema.model, key, among) ||
    (among === undefined && (this.created.has(key) || this.indexTables.has(key)));

  /** A one-off walk is done with a statement: a streamed one lets its syntax tree go (walk/streamed.ts). */
  private letGo(index: number): void {
    (this.walked[index] as Partial<StreamedStatement>).release?.();
  }

  reportOn(index: number, input: ReportInput): void {
    if (this.recordingReports) (this.lookReports ??= []).push(index, input);
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
      source: input,
    });
  }

  /** The muted walk's one unit. */
  private runUnit(unit: Unit, upSide: UpSideFacts): void {
    const state = new UnitState(this, unit);
    this.startUnit(state, unit, upSide);
    unit.statements.forEach((index, i) => {
      state.step(index, unit.statements[i + 1]);
      if (!this.remember) this.letGo(index);
    });
    this.endUnit(state);
  }

  /** The end of a transaction: a SET LOCAL search path gives way to the session's. */
  endLocalSearchPath(): void {
    const session = this.searchPath.get('session');
    if (this.searchPath.get('') !== session) {
      if (session) this.searchPath.set('', session);
      else this.searchPath.delete('');
    }
  }

  private startUnit(state: UnitState, unit: Unit, upSide: UpSideFacts): void {
    this.boundary(() => {
      this.locks.reset();
      if (this.searchPathSeen || this.remember) this.endLocalSearchPath();
      this.created.clear();
      this.indexTables.clear();
      this.changesSoFar.unitStart(unit.direction, this.muted);
      if (unit.direction === 'down') {
        for (const key of upSide.created) this.created.add(key);
        for (const [index, table] of upSide.indexTables) this.indexTables.set(index, table);
      }
      for (const active of this.rules) {
        this.current = active;
        active.visitor.unitStart?.(state.unitContext);
      }
    });
  }

  private endUnit(state: UnitState): void {
    this.boundary(() => {
      for (const active of this.rules) {
        this.current = active;
        active.visitor.unitEnd?.(state.unitContext);
      }
    });
  }

  /**
   * The start or end of a unit: always run (rules report there, from all they gathered), but what it writes is
   * compared with last time's, so reads after it are checked where it wrote something else.
   */
  private boundary(run: () => void): void {
    const k = this.memo.boundaries.length;
    this.memo.boundaries.push(this.compared(this.previous?.boundaries[k], run));
  }

  /**
   * The engine's bookkeeping after a statement (`update`, which only writes tracked state). For the same statement
   * in the same transaction state as last time (`sameStep`), last time's is replayed when what it read is
   * unchanged, like a rule's look; otherwise it runs, recorded, and what it wrote is compared with last time's.
   */
  afterStatement(index: number, sameStep: boolean, update: () => void): void {
    const before = this.previous?.phases[this.phase][index];
    if (sameStep && before && this.store.replay(before.engine, before.engineReads)) return;
    this.store.begin();
    let trace = EMPTY_TRACE;
    try {
      update();
    } finally {
      trace = this.store.end();
    }
    if (this.previous) this.store.retook(before?.engine ?? EMPTY_TRACE, trace);
    // (The step may be last time's, reused: compared above, before it is overwritten.)
    const step = this.memo.phases[this.phase][index];
    if (step) {
      step.engine = trace;
      step.engineReads = readBits(trace);
    }
  }

  /** Runs `run`; when remembering, records its writes and compares them with `before` (last time's). */
  private compared(before: Trace | undefined, run: () => void): Trace {
    if (!this.remember) {
      run();
      return EMPTY_TRACE;
    }
    this.store.begin(false);
    let trace = EMPTY_TRACE;
    try {
      run();
    } finally {
      trace = this.store.end();
    }
    if (this.previous) this.store.retook(before ?? EMPTY_TRACE, trace);
    return trace;
  }

  /** A statement that does not parse now: nothing looks at it, so what it wrote last time, if it parsed, differs. */
  unparsed(index: number): void {
    if (this.remember) this.memo.phases[this.phase][index] = undefined;
    const before = this.previous?.phases[this.phase][index];
    if (!before) return;
    for (const look of before.looks) this.store.retook(look.trace, EMPTY_TRACE);
    this.store.retook(before.engine, EMPTY_TRACE);
  }

  /**
   * Lets every rule (then the schema) look at the statement in `ctx`, again only where its inputs changed. True when
   * it is the same statement in the same transaction state as last time.
   */
  lookAt(ctx: WalkStatementContext, parse: ParsedOutcome, flags: number): boolean {
    const before = this.previous?.phases[this.phase][ctx.index];
    if (before && before.parse === parse && before.flags === flags) {
      // Last time's looks, each reused when what it read is unchanged; a new list only once one is taken again.
      let looks: Look[] | undefined;
      for (let k = 0; k < before.looks.length; k++) {
        const look = before.looks[k];
        if (look.who >= 0) this.current = this.statementRules[look.who];
        if (this.store.replay(look.trace, look.reads)) {
          this.counts.reused++;
          const reports = look.reports;
          if (reports)
            for (let i = 0; i < reports.length; i += 2)
              this.reportOn(reports[i] as number, reports[i + 1] as ReportInput);
          looks?.push(look);
          continue;
        }
        looks ??= before.looks.slice(0, k);
        const again = look.who >= 0 ? this.ruleLook(look.who, ctx) : this.schemaLook(ctx, parse);
        this.store.retook(look.trace, again?.trace ?? EMPTY_TRACE);
        if (again) looks.push(again);
      }
      this.memo.phases[this.phase][ctx.index] = looks
        ? { parse, flags, looks, engine: before.engine, engineReads: before.engineReads }
        : before;
      return true;
    }
    if (!this.remember) {
      for (const active of this.statementRules) {
        this.current = active;
        (active.visitor.statement as NonNullable<RuleVisitor['statement']>)(ctx);
      }
      this.locks.beforeReplay(ctx);
      this.schema.apply(parse.kind, parse.ast);
      return false;
    }
    // Everything again: every rule, then the schema (the rules look at the schema before the statement).
    const looks: Look[] = [];
    for (let who = 0; who <= this.statementRules.length; who++) {
      const schema = who === this.statementRules.length;
      const look = schema ? this.schemaLook(ctx, parse) : this.ruleLook(who, ctx);
      if (this.previous) {
        const last = before?.looks.find((l) => l.who === (schema ? -1 : who));
        this.store.retook(last?.trace ?? EMPTY_TRACE, look?.trace ?? EMPTY_TRACE);
      }
      if (look) looks.push(look);
    }
    this.memo.phases[this.phase][ctx.index] = { parse, flags, looks, engine: EMPTY_TRACE, engineReads: 0 };
    return false;
  }

  private ruleLook(who: number, ctx: WalkStatementContext): Look | undefined {
    this.counts.looked++;
    const active = this.statementRules[who];
    this.current = active;
    this.recordingReports = true;
    this.lookReports = undefined;
    this.store.begin();
    try {
      (active.visitor.statement as NonNullable<RuleVisitor['statement']>)(ctx);
    } finally {
      this.recordingReports = false;
    }
    const trace = this.store.end();
    const reports = this.lookReports;
    this.lookReports = undefined;
    return trace.length > 0 || reports ? { who, trace, reads: readBits(trace), reports } : undefined;
  }

  /** The schema takes the statement in (first, the locks only the schema before it knows of are noted). */
  private schemaLook(ctx: WalkStatementContext, parse: ParsedOutcome): Look | undefined {
    this.counts.looked++;
    this.store.begin();
    this.locks.beforeReplay(ctx);
    this.schema.apply(parse.kind, parse.ast);
    const trace = this.store.end();
    return trace.length > 0 ? { who: -1, trace, reads: readBits(trace), reports: undefined } : undefined;
  }
}

/** The state rules share within one unit (transaction, lock_timeout), statement by statement. */
class UnitState {
  readonly transaction: TransactionState;
  readonly unitContext: UnitContext;
  private lockTimeoutSet = false;
  private lockTimeoutLocal = false;
  /** Whether a lock_timeout was in force at the explicit BEGIN: a ROLLBACK undoes the SETs made since. */
  private lockTimeoutAtBegin = false;
  /**
   * The session's TimeZone is known to be UTC: in force, the session's own (what a SET LOCAL gives way to), and
   * the session's at the explicit BEGIN. Each unit starts unknown: a tool runs each migration in a session of its
   * own, and one set outside the migration (PGOPTIONS, ALTER DATABASE ... SET) is not seen.
   */
  private timeZoneUtc = false;
  private sessionTimeZoneUtc = false;
  private timeZoneUtcAtBegin = false;
  segment: TransactionSegment | undefined;
  /** The open transaction's savepoints, oldest first (never changed in place: saved per step for resuming). */
  savepoints: readonly Savepoint[] = NO_SAVEPOINTS;
  /**
   * One context for the unit, refilled for each statement (rules keep what they need from it, never ctx itself):
   * a walk over thousands of statements allocates nothing per statement for its rules.
   */
  private readonly ctx: WalkStatementContext;

  constructor(
    private readonly walk: Walk,
    private readonly unit: Unit,
  ) {
    this.transaction = { tool: unit.toolTransaction, explicit: false };
    this.unitContext = new WalkUnitContext(walk, unit, this.transaction);
    this.ctx = new WalkStatementContext(
      walk,
      unit,
      walk.walked[0],
      walk.pgVersion,
      walk.schema.model,
      walk.locks,
      walk.changesSoFar,
    );
  }

  /**
   * A COMMIT (or ROLLBACK) ended the transaction of a tool that runs statements one at a time (goose, Flyway,
   * Liquibase): the rest of its segment runs outside any, until the next segment.
   */
  private get toolEnded(): boolean {
    return this.transaction.toolEndedBy !== undefined && this.segment?.singleQuery === false;
  }

  /** The transaction state between two statements (with `segment`), packed: to resume from there. */
  saved(): number {
    return (
      (this.transaction.explicit ? 1 : 0) |
      (this.lockTimeoutSet ? 2 : 0) |
      (this.lockTimeoutLocal ? 4 : 0) |
      (TRANSACTION_ENDS.indexOf(this.transaction.toolEndedBy) << 8) |
      (this.lockTimeoutAtBegin ? 16 : 0) |
      (this.timeZoneUtc ? 32 : 0) |
      (this.sessionTimeZoneUtc ? 64 : 0) |
      (this.timeZoneUtcAtBegin ? 128 : 0)
    );
  }

  restore(saved: number, segment: TransactionSegment | undefined, savepoints: readonly Savepoint[]): void {
    this.savepoints = savepoints;
    this.transaction.explicit = (saved & 1) !== 0;
    this.lockTimeoutSet = (saved & 2) !== 0;
    this.lockTimeoutLocal = (saved & 4) !== 0;
    this.transaction.toolEndedBy = TRANSACTION_ENDS[(saved >> 8) & 3];
    this.lockTimeoutAtBegin = (saved & 16) !== 0;
    this.timeZoneUtc = (saved & 32) !== 0;
    this.sessionTimeZoneUtc = (saved & 64) !== 0;
    this.timeZoneUtcAtBegin = (saved & 128) !== 0;
    this.segment = segment;
  }

  /** Statement `index` of the unit; `next`: the one after it in the unit, if any. */
  step(index: number, next: number | undefined): void {
    const walk = this.walk;
    const unit = this.unit;
    const s = walk.walked[index];
    const here = segmentAt(unit, index);
    if (here !== this.segment) {
      // A new tool transaction (a Liquibase changeset, after a DO block's own): SET LOCAL of the previous one has
      // ended, unless an explicit transaction goes on around both.
      if (this.segment && this.lockTimeoutLocal && !this.transaction.explicit)
        this.lockTimeoutSet = this.lockTimeoutLocal = false;
      if (this.segment && !this.transaction.explicit) this.timeZoneUtc = this.sessionTimeZoneUtc;
      if (!this.transaction.explicit) this.savepoints = NO_SAVEPOINTS;
      this.segment = here;
      this.transaction.toolEndedBy = undefined;
    }
    // The tool's own transaction (or the implicit one of a multi-statement query) around this statement.
    const toolAt = toolTransactionAt(unit, index);
    const transaction = this.transaction;
    transaction.tool = toolAt === 'tool' && !this.toolEnded;
    // Grammar newer than pgVersion fails there as PostgreSQL's own syntax error does (facts/newerSyntax.ts).
    const parsed = s.parse;
    const written = parsed.ok ? parsedBy(walk.pgVersion, parsed, s.text) : parsed;
    if (!written.ok) {
      walk.unparsed(index);
      const { message, start, end } = written;
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
    let parse: ParsedOutcome = written;
    let facts = s.facts as StatementFacts;
    // Under a search path of its own, the statement's unqualified names are qualified where PostgreSQL finds them.
    const path = walk.remember || walk.searchPathSeen ? walk.searchPath.get('') : undefined;
    if (pathMatters(path)) {
      const qualified = resolvedParse(parse, path, walk.exists);
      if (qualified !== parse) {
        parse = qualified;
        facts = factsOfResolved(qualified);
      }
    }
    const ctx = this.ctx;
    const before = ctx.transaction;
    before.tool = transaction.tool;
    before.explicit = transaction.explicit;
    before.toolEndedBy = transaction.toolEndedBy;
    ctx.index = index;
    ctx.statement = s;
    ctx.kind = parse.kind;
    ctx.ast = parse.ast;
    ctx.facts = facts;
    ctx.inTransaction = before.tool || before.explicit || toolAt === 'implicit';
    ctx.endsToolTransaction =
      next !== undefined &&
      segmentAt(unit, next) !== here &&
      (before.tool || (toolAt === 'implicit' && !before.explicit));
    ctx.lockTimeoutSet = this.lockTimeoutSet;
    ctx.timeZoneUtc = this.timeZoneUtc;
    ctx.schema = walk.schema.model;
    const flags =
      (before.tool ? 1 : 0) |
      (before.explicit ? 2 : 0) |
      (ctx.inTransaction ? 4 : 0) |
      (ctx.lockTimeoutSet ? 8 : 0) |
      (toolAt === 'implicit' ? 16 : 0) |
      (ctx.endsToolTransaction ? 32 : 0) |
      (ctx.timeZoneUtc ? 64 : 0) |
      (TRANSACTION_ENDS.indexOf(before.toolEndedBy) << 7);
    const sameStep = walk.lookAt(ctx, parse, flags);
    if (walk.remember) walk.afterStatement(index, sameStep, () => this.afterTracked(ctx, facts, parse));
    else this.afterTracked(ctx, facts, parse);
    this.afterTransaction(ctx, facts);
  }

  /** The engine's tracked state the next statement sees: held locks, changes so far, relations created. */
  private afterTracked(ctx: WalkStatementContext, facts: StatementFacts, parse: ParsedOutcome): void {
    const walk = this.walk;
    walk.locks.after(ctx);
    walk.changesSoFar.after(ctx, walk.schema.base);
    const created = walk.created;
    // CREATE TABLE (or MATERIALIZED VIEW) IF NOT EXISTS of one the earlier migrations made does nothing: it is
    // still theirs. So does one in a DO block (`IF NOT EXISTS (...) THEN CREATE TABLE`, or an EXCEPTION WHEN
    // duplicate_table handler): guarded, or it would fail.
    const noop =
      (parse.ast.if_not_exists === true || ctx.statement.block !== undefined) &&
      (parse.kind === 'CreateStmt' || parse.kind === 'CreateTableAsStmt');
    const base = walk.schema.base;
    for (const ref of facts.creates) {
      if (noop && (base.tables.has(ref.key) || base.views.has(ref.key))) continue;
      if (mayBeExistingSequence(parse.kind, parse.ast, ctx.statement.block !== undefined)) continue;
      // Under `SET search_path TO app, ...` an unqualified name is created in app.
      created.add(isUnqualified(ref) ? createdKey(ref, walk.searchPath.get('')) : ref.key);
    }
    // The search path in force (key ''), and the session's (key 'session'), which a SET LOCAL one gives way to when
    // its transaction ends. SET LOCAL outside a transaction sets nothing.
    if (facts.searchPath && !(facts.searchPathLocal && !ctx.inTransaction)) {
      walk.searchPath.set('', facts.searchPath);
      if (!facts.searchPathLocal) walk.searchPath.set('session', facts.searchPath);
      walk.searchPathSeen = true;
    } else if (walk.searchPathSeen || walk.remember) {
      const t = facts.transaction;
      if (t === 'commit' || t === 'rollback' || t === 'prepare' || ctx.endsToolTransaction) walk.endLocalSearchPath();
    }
    // A table created in this migration and then renamed (or moved to another schema) is still this migration's,
    // and so are its indexes, which move with it.
    const renamed = facts.renamesTable;
    if (renamed && created.has(renamed.from)) {
      created.add(renamed.to);
      const schema = renamed.to.slice(0, renamed.to.indexOf('.'));
      if (schema !== renamed.from.slice(0, renamed.from.indexOf('.'))) {
        const moved: [string, RelationRef][] = [];
        walk.indexTables.forEach((table, index) => {
          if (table.key === renamed.from) moved.push([`${schema}.${index.slice(index.indexOf('.') + 1)}`, table]);
        });
        for (const [index, table] of moved) walk.indexTables.set(index, table);
      }
    } else if (renamed && created.has(renamed.to)) {
      // A relation it did not create takes a name it had made (and dropped): a down section renaming the table
      // back where the up side left a compatibility view. That name is the table in use again.
      created.delete(renamed.to);
    }
    // ALTER SCHEMA ... RENAME TO: what this migration created there is still its own, under the new schema.
    if (parse.kind === 'RenameStmt' && parse.ast.renameType === 'OBJECT_SCHEMA') {
      const { subname: from, newname: to } = parse.ast;
      const moved = [...created].filter((key) => key.slice(0, key.indexOf('.')) === from);
      for (const key of moved) created.add(`${to}${key.slice(key.indexOf('.'))}`);
    }
    for (const created of facts.createsIndexes ?? []) walk.indexTables.set(created.index, created.table);
    const renamedIndex = facts.renamesIndex;
    const indexTable = renamedIndex && walk.indexTables.get(renamedIndex.from);
    if (indexTable) walk.indexTables.set((renamedIndex as { to: string }).to, indexTable);
  }

  /**
   * SAVEPOINT, ROLLBACK TO SAVEPOINT, RELEASE SAVEPOINT: a rollback to a savepoint undoes the SETs made since, even
   * SET LOCAL and plain SET (verified on PostgreSQL 15: lock_timeout is back to what it was at the savepoint), and
   * keeps the savepoint; a release keeps the settings and drops it. Both drop the savepoints made after it.
   */
  private savepoint(control: 'savepoint' | 'rollback-to' | 'release', ctx: WalkStatementContext): void {
    const name: unknown = ctx.ast.savepoint_name;
    if (typeof name !== 'string' || !ctx.inTransaction) return;
    if (control === 'savepoint') {
      const { lockTimeoutSet, lockTimeoutLocal, timeZoneUtc, sessionTimeZoneUtc } = this;
      this.savepoints = [
        ...this.savepoints,
        { name, lockTimeoutSet, lockTimeoutLocal, timeZoneUtc, sessionTimeZoneUtc },
      ];
      return;
    }
    const at = this.savepoints.map((p) => p.name).lastIndexOf(name);
    if (at < 0) return; // PostgreSQL refuses: the transaction is aborted, which Sluice does not follow
    if (control === 'release') {
      this.savepoints = this.savepoints.slice(0, at);
      return;
    }
    const made = this.savepoints[at];
    this.lockTimeoutSet = made.lockTimeoutSet;
    this.lockTimeoutLocal = made.lockTimeoutLocal;
    this.timeZoneUtc = made.timeZoneUtc;
    this.sessionTimeZoneUtc = made.sessionTimeZoneUtc;
    this.savepoints = this.savepoints.slice(0, at + 1);
  }

  /** The transaction state the next statement sees (the unit's own fields, saved per step for resuming). */
  private afterTransaction(ctx: WalkStatementContext, facts: StatementFacts): void {
    const transaction = this.transaction;
    if (facts.transaction === 'savepoint' || facts.transaction === 'rollback-to' || facts.transaction === 'release') {
      this.savepoint(facts.transaction, ctx);
    } else if (facts.transaction === 'begin') {
      if (!transaction.explicit) this.lockTimeoutAtBegin = this.lockTimeoutSet && !this.lockTimeoutLocal;
      if (!transaction.explicit) this.timeZoneUtcAtBegin = this.sessionTimeZoneUtc;
      transaction.explicit = true;
    } else if (facts.transaction === 'commit' || facts.transaction === 'rollback' || facts.transaction === 'prepare') {
      this.savepoints = NO_SAVEPOINTS;
      // ROLLBACK of an explicit transaction undoes its SETs too: back to what was in force at BEGIN.
      if (facts.transaction === 'rollback' && transaction.explicit) {
        this.lockTimeoutSet = this.lockTimeoutAtBegin;
        this.lockTimeoutLocal = false;
        this.timeZoneUtc = this.sessionTimeZoneUtc = this.timeZoneUtcAtBegin;
      }
      // Ending the tool's own transaction (also after a BEGIN inside it, which PostgreSQL ignored): a tool that runs
      // statements one at a time runs the rest outside any (a multi-statement query goes on in a new implicit one).
      if (transaction.tool && !facts.chain) transaction.toolEndedBy ??= facts.transaction;
      // AND CHAIN starts the next transaction at once (only from inside one: PostgreSQL refuses it outside).
      transaction.explicit = Boolean(facts.chain) && transaction.explicit;
      // SET LOCAL ends with the transaction: an explicit one, or the tool's that this COMMIT ended (otherwise the
      // tool's lasts the whole segment).
      if (this.lockTimeoutLocal && (!transaction.tool || this.toolEnded))
        this.lockTimeoutSet = this.lockTimeoutLocal = false;
      if (!transaction.tool || this.toolEnded) this.timeZoneUtc = this.sessionTimeZoneUtc;
    }
    // SET LOCAL outside a transaction only draws a warning from PostgreSQL: it sets nothing.
    if (facts.lockTimeout && !(facts.lockTimeoutLocal && !ctx.inTransaction)) {
      this.lockTimeoutSet = facts.lockTimeout === 'set';
      this.lockTimeoutLocal = Boolean(facts.lockTimeoutLocal);
    }
    if (facts.timeZoneUtc !== undefined && !(facts.timeZoneLocal && !ctx.inTransaction)) {
      this.timeZoneUtc = facts.timeZoneUtc;
      if (!facts.timeZoneLocal) this.sessionTimeZoneUtc = facts.timeZoneUtc;
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
  endsToolTransaction = false;
  lockTimeoutSet = false;
  timeZoneUtc = false;
  readonly transactionLocks: TransactionLocksView;
  readonly changesSoFar: ChangesSoFarView;

  constructor(
    private readonly walk: Walk,
    readonly unit: Unit,
    public statement: Statement,
    readonly pgVersion: number,
    public schema: SchemaModel,
    transactionLocks: TransactionLocks,
    changesSoFar: ChangesSoFar,
  ) {
    this.transactionLocks = transactionLocks;
    this.changesSoFar = changesSoFar;
  }

  /** False when this unit created the relation earlier; an index's lock lands on its table, when known. */
  isPreExisting(ref: RelationRef): boolean {
    const table = ref.kind === 'index' ? this.walk.indexTables.get(ref.key) : undefined;
    const created = this.walk.created;
    const key = (table ?? ref).key;
    if (created.has(key)) return false;
    if (this.ast.missing_ok === true && this.skippedIfExists(ref)) return false;
    if (table) return true;
    // An unqualified name may be found in any schema of the search path the migration set. (A remembered walk
    // reads the path even when none was set: the read is what makes an edit that sets one look again.)
    if (!this.walk.remember && !this.walk.searchPathSeen) return true;
    const path = this.walk.searchPath.get('');
    if (path === undefined || !isUnqualified(ref)) return true;
    for (const schema of path) if (created.has(`${schema}.${ref.written}`)) return false;
    return true;
  }

  /**
   * `DROP ... IF EXISTS` of a relation, or `ALTER TABLE IF EXISTS` of a table, known to be absent (dropped or
   * renamed away by an earlier migration or statement, or never made in a schema the history holds whole:
   * SchemaBuilder.isKnownAbsent): PostgreSQL only notes that it is missing and takes no lock. Anywhere else the
   * relation may be there. Asked against the schema before the statement (the rules' looks,
   * TransactionLocks.beforeReplay): once the schema took the statement in, the relation it dropped would look gone.
   */
  private skippedIfExists(ref: RelationRef): boolean {
    const known = this.walk.schema;
    if (this.kind === 'DropStmt') return known.isKnownAbsent(ref.key);
    // ALTER TABLE / RENAME / SET SCHEMA IF EXISTS: the whole statement is skipped when its table is missing.
    const target = relationRef(this.ast.relation, 'table');
    return target !== undefined && known.isKnownAbsent(target.key);
  }

  report(input: ReportInput): void {
    this.walk.reportOn(this.index, input);
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
