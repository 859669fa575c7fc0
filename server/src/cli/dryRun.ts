// `sluice dry-run FILE`: run one migration against a scratch database (embedded PGlite, history applied) or a
// PostgreSQL server the user names, report each statement, roll everything back. Exit 0 when every statement ran
// (or was deliberately not run), 1 when one failed, 2 for bad usage or input (unreadable file, not a migration,
// bad URL, server unreachable), 128 + the signal's number when Ctrl-C or SIGTERM stopped it (interrupt.ts).
//
// Editors run this out of process (`sluice dry-run FILE --format json --progress`) so the language server never
// blocks: --progress writes one JSON object per line on stderr as each stage and statement starts and ends.
import { withoutByteOrderMark } from '../syntax/bom';
import * as fs from 'fs';
import * as path from 'path';
import { Database } from '../dryrun/database';
import { runDryRun, ProgressEvent, StatementReport } from '../dryrun/engine';
import { extensionsUsed, openScratchDatabase } from '../dryrun/history';
import { openPGliteWorker, WorkerDatabase } from '../dryrun/pgliteWorker';
import { openPostgres, redactedUrl, ServerDatabase } from '../dryrun/postgres';
import { planStatements } from '../dryrun/statements';
import { sqlLockName } from '../facts/locks';
import { Project } from '../project';
import { loadParser } from '../syntax/parse';
import { quoteKey } from '../syntax/quoteIdent';
import { parseArgs, UsageError } from './args';
import { InputError } from './files';
import { CANCEL_AGAIN_MS, interruptedExitCode, ON_A_SERVER, watchInterrupts } from './interrupt';
import { setupScripts } from './setupScripts';
import type { CommandIO } from './lint';

export interface DryRunDocument {
  version: 1;
  engine: 'pglite' | 'postgres';
  serverVersion: string;
  file: string;
  statements: StatementReport[];
  committed: false;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function readMigration(given: string, cwd: string): { absolute: string; text: string } {
  const absolute = path.resolve(cwd, given);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new InputError(`${given}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${given} is a folder: dry-run takes one migration file`);
  try {
    return { absolute, text: withoutByteOrderMark(fs.readFileSync(absolute, 'utf8')) };
  } catch (error) {
    throw new InputError(`${given}: cannot read: ${(error as Error).message}`);
  }
}

export async function dryRunCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    format: { type: 'string' },
    'database-url': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'no-history': { type: 'boolean' },
    progress: { type: 'boolean' },
    config: { type: 'string' },
    debug: { type: 'boolean' },
  });
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  if (positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0 ? 'dry-run needs one migration file' : 'dry-run takes exactly one migration file',
    );
  }
  const timeoutText = options['statement-timeout'] as string | undefined;
  const statementTimeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText);
  if (!Number.isInteger(statementTimeoutMs) || statementTimeoutMs < 0) {
    throw new UsageError(`--statement-timeout must be a whole number of milliseconds (0: none), not "${timeoutText}"`);
  }
  if (options['database-url'] === '') {
    throw new UsageError(
      '--database-url is empty (an unset variable?): give a URL, or leave the option out for PGlite',
    );
  }
  const url = (options['database-url'] as string | undefined) ?? (process.env.SLUICE_DATABASE_URL || undefined);
  const progress = (event: object): void => {
    if (options.progress) io.stderr(`${JSON.stringify(event)}\n`);
  };

  const given = positionals[0];
  const { absolute, text } = readMigration(given, io.cwd);
  await loadParser();
  const project = new Project({ configFile: options.config as string | undefined });
  const migration = project.migrationInfo(absolute, text);
  if (!migration.isMigration) {
    throw new InputError(
      `${given} is not a migration: Sluice recognises the folders of known migration tools ` +
        '(golang-migrate, Flyway, goose, dbmate, ...) or folders named in "migrationDirs" of .sluicerc.json',
    );
  }
  const statements = planStatements(text, migration);

  // Until the statements run, Ctrl-C ends the process at once: nothing has run yet.
  const interrupts = watchInterrupts('dry-run', { stderr: io.stderr, exit: (code) => process.exit(code) });
  let db: Database;
  let server: ServerDatabase | undefined;
  /** The embedded engine, in a worker thread so that a timeout or Ctrl-C can stop a running statement. */
  let embedded: WorkerDatabase | undefined;
  let notes: string[] = [];
  progress({ event: 'engine', state: 'starting', engine: url ? 'postgres' : 'pglite' });
  try {
    if (url) {
      try {
        db = server = await openPostgres(url);
      } catch (error) {
        throw new InputError((error as Error).message);
      }
    } else {
      const scripts = options['no-history'] ? [] : setupScripts(absolute, migration, project, io.cwd);
      const extensions = extensionsUsed([...scripts.map((s) => s.text), text]);
      const scratch = await openScratchDatabase(scripts, { extensions, open: openPGliteWorker });
      db = embedded = scratch.db as WorkerDatabase;
      // PGlite ignores statement_timeout: the worker running it is stopped instead.
      embedded.setCallTimeout(statementTimeoutMs);
      notes = scratch.problems.map((problem) => `an earlier migration failed on the embedded database: ${problem}`);
      progress({
        event: 'history',
        files: scripts.length,
        cache: scratch.cache,
        setupMs: scratch.setupMs,
        problems: scratch.problems,
      });
    }
  } catch (error) {
    interrupts.dispose();
    throw error;
  }

  const controller = new AbortController();
  let cancelAgain: NodeJS.Timeout | undefined;
  let serverVersion: string;
  let reports: StatementReport[];
  try {
    serverVersion = await db.serverVersion();
    progress({ event: 'engine', state: 'ready', engine: db.engine, serverVersion });
    interrupts.stopWith(
      () => {
        controller.abort();
        progress({ event: 'cancel' });
        if (server) {
          const cancel = (): void => void server?.cancel();
          cancel();
          // PostgreSQL drops a cancel that arrives while the backend waits for its client (e.g. just before it
          // reads the statement sent last): asked again until the run has stopped.
          cancelAgain = setInterval(cancel, CANCEL_AGAIN_MS);
        } else {
          // The embedded engine's worker is stopped (its scratch database goes with it).
          embedded?.cancel();
        }
      },
      server
        ? ON_A_SERVER
        : {
            stopping: 'stopping the embedded database',
            quitting: 'quitting now (the scratch database is thrown away)',
          },
    );
    reports = await runDryRun({
      db,
      text,
      statements,
      scratch: !url,
      statementTimeoutMs,
      signal: controller.signal,
      onProgress: (event: ProgressEvent) => progress(event),
    });
  } finally {
    clearInterval(cancelAgain);
    interrupts.dispose();
    await db.close();
  }
  const document: DryRunDocument = {
    version: 1,
    engine: db.engine,
    serverVersion,
    file: given,
    statements: reports,
    committed: false,
  };
  for (const note of notes) io.stderr(`sluice: note: ${note}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : formatText(document, url));
  progress({ event: 'done' });
  if (interrupts.signal) {
    const ran = reports.filter((r) => r.durationMs !== null).length;
    io.stderr(
      `sluice: dry-run interrupted by ${interrupts.signal}: ${ran} of ${reports.length} statements ran; ` +
        (server ? 'everything was rolled back, nothing was committed\n' : 'the scratch database is thrown away\n'),
    );
    return interruptedExitCode(interrupts.signal);
  }
  return reports.some((r) => r.status === 'error') ? 1 : 0;
}

function oneLine(sql: string, width: number): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function formatText(document: DryRunDocument, url: string | undefined): string {
  const engine =
    document.engine === 'pglite'
      ? `embedded PGlite (PostgreSQL ${document.serverVersion}), a scratch database`
      : `PostgreSQL ${document.serverVersion} at ${redactedUrl(url ?? '')}`;
  const out: string[] = [`Dry-run of ${document.file} on ${engine}`, ''];
  for (const s of document.statements) {
    const time = s.durationMs === null ? '' : `${s.durationMs.toFixed(1)} ms`;
    const rows = s.rowsAffected === null ? '' : `  ${s.rowsAffected} row${s.rowsAffected === 1 ? '' : 's'}`;
    const rewrite = s.rewrites.length > 0 ? `  [REWRITE ${s.rewrites.map((r) => quoteKey(r)).join(', ')}]` : '';
    out.push(
      `${String(s.index).padStart(3)}  ${`${s.range.start.line}:${s.range.start.column}`.padEnd(7)} ` +
        `${s.status.padEnd(8)} ${time.padStart(10)}  ${oneLine(s.sql, 70)}${rows}${rewrite}`,
    );
    for (const lock of s.locks) {
      const blocks = lock.blocks.length > 0 ? `blocks ${lock.blocks.join(', ')}` : 'blocks only schema changes';
      out.push(`${' '.repeat(14)}lock ${sqlLockName(lock.mode)} on ${quoteKey(lock.relation)}: ${blocks}`);
    }
    if (s.error) {
      const at = s.error.range ? `${s.error.range.start.line}:${s.error.range.start.column}` : '';
      out.push(`${' '.repeat(14)}error${s.error.code ? ` ${s.error.code}` : ''} at ${at}: ${s.error.message}`);
    }
    if (s.reason) out.push(`${' '.repeat(14)}${s.reason}`);
  }
  const counts = (status: string) => document.statements.filter((s) => s.status === status).length;
  out.push(
    '',
    `${document.statements.length} statements: ${counts('ok')} ok, ${counts('error')} failed, ` +
      `${counts('skipped')} skipped, ${counts('not-run')} not run. ` +
      (document.engine === 'pglite'
        ? 'It ran on a scratch database that is now thrown away.'
        : 'Everything was rolled back: nothing was committed.'),
    '',
  );
  return out.join('\n');
}
