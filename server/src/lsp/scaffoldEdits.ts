// Safe multi-step changes in the editor: the `refactor.rewrite` code action on a risky statement and the
// "New Safe Schema Change" wizard both end here, in a WorkspaceEdit that creates the expand/migrate/contract
// files (each with its rollback) in the folder's migration tool convention. The rewritten statement's undo
// leaves the old paired down (its section of the file, or the down file) in the same edit.
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  Diagnostic,
  OptionalVersionedTextDocumentIdentifier,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { analyze, type FileAnalysis, replayMigration } from '../analysis';
import type { Finding } from '../rules/rule';
import { detectFolderTool } from '../fixes/layout/folderTool';
import { layoutPlan, type LayoutResult, type LayoutTarget } from '../fixes/layout/layout';
import type { OffsetEdit } from '../fixes/quickfix';
import { DOWN_LEFT_AS_IS, pairedDownOf, undoRemoval } from '../fixes/quickfix/pairedDown';
import { scaffold } from '../fixes/scaffold';
import { changeRequestOf } from '../fixes/scaffold/fromStatement';
import { type ChangeRequest, ScaffoldError, type ScaffoldPlan } from '../fixes/scaffold/plan';
import { downScriptOf } from '../migrations/rollback';
import type { FileSystemView, MigrationInfo, MigrationTool } from '../migrations/tools';
import type { Project } from '../project';
import { folderListing, schemaForNewMigrations, sourcesForNewMigrations, toolFolderOf } from '../scaffoldTarget';
import type { ScaffoldOptions, ScaffoldResult } from '../protocol';
import { LineIndex } from '../syntax/positions';
import type { SchemaModel } from '../schema/model';
import { quoteIdent } from '../syntax/quoteIdent';

/** What a scaffold code action carries until it is resolved: everything needed, nothing kept on the server. */
export interface ScaffoldActionData {
  scaffold: { uri: string; version: number; request: ChangeRequest; start: number; end: number };
}

/** A folder given directly, or the tool folder of a migration file. */
function targetOf(project: Project, file: string): { dir: string; tool: MigrationTool } {
  const listing = project.view.list(file);
  if (listing !== undefined) return { dir: file, tool: detectFolderTool(file, project.view) };
  const migration = project.migrationInfo(file, project.view.read?.(file) ?? '');
  const dir = toolFolderOf(file, migration.tool);
  return { dir, tool: migration.tool ?? detectFolderTool(dir, project.view) };
}

function targetIn(project: Project, dir: string, tool: MigrationTool): LayoutTarget {
  let listing: string[] = [];
  try {
    listing = folderListing(dir, tool);
  } catch {
    // a folder that does not exist yet: nothing to number after
  }
  return { tool, dir, listing, read: project.view.read, now: new Date() };
}

function layoutIn(project: Project, plan: ScaffoldPlan, dir: string, tool: MigrationTool): LayoutResult {
  return layoutPlan(plan, targetIn(project, dir, tool));
}

/** The schema new files in `dir` run against: every migration already there, replayed in the tool's order. */
function schemaAfterFolder(project: Project, dir: string, tool: MigrationTool): SchemaModel {
  return schemaForNewMigrations(project, targetIn(project, dir, tool));
}

function sqlName(key: string): string {
  const [schema, ...rest] = key.split('.');
  const name = rest.join('.');
  return schema === 'public' ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

export function scaffoldOptions(project: Project, file: string): ScaffoldOptions {
  const { dir, tool } = targetOf(project, file);
  const schema = schemaAfterFolder(project, dir, tool);
  const tables = [...schema.tables.values()]
    .filter((t) => !t.partitionOf)
    .map((t) => ({ name: sqlName(t.key), columns: [...t.columns.keys()].map(quoteIdent) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { folder: pathToFileURL(dir).toString(), tool, tables };
}

/** The planned files as CreateFile + their content, then the appends to the files the tool keeps a list in. */
export function layoutChanges(view: FileSystemView, layout: LayoutResult): (CreateFile | TextDocumentEdit)[] {
  const changes: (CreateFile | TextDocumentEdit)[] = [];
  for (const file of layout.files) {
    const uri = pathToFileURL(file.path).toString();
    changes.push(CreateFile.create(uri, { overwrite: false, ignoreIfExists: false }));
    changes.push(
      TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, null), [
        TextEdit.insert({ line: 0, character: 0 }, file.content),
      ]),
    );
  }
  for (const append of layout.appends) {
    const text = view.read?.(append.path) ?? '';
    const uri = pathToFileURL(append.path).toString();
    const end = new LineIndex(text).positionAt(text.length);
    const glue = text === '' || text.endsWith('\n') ? '' : '\n';
    changes.push(
      TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, null), [
        TextEdit.insert(end, glue + append.text),
      ]),
    );
  }
  return changes;
}

/** A planned file that exists already: the layout numbers after the last migration, but never write over one. */
export function existingFile(view: FileSystemView, layout: LayoutResult): string | undefined {
  return layout.files.find((f) => (view.list(path.dirname(f.path)) ?? []).includes(path.basename(f.path)))?.path;
}

/** Offset edits of a file's text as TextEdits. */
export function textEdits(lines: LineIndex, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) =>
    TextEdit.replace({ start: lines.positionAt(e.start), end: lines.positionAt(e.end) }, e.newText),
  );
}

/** A migration's down script when it is a file of its own, analysed. */
export interface DownFile {
  path: string;
  analysis: FileAnalysis;
}

/**
 * The down file of migration `file` (`text`): 'unknown' when it cannot be read as statements; undefined when
 * there is none, or it is a section of `file` (goose, dbmate: statements of the file's own analysis).
 */
export function readDownFile(
  file: string,
  tool: MigrationTool | null,
  view: FileSystemView,
  text: string,
  pgVersion: number,
): DownFile | 'unknown' | undefined {
  const down = downScriptOf(file, tool, view, text);
  // Liquibase `--rollback` lines are comments.
  if (down === 'section') return tool === 'liquibase' ? 'unknown' : undefined;
  if (down === undefined) return undefined;
  const downText = view.read?.(down);
  if (downText === undefined) return 'unknown';
  const analysis = analyze(
    downText,
    { isMigration: true, tool, direction: 'down' },
    { pgVersion, assumeInTransaction: false, rules: {} },
  );
  return { path: down, analysis };
}

/** An edit of the down file as read (an open editor's buffer): no version, the client applies it to that text. */
export function downFileEdit(down: DownFile, edits: readonly OffsetEdit[]): TextDocumentEdit {
  return TextDocumentEdit.create(
    OptionalVersionedTextDocumentIdentifier.create(pathToFileURL(down.path).toString(), null),
    textEdits(down.analysis.lines, edits),
  );
}

function resultOf(project: Project, layout: LayoutResult, extra: TextDocumentEdit[] = []): ScaffoldResult {
  const clash = existingFile(project.view, layout);
  if (clash) return { files: [], error: `${clash} already exists; Sluice never overwrites a migration` };
  return {
    edit: { documentChanges: [...layoutChanges(project.view, layout), ...extra] },
    files: layout.files.map((f) => ({
      uri: pathToFileURL(f.path).toString(),
      phase: f.phase,
      kind: f.kind,
      deploy: f.deploy,
    })),
  };
}

function pgVersionFor(project: Project, file: string): number {
  return project.settingsFor(file).pgVersion;
}

/** The wizard's request: files for `request` in the migration folder of `file` (a folder or one of its files). */
export function scaffoldFiles(project: Project, file: string, request: ChangeRequest): ScaffoldResult {
  try {
    const { dir, tool } = targetOf(project, file);
    const schema = schemaAfterFolder(project, dir, tool);
    const sources = sourcesForNewMigrations(project, targetIn(project, dir, tool));
    const plan = scaffold(request, { schema, sources, pgVersion: pgVersionFor(project, file) });
    return resultOf(project, layoutIn(project, plan, dir, tool));
  } catch (e) {
    if (e instanceof ScaffoldError) return { files: [], error: e.message };
    throw e;
  }
}

const TITLES: Record<ChangeRequest['kind'], string> = {
  'rename-column': 'rename the column',
  'change-type': "change the column's type",
  'set-not-null': 'make the column NOT NULL',
  'add-foreign-key': 'add the foreign key',
  'add-unique': 'add the unique constraint',
  'drop-column': 'drop the column',
  'add-index': 'add the index',
  backfill: 'backfill',
};

const MAX_SCAFFOLDS_PER_REQUEST = 3;

function scaffoldTitle(request: ChangeRequest, downLeft: boolean): string {
  const title = `Rewrite as safe migrations: ${TITLES[request.kind]} in expand → migrate → contract steps, each with its rollback`;
  return downLeft ? `${title}${DOWN_LEFT_AS_IS}` : title;
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

/** The migration's down file for a scaffold from one of its statements (see readDownFile). */
export function scaffoldDownFile(
  project: Project,
  file: string,
  migration: MigrationInfo,
  text: string,
): DownFile | 'unknown' | undefined {
  return readDownFile(file, migration.tool, project.view, text, pgVersionFor(project, file));
}

/**
 * The old paired down once statement `index` runs as new migrations, which carry their own downs: without the
 * statement's exact undo (`here` edits this file's down section, `file` the down file), or 'left' as it is
 * when no statement of it is exactly that undo (the rolled-back down would then undo it a second time).
 */
function oldDownEdits(
  analysis: FileAnalysis,
  index: number,
  downFile: () => DownFile | 'unknown' | undefined,
): { here: OffsetEdit[]; file?: TextDocumentEdit } | 'left' {
  const pairedDown = once(() =>
    pairedDownOf(analysis, () => {
      const file = downFile();
      return file === 'unknown' ? file : file?.analysis;
    }),
  );
  const parse = analysis.statements[index]?.parse;
  const removal = parse?.ok ? undoRemoval(pairedDown, parse.ast, parse.kind) : pairedDown() && 'left';
  if (removal === 'left') return 'left';
  if (!removal) return { here: [] };
  if (removal.down.sameFile) return { here: [removal.edit] };
  const file = downFile();
  return typeof file === 'object' ? { here: [], file: downFileEdit(file, [removal.edit]) } : 'left';
}

/** `refactor.rewrite` actions for the statements the range touches that are one supported change each. */
export function scaffoldActionsFor(
  analysis: FileAnalysis,
  migration: MigrationInfo,
  uri: string,
  version: number,
  range: Range,
  diagnostics: readonly Diagnostic[],
  /** Why the change cannot be planned here (an unknown column type...), or undefined when it can. */
  planError: (request: ChangeRequest, start: number) => string | undefined,
  /** The client shows disabled actions with their reason; otherwise such actions are left out. */
  showDisabled: boolean,
  /** The migration's down file (scaffoldDownFile): the title says when its undo of the statement stays. */
  downFile: () => DownFile | 'unknown' | undefined,
): CodeAction[] {
  const down = once(downFile);
  const from = analysis.lines.offsetAt(range.start);
  const to = analysis.lines.offsetAt(range.end);
  const actions: CodeAction[] = [];
  let planned = 0;
  // Only statements Sluice flags: a rename in a brand-new table needs no ceremony.
  const flaggedAt = new Map<number, Finding[]>();
  for (const f of analysis.findings) {
    if (f.statement === undefined || f.severity === 'info') continue;
    flaggedAt.set(f.statement, [...(flaggedAt.get(f.statement) ?? []), f]);
  }
  analysis.statements.forEach((statement, index) => {
    if (statement.end < from || statement.start > to) return;
    // A refactoring is about the statement at hand: planning one means replaying the file up to it, so a
    // selection over a whole file gets the first few rather than seconds of work on a lightbulb request.
    if (migration.direction !== 'up' || planned >= MAX_SCAFFOLDS_PER_REQUEST) return;
    // A goose/dbmate down section undoes: new forward migrations made from it would destroy the schema.
    if (analysis.units.find((u) => u.statements.includes(index))?.direction === 'down') return;
    const flagged = flaggedAt.get(index);
    if (!flagged) return;
    const request = changeRequestOf(statement.text);
    if (!request) return;
    // The change's own rule says the statement cannot be rewritten (a column added back in the same transaction
    // under the name it leaves: the new files would keep the column, and that ADD COLUMN would then fail).
    if (flagged.some((f) => f.rule === request.kind && f.source?.noFix)) return;
    planned++;
    const reason = planError(request, statement.start);
    if (reason && !showDisabled) return;
    const data: ScaffoldActionData = {
      scaffold: { uri, version, request, start: statement.start, end: statement.end },
    };
    const related = diagnostics.filter((d) => flagged.some((f) => f.rule === d.code));
    const downLeft = !reason && oldDownEdits(analysis, index, down) === 'left';
    actions.push({
      title: scaffoldTitle(request, downLeft),
      kind: CodeActionKind.RefactorRewrite,
      ...(related.length ? { diagnostics: related } : {}),
      ...(reason ? { disabled: { reason } } : {}),
      data,
    });
  });
  return actions;
}

export function isScaffoldAction(action: CodeAction): action is CodeAction & { data: ScaffoldActionData } {
  return typeof (action.data as ScaffoldActionData | undefined)?.scaffold?.request?.kind === 'string';
}

/** The plan for a statement's change, from the schema just before the statement. Throws ScaffoldError. */
function planAt(
  project: Project,
  analysis: FileAnalysis,
  migration: MigrationInfo,
  file: string,
  request: ChangeRequest,
  start: number,
): ScaffoldPlan {
  const history = project.historySchema(file, migration);
  const before = replayMigration(history, analysis.lines.text.slice(0, start), migration);
  // What the earlier migrations and statements wrote (defaults, index definitions), for the down steps.
  const texts = project
    .earlierMigrations(file, migration)
    .map((f) => project.view.read?.(f))
    .filter((t): t is string => t !== undefined);
  const sources = { texts: [...texts, analysis.lines.text.slice(0, start)], tool: migration.tool };
  return scaffold(request, { schema: before, sources, pgVersion: pgVersionFor(project, file) });
}

export function scaffoldPlanError(
  project: Project,
  analysis: FileAnalysis,
  migration: MigrationInfo,
  file: string,
  request: ChangeRequest,
  start: number,
): string | undefined {
  try {
    planAt(project, analysis, migration, file, request, start);
    return undefined;
  } catch (e) {
    if (e instanceof ScaffoldError) return e.message;
    throw e;
  }
}

/**
 * The edit of a scaffold action: the new files, the statement replaced in its file by a comment naming them
 * (it now runs as those steps), and its undo taken out of the old paired down. The schema the plan starts
 * from is the one before the statement.
 */
export function resolveScaffoldAction(
  project: Project,
  analysis: FileAnalysis,
  migration: MigrationInfo,
  file: string,
  action: CodeAction,
): CodeAction {
  if (!isScaffoldAction(action) || action.disabled) return action;
  const { uri, version, request, start, end } = action.data.scaffold;
  try {
    const plan = planAt(project, analysis, migration, file, request, start);
    const tool = migration.tool ?? detectFolderTool(path.dirname(file), project.view);
    const layout = layoutIn(project, plan, toolFolderOf(file, migration.tool), tool);
    const names = layout.files.filter((f) => f.kind === 'up').map((f) => path.basename(f.path));
    const note = `-- sluice: ${plan.title} now runs as safe steps in ${names.join(', ')}`;
    const replace = TextEdit.replace(
      { start: analysis.lines.positionAt(start), end: analysis.lines.positionAt(end) },
      note,
    );
    const index = analysis.statements.findIndex((s) => s.start === start);
    const down = oldDownEdits(
      analysis,
      index,
      once(() => scaffoldDownFile(project, file, migration, analysis.lines.text)),
    );
    const here = down === 'left' ? [] : textEdits(analysis.lines, down.here);
    const own = TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, version), [
      replace,
      ...here,
    ]);
    const downFile = down !== 'left' && down.file ? [down.file] : [];
    const result = resultOf(project, layout, [own, ...downFile]);
    if (result.error) return { ...action, disabled: { reason: result.error } };
    return { ...action, title: scaffoldTitle(request, down === 'left'), edit: result.edit };
  } catch (e) {
    if (e instanceof ScaffoldError) return { ...action, disabled: { reason: e.message } };
    throw e;
  }
}
