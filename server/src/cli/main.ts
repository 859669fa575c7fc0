// `sluice <command>`: dispatch, exit codes and error reporting. Exit 0 clean, 1 findings at --fail-on,
// 2 bad usage, unreadable input or an internal error (one line on stderr; the stack only with --debug).
import { setFlagsFromString } from 'v8';
import { keepDerivedFacts } from '../facts/perStatement';
import { loadParser } from '../syntax/parse';
import { UsageError } from './args';
import { InputError } from './files';
import { CommandIO, lintCommand } from './lint';
import { dryRunCommand } from './dryRun';
import { scaffoldCommand } from './scaffold';
import { verifyRollbackCommand } from './verifyRollback';

import { VERSION } from '../version';

const USAGE = `Usage: sluice <command> [options]

Commands:
  lint [paths...]         lint migration files and folders
  lsp --stdio             start the language server on stdin/stdout
  dry-run FILE            run a migration against a scratch database, report each statement, roll back
  verify-rollback FILE    apply up, then down, compare with before, apply up again (or --dir DIR)
  scaffold CHANGE         write expand/migrate/contract migrations with their rollbacks

lint options:
  --format text|json|sarif|github   output format (default text)
  --pg-version N                    PostgreSQL major version (default from config, else 15)
  --assume-in-transaction           treat every migration as running in a transaction
  --config FILE                     use this config instead of the nearest .sluicerc.json
  --rule ID[=off|info|warning|error]  set a rule's severity (repeatable)
  --fail-on error|warning|info      exit 1 at or above this severity (default error)
  --changed-since GIT_REF           only migrations added or changed since GIT_REF
  --stdin --stdin-filename NAME     lint standard input as the file NAME

dry-run options:
  --database-url URL                a real PostgreSQL (or SLUICE_DATABASE_URL); default: embedded PGlite
  --format text|json                output format (default text)
  --statement-timeout MS            statement_timeout per statement (default 30000, 0: none)
  --no-history                      do not apply the folder's earlier migrations (PGlite)
  --progress                        JSON lines on stderr as each statement starts and ends

verify-rollback options:
  --dir DIR                         every migration of the folder, in order (instead of FILE)
  --database-url URL                a real PostgreSQL (or SLUICE_DATABASE_URL), in one rolled-back transaction
  --format text|json                output format (default text)
  --statement-timeout MS            statement_timeout per statement (default 30000, 0: none)
  --no-history                      FILE on PGlite: do not apply the folder's earlier migrations first

scaffold changes (each also takes --dir DIR, required):
  rename-column --table T --column C --to NEW
  change-type --table T --column C --type TYPE [--using EXPR]
  set-not-null --table T --column C
  add-foreign-key --table T --column C --references T2(C2)
  add-unique --table T --columns A,B
  drop-column --table T --column C
  add-index --table T --columns A,B
  backfill --table T --set "c = expr" [--where EXPR] [--batch-size 1000]
scaffold options:
  --dir DIR                         the migrations folder to write into (required)
  --tool TOOL                       the folder's migration tool (default: detected)
  --format text|json                output format (default text)
  --dry-run                         print the files, write nothing
  --pg-version N                    PostgreSQL major version (default from config, else 15)

Exit codes: 0 no findings at --fail-on, 1 findings, 2 usage or input error.
dry-run: 0 every statement ran (or was not run on purpose), 1 a statement failed, 2 usage or input error.
verify-rollback: 0 every down undid its up, 1 a difference, failed step or reconciliation, 2 usage or input error.
dry-run and verify-rollback stopped by Ctrl-C: 130 (SIGTERM: 143), after rolling back; Ctrl-C twice quits at once.
`;

const NOT_YET: Record<string, string> = {};

/**
 * The parser's WASM stays with V8's baseline compiler. Optimising its hot functions in the background cost the
 * language server ~25 MB and made the first analysis of a 5,000-statement file slower, not faster (bench/lsp.ts);
 * it made a one-file lint wait ~50 ms for the compiler, and on two cores took time from the walk of a long one.
 */
function baselineWasmOnly(): void {
  setFlagsFromString('--liftoff-only');
}

export async function main(argv: readonly string[], io: CommandIO): Promise<number> {
  const debug = argv.includes('--debug');
  const [command, ...rest] = argv;
  try {
    const help = rest.includes('--help') || rest.includes('-h'); // `sluice lint --help`
    if (command === undefined) {
      io.stderr("sluice: a command is needed: lint, lsp, dry-run, verify-rollback or scaffold (see 'sluice --help')\n");
      return 2;
    }
    if (command === 'help' || command === '--help' || command === '-h' || help) {
      io.stdout(USAGE);
      return 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (command === 'lint') {
      // Each file is analysed once: nothing derived from its statements is worth keeping for a next time.
      keepDerivedFacts(false);
      baselineWasmOnly();
      return await lintCommand(rest, io);
    }
    if (command === 'lsp') {
      if (
        !rest.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket=') || a.startsWith('--pipe='))
      ) {
        throw new UsageError('sluice lsp needs a transport: --stdio (or --node-ipc, --socket=PORT, --pipe=NAME)');
      }
      const port = rest.find((a) => a.startsWith('--socket='))?.slice('--socket='.length);
      if (port !== undefined && !/^\d+$/.test(port)) {
        throw new UsageError(`lsp --socket=${port}: the port must be a number, e.g. --socket=7001`);
      }
      baselineWasmOnly();
      await loadParser();
      // Loaded here: the protocol library costs every other command ~20 ms of start-up.
      const { startLanguageServer } = await import('../lsp/server.js');
      startLanguageServer();
      return -1; // keeps running; the connection ends the process
    }
    if (command === 'dry-run') return await dryRunCommand(rest, io);
    if (command === 'verify-rollback') return await verifyRollbackCommand(rest, io);
    if (command === 'scaffold') {
      await loadParser();
      return await scaffoldCommand(rest, io);
    }
    if (NOT_YET[command]) throw new UsageError(NOT_YET[command]);
    throw new UsageError(`unknown command "${command}" (commands: lint, lsp, dry-run, verify-rollback, scaffold)`);
  } catch (e) {
    // One line on stderr (the contract), with where to look next.
    if (e instanceof UsageError || e instanceof InputError) {
      const hint = e instanceof UsageError && !NOT_YET[command ?? ''] ? ` (see 'sluice --help')` : '';
      io.stderr(`sluice: ${e.message}${hint}\n`);
    } else {
      const hint = debug ? '' : ' (run again with --debug for details)';
      io.stderr(`sluice: internal error: ${e instanceof Error ? e.message : String(e)}${hint}\n`);
    }
    if (debug && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return 2;
  }
}
