// `sluice lint [paths...]`: lint migrations and print a report; exit 1 when findings reach --fail-on.
import { decodeUtf8, DecodedText } from '../syntax/utf8';
import * as fs from 'fs';
import * as path from 'path';
import type { SluiceConfig } from '../config/config';
import { RULE_SETTINGS } from '../config/config';
import { Project } from '../project';
import { loadParser } from '../syntax/parse';
import { PARSE_AHEAD_MIN_BYTES, startParseWorker } from '../syntax/parseAhead';
import { RULE_IDS, RULES_BY_ID } from '../rules';
import type { RuleSetting, Severity } from '../rules/rule';
import { parseArgs, pgVersionOption, UsageError } from './args';
import { changedSince, collectFiles, InputError, InputFile } from './files';
import type { FileAnalysis } from '../analysis';
import type { LintedFile } from '../project';
import {
  disposeScanners,
  guessWorkspaceRoot,
  REFERENCE_RULES,
  referencesNote,
  scannerFor,
  targetForFinding,
  toRelatedJson,
} from '../references';
import type { Finding } from '../rules/rule';
import { buildReport, docsPath, failsAt, reportFinding, ReportedDiagnostic, ReportedFile } from './report';
import { formatGithub } from './reporters/github';
import { formatJson } from './reporters/json';
import { formatSarif } from './reporters/sarif';
import { formatText } from './reporters/text';
import { loadConfigFile } from '../config/load';

export interface CommandIO {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<Uint8Array>;
  isTTY: boolean;
  version: string;
}

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

export async function lintCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    format: { type: 'string' },
    'pg-version': { type: 'string' },
    'assume-in-transaction': { type: 'boolean' },
    config: { type: 'string' },
    rule: { type: 'list' },
    'fail-on': { type: 'string' },
    'changed-since': { type: 'string' },
    stdin: { type: 'boolean' },
    'stdin-filename': { type: 'string' },
    debug: { type: 'boolean' },
  });

  const format = (options.format as string | undefined) ?? 'text';
  if (!FORMATS.includes(format as Format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  const failOn = ((options['fail-on'] as string | undefined) ?? 'error') as Severity;
  if (!['error', 'warning', 'info'].includes(failOn)) throw new UsageError('--fail-on must be error, warning or info');

  const overrides: Partial<SluiceConfig> = {};
  if (options['pg-version'] !== undefined) overrides.pgVersion = pgVersionOption(options['pg-version'] as string);
  if (options['assume-in-transaction']) overrides.assumeInTransaction = true;
  const ruleFlags = (options.rule as string[] | undefined) ?? [];
  if (ruleFlags.length > 0) overrides.rules = parseRuleFlags(ruleFlags);

  let configFile = options.config as string | undefined;
  if (configFile === '') throw new UsageError('--config needs a file name');
  if (configFile) {
    configFile = path.resolve(io.cwd, configFile);
    if (!fs.existsSync(configFile)) throw new InputError(`--config ${options.config}: no such file`);
    // A broken configuration fails the run even when no file is linted (CI must not pass on it).
    const [problem] = loadConfigFile(configFile).problems;
    if (problem) throw new InputError(`${options.config}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
  }
  const ref = options['changed-since'] as string | undefined;
  if (ref !== undefined && (ref === '' || ref.startsWith('-'))) {
    throw new UsageError(`--changed-since needs a git ref (a branch, tag or commit), not "${ref}"`);
  }
  const project = new Project({ configFile, overrides, parseAhead: true });

  const reported: ReportedFile[] = [];
  let notMigrations = 0;
  if (options.stdin) {
    const name = options['stdin-filename'] as string | undefined;
    if (!name)
      throw new UsageError('--stdin needs --stdin-filename NAME (it decides the migration tool and the config)');
    if (positionals.length > 0) throw new UsageError('--stdin takes no paths');
    const text = decodeUtf8(await io.readStdin());
    await loadParser();
    const file: InputFile = { display: name, absolute: path.resolve(io.cwd, name), explicit: true };
    reported.push(await lintOne(project, file, text, io));
  } else {
    if (options['stdin-filename']) throw new UsageError('--stdin-filename goes with --stdin');
    let files = collectFiles(positionals.length > 0 ? positionals : ['.'], io.cwd);
    if (ref !== undefined) {
      const changed = changedSince(
        ref,
        files.map((f) => path.dirname(f.absolute)),
      );
      files = files.filter((f) => changed.has(f.absolute));
    }
    // A long file is parsed on a second core: the worker starts loading the parser while this thread does.
    if (files.some((f) => fileSize(f.absolute) >= PARSE_AHEAD_MIN_BYTES)) startParseWorker();
    await loadParser();
    for (const file of files) {
      let text: DecodedText;
      try {
        text = decodeUtf8(fs.readFileSync(file.absolute));
      } catch (e) {
        throw new InputError(
          `${file.display}: cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
        );
      }
      const result = await lintOne(project, file, text, io);
      if (result.diagnostics.length > 0 || file.explicit || result.tool !== null) reported.push(result);
      else notMigrations++;
    }
  }
  // An earlier migration that could not be read leaves every later one's schema wrong: no result is better.
  const [unreadable, code] = project.unreadable.entries().next().value ?? [];
  if (unreadable !== undefined)
    throw new InputError(
      `${path.relative(io.cwd, unreadable) || unreadable}: cannot read (${code}), and the migrations after it need it`,
    );
  // A folder of .sql files in no layout Sluice knows (a Hasura project, say) would otherwise pass in silence.
  if (reported.length === 0 && notMigrations > 0)
    io.stderr(
      `sluice: ${notMigrations === 1 ? 'the .sql file found is not' : `none of the ${notMigrations} .sql files found is`} a migration Sluice recognises: name the files, or list their folder in "migrationDirs" in .sluicerc.json\n`,
    );

  disposeScanners(); // the background scans must not keep the process alive
  const report = buildReport(reported);
  const output =
    format === 'json'
      ? formatJson(report)
      : format === 'sarif'
        ? formatSarif(report, io.version)
        : format === 'github'
          ? formatGithub(report)
          : formatText(report, io.isTTY);
  io.stdout(output);
  return failsAt(report, failOn) ? 1 : 0;
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0; // reading it says what is wrong
  }
}

async function lintOne(
  project: Project,
  file: InputFile,
  { text, invalid }: DecodedText,
  io: CommandIO,
): Promise<ReportedFile> {
  const linted = project.lint(file.absolute, text, file.explicit);
  for (const problem of linted.config.problems) {
    const where = linted.config.file ? path.relative(io.cwd, linted.config.file) : '.sluicerc.json';
    throw new InputError(`${where}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
  }
  const analysis = linted.analysis;
  const diagnostics: ReportedDiagnostic[] = [];
  for (const finding of analysis?.findings ?? []) {
    const diagnostic = reportFinding(analysis as FileAnalysis, finding);
    await addReferences(diagnostic, finding, analysis as FileAnalysis, file.absolute, linted, io.cwd);
    diagnostics.push(diagnostic);
  }
  const severity = linted.settings.rules['syntax-error'] ?? 'error';
  if (invalid && analysis && severity !== 'off') {
    // Where the decoder put U+FFFD, PostgreSQL stops: the file must be saved as UTF-8.
    const at = analysis.lines.positionAt(invalid.offset);
    const byte = `0x${invalid.byte.toString(16).padStart(2, '0')}`;
    diagnostics.push({
      rule: 'syntax-error',
      severity,
      message: `invalid UTF-8 byte ${byte}: PostgreSQL rejects SQL text holding it (invalid byte sequence for encoding "UTF8"); save the file as UTF-8`,
      range: {
        start: { line: at.line + 1, column: at.character + 1 },
        end: { line: at.line + 1, column: at.character + 2 },
      },
      lock: null,
      docs: docsPath('syntax-error'),
    });
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column);
  }
  return { path: file.display, tool: linted.migration.tool, diagnostics };
}

/** guessWorkspaceRoot per folder, once per run (it probes the file system up to the root). */
const guessedRoots = new Map<string, string>();

function guessedRoot(file: string): string {
  const dir = path.dirname(file);
  let root = guessedRoots.get(dir);
  if (root === undefined) guessedRoots.set(dir, (root = guessWorkspaceRoot(file)));
  return root;
}

/** drop-column, rename-column, rename-table, drop-table: where application code still uses the name. */
async function addReferences(
  diagnostic: ReportedDiagnostic,
  finding: Finding,
  analysis: FileAnalysis,
  file: string,
  linted: LintedFile,
  cwd: string,
): Promise<void> {
  if (!REFERENCE_RULES.has(finding.rule) || finding.statement === undefined) return;
  const parse = analysis.statements[finding.statement].parse;
  const target = parse.ok ? targetForFinding(finding, parse.kind, parse.ast) : undefined;
  if (!target) return;
  // The project root: where .sluicerc.json is, else a repository/package marker above the file. Without either
  // there is no application to search (and scanning whatever folder we were started in would be slow and wrong).
  const guessed = guessedRoot(file);
  const root = linted.config.file ? linted.config.root : guessed === path.dirname(file) ? undefined : guessed;
  if (!root) return;
  const scanner = scannerFor(root, { migrationDirs: linted.settings.migrationDirs });
  await scanner.start();
  const result = await scanner.find(target);
  if (result.places.length > 0) diagnostic.related = result.places.map((p) => toRelatedJson(p, cwd));
  const note = referencesNote(target, result);
  if (note) diagnostic.message = `${diagnostic.message} ${note}`;
}

function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const rules: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const [id, given, ...extra] = flag.split('=');
    if (extra.length > 0) throw new UsageError(`--rule ${flag}: one setting per rule, e.g. --rule ${id}=warning`);
    if (!RULE_IDS.has(id))
      throw new UsageError(`--rule ${flag}: unknown rule "${id}": the rules are listed in docs/rules/`);
    // `--rule ID` alone enables a rule at its default severity (warning for rules that are off by default).
    const defaultSeverity = RULES_BY_ID.get(id)?.meta.severity;
    const setting = given ?? (defaultSeverity === 'off' ? 'warning' : defaultSeverity);
    if (!RULE_SETTINGS.includes(setting as RuleSetting)) {
      throw new UsageError(`--rule ${flag}: the setting must be off, info, warning or error`);
    }
    rules[id] = setting as RuleSetting;
  }
  return rules;
}
