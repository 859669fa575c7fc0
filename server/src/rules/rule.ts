// A rule is data (meta) plus a visitor over a file's statements. The engine keeps the state rules share
// (transaction, objects created so far, lock_timeout) so each rule holds only what is its own.
import type { LockMode } from '../facts/locks';
import type { ChangesSoFarView } from './tableChanges';
import type { RelationRef, StatementFacts, TransactionControl } from '../facts/statementFacts';
import type { AstNode } from '../syntax/parse';
import type { Statement } from '../syntax/split';
import type { RollbackStatus } from '../migrations/rollback';
import type { MigrationInfo } from '../migrations/tools';
import type { Unit } from '../migrations/units';
import type { SchemaModel } from '../schema/model';
import type { Directives } from '../syntax/directives';
import type { TrackedCell, TrackedMap, TrackedSet } from '../walk/tracked';

export type Severity = 'error' | 'warning' | 'info';
export type RuleSetting = Severity | 'off';

export interface RuleMeta {
  /** The stable public id: diagnostic code, JSON `rule`, suppression token, config key, docs file name. */
  id: string;
  /** Default severity; `off` rules run only when enabled. A report may lower it for its case, never raise it. */
  severity: RuleSetting;
  /**
   * The catalogue's default severity, when it lists the rule lower than `severity` and raises only some cases
   * (truncate: W, E with CASCADE): what rule metadata (SARIF) shows.
   */
  listedSeverity?: RuleSetting;
  /** One sentence: what the rule flags. */
  summary: string;
  /** The safe way, shown in hovers. */
  safeWay: string;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  /** UTF-16 offsets into the file. */
  start: number;
  end: number;
  lock?: LockMode;
  /** Index into the file's statements, when the finding is about one. */
  statement?: number;
  /**
   * The report it came from. The incremental walk reuses a report unchanged from one analysis to the next, so the
   * editor can reuse what it built from it (internal: not part of any output).
   */
  source?: ReportInput;
}

export interface ReportInput {
  message: string;
  /** A weaker severity for this finding (e.g. "may rewrite" when the old type is unknown); never a stronger one. */
  severity?: Severity;
  lock?: LockMode;
  /** Offsets relative to the statement text; the whole statement when absent. */
  start?: number;
  end?: number;
  /**
   * The rule's mechanical fix would fail here: the editor offers none for this finding, nor the rewrite of its
   * statement as safe migrations (lsp/scaffoldEdits.ts).
   */
  noFix?: boolean;
}

export interface TransactionState {
  /** The migration tool (or `assumeInTransaction`) wraps this unit in a transaction. */
  tool: boolean;
  /** An explicit BEGIN is open. */
  explicit: boolean;
  /**
   * The statement of this migration (COMMIT, ROLLBACK or PREPARE TRANSACTION) that ended the tool's transaction
   * earlier in this segment: the tool's own COMMIT at the segment's end then ends whatever transaction is open.
   */
  toolEndedBy?: TransactionEnd;
}

/** The statements that end a transaction. */
export type TransactionEnd = Extract<TransactionControl, 'commit' | 'rollback' | 'prepare'>;

export interface HeldLock {
  relation: RelationRef;
  /** The statement that took it, e.g. `ALTER TABLE orders ADD COLUMN note`. */
  by: string;
}

/** The AccessExclusiveLocks the open transaction holds on relations that existed before this migration. */
export interface TransactionLocksView {
  /** By relation key, in the order they were taken (the first statement to take each). */
  readonly held: ReadonlyMap<string, HeldLock>;
  /** Where a lock on `ref` lands: an index's lock lands on its table, when this file says which. */
  target(ref: RelationRef): RelationRef;
}

/** The statement a rule is looking at. The object is refilled for the next statement: keep values, not `ctx`. */
export interface StatementContext {
  index: number;
  statement: Statement;
  kind: string;
  ast: AstNode;
  facts: StatementFacts;
  unit: Unit;
  /** The state before this statement ran. */
  transaction: TransactionState;
  inTransaction: boolean;
  /**
   * The tool commits its transaction after this statement and opens another for the next one (the end of a
   * Liquibase changeset): what the transaction held ends here, as at a COMMIT.
   */
  endsToolTransaction: boolean;
  lockTimeoutSet: boolean;
  /** The session's TimeZone is known to be UTC before this statement (set by this unit: unknown at its start). */
  timeZoneUtc: boolean;
  pgVersion: number;
  /**
   * The schema before this statement: earlier migrations of the folder replayed in the tool's order, then this
   * file's earlier statements. Anything missing from it is unknown, not absent. Valid during this call only:
   * keep what you need from it, not the model itself.
   */
  schema: SchemaModel;
  /** The AccessExclusiveLocks held before this statement (those it takes are added after every rule saw it). */
  transactionLocks: TransactionLocksView;
  /** Columns this unit added and what the file's up side changed, before this statement. */
  changesSoFar: ChangesSoFarView;
  /** False when this migration created the relation earlier (then nobody else can be using it yet). */
  isPreExisting(ref: RelationRef): boolean;
  report(input: ReportInput): void;
}

export interface UnitContext {
  unit: Unit;
  /** The schema as the unit leaves it (valid during unitEnd only). */
  schema: SchemaModel;
  /** The state at the end of the unit. */
  transaction: TransactionState;
  /** Report on a statement of the unit. */
  report(statementIndex: number, input: ReportInput): void;
}

export interface ParseErrorContext {
  index: number;
  statement: Statement;
  message: string;
  /** Offsets of the offending token, relative to the statement text. */
  start: number;
  end: number;
  report(input: ReportInput): void;
}

export interface FileContext {
  migration: MigrationInfo;
  /** The file's path, when the analysis knows it. */
  file?: string;
  directives: Directives;
  statements: readonly Statement[];
  knownRules: ReadonlySet<string>;
  /** What the tool's convention says about this file's down/undo script, when known. */
  rollback?: RollbackStatus;
  /** Offsets here are relative to the file. */
  report(input: Required<Pick<ReportInput, 'start' | 'end'>> & ReportInput): void;
}

export interface RuleVisitor {
  /** Once per file, in every analysis (also the editor's incremental ones): keeps no state. */
  file?(ctx: FileContext): void;
  unitStart?(unit: UnitContext): void;
  statement?(ctx: StatementContext): void;
  parseError?(ctx: ParseErrorContext): void;
  unitEnd?(unit: UnitContext): void;
}

/**
 * Where a rule keeps what it remembers from one statement to the next: containers made in `create`, never replaced
 * (clear them instead), holding values that are never changed once stored (replace them). The walk can then see
 * what each statement read and wrote, and look again at an edited file only where that changed (walk/tracked.ts).
 */
export interface RuleState {
  map<K, V>(): TrackedMap<K, V>;
  set<K>(): TrackedSet<K>;
  cell<T>(value: T): TrackedCell<T>;
}

export interface Rule {
  meta: RuleMeta;
  /** A fresh visitor for one analysis; any state it keeps between statements lives in `state`. */
  create(state: RuleState): RuleVisitor;
}
