// The language server: LSP wiring only. Analysis happens in ../analysis.ts through ../project.ts, exactly as
// the CLI does it, so the editor shows for a file what `sluice lint` prints for it.
import * as net from 'net';
import * as path from 'path';
import { fileURLToPath } from 'url';
import {
  CodeActionKind,
  Connection,
  createConnection,
  Diagnostic,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  InitializeParams,
  InitializeResult,
  MessageType,
  ProposedFeatures,
  StreamMessageWriter,
  ShowMessageNotification,
  SocketMessageReader,
  SocketMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { VERSION } from '../version';
import { CONFIG_FILE_NAME } from '../config/config';
import { forgetFile } from '../analysis';
import { LintedFile, Project } from '../project';
import {
  ClientSettings,
  DEFAULT_CLIENT_SETTINGS,
  FILE_INFO_REQUEST,
  FileInfo,
  FileInfoParams,
  SCAFFOLD_OPTIONS_REQUEST,
  SCAFFOLD_REQUEST,
  ScaffoldOptions,
  ScaffoldOptionsParams,
  ScaffoldParams,
  ScaffoldResult,
  SHOW_DOCUMENTATION_COMMAND,
} from '../protocol';
import {
  disposeScanners,
  guessWorkspaceRoot,
  REFERENCE_RULES,
  referencesNote,
  scannerFor,
  SOURCE_GLOB,
  targetForFinding,
  toLspRelated,
} from '../references';
import { RULE_IDS } from '../rules';
import type { Finding } from '../rules/rule';
import { loadParser } from '../syntax/parse';
import { codeActionsFor } from './codeActions';
import { reusedDiagnostic, toDiagnostic } from './diagnostics';
import { cachingJsonEncoder } from './encoder';
import { warmUp } from './warmUp';
import { IdleCollector } from './idleCollector';
import { docsRoot, ruleDocsUri } from './documentation';
import { hoverAt } from './hover';
import { quickFixActionsFor } from './quickFixActions';
import { executeGenerateRollback, GENERATE_ROLLBACK_COMMAND, rollbackCodeActions } from './rollbackAction';
import {
  isScaffoldAction,
  resolveScaffoldAction,
  scaffoldActionsFor,
  scaffoldDownFile,
  scaffoldFiles,
  scaffoldOptions,
  scaffoldPlanError,
} from './scaffoldEdits';

interface CachedResult {
  version: number;
  linted: LintedFile;
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/**
 * The connection `sluice lsp` serves: over stdio with the caching JSON encoder (lsp/encoder.ts); any other
 * transport (`--node-ipc`, `--socket`, `--pipe`) as vscode-languageserver sets it up.
 */
function defaultConnection(): Connection {
  const socket = socketArgument();
  if (socket) {
    // The editor listens and the server connects: when nothing listens, say so instead of exiting silently.
    const stream =
      typeof socket === 'number' ? net.createConnection(socket, '127.0.0.1') : net.createConnection(socket);
    stream.on('error', (e: NodeJS.ErrnoException) => {
      process.stderr.write(
        `sluice lsp: cannot connect to ${typeof socket === 'number' ? `port ${socket}` : socket} (${e.code ?? e.message}): start the editor's side first\n`,
      );
      process.exit(2);
    });
    return createConnection(ProposedFeatures.all, new SocketMessageReader(stream), new SocketMessageWriter(stream));
  }
  if (!process.argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: cachingJsonEncoder });
  // stdin stays a stream, so the library still ends the server when the editor closes it; the output may be a
  // ready message writer (the library passes it through), which its typings do not say.
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}

/** `--socket=PORT` (a number) or `--pipe=NAME`, as vscode-languageserver reads them; undefined for other transports. */
function socketArgument(): number | string | undefined {
  for (const arg of process.argv) {
    const [name, value] = arg.split('=');
    if (name === '--socket' && value) return Number(value);
    if (name === '--pipe' && value) return value;
  }
  return undefined;
}

/** The same diagnostics: the same objects (reused), or equal ones (those built afresh every time). */
function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i] || JSON.stringify(d) === JSON.stringify(b[i]));
}

export function startLanguageServer(connection: Connection = defaultConnection()): void {
  // stdout carries the protocol: anything logged goes to the client's output channel instead.
  console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

  const documents = new TextDocuments(TextDocument);
  // (The parse-ahead worker starts only for a file too long for the incremental walk: analysis.ts.)
  const project = new Project({ incremental: true, parseAhead: true });
  const results = new Map<string, CachedResult>();
  const settingsCache = new Map<string, Promise<ClientSettings>>();
  const reportedConfigProblems = new Set<string>();
  let workspaceFolders: string[] = [];
  const waitedForScan = new WeakSet<object>();
  const askedTargets = new Set<string>();
  /** The reference scanners diagnostics have asked for, by workspace root. */
  const scanned = new Map<string, ReturnType<typeof scannerFor>>();
  let pullDiagnostics = false;
  let canRefreshDiagnostics = false;
  let hasConfigurationCapability = false;
  let canShowDocument = false;
  /** The client asks for a code action's edit only when the user picks it (codeAction/resolve). */
  let canResolveEdits = false;
  /** The client greys out a code action that cannot apply and shows why (codeAction.disabledSupport). */
  let canShowDisabled = false;
  let canCreateFiles = false;
  /** Gives the garbage of analyses back to the system once editing pauses. */
  const idleCollector = new IdleCollector();

  connection.onInitialize(async (params: InitializeParams): Promise<InitializeResult> => {
    await loadParser();
    warmUp(docsRoot());
    idleCollector.busy();
    const caps = params.capabilities;
    pullDiagnostics = Boolean(caps.textDocument?.diagnostic);
    canRefreshDiagnostics = Boolean(caps.workspace?.diagnostics?.refreshSupport);
    hasConfigurationCapability = Boolean(caps.workspace?.configuration);
    canShowDocument = Boolean(caps.window?.showDocument?.support);
    canResolveEdits = Boolean(caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit'));
    canShowDisabled = Boolean(caps.textDocument?.codeAction?.disabledSupport);
    canCreateFiles =
      Boolean(caps.workspace?.workspaceEdit?.documentChanges) &&
      Boolean(caps.workspace?.workspaceEdit?.resourceOperations?.includes('create'));
    workspaceFolders = (params.workspaceFolders ?? [])
      .map((f) => filePath(f.uri))
      .concat(params.workspaceFolders ? [] : [params.rootUri ? filePath(params.rootUri) : undefined])
      .filter((f): f is string => Boolean(f));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: {
          codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite],
          resolveProvider: true,
        },
        executeCommandProvider: { commands: [SHOW_DOCUMENTATION_COMMAND, GENERATE_ROLLBACK_COMMAND] },
        ...(pullDiagnostics
          ? { diagnosticProvider: { identifier: 'sluice', interFileDependencies: true, workspaceDiagnostics: false } }
          : {}),
      },
      serverInfo: { name: 'sluice', version: VERSION },
    };
  });

  connection.onInitialized(() => {
    // Any LSP client that can watch files tells us when .sluicerc.json changes.
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        // The config, and the application code the reference scanner reads.
        watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: SOURCE_GLOB }],
      })
      .catch(() =>
        connection.console.warn(`the client cannot watch files: reopen migrations after editing ${CONFIG_FILE_NAME}`),
      );
    connection.console.info(
      `Sluice ${VERSION} ready (${pullDiagnostics ? 'pull' : 'push'} diagnostics, ${RULE_IDS.size} rules)`,
    );
  });

  function workspaceFolderOf(file: string): string | undefined {
    return workspaceFolders
      .filter((folder) => file === folder || file.startsWith(folder + path.sep))
      .sort((a, b) => b.length - a.length)[0];
  }

  function clientSettings(uri: string): Promise<ClientSettings> {
    if (!hasConfigurationCapability) return Promise.resolve(DEFAULT_CLIENT_SETTINGS);
    let settings = settingsCache.get(uri);
    if (!settings) {
      settings = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'sluice' })
        .then((s: Partial<ClientSettings> | null) => ({ ...DEFAULT_CLIENT_SETTINGS, ...(s ?? {}) }))
        .catch(() => DEFAULT_CLIENT_SETTINGS);
      settingsCache.set(uri, settings);
    }
    return settings;
  }

  function reportConfigProblems(linted: LintedFile): void {
    for (const problem of linted.config.problems) {
      const text = `${linted.config.file ?? CONFIG_FILE_NAME}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
      if (reportedConfigProblems.has(text)) continue;
      reportedConfigProblems.add(text);
      connection.console.warn(text);
      // A notification, not showWarningMessage (a request that would wait for the user to answer).
      void connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Sluice: ${text}`,
      });
    }
  }

  /** Analyses a document (once per version) or returns undefined when it is not a migration. */
  async function lint(document: TextDocument): Promise<LintedFile | undefined> {
    const file = filePath(document.uri);
    if (!file) return undefined;
    const cached = results.get(document.uri);
    if (cached && cached.version === document.version) return cached.linted;
    const settings = await clientSettings(document.uri);
    if (!settings.enable) return undefined;
    const folder = workspaceFolderOf(file) ?? path.dirname(file);
    const migrationDirs =
      settings.migrationDirs.length > 0 ? settings.migrationDirs.map((d) => path.resolve(folder, d)) : undefined;
    const linted = project.lint(file, document.getText(), false, migrationDirs ? { migrationDirs } : undefined);
    idleCollector.busy();
    reportConfigProblems(linted);
    results.set(document.uri, { version: document.version, linted });
    return linted;
  }

  // Answers from the reference scanner arrive one target at a time: re-check each document once per burst.
  const recheckUris = new Set<string>();
  let recheckTimer: NodeJS.Timeout | undefined;
  function scheduleRecheck(uri: string): void {
    recheckUris.add(uri);
    recheckTimer ??= setTimeout(() => {
      recheckTimer = undefined;
      const uris = [...recheckUris];
      recheckUris.clear();
      // The analysis is cached and unchanged: only the diagnostics (with their references) are computed again.
      if (pullDiagnostics) {
        if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
      } else {
        for (const u of uris) {
          const d = documents.get(u);
          if (d) void publish(d, true);
        }
      }
    }, 200);
  }

  /**
   * drop-column, rename-*, drop-table: where application code still uses the name, as related information.
   * Never waits for the workspace scan: uses what is known, and re-checks the document when the answer arrives.
   */
  function addReferences(document: TextDocument, linted: LintedFile, finding: Finding, diagnostic: Diagnostic): void {
    // Called for every finding: the cheap test first (thousands of findings on a big file).
    if (!REFERENCE_RULES.has(finding.rule) || finding.statement === undefined) return;
    const analysis = linted.analysis;
    const file = filePath(document.uri);
    if (!analysis || !file) return;
    const parse = analysis.statements[finding.statement].parse;
    const target = parse.ok ? targetForFinding(finding, parse.kind, parse.ast) : undefined;
    if (!target) return;
    const root = workspaceFolderOf(file) ?? (linted.config.file ? linted.config.root : guessWorkspaceRoot(file));
    const scanner = scannerFor(root, { migrationDirs: linted.settings.migrationDirs });
    scanned.set(root, scanner);
    const known = scanner.peek(target);
    const recheck = (): void => scheduleRecheck(document.uri);
    // Nothing known yet: ask once, and re-check this document when the answer is there.
    const key = `${root}\0${target.table}\0${target.column ?? ''}`;
    if (!known && !askedTargets.has(key)) {
      askedTargets.add(key);
      void scanner.find(target).then(recheck);
    }
    // While the first scan of the workspace runs, answers are partial: re-check everything once it has finished.
    // (At most once per scanner: a scan cut short by its size limits stays incomplete.)
    if ((!known || !known.complete) && !waitedForScan.has(scanner)) {
      waitedForScan.add(scanner);
      scanner.onComplete(() => {
        askedTargets.clear();
        for (const d of documents.all()) scheduleRecheck(d.uri);
      });
    }
    if (!known) return;
    if (known.places.length > 0) diagnostic.relatedInformation = known.places.map(toLspRelated);
    const note = referencesNote(target, known);
    if (note) diagnostic.message = `${diagnostic.message} ${note}`;
  }

  async function diagnosticsFor(document: TextDocument): Promise<Diagnostic[]> {
    try {
      const linted = await lint(document);
      const analysis = linted?.analysis;
      if (!linted || !analysis) return [];
      return analysis.findings.map((f) => {
        // Related information and notes are added to the diagnostic: those are built afresh every time.
        if (!REFERENCE_RULES.has(f.rule)) return reusedDiagnostic(analysis, f);
        const diagnostic = toDiagnostic(analysis, f);
        addReferences(document, linted, f, diagnostic);
        return diagnostic;
      });
    } catch (e) {
      // Never let one document take the server down: say what happened and show nothing for it.
      connection.console.error(
        `analysis failed for ${document.uri}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`,
      );
      return [];
    }
  }

  // What was last published per document: a re-check that changes nothing (references that found no new place)
  // is not sent again; on a long migration that is megabytes for the editor to read for nothing.
  const published = new Map<string, { version: number; diagnostics: Diagnostic[] }>();

  async function publish(document: TextDocument, onlyIfChanged = false): Promise<void> {
    const diagnostics = await diagnosticsFor(document);
    const last = published.get(document.uri);
    if (onlyIfChanged && last?.version === document.version && sameDiagnostics(last.diagnostics, diagnostics)) return;
    published.set(document.uri, { version: document.version, diagnostics });
    await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function refreshAll(): void {
    results.clear();
    if (pullDiagnostics) {
      if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
    } else {
      for (const document of documents.all()) void publish(document);
    }
  }

  // Later migrations run against the schema earlier ones build: when one changes, its neighbours are re-checked.
  let neighboursTimer: NodeJS.Timeout | undefined;
  const staleFolders = new Set<string>();
  function refreshNeighbours(changed: TextDocument): void {
    const file = filePath(changed.uri);
    if (!file) return;
    staleFolders.add(path.dirname(file));
    if (neighboursTimer) clearTimeout(neighboursTimer);
    neighboursTimer = setTimeout(() => {
      const folders = new Set(staleFolders);
      staleFolders.clear();
      const affected = documents.all().filter((d) => {
        const other = filePath(d.uri);
        return d.uri !== changed.uri && other !== undefined && [...folders].some((f) => other.startsWith(f));
      });
      if (affected.length === 0) return;
      for (const d of affected) results.delete(d.uri);
      if (pullDiagnostics) {
        if (canRefreshDiagnostics) void connection.languages.diagnostics.refresh();
      } else for (const d of affected) void publish(d);
    }, 300);
  }

  documents.onDidChangeContent((change) => {
    const file = filePath(change.document.uri);
    if (file) project.setOverlay(file, change.document.getText());
    if (!pullDiagnostics) void publish(change.document);
    refreshNeighbours(change.document);
  });
  documents.onDidClose((event) => {
    const file = filePath(event.document.uri);
    if (file) project.setOverlay(file, undefined);
    if (file) forgetFile(path.resolve(file));
    results.delete(event.document.uri);
    settingsCache.delete(event.document.uri);
    published.delete(event.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on(async (params) => {
    const document = documents.get(params.textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: document ? await diagnosticsFor(document) : [] };
  });

  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const file = filePath(change.uri);
      // Only scanners a diagnostic needed: a saved source file must not start a scan of the workspace.
      const scanner =
        file && !file.endsWith(CONFIG_FILE_NAME)
          ? [...scanned.entries()].find(([root]) => file.startsWith(root + path.sep))?.[1]
          : undefined;
      if (file && scanner) scanner.invalidate(file);
    }
    if (!params.changes.some((c) => c.uri.endsWith(`/${CONFIG_FILE_NAME}`))) return;
    disposeScanners(); // migrationDirs may have changed: the scanners start again with the new folders
    scanned.clear();
    project.invalidate();
    reportedConfigProblems.clear();
    refreshAll();
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache.clear();
    refreshAll();
  });

  connection.onHover(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document ? (await lint(document))?.analysis : undefined;
    if (!document || !analysis) return null;
    return hoverAt(analysis, document.offsetAt(params.position));
  });

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    const analysis = document ? (await lint(document))?.analysis : undefined;
    if (!document || !analysis) return [];
    const file = filePath(document.uri);
    const rollback = file
      ? rollbackCodeActions(project, file, document.uri, document.getText(), params.context.diagnostics)
      : [];
    const linted = await lint(document);
    const fixes =
      file && linted
        ? quickFixActionsFor(
            {
              analysis,
              uri: document.uri,
              file,
              version: document.version,
              tool: linted.migration.tool,
              pgVersion: linted.settings.pgVersion,
              relint: (text) => project.lint(file, text).analysis ?? analysis,
              view: project.view,
              canCreateFiles,
              now: new Date(),
            },
            params.context.diagnostics,
          )
        : [];
    const scaffolds =
      file && linted
        ? scaffoldActionsFor(
            analysis,
            linted.migration,
            document.uri,
            document.version,
            params.range,
            params.context.diagnostics,
            (request, start) => scaffoldPlanError(project, analysis, linted.migration, file, request, start),
            canShowDisabled,
            () => scaffoldDownFile(project, file, linted.migration, analysis.lines.text),
          ).map((action) =>
            // Without codeAction/resolve the edit travels with the action.
            canResolveEdits ? action : resolveScaffoldAction(project, analysis, linted.migration, file, action),
          )
        : [];
    return [...fixes, ...rollback, ...codeActionsFor(analysis, document.uri, params.context.diagnostics), ...scaffolds];
  });

  connection.onCodeActionResolve(async (action) => {
    if (!isScaffoldAction(action)) return action;
    const document = documents.get(action.data.scaffold.uri);
    const file = document ? filePath(document.uri) : undefined;
    if (!document || !file || document.version !== action.data.scaffold.version) {
      return { ...action, disabled: { reason: 'The file changed since this action was offered: ask for it again.' } };
    }
    const linted = await lint(document);
    return linted?.analysis ? resolveScaffoldAction(project, linted.analysis, linted.migration, file, action) : action;
  });

  connection.onRequest(SCAFFOLD_OPTIONS_REQUEST, (params: ScaffoldOptionsParams): ScaffoldOptions | null => {
    const file = filePath(params.uri);
    return file ? scaffoldOptions(project, file) : null;
  });

  connection.onRequest(SCAFFOLD_REQUEST, (params: ScaffoldParams): ScaffoldResult => {
    const file = filePath(params.uri);
    if (!file) return { files: [], error: `${params.uri} is not a file on disk` };
    return scaffoldFiles(project, file, params.request);
  });

  connection.onExecuteCommand(async (params) => {
    if (params.command === GENERATE_ROLLBACK_COMMAND) {
      const uri = String(params.arguments?.[0] ?? '');
      const file = filePath(uri);
      const text = documents.get(uri)?.getText() ?? (file ? project.view.read?.(file) : undefined);
      return executeGenerateRollback(connection, project, file, uri, text);
    }
    if (params.command !== SHOW_DOCUMENTATION_COMMAND) return;
    const rule = String(params.arguments?.[0] ?? '');
    if (!RULE_IDS.has(rule)) return;
    const uri = ruleDocsUri(rule);
    if (canShowDocument) await connection.window.showDocument({ uri, takeFocus: true });
    else connection.console.info(`Documentation for ${rule}: ${uri}`);
  });

  connection.onRequest(FILE_INFO_REQUEST, async (params: FileInfoParams): Promise<FileInfo> => {
    const document = documents.get(params.uri);
    const file = filePath(params.uri);
    if (!file) return { isMigration: false, tool: null, direction: 'up', configFile: null };
    const linted = document ? await lint(document) : undefined;
    const migration =
      linted?.migration ?? project.migrationInfo(file, document?.getText() ?? project.view.read?.(file) ?? '');
    return {
      isMigration: migration.isMigration,
      tool: migration.tool,
      direction: migration.direction,
      configFile: project.configFor(file).file ?? null,
    };
  });

  documents.listen(connection);
  connection.listen();
}
