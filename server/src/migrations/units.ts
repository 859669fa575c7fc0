// A unit is what the migration tool runs as one piece: a whole file, one up/down section of it (goose, dbmate),
// or one changeset (Liquibase). Transaction state and "created in this migration" are tracked per unit.
// Which tools wrap a unit in a transaction, and why, is documented in transactions.ts.
import type { Directives, SectionMarker } from '../syntax/directives';
import type { Statement } from '../syntax/split';
import type { MigrationTool } from './tools';
import { flywayNonTransactional, supabaseStandalone, ToolTransactionSettings } from './transactions';

export interface Unit {
  tool: MigrationTool | null;
  direction: 'up' | 'down';
  /** Indexes into the file's statements. */
  statements: number[];
  /** The tool runs this unit inside a transaction it opens itself (or the configuration says so). */
  toolTransaction: boolean;
  /**
   * Why toolTransaction is what it is, as a clause for messages ("sqlx runs each migration in a transaction
   * (no `-- no-transaction` first line)"). Always set by splitUnits.
   */
  transactionReason?: string;
  /**
   * The tool hands the whole unit to PostgreSQL as one multi-statement query, which PostgreSQL runs as one
   * implicit transaction when it holds more than one statement (golang-migrate, dbmate, sqlx, Diesel, Prisma).
   * Always set by splitUnits.
   */
  singleQuery?: boolean;
  /** Statements the tool takes out of its transaction and runs on their own (the Supabase CLI's classifier). */
  standalone?: number[];
  /** Liquibase: the changeset this unit is (`author:id`). */
  changeset?: string;
  /** Liquibase: the changeset has a `--rollback`. */
  hasRollback?: boolean;
}

export interface UnitOptions {
  tool: MigrationTool | null;
  /** Direction of the whole file when the tool keeps down scripts in separate files. */
  fileDirection: 'up' | 'down';
  assumeInTransaction: boolean;
  /** What files beside the migration say (`toolTransactionSettings(file, tool, view)`); omitted: tool defaults. */
  settings?: ToolTransactionSettings;
}

/** How statement `index` of `unit` runs with respect to transactions the tool (or the protocol) opens. */
export type ToolTransactionAt =
  /** inside the transaction the tool opened (or `assumeInTransaction`) */
  | 'tool'
  /** inside the implicit transaction PostgreSQL gives a multi-statement query */
  | 'implicit'
  /** in no transaction of the tool's making (an explicit BEGIN is the engine's business) */
  | 'none';

/**
 * The transaction the tool has open around one statement of a unit. `CONCURRENTLY`/`VACUUM` fail under both
 * 'tool' and 'implicit'; a BEGIN nests only under 'tool' (under 'implicit' it just turns the implicit block into
 * an explicit one).
 */
export function toolTransactionAt(unit: Unit, index: number): ToolTransactionAt {
  if (unit.standalone?.includes(index)) return 'none';
  if (unit.toolTransaction) return 'tool';
  if (unit.singleQuery && unit.statements.length > 1) return 'implicit';
  return 'none';
}

export function splitUnits(statements: readonly Statement[], directives: Directives, options: UnitOptions): Unit[] {
  if (options.tool === 'liquibase') {
    const changesets = directives.markers.filter((m) => m.tool === 'liquibase');
    if (changesets.some((m) => m.type === 'changeset')) return liquibaseUnits(statements, changesets, options);
  }
  const markers = directives.markers.filter(
    (m) => (m.tool === 'goose' && options.tool === 'goose') || (m.tool === 'dbmate' && options.tool === 'dbmate'),
  );
  const sections = markers.filter((m) => m.type === 'up' || m.type === 'down');
  if (sections.length === 0) {
    const all = statements.map((_, i) => i);
    return [{ tool: options.tool, direction: options.fileDirection, statements: all, ...wholeFile(statements, directives, options) }];
  }
  // goose: one `-- +goose NO TRANSACTION` anywhere turns transactions off for the whole file.
  const gooseNoTransaction = markers.some((m) => m.tool === 'goose' && m.type === 'no-transaction');
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
    units.push({
      tool: options.tool,
      direction: marker.type as 'up' | 'down',
      statements: members,
      toolTransaction: wrapped,
      transactionReason: goose
        ? wrapped
          ? 'goose runs this migration in a transaction (no `-- +goose NO TRANSACTION`)'
          : 'goose runs this migration outside a transaction (`-- +goose NO TRANSACTION`)'
        : wrapped
          ? 'dbmate runs this migration in a transaction (no `transaction:false`)'
          : 'dbmate runs this section outside a transaction (`transaction:false`)',
      // goose executes statement by statement; dbmate hands the whole section to the driver at once.
      singleQuery: !goose,
      standalone: [],
    });
  });
  return units;
}

type UnitTransaction = Pick<Unit, 'toolTransaction' | 'transactionReason' | 'singleQuery' | 'standalone'>;

const ASSUMED = 'the configuration says migrations run in a transaction (assumeInTransaction)';

/** The transaction behaviour of a migration that is one unit: the whole file. */
function wholeFile(statements: readonly Statement[], directives: Directives, options: UnitOptions): UnitTransaction {
  const { tool, settings = {} } = options;
  const marker = (t: SectionMarker['tool'], type: SectionMarker['type']): boolean =>
    directives.markers.some((m) => m.tool === t && m.type === type);
  // An explicit opt-out wins over assumeInTransaction (as goose NO TRANSACTION and dbmate transaction:false do).
  const result = (toolTransaction: boolean, reason: string, singleQuery: boolean, optedOut = false): UnitTransaction =>
    !toolTransaction && !optedOut && options.assumeInTransaction
      ? { toolTransaction: true, transactionReason: ASSUMED, singleQuery, standalone: [] }
      : { toolTransaction, transactionReason: reason, singleQuery, standalone: [] };
  switch (tool) {
    case 'golang-migrate':
      return result(false, 'golang-migrate runs migrations without a transaction of its own', true);
    case 'prisma':
      return result(false, 'Prisma Migrate runs migration.sql without a transaction of its own', true);
    case 'sqitch':
      return result(false, 'sqitch runs deploy scripts through psql, which opens no transaction', false);
    case 'sqlx':
      return marker('sqlx', 'no-transaction')
        ? result(false, 'sqlx runs this migration outside a transaction (`-- no-transaction`)', true, true)
        : result(true, 'sqlx runs each migration in a transaction (no `-- no-transaction` first line)', true);
    case 'diesel':
      return settings.runInTransaction === false
        ? result(false, 'Diesel runs this migration outside a transaction (`run_in_transaction = false` in metadata.toml)', true, true)
        : result(true, 'Diesel runs each migration in a transaction (no `run_in_transaction = false` in metadata.toml)', true);
    case 'flyway':
      return flyway(statements, directives, options);
    case 'supabase':
      return {
        toolTransaction: true,
        transactionReason: 'the Supabase CLI applies each migration file as one transaction',
        singleQuery: false,
        standalone: statements.flatMap((s, i) => (supabaseStandalone(s.text) ? [i] : [])),
      };
    case 'liquibase': // formatted SQL without changesets: Liquibase's default for a changeset
      return result(true, 'Liquibase runs each changeset in a transaction (no `runInTransaction:false`)', false);
    default:
      return result(false, 'nothing says the migration runner wraps it in a transaction', false);
  }
}

/**
 * Flyway on PostgreSQL: a transaction per migration unless `executeInTransaction=false` (inline
 * `-- flyway:executeInTransaction=false`, `<script>.conf`, project configuration); with no explicit setting it
 * detects statements that cannot run in a transaction and runs such a migration outside one, refusing a
 * migration that mixes both kinds unless `mixed=true`.
 */
function flyway(statements: readonly Statement[], directives: Directives, options: UnitOptions): UnitTransaction {
  const { settings = {} } = options;
  const inline = directives.markers.find((m) => m.tool === 'flyway');
  const explicit = inline ? inline.type === 'transaction' : settings.runInTransaction;
  const source = inline ? '`-- flyway:executeInTransaction`' : `\`executeInTransaction\` in ${settings.source}`;
  const base = { singleQuery: false, standalone: [] };
  if (explicit === false) {
    return { ...base, toolTransaction: false, transactionReason: `Flyway runs this migration outside a transaction (${source}=false)` };
  }
  if (explicit === true) {
    return { ...base, toolTransaction: true, transactionReason: `Flyway runs this migration in a transaction (${source}=true)` };
  }
  const nonTransactional = statements.filter((s) => flywayNonTransactional(s.text)).length;
  if (nonTransactional === 0) {
    return {
      ...base,
      toolTransaction: true,
      transactionReason: 'Flyway runs each migration in a transaction (no `executeInTransaction=false`)',
    };
  }
  if (nonTransactional === statements.length || settings.mixed) {
    return {
      ...base,
      toolTransaction: false,
      transactionReason: 'Flyway runs this migration outside a transaction (it detects a statement that cannot run in one)',
    };
  }
  // Flyway refuses the migration before running it; reporting the statement as run in a transaction points at
  // the same fix (give it its own migration).
  return {
    ...base,
    toolTransaction: true,
    transactionReason:
      'Flyway refuses a migration that mixes it with statements that run in a transaction (unless `mixed=true`)',
  };
}

/** Liquibase formatted SQL: each `--changeset` is a unit; its `--rollback` lines are comments, not statements. */
function liquibaseUnits(statements: readonly Statement[], markers: SectionMarker[], options: UnitOptions): Unit[] {
  const changesets = markers.filter((m) => m.type === 'changeset');
  const units: Unit[] = [];
  let s = 0;
  const leading: number[] = [];
  while (s < statements.length && statements[s].start < changesets[0].start) leading.push(s++);
  changesets.forEach((marker, k) => {
    const until = k + 1 < changesets.length ? changesets[k + 1].start : Infinity;
    const members: number[] = k === 0 ? leading : [];
    while (s < statements.length && statements[s].start < until) members.push(s++);
    const info = marker.changeset!;
    const wrapped = info.runInTransaction;
    units.push({
      tool: options.tool,
      direction: options.fileDirection,
      statements: members,
      toolTransaction: wrapped,
      transactionReason: wrapped
        ? 'Liquibase runs each changeset in a transaction (no `runInTransaction:false`)'
        : 'Liquibase runs this changeset outside a transaction (`runInTransaction:false`)',
      // splitStatements:false (or a custom endDelimiter) hands the changeset to the driver as one string.
      singleQuery: !info.splitStatements || (info.endDelimiter !== undefined && !/^;?$/.test(info.endDelimiter)),
      standalone: [],
      changeset: `${info.author}:${info.id}`,
      hasRollback: markers.some((m) => m.type === 'rollback' && m.start > marker.start && m.start < until),
    });
  });
  return units;
}
