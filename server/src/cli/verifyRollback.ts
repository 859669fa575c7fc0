// `sluice verify-rollback FILE` (or `--dir DIR`): apply each migration's up, then its down (found by the tool's
// convention), compare schema and row counts with before, apply the up again; check the reconcile invariants and
// the tables the up never names. Embedded PGlite by default (FILE: the folder's earlier migrations applied first,
// as dry-run does; --dir: from an empty database), or a PostgreSQL named by --database-url / SLUICE_DATABASE_URL,
// where everything runs in one transaction that is rolled back. Exit 0 when every down undoes its up, 1 when
// something differs or fails, 2 for bad usage or input, 128 + the signal's number when Ctrl-C or SIGTERM stopped
// it on a server (interrupt.ts).
import { withoutByteOrderMark } from '../syntax/bom';
import * as fs from 'fs';
import * as path from 'path';
import { Database } from '../dryrun/database';
import { extensionsUsed, openScratchDatabase, SetupScript } from '../dryrun/history';
import { openPostgres, redactedUrl, ServerDatabase } from '../dryrun/postgres';
import { invariantsOf } from '../dryrun/reconcile';
import { planStatements } from '../dryrun/statements';
import { MigrationUnderTest, Script, verifyRollback, VerifyResult } from '../dryrun/verifyRollback';
import { RollbackError } from '../fixes/rollback/generate';
import { rollbackTarget } from '../fixes/rollback/target';
import { downScriptOf, isDownScript } from '../migrations/rollback';
import { MigrationInfo } from '../migrations/tools';
import { Project } from '../project';
import { loadParser } from '../syntax/parse';
import { parseArgs, UsageError } from './args';
import { setupScripts } from './setupScripts';
import { collectFiles, InputError } from './files';
import { CANCEL_AGAIN_MS, interruptedExitCode, ON_A_SERVER, watchInterrupts } from './interrupt';
import type { CommandIO } from './lint';

export interface VerifyRollbackDocument extends VerifyResult {
  version: 1;
  engine: 'pglite' | 'postgres';
  serverVersion: string;
  /** The migration file, or the folder with --dir, as given. */
  target: string;
}

const DEFAULT_TIMEOUT_MS = 30_000;

function readText(absolute: string, shown: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absolute);
  } catch {
    throw new InputError(`${shown}: no such file`);
  }
  if (stat.isDirectory())
    throw new InputError(`${shown} is a folder: use --dir ${shown} to verify every migration in it`);
  try {
    return withoutByteOrderMark(fs.readFileSync(absolute, 'utf8'));
  } catch (error) {
    throw new InputError(`${shown}: cannot read: ${(error as Error).message}`);
  }
}

/** Where the tool expects the down script of `absolute`, for the "no rollback" message. */
function expectedDownPlace(absolute: string, info: MigrationInfo, project: Project, text: string, cwd: string): string {
  try {
    const target = rollbackTarget(absolute, info.tool, project.view, text);
    if (target.kind === 'create')
      return `${info.tool ?? 'the folder'} expects it in ${path.relative(cwd, target.path) || target.path}`;
    return `${info.tool} expects a ${target.marker ?? 'down'} section in the same file`;
  } catch (error) {
    if (error instanceof RollbackError) return error.message;
    throw error;
  }
}

/** The up script and its down side, planned. */
function migrationUnderTest(
  absolute: string,
  text: string,
  info: MigrationInfo,
  project: Project,
  cwd: string,
): MigrationUnderTest {
  const shown = path.relative(cwd, absolute) || absolute;
  const up: Script = { file: shown, text, statements: planStatements(text, info) };
  const downPath = downScriptOf(absolute, info.tool, project.view, text);
  let down: MigrationUnderTest['down'];
  if (downPath === 'section' && info.tool === 'liquibase') {
    down = { missing: `${shown}: verify-rollback does not run Liquibase --rollback comments yet` };
  } else if (downPath === 'section') {
    down = { file: shown, text, statements: planStatements(text, info, 'down') };
  } else if (downPath) {
    const downShown = path.relative(cwd, downPath) || downPath;
    const downText = readText(downPath, downShown);
    down = {
      file: downShown,
      text: downText,
      statements: planStatements(downText, { tool: info.tool, direction: 'down' }),
    };
  } else {
    down = {
      missing: `${shown} has no rollback: no down script was found (${expectedDownPlace(absolute, info, project, text, cwd)})`,
    };
  }
  return { up, down, invariants: invariantsOf(text) };
}

/** The up migrations under `dir`, in the tool's order (fewest earlier migrations first). */
function folderMigrations(
  dir: string,
  cwd: string,
  project: Project,
): { absolute: string; text: string; info: MigrationInfo }[] {
  const absoluteDir = path.resolve(cwd, dir);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(absoluteDir);
  } catch {
    stat = undefined;
  }
  if (!stat?.isDirectory()) throw new InputError(`--dir ${dir}: no such folder`);
  const found = [];
  for (const file of collectFiles([absoluteDir], cwd)) {
    const text = project.view.read?.(file.absolute);
    if (text === undefined) continue;
    const info = project.migrationInfo(file.absolute, text);
    if (!info.isMigration || info.direction !== 'up' || isDownScript(file.absolute, info.tool)) continue;
    found.push({ absolute: file.absolute, text, info, order: project.earlierMigrations(file.absolute, info).length });
  }
  if (found.length === 0) {
    throw new InputError(
      `--dir ${dir}: no migrations found (Sluice recognises the folders of known migration tools, or folders named ` +
        'in "migrationDirs" of .sluicerc.json)',
    );
  }
  return found.sort((a, b) => a.order - b.order || a.absolute.localeCompare(b.absolute));
}

export async function verifyRollbackCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    dir: { type: 'string' },
    format: { type: 'string' },
    'database-url': { type: 'string' },
    'statement-timeout': { type: 'string' },
    'no-history': { type: 'boolean' },
    config: { type: 'string' },
    debug: { type: 'boolean' },
  });
  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
  const dir = options.dir as string | undefined;
  if (dir !== undefined && positionals.length > 0)
    throw new UsageError('verify-rollback takes one migration file or --dir DIR, not both');
  if (dir === undefined && positionals.length !== 1) {
    throw new UsageError(
      positionals.length === 0
        ? 'verify-rollback needs one migration file (or --dir DIR for every migration of a folder)'
        : 'verify-rollback takes exactly one migration file (or --dir DIR)',
    );
  }
  const timeoutText = options['statement-timeout'] as string | undefined;
  const statementTimeoutMs = timeoutText === undefined ? DEFAULT_TIMEOUT_MS : Number(timeoutText);
  if (!Number.isInteger(statementTimeoutMs) || statementTimeoutMs < 0)
    throw new UsageError(`--statement-timeout must be a whole number of milliseconds (0: none), not "${timeoutText}"`);
  if (options['database-url'] === '') {
    throw new UsageError(
      '--database-url is empty (an unset variable?): give a URL, or leave the option out for PGlite',
    );
  }
  const url = (options['database-url'] as string | undefined) ?? (process.env.SLUICE_DATABASE_URL || undefined);

  await loadParser();
  const project = new Project({ configFile: options.config as string | undefined });
  const migrations: MigrationUnderTest[] = [];
  let history: SetupScript[] = [];
  if (dir !== undefined) {
    for (const m of folderMigrations(dir, io.cwd, project))
      migrations.push(migrationUnderTest(m.absolute, m.text, m.info, project, io.cwd));
  } else {
    const given = positionals[0];
    const absolute = path.resolve(io.cwd, given);
    const text = readText(absolute, given);
    const info = project.migrationInfo(absolute, text);
    if (!info.isMigration) {
      throw new InputError(
        `${given} is not a migration: Sluice recognises the folders of known migration tools ` +
          '(golang-migrate, Flyway, goose, dbmate, ...) or folders named in "migrationDirs" of .sluicerc.json',
      );
    }
    if (info.direction === 'down' || isDownScript(absolute, info.tool))
      throw new InputError(`${given} is a down script: run verify-rollback on its up migration`);
    migrations.push(migrationUnderTest(absolute, text, info, project, io.cwd));
    if (!url && !options['no-history']) history = setupScripts(absolute, info, project, io.cwd);
  }

  let db: Database;
  let server: ServerDatabase | undefined;
  const notes: string[] = [];
  // On a server, Ctrl-C cancels the running statement and rolls back. The embedded engine runs on this thread, so
  // a handler would wait for its statement: there a signal ends the process as usual (nothing named is touched).
  const interrupts = url
    ? watchInterrupts('verify-rollback', { stderr: io.stderr, exit: (code) => process.exit(code) })
    : undefined;
  if (url) {
    try {
      db = server = await openPostgres(url);
    } catch (error) {
      interrupts?.dispose();
      throw new InputError((error as Error).message);
    }
  } else {
    const texts = [
      ...history.map((s) => s.text),
      ...migrations.flatMap((m) => [m.up.text, 'text' in m.down ? m.down.text : '']),
    ];
    const scratch = await openScratchDatabase(history, { extensions: extensionsUsed(texts) });
    db = scratch.db;
    for (const problem of scratch.problems)
      notes.push(`an earlier migration failed on the embedded database: ${problem}`);
  }
  const controller = new AbortController();
  let cancelAgain: NodeJS.Timeout | undefined;
  let serverVersion = '';
  let result: VerifyResult | undefined;
  try {
    serverVersion = await db.serverVersion();
    interrupts?.stopWith(() => {
      controller.abort();
      const cancel = (): void => void server?.cancel();
      cancel();
      // PostgreSQL drops a cancel that arrives while the backend waits for its client: asked again until done.
      cancelAgain = setInterval(cancel, CANCEL_AGAIN_MS);
    }, ON_A_SERVER);
    result = await verifyRollback({ db, scratch: !url, migrations, statementTimeoutMs, signal: controller.signal });
  } catch (error) {
    // Whatever the cancel interrupted (a statement, a catalog read), the transaction was rolled back.
    if (!interrupts?.signal) throw error;
  } finally {
    clearInterval(cancelAgain);
    interrupts?.dispose();
    await db.close();
  }
  if (interrupts?.signal) {
    io.stderr(
      `sluice: verify-rollback interrupted by ${interrupts.signal} before it finished: ` +
        'everything was rolled back, nothing was committed\n',
    );
    return interruptedExitCode(interrupts.signal);
  }
  // Set: only an interruption is caught above.
  const verified = result as VerifyResult;
  const document: VerifyRollbackDocument = {
    version: 1,
    ok: verified.ok,
    engine: db.engine,
    serverVersion,
    target: dir ?? positionals[0],
    steps: verified.steps,
    differences: verified.differences,
    reconciliation: verified.reconciliation,
  };
  for (const note of notes) io.stderr(`sluice: note: ${note}\n`);
  io.stdout(format === 'json' ? `${JSON.stringify(document, null, 2)}\n` : formatText(document, url));
  return document.ok ? 0 : 1;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function formatText(document: VerifyRollbackDocument, url: string | undefined): string {
  const engine =
    document.engine === 'pglite'
      ? `embedded PGlite (PostgreSQL ${document.serverVersion}), a scratch database`
      : `PostgreSQL ${document.serverVersion} at ${redactedUrl(url ?? '')}, in one transaction rolled back at the end`;
  const out: string[] = [`Verify rollback of ${document.target} on ${engine}`];
  const migrations = [...new Set(document.steps.map((s) => s.migration))];
  for (const migration of migrations) {
    out.push('', migration);
    for (const step of document.steps.filter((s) => s.migration === migration)) {
      const time = step.durationMs === null ? '' : `${step.durationMs.toFixed(1)} ms`;
      const file = step.file === migration ? '' : `  (${step.file})`;
      out.push(
        `  ${step.name.padEnd(9)} ${step.status.padEnd(8)} ${time.padStart(10)}  ${plural(step.statements, 'statement')}${file}`,
      );
      for (const [i, batch] of (step.batches ?? []).entries())
        out.push(
          `      batch ${i + 1} (statement ${batch.statement}): ${plural(batch.rows, 'row')} in ${batch.durationMs} ms`,
        );
      if (step.error) {
        const at = step.error.range ? ` at ${step.error.range.start.line}:${step.error.range.start.column}` : '';
        out.push(`      error${step.error.code ? ` ${step.error.code}` : ''}${at}: ${step.error.message}`);
      }
      if (step.reason && step.status !== 'ok') out.push(`      ${step.reason}`);
    }
    const differences = document.differences.filter((d) => d.migration === migration);
    if (differences.length > 0) {
      out.push(`  after the down, ${plural(differences.length, 'difference')} from before the up:`);
      for (const d of differences) {
        out.push(`    ${d.object}`);
        out.push(`      before: ${d.before ?? '(none)'}`);
        out.push(`      after:  ${d.after ?? '(none)'}`);
      }
    }
    const reconciliation = document.reconciliation.find((r) => r.migration === migration);
    for (const invariant of reconciliation?.invariants ?? []) {
      out.push(
        `  reconcile ${invariant.ok ? 'ok     ' : 'CHANGED'} ${invariant.query}  ` +
          `(before ${invariant.before}; after up ${invariant.afterUp ?? '-'}; after down ${invariant.afterDown ?? '-'})`,
      );
    }
    if (reconciliation && reconciliation.untouchedTables.checked > 0) {
      const { checked, changed } = reconciliation.untouchedTables;
      out.push(`  tables the up does not name: ${checked} compared, ${changed.length} changed`);
      for (const t of changed) {
        out.push(
          `    ${t.table}: ${t.before.rows} → ${t.afterUp.rows} rows` +
            (t.before.checksum !== t.afterUp.checksum ? ', row checksum changed' : ''),
        );
      }
    }
  }
  const failed = document.steps.filter((s) => s.status !== 'ok').length;
  out.push(
    '',
    document.ok
      ? `OK: every down undid its up (schema and row counts as before), and each up applied again.`
      : `FAILED: ${plural(document.differences.length, 'difference')}, ${plural(failed, 'step')} not ok` +
          (document.reconciliation.some((r) => r.invariants.some((i) => !i.ok) || r.untouchedTables.changed.length > 0)
            ? ', reconciliation failed'
            : '') +
          '.',
  );
  if (document.engine === 'postgres') out.push('Everything was rolled back; nothing was committed.');
  return out.join('\n') + '\n';
}
