// A unit is what the migration tool runs as one piece: a whole file, or one up/down section of it (goose, dbmate,
// node-pg-migrate; for sql-migrate, all the file's sections of one direction). Transaction state and "created in
// this migration" are tracked per unit. Inside a unit, segments say where the tool's own transactions begin and end
// (one per Liquibase changeset; Supabase runs some statements outside its batch; a DO block outside a transaction
// is one of its own, and so is what goose or sql-migrate sends as one query of several statements: a
// StatementBegin/End block, or statements with no line ending in `;` between them). Which tools wrap what, and why,
// is documented in transactions.ts.
import type { Directives, SectionMarker } from '../syntax/directives';
import type { Statement } from '../syntax/split';
import { hasuraNoTransaction } from './hasura';
import type { MigrationTool } from './tools';
import { flywayNonTransactional, supabaseStandalone, ToolTransactionSettings } from './transactions';

export interface Unit {
  tool: MigrationTool | null;
  direction: 'up' | 'down';
  /** Indexes into the file's statements. */
  statements: number[];
  /**
   * The tool runs this unit inside a transaction it opens itself (or the configuration says so): true when every
   * segment runs in one. Where segments differ, ask `toolTransactionAt` per statement.
   */
  toolTransaction: boolean;
  /**
   * Why toolTransaction is what it is, as a clause for messages ("sqlx runs each migration in a transaction
   * (no `-- no-transaction` first line)"): the first segment's. Always set by splitUnits.
   */
  transactionReason?: string;
  /**
   * Where the tool's transactions begin and end inside the unit, in order: one segment for most tools, one per
   * Liquibase changeset (each commits on its own; relations created carry over, as the catalogue counts them per
   * file), and for the Supabase CLI a segment of its own for each statement it runs outside its batch
   * transaction. Always set by splitUnits; together they cover `statements`.
   */
  segments?: TransactionSegment[];
}

export interface TransactionSegment {
  /** A run of the unit's statements (indexes into the file's statements). */
  statements: number[];
  /** The tool runs this run inside a transaction it opens itself (or the configuration says so). */
  toolTransaction: boolean;
  /**
   * The tool hands the run to PostgreSQL as one multi-statement query, which PostgreSQL executes as one implicit
   * transaction when it holds more than one statement (golang-migrate, dbmate, sqlx, Diesel, Hasura, Prisma;
   * Liquibase `splitStatements:false`; a goose query: a StatementBegin/End block, statements sharing a line):
   * CONCURRENTLY and VACUUM fail there although no BEGIN was sent.
   */
  singleQuery: boolean;
  /** Why, as a clause for messages. */
  reason: string;
  /** How many of `statements` are statements of DO blocks (they run inside their DO statement, not beside it). */
  blockStatements?: number;
  /** Liquibase: the changeset (`author:id`). */
  changeset?: string;
  /** Liquibase: the changeset has a `--rollback`. */
  hasRollback?: boolean;
  /** Liquibase: the changeset does not run on PostgreSQL (`dbms:` leaves it out, or `ignore:true`). */
  skipped?: boolean;
}

const SKIPPED = 'Liquibase runs none of the changesets of this file on PostgreSQL (`dbms:`, `ignore:true`)';

export interface UnitOptions {
  tool: MigrationTool | null;
  /** Direction of the whole file when the tool keeps down scripts in separate files. */
  fileDirection: 'up' | 'down';
  assumeInTransaction: boolean;
  /** What files beside the migration say (`toolTransactionSettings(file, tool, view)`); omitted: tool defaults. */
  settings?: ToolTransactionSettings;
  /** The file's text the statements come from: goose ends a query only at a line ending with `;`. */
  text?: string;
  /** The PostgreSQL major version the migration runs on (Flyway decides some statements by it); default 18. */
  pgVersion?: number;
}

/** How statement `index` of `unit` runs with respect to transactions the tool (or the protocol) opens. */
export type ToolTransactionAt =
  /** inside the transaction the tool opened (or `assumeInTransaction`) */
  | 'tool'
  /** inside the implicit transaction PostgreSQL gives a multi-statement query */
  | 'implicit'
  /** in no transaction of the tool's making (an explicit BEGIN is the engine's business) */
  | 'none';

/** The segment of `unit` holding statement `index`. */
export function segmentAt(unit: Unit, index: number): TransactionSegment | undefined {
  if (!unit.segments) return undefined;
  // Looked up for every statement: index the segments once per unit (by statement index).
  let byStatement = segmentIndex.get(unit);
  if (!byStatement) {
    byStatement = [];
    for (const segment of unit.segments) for (const i of segment.statements) byStatement[i] = segment;
    segmentIndex.set(unit, byStatement);
  }
  return byStatement[index];
}

const segmentIndex = new WeakMap<Unit, TransactionSegment[]>();

/**
 * The transaction the tool has open around one statement of a unit. `CONCURRENTLY`/`VACUUM` fail under both
 * 'tool' and 'implicit'; a BEGIN nests only under 'tool' (under 'implicit' it turns the implicit block into an
 * explicit one). A new segment starts a new tool transaction (Liquibase changesets, Supabase batches).
 */
export function toolTransactionAt(unit: Unit, index: number): ToolTransactionAt {
  const segment = segmentAt(unit, index);
  if (!segment) return unit.toolTransaction ? 'tool' : 'none';
  if (segment.toolTransaction) return 'tool';
  return segment.singleQuery && segment.statements.length - (segment.blockStatements ?? 0) > 1 ? 'implicit' : 'none';
}

const DO_BLOCK = 'PostgreSQL runs a DO block as one statement, in a transaction of its own';

/**
 * The units with the statements of DO blocks (`inner`: their indexes per DO statement) placed right after their DO
 * statement. They run where it runs: inside the tool's transaction, or, where there is none, in the one PostgreSQL
 * gives the DO statement (a segment of their own) — unless the block COMMITs itself (`commits`).
 */
export function withBlockStatements(
  units: Unit[],
  inner: ReadonlyMap<number, readonly number[]>,
  commits: ReadonlySet<number>,
): Unit[] {
  return units.map((unit) => {
    if (!unit.statements.some((i) => inner.has(i))) return unit;
    const statements = unit.statements.flatMap((i) => [i, ...(inner.get(i) ?? [])]);
    if (!unit.segments) return { ...unit, statements };
    const segments: TransactionSegment[] = [];
    for (const segment of unit.segments) {
      let run: TransactionSegment = { ...segment, statements: [] };
      for (const i of segment.statements) {
        const block = inner.get(i);
        if (!block) run.statements.push(i);
        else if (toolTransactionAt(unit, i) === 'none' && !commits.has(i)) {
          if (run.statements.length > 0) segments.push(run);
          segments.push({ statements: [i, ...block], toolTransaction: false, singleQuery: true, reason: DO_BLOCK });
          run = { ...segment, statements: [] };
        } else {
          run.statements.push(i, ...block);
          run.blockStatements = (run.blockStatements ?? 0) + block.length;
        }
      }
      if (run.statements.length > 0) segments.push(run);
    }
    return { ...unit, statements, segments };
  });
}

/** The reason behind `toolTransactionAt(unit, index)`, as a clause for messages. */
export function transactionReasonAt(unit: Unit, index: number): string | undefined {
  return segmentAt(unit, index)?.reason ?? unit.transactionReason;
}

const GOOSE_OUTSIDE = 'goose runs this migration outside a transaction (`-- +goose NO TRANSACTION`)';
/** The reason of a goose StatementBegin ... StatementEnd block's segment (outside a transaction). */
export const GOOSE_BLOCK =
  'goose sends a `-- +goose StatementBegin` ... `StatementEnd` block as one query, which PostgreSQL runs as one implicit transaction';
/** The reason of statements goose sends together because no line between them ends with `;`. */
export const GOOSE_LINE =
  'goose sends statements as one query until a line ends with `;` (a statement sharing its line with another, or a comment after the `;`), which PostgreSQL runs as one implicit transaction';

/** Why statements of a section outside a transaction run as they do, per tool that splits like goose. */
interface QueryReasons {
  outside: string;
  block: string;
  line: string;
}

const GOOSE_REASONS: QueryReasons = { outside: GOOSE_OUTSIDE, block: GOOSE_BLOCK, line: GOOSE_LINE };

/** The reason of a sql-migrate StatementBegin ... StatementEnd block's segment (outside a transaction). */
export const SQL_MIGRATE_BLOCK =
  'sql-migrate sends a `-- +migrate StatementBegin` ... `StatementEnd` block as one query, which PostgreSQL runs as one implicit transaction';
/** The reason of statements sql-migrate sends together because no line between them ends with `;`. */
export const SQL_MIGRATE_LINE =
  'sql-migrate sends statements as one query until a line ends with `;` (a statement sharing its line with another, or a comment after the `;`), which PostgreSQL runs as one implicit transaction';

const sqlMigrateReasons = (direction: 'up' | 'down'): QueryReasons => ({
  outside: `sql-migrate runs this migration's ${direction === 'up' ? 'Up' : 'Down'} statements outside a transaction (\`notransaction\`)`,
  block: SQL_MIGRATE_BLOCK,
  line: SQL_MIGRATE_LINE,
});

export function splitUnits(statements: readonly Statement[], directives: Directives, options: UnitOptions): Unit[] {
  const all = statements.map((_, i) => i);
  if (options.tool === 'liquibase') {
    const liquibase = directives.markers.filter((m) => m.tool === 'liquibase');
    if (liquibase.some((m) => m.type === 'changeset')) {
      // One unit: the catalogue counts what an earlier changeset of the file created as created in this migration.
      // A changeset Liquibase skips on PostgreSQL (`dbms:oracle`, `ignore:true`) is left out: nothing of it runs.
      const running = changesetSegments(statements, liquibase).filter((segment) => !segment.skipped);
      if (running.length === 0) {
        const none: TransactionSegment = {
          statements: [],
          toolTransaction: false,
          singleQuery: false,
          reason: SKIPPED,
        };
        return [unit(options, options.fileDirection, [], [none])];
      }
      return [
        unit(
          options,
          options.fileDirection,
          running.flatMap((segment) => segment.statements),
          running,
        ),
      ];
    }
  }
  if (options.tool === 'sql-migrate') {
    const markers = directives.markers.filter((m) => m.tool === 'sql-migrate');
    if (markers.some((m) => m.type === 'up' || m.type === 'down')) return sqlMigrateUnits(statements, markers, options);
  }
  const markers = directives.markers.filter(
    (m) =>
      (m.tool === 'goose' && options.tool === 'goose') ||
      (m.tool === 'dbmate' && options.tool === 'dbmate') ||
      (m.tool === 'node-pg-migrate' && options.tool === 'plain'),
  );
  const sections = markers.filter((m) => m.type === 'up' || m.type === 'down');
  if (sections.length === 0) {
    return [unit(options, options.fileDirection, all, wholeFile(statements, all, directives, options))];
  }
  // goose: one `-- +goose NO TRANSACTION` anywhere turns transactions off for the whole file.
  const gooseNoTransaction = markers.some((m) => m.tool === 'goose' && m.type === 'no-transaction');
  const blocks = gooseNoTransaction ? statementBlocks(markers) : [];
  const units: Unit[] = [];
  let s = 0;
  // Statements before the first marker run with the up section (the tools reject or ignore them; be conservative).
  const leading: number[] = [];
  while (s < statements.length && statements[s].start < sections[0].start) leading.push(s++);
  sections.forEach((marker, k) => {
    const until = k + 1 < sections.length ? sections[k + 1].start : Infinity;
    const members: number[] = k === 0 ? leading : [];
    while (s < statements.length && statements[s].start < until) members.push(s++);
    const goose = marker.tool === 'goose';
    const wrapped = goose ? !gooseNoTransaction : !marker.noTransaction;
    if (goose && !wrapped) {
      const segments = gooseSegments(statements, members, blocks, options.text, GOOSE_REASONS);
      units.push(unit(options, marker.type as 'up' | 'down', members, segments));
      return;
    }
    // `-- Up migration: ...` is also how people title a section in prose: the transaction is node-pg-migrate's
    // only when the project depends on it (package.json); otherwise the runner is unknown, as for any plain file.
    if (marker.tool === 'node-pg-migrate' && options.settings?.nodePgMigrate !== true) {
      const segment: TransactionSegment = options.assumeInTransaction
        ? { statements: members, toolTransaction: true, singleQuery: false, reason: ASSUMED }
        : { statements: members, toolTransaction: false, singleQuery: false, reason: NO_NODE_PG_MIGRATE };
      units.push(unit(options, marker.type as 'up' | 'down', members, [segment]));
      return;
    }
    const segment: TransactionSegment = {
      statements: members,
      toolTransaction: wrapped,
      // goose executes statement by statement; dbmate and node-pg-migrate hand the whole section over at once.
      singleQuery: !goose,
      reason: goose
        ? 'goose runs this migration in a transaction (no `-- +goose NO TRANSACTION`)'
        : marker.tool === 'node-pg-migrate'
          ? 'node-pg-migrate runs each migration in a transaction'
          : wrapped
            ? 'dbmate runs this migration in a transaction (no `transaction:false`)'
            : 'dbmate runs this section outside a transaction (`transaction:false`)',
    };
    units.push(unit(options, marker.type as 'up' | 'down', members, [segment]));
  });
  return units;
}

/**
 * sql-migrate: the statements of every `-- +migrate Up` section make one migration and those of every `-- +migrate
 * Down` section another (the tool appends each section to its direction's list; convoy repeats `Up` before each
 * statement), so a direction is one unit whatever sections it is spread over, the up side first. Each runs in one
 * transaction unless one of its markers says `notransaction`; then statement by statement, split as goose splits.
 * Statements before the first marker are left out: sql-migrate skips them without a word (nothing of them runs).
 */
function sqlMigrateUnits(
  statements: readonly Statement[],
  markers: readonly SectionMarker[],
  options: UnitOptions,
): Unit[] {
  const sections = markers.filter((m) => m.type === 'up' || m.type === 'down');
  const members: Record<'up' | 'down', number[]> = { up: [], down: [] };
  let s = 0;
  while (s < statements.length && statements[s].start < sections[0].start) s++;
  sections.forEach((marker, k) => {
    const until = k + 1 < sections.length ? sections[k + 1].start : Infinity;
    while (s < statements.length && statements[s].start < until) members[marker.type as 'up' | 'down'].push(s++);
  });
  const blocks = statementBlocks(markers);
  const units: Unit[] = [];
  for (const direction of ['up', 'down'] as const) {
    const own = sections.filter((m) => m.type === direction);
    if (own.length === 0) continue;
    const marker = direction === 'up' ? 'Up' : 'Down';
    const segments = own.some((m) => m.noTransaction)
      ? gooseSegments(statements, members[direction], blocks, options.text, sqlMigrateReasons(direction))
      : [
          {
            statements: members[direction],
            toolTransaction: true,
            singleQuery: false,
            reason:
              `sql-migrate runs this migration's ${marker} statements in one transaction ` +
              `(no \`notransaction\` on \`-- +migrate ${marker}\`)`,
          },
        ];
    units.push(unit(options, direction, members[direction], segments));
  }
  return units;
}

/** goose/sql-migrate `StatementBegin` ... `StatementEnd` pairs, as [begin marker's end, end marker's start] offsets. */
function statementBlocks(markers: readonly SectionMarker[]): [number, number][] {
  const blocks: [number, number][] = [];
  let begin: number | undefined;
  for (const m of markers) {
    if (m.type === 'statement-begin') begin ??= m.end;
    else if (m.type === 'statement-end' && begin !== undefined) {
      blocks.push([begin, m.start]);
      begin = undefined;
    }
  }
  return blocks;
}

/**
 * A goose section outside a transaction: goose executes query by query, each one Exec without arguments (the
 * simple-query protocol), so a query of several statements runs as one implicit transaction: a segment of its
 * own. A StatementBegin/End block is one query; elsewhere goose ends a query only at a line whose last word (before
 * a `--` comment) ends with `;`, so statements sharing a line are one query. (Without the text, each statement
 * outside a block counts as its own query.) A query of one statement (a function body) is like any other.
 * sql-migrate splits and executes a `notransaction` direction the same way (its own endsWithSemicolon).
 */
function gooseSegments(
  statements: readonly Statement[],
  members: number[],
  blocks: readonly [number, number][],
  text: string | undefined,
  reasons: QueryReasons,
): TransactionSegment[] {
  const segments: TransactionSegment[] = [];
  let run: number[] = [];
  const flush = (): void => {
    if (run.length > 0)
      segments.push({ statements: run, toolTransaction: false, singleQuery: false, reason: reasons.outside });
    run = [];
  };
  const query = (group: number[], reason: string): void => {
    if (group.length > 1) {
      flush();
      segments.push({ statements: group, toolTransaction: false, singleQuery: true, reason });
    } else run.push(...group);
  };
  let k = 0;
  let b = 0;
  let line: number[] = [];
  while (k < members.length) {
    const start = statements[members[k]].start;
    // Both are in file order: skip the blocks that end before this statement.
    while (b < blocks.length && blocks[b][1] <= start) b++;
    const block = b < blocks.length && start > blocks[b][0] ? blocks[b] : undefined;
    if (block) {
      query(line, reasons.line);
      line = [];
      const inBlock: number[] = [];
      while (k < members.length && statements[members[k]].start < block[1]) inBlock.push(members[k++]);
      query(inBlock, reasons.block);
      continue;
    }
    const previous = line[line.length - 1];
    if (previous !== undefined && (text === undefined || gooseCutsBetween(text, statements[previous].start, start))) {
      query(line, reasons.line);
      line = [];
    }
    line.push(members[k++]);
  }
  query(line, reasons.line);
  flush();
  return segments.length > 0
    ? segments
    : [{ statements: [], toolTransaction: false, singleQuery: false, reason: reasons.outside }];
}

/** True when goose ends a query at a line end in [from, to): a line whose last word before a `--` word ends with `;`. */
function gooseCutsBetween(text: string, from: number, to: number): boolean {
  // Only between from and to: statements sharing one long line must not each scan the whole line (quadratic).
  let first = -1;
  for (let k = from; k < to && first < 0; k++) if (text.charCodeAt(k) === 0x0a) first = k;
  if (first < 0) return false;
  let lineStart = text.lastIndexOf('\n', from - 1) + 1;
  for (let end = first; end !== -1 && end < to; end = text.indexOf('\n', end + 1)) {
    if (gooseEndsWithSemicolon(text.slice(lineStart, end))) return true;
    lineStart = end + 1;
  }
  return false;
}

/** goose's endsWithSemicolon: the last whitespace-separated word before one starting with `--` ends with `;`. */
function gooseEndsWithSemicolon(line: string): boolean {
  let last = '';
  for (const word of line.split(/\s+/)) {
    if (word.startsWith('--')) break;
    if (word !== '') last = word;
  }
  return last.endsWith(';');
}

function unit(
  options: UnitOptions,
  direction: 'up' | 'down',
  statements: number[],
  segments: TransactionSegment[],
): Unit {
  return {
    tool: options.tool,
    direction,
    statements,
    toolTransaction: segments.every((segment) => segment.toolTransaction),
    transactionReason: segments[0].reason,
    segments,
  };
}

const ASSUMED = 'the configuration says migrations run in a transaction (assumeInTransaction)';
const NO_NODE_PG_MIGRATE =
  'nothing says the migration runner wraps it in a transaction (no package.json above it depends on node-pg-migrate)';

/** The transaction behaviour of a migration that is one unit: the whole file. */
function wholeFile(
  statements: readonly Statement[],
  all: number[],
  directives: Directives,
  options: UnitOptions,
): TransactionSegment[] {
  const { tool, settings = {} } = options;
  const marker = (t: SectionMarker['tool'], type: SectionMarker['type']): boolean =>
    directives.markers.some((m) => m.tool === t && m.type === type);
  // An explicit opt-out wins over assumeInTransaction (as goose NO TRANSACTION and dbmate transaction:false do).
  const one = (
    toolTransaction: boolean,
    reason: string,
    singleQuery: boolean,
    optedOut = false,
  ): TransactionSegment[] =>
    !toolTransaction && !optedOut && options.assumeInTransaction
      ? [{ statements: all, toolTransaction: true, singleQuery, reason: ASSUMED }]
      : [{ statements: all, toolTransaction, singleQuery, reason }];
  switch (tool) {
    case 'golang-migrate':
      return one(false, 'golang-migrate runs migrations without a transaction of its own', true);
    case 'prisma':
      return one(false, 'Prisma Migrate runs migration.sql without a transaction of its own', true);
    case 'sqitch':
      return one(false, 'sqitch runs deploy scripts through psql, which opens no transaction', false);
    case 'sqlx':
      return marker('sqlx', 'no-transaction')
        ? one(false, 'sqlx runs this migration outside a transaction (`-- no-transaction`)', true, true)
        : one(true, 'sqlx runs each migration in a transaction (no `-- no-transaction` first line)', true);
    case 'diesel':
      return settings.runInTransaction === false
        ? one(
            false,
            'Diesel runs this migration outside a transaction (`run_in_transaction = false` in metadata.toml)',
            true,
            true,
          )
        : one(
            true,
            'Diesel runs each migration in a transaction (no `run_in_transaction = false` in metadata.toml)',
            true,
          );
    case 'hasura':
      // The CLI sends the file as one run_sql string, which takes several `;`-separated statements: one simple
      // query. Without the file's text the marker is unknown: the default.
      return options.text !== undefined && hasuraNoTransaction(options.text)
        ? one(false, 'Hasura runs this migration outside a transaction (`-- hasura:no-transaction`)', true, true)
        : one(true, 'Hasura runs each migration in a transaction (no `-- hasura:no-transaction` first line)', true);
    case 'flyway':
      return [{ statements: all, singleQuery: false, ...flyway(statements, directives, settings, options.pgVersion) }];
    case 'supabase':
      return supabaseSegments(statements, all);
    case 'liquibase': {
      const listed = settings.liquibase;
      // A plain SQL file a changelog runs: one changeset.
      if (listed && !listed.sqlFile) {
        const reason = `Liquibase runs an SQL file ${settings.source} includes as one changeset, in a transaction`;
        return one(true, reason, listed.singleQuery);
      }
      if (listed) {
        return settings.runInTransaction === false
          ? one(
              false,
              `Liquibase runs this file's changeset outside a transaction (\`runInTransaction="false"\` in ${settings.source})`,
              listed.singleQuery,
              true,
            )
          : one(
              true,
              `Liquibase runs this file's changeset in a transaction (no \`runInTransaction="false"\` in ${settings.source})`,
              listed.singleQuery,
            );
      }
      // formatted SQL without changesets: Liquibase's default for a changeset
      return one(true, 'Liquibase runs each changeset in a transaction (no `runInTransaction:false`)', false);
    }
    default:
      if (settings.source === 'atlas.sum') {
        return marker('atlas', 'no-transaction')
          ? one(false, 'Atlas runs this migration outside a transaction (`-- atlas:txmode none`)', false, true)
          : one(true, 'Atlas runs each migration file in a transaction (no `-- atlas:txmode none`)', false);
      }
      return settings.runInTransaction === true && settings.source === 'meta/_journal.json'
        ? one(true, "drizzle-kit's migrator runs every pending migration inside one transaction", false)
        : one(false, 'nothing says the migration runner wraps it in a transaction', false);
  }
}

/**
 * Flyway on PostgreSQL: a transaction per migration unless `executeInTransaction=false` (inline
 * `-- flyway:executeInTransaction=false`, `<script>.conf`, project configuration); with no explicit setting it
 * detects statements that cannot run in a transaction and runs such a migration outside one, refusing a
 * migration that mixes both kinds unless `mixed=true`.
 */
function flyway(
  statements: readonly Statement[],
  directives: Directives,
  settings: ToolTransactionSettings,
  pgVersion: number | undefined,
): Pick<TransactionSegment, 'toolTransaction' | 'reason'> {
  const inline = directives.markers.find((m) => m.tool === 'flyway');
  const explicit = inline ? inline.type === 'transaction' : settings.runInTransaction;
  const source = inline ? '`-- flyway:executeInTransaction`' : `\`executeInTransaction\` in ${settings.source}`;
  if (explicit === false) {
    return { toolTransaction: false, reason: `Flyway runs this migration outside a transaction (${source}=false)` };
  }
  if (explicit === true) {
    return { toolTransaction: true, reason: `Flyway runs this migration in a transaction (${source}=true)` };
  }
  const nonTransactional = statements.filter((s) => flywayNonTransactional(s.text, pgVersion)).length;
  if (nonTransactional === 0) {
    return {
      toolTransaction: true,
      reason: 'Flyway runs each migration in a transaction (no `executeInTransaction=false`)',
    };
  }
  if (nonTransactional === statements.length || settings.mixed) {
    return {
      toolTransaction: false,
      reason: 'Flyway runs this migration outside a transaction (it detects a statement that cannot run in one)',
    };
  }
  // Flyway refuses the migration before running it; reporting the statement as run in a transaction points at
  // the same fix (give it its own migration).
  return {
    toolTransaction: true,
    reason: 'Flyway refuses a migration that mixes it with statements that run in a transaction (unless `mixed=true`)',
  };
}

/**
 * The Supabase CLI sends a file's statements as one pipelined batch, which PostgreSQL runs as one implicit
 * transaction (a BEGIN in it makes that block explicit, as in a multi-statement query: no nesting), but flushes the
 * batch before a statement it classifies as pipeline-incompatible and runs that one on its own, then starts a new
 * batch.
 */
function supabaseSegments(statements: readonly Statement[], all: number[]): TransactionSegment[] {
  const batch = 'the Supabase CLI applies each migration file as one batch, which runs as one implicit transaction';
  const segments: TransactionSegment[] = [];
  for (const index of all) {
    if (supabaseStandalone(statements[index].text)) {
      segments.push({
        statements: [index],
        toolTransaction: false,
        singleQuery: false,
        reason: "the Supabase CLI runs this statement on its own, outside the migration's transaction",
      });
      continue;
    }
    const last = segments[segments.length - 1];
    if (last?.singleQuery) last.statements.push(index);
    else segments.push({ statements: [index], toolTransaction: false, singleQuery: true, reason: batch });
  }
  return segments.length > 0
    ? segments
    : [{ statements: [], toolTransaction: false, singleQuery: true, reason: batch }];
}

/** Liquibase formatted SQL: each `--changeset` commits on its own; `--rollback` lines are comments, not statements. */
function changesetSegments(statements: readonly Statement[], markers: SectionMarker[]): TransactionSegment[] {
  const changesets = markers.filter((m) => m.type === 'changeset');
  const segments: TransactionSegment[] = [];
  let s = 0;
  // Statements before the first changeset: run with it (be conservative).
  const leading: number[] = [];
  while (s < statements.length && statements[s].start < changesets[0].start) leading.push(s++);
  changesets.forEach((marker, k) => {
    const until = k + 1 < changesets.length ? changesets[k + 1].start : Infinity;
    const members: number[] = k === 0 ? leading : [];
    while (s < statements.length && statements[s].start < until) members.push(s++);
    const info = marker.changeset!;
    segments.push({
      statements: members,
      toolTransaction: info.runInTransaction,
      // splitStatements:false hands the changeset to the driver as one string. (A custom endDelimiter still
      // splits: each piece is sent on its own.)
      singleQuery: !info.splitStatements,
      reason: info.runInTransaction
        ? 'Liquibase runs each changeset in a transaction (no `runInTransaction:false`)'
        : 'Liquibase runs this changeset outside a transaction (`runInTransaction:false`)',
      changeset: `${info.author}:${info.id}`,
      ...(info.runsOnPostgres ? {} : { skipped: true }),
      hasRollback: markers.some((m) => m.type === 'rollback' && m.start > marker.start && m.start < until),
    });
  });
  return segments;
}
