// `sluice scaffold CHANGE [options]`: writes the migrations of a safe multi-step change, each with its rollback,
// in the convention of the folder's migration tool. The generators get the schema the folder's migrations build
// (history replayed as `sluice lint` replays it); the layout decides names; this file reads and writes the disk.
// Nothing is ever overwritten: when a planned file exists, nothing at all is written.
import * as fs from 'fs';
import * as path from 'path';
import type { SluiceConfig } from '../config/config';
import { detectFolderTool } from '../fixes/layout/folderTool';
import { layoutPlan, LayoutResult, LayoutTarget, PlannedFile } from '../fixes/layout/layout';
import { scaffold } from '../fixes/scaffold';
import { CHANGE_KINDS, ChangeKind, ChangeRequest, ScaffoldError, ScaffoldPlan } from '../fixes/scaffold/plan';
import { MIGRATION_TOOLS, type MigrationTool } from '../migrations/tools';
import { Project } from '../project';
import { folderListing, schemaForNewMigrations, sourcesForNewMigrations } from '../scaffoldTarget';
import { parseArgs, pgVersionOption, UsageError } from './args';
import { InputError } from './files';
import type { CommandIO } from './lint';

/** The options each change takes: required ones with the placeholder the usage line shows, then optional ones. */
const CHANGE_OPTIONS: Record<ChangeKind, { required: Record<string, string>; optional: string[] }> = {
  'rename-column': { required: { table: 'T', column: 'C', to: 'NEW' }, optional: [] },
  'change-type': { required: { table: 'T', column: 'C', type: 'TYPE' }, optional: ['using'] },
  'set-not-null': { required: { table: 'T', column: 'C' }, optional: [] },
  'add-foreign-key': { required: { table: 'T', column: 'C', references: 'T2(C2)' }, optional: [] },
  'add-unique': { required: { table: 'T', columns: 'A,B' }, optional: [] },
  'drop-column': { required: { table: 'T', column: 'C' }, optional: [] },
  'add-index': { required: { table: 'T', columns: 'A,B' }, optional: [] },
  backfill: { required: { table: 'T', set: '"c = expr"' }, optional: ['where', 'batch-size'] },
};

const CHANGE_SPECIFIC = [
  'table',
  'column',
  'to',
  'type',
  'using',
  'references',
  'columns',
  'set',
  'where',
  'batch-size',
];

function changeRequest(kind: ChangeKind, options: Record<string, string | undefined>): ChangeRequest {
  const { required, optional } = CHANGE_OPTIONS[kind];
  for (const name of CHANGE_SPECIFIC) {
    if (options[name] !== undefined && !(name in required) && !optional.includes(name)) {
      throw new UsageError(`--${name} does not apply to ${kind}`);
    }
  }
  for (const [name, placeholder] of Object.entries(required)) {
    const value = options[name];
    if (value === undefined) throw new UsageError(`scaffold ${kind} needs --${name} ${placeholder}`);
    if (value.trim() === '') throw new UsageError(`--${name} must not be empty`);
  }
  const o = options as Record<string, string>;
  switch (kind) {
    case 'rename-column':
      return { kind, table: o.table, column: o.column, to: o.to };
    case 'change-type':
      return {
        kind,
        table: o.table,
        column: o.column,
        type: o.type,
        ...(o.using !== undefined ? { using: o.using } : {}),
      };
    case 'set-not-null':
    case 'drop-column':
      return { kind, table: o.table, column: o.column };
    case 'add-foreign-key': {
      const m = /^\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*$/.exec(o.references);
      if (!m) throw new UsageError(`--references must be TABLE(COLUMN), e.g. customers(id); got "${o.references}"`);
      return { kind, table: o.table, column: o.column, references: { table: m[1], column: m[2] } };
    }
    case 'add-unique':
    case 'add-index': {
      const columns = o.columns.split(',').map((c) => c.trim());
      if (columns.some((c) => c === '')) throw new UsageError(`--columns must be a comma-separated list such as a,b`);
      return { kind, table: o.table, columns };
    }
    case 'backfill': {
      let batchSize: number | undefined;
      if (o['batch-size'] !== undefined) {
        batchSize = Number(o['batch-size']);
        if (!Number.isInteger(batchSize) || batchSize < 1) {
          throw new UsageError(`--batch-size must be a positive whole number of rows; got "${o['batch-size']}"`);
        }
      }
      return {
        kind,
        table: o.table,
        set: o.set,
        ...(o.where !== undefined ? { where: o.where } : {}),
        ...(batchSize !== undefined ? { batchSize } : {}),
      };
    }
  }
}

export async function scaffoldCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const { positionals, options } = parseArgs(argv, {
    dir: { type: 'string' },
    tool: { type: 'string' },
    format: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'pg-version': { type: 'string' },
    config: { type: 'string' },
    debug: { type: 'boolean' },
    ...Object.fromEntries(CHANGE_SPECIFIC.map((name) => [name, { type: 'string' as const }])),
  });

  const [change, ...extra] = positionals;
  if (change === undefined) throw new UsageError(`scaffold needs a change: ${CHANGE_KINDS.join(', ')}`);
  if (!CHANGE_KINDS.includes(change as ChangeKind)) {
    throw new UsageError(`unknown change "${change}" (changes: ${CHANGE_KINDS.join(', ')})`);
  }
  if (extra.length > 0) throw new UsageError(`scaffold takes one change; unexpected "${extra[0]}"`);
  const request = changeRequest(change as ChangeKind, options as Record<string, string | undefined>);

  const format = (options.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError('--format must be one of text, json');
  const toolOption = options.tool as string | undefined;
  if (toolOption !== undefined && !MIGRATION_TOOLS.includes(toolOption as MigrationTool)) {
    throw new UsageError(`--tool must be one of ${MIGRATION_TOOLS.join(', ')}`);
  }
  const overrides: Partial<SluiceConfig> = {};
  if (options['pg-version'] !== undefined) overrides.pgVersion = pgVersionOption(options['pg-version'] as string);
  const dirOption = options.dir as string | undefined;
  if (dirOption === undefined) throw new UsageError('scaffold needs --dir DIR (the migrations folder to write into)');
  let dir = path.resolve(io.cwd, dirOption);
  const stat = fs.statSync(dir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory())
    throw new InputError(`--dir ${dirOption}: a file, not a folder (name the migrations folder)`);
  if (!stat)
    throw new InputError(`--dir ${dirOption}: no such folder (create it first, or name the migrations folder)`);
  let configFile = options.config as string | undefined;
  if (configFile) {
    configFile = path.resolve(io.cwd, configFile);
    if (!fs.existsSync(configFile)) throw new InputError(`--config ${options.config}: no such file`);
  }

  const project = new Project({ configFile, overrides });
  const probeFile = path.join(dir, 'migration.sql');
  const config = project.configFor(probeFile);
  for (const problem of config.problems) {
    const where = config.file ? path.relative(io.cwd, config.file) : '.sluicerc.json';
    throw new InputError(`${where}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`);
  }
  let tool = (toolOption as MigrationTool | undefined) ?? detectFolderTool(dir, project.view);
  // `--dir db/deploy` names a folder inside a sqitch project: the project folder holds sqitch.plan.
  if (!toolOption && ['deploy', 'revert', 'verify'].includes(path.basename(dir))) {
    const parentTool = detectFolderTool(path.dirname(dir), project.view);
    if (parentTool === 'sqitch') {
      tool = parentTool;
      dir = path.dirname(dir);
    }
  }
  const target: LayoutTarget = {
    tool,
    dir,
    listing: folderListing(dir, tool),
    read: project.view.read,
    now: new Date(),
  };

  let plan: ScaffoldPlan;
  try {
    plan = scaffold(request, {
      schema: schemaForNewMigrations(project, target),
      pgVersion: project.settingsFor(probeFile).pgVersion,
      sources: sourcesForNewMigrations(project, target),
    });
  } catch (e) {
    if (e instanceof ScaffoldError) throw new InputError(`scaffold ${change}: ${e.message}`);
    throw e;
  }
  const result = layoutPlan(plan, target);
  const display = (file: string): string => path.relative(io.cwd, file) || '.';
  for (const file of result.files) {
    if (fs.existsSync(file.path)) throw new InputError(`${display(file.path)} already exists; nothing was written`);
  }
  const dryRun = options['dry-run'] === true;
  if (!dryRun) write(result);

  if (format === 'json') {
    const files = result.files.map((f) => ({ path: display(f.path), phase: f.phase, kind: f.kind, deploy: f.deploy }));
    io.stdout(`${JSON.stringify({ version: 1, files }, null, 2)}\n`);
  } else {
    io.stdout(textReport(plan, result, tool, dryRun, display));
  }
  return 0;
}

function write(result: LayoutResult): void {
  const cannot = (file: string, error: unknown): InputError =>
    new InputError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  for (const file of result.files) {
    try {
      fs.mkdirSync(path.dirname(file.path), { recursive: true });
      fs.writeFileSync(file.path, file.content, { flag: 'wx' }); // wx: never replace a file that appeared meanwhile
    } catch (error) {
      throw cannot(file.path, error);
    }
  }
  for (const append of result.appends) {
    try {
      fs.appendFileSync(append.path, append.text);
    } catch (error) {
      throw cannot(append.path, error);
    }
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Files grouped by deployment with their phase; a dry run also prints every file's content. */
function textReport(
  plan: ScaffoldPlan,
  result: LayoutResult,
  tool: MigrationTool,
  dryRun: boolean,
  display: (file: string) => string,
): string {
  const deploys = [...new Set(result.files.map((f) => f.deploy))].sort((a, b) => a - b);
  const out: string[] = [
    `${plan.title} (${tool}): ${dryRun ? 'would write' : 'wrote'} ${plural(result.files.length, 'file')} in ${plural(deploys.length, 'deployment')}`,
  ];
  for (const deploy of deploys) {
    const files = result.files.filter((f) => f.deploy === deploy);
    const phases = [...new Set(files.map((f) => f.phase))].join(' + ');
    out.push('', `deploy ${deploy} of ${deploys.length} — ${phases}`);
    for (const file of files) out.push(`  ${file.kind.padEnd(4)}  ${display(file.path)}`);
  }
  for (const append of result.appends) {
    const lines = append.text.split('\n').filter((l) => l !== '' && !l.startsWith('%')).length;
    out.push(
      '',
      `${display(append.path)}: ${dryRun ? 'would append' : 'appended'} ${lines} ${lines === 1 ? 'line' : 'lines'}`,
    );
  }
  out.push(
    '',
    'Ship each deployment separately, in order. To undo a step, run its down script right after its up script.',
  );
  if (dryRun) {
    out.push('', 'Dry run: nothing was written.');
    for (const file of result.files as PlannedFile[])
      out.push('', `==> ${display(file.path)} <==`, file.content.replace(/\n$/, ''));
    for (const append of result.appends)
      out.push('', `==> ${display(append.path)} (appended) <==`, append.text.replace(/\n$/, ''));
  }
  return `${out.join('\n')}\n`;
}
