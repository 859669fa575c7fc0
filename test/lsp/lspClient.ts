// A minimal LSP client for protocol tests: starts the BUILT server (dist/sluice.js lsp --stdio) as a child
// process and talks JSON-RPC to it like an editor would. Everything is event-driven with deadlines; nothing
// sleeps. It answers the requests the server sends to the client and records them so tests can assert on them.
import * as assert from 'assert';
import { ChildProcessWithoutNullStreams, spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  createMessageConnection,
  MessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  Command,
  ConfigurationParams,
  Diagnostic,
  DocumentDiagnosticReport,
  Hover,
  InitializeResult,
  LogMessageParams,
  Position,
  PublishDiagnosticsParams,
  Range,
  Registration,
  RegistrationParams,
  ShowDocumentParams,
  ShowMessageParams,
  ShowMessageRequestParams,
  TextDocumentContentChangeEvent,
  TextEdit,
} from 'vscode-languageserver-protocol';

/** Generous for a cold start on a slow machine, well inside mocha's 20 s per test. */
export const DEFAULT_DEADLINE_MS = 10_000;

/** The repository root: the nearest folder above this file that has package.json and dist/. */
export function repoRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'server'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`lsp tests: cannot find the repository root above ${__dirname}`);
    dir = parent;
  }
}

export const SERVER_BUNDLE = path.join(repoRoot(), process.env.SLUICE_DIST ?? 'dist', 'sluice.js');
export const FIXTURES = path.join(repoRoot(), 'test', 'lsp', 'fixtures');

// ---------------------------------------------------------------------------------------------------------------
// Fixture workspaces

export interface Workspace {
  /** Real path of the temp folder the fixture was copied into. */
  root: string;
  uri: string;
  path(relative: string): string;
  fileUri(relative: string): string;
  read(relative: string): string;
  write(relative: string, text: string): void;
  remove(): void;
}

/** Copies test/lsp/fixtures/<name> into a fresh temp folder. */
export function copyFixture(name = 'workspace'): Workspace {
  const source = path.join(FIXTURES, name);
  assert.ok(fs.existsSync(source), `fixture ${source} is missing`);
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `sluice-lsp-${name}-`)));
  fs.cpSync(source, root, { recursive: true });
  const abs = (relative: string): string => path.join(root, ...relative.split('/'));
  return {
    root,
    uri: pathToFileURL(root).toString(),
    path: abs,
    fileUri: (relative) => pathToFileURL(abs(relative)).toString(),
    read: (relative) => fs.readFileSync(abs(relative), 'utf8'),
    write: (relative, text) => {
      fs.mkdirSync(path.dirname(abs(relative)), { recursive: true });
      fs.writeFileSync(abs(relative), text);
    },
    remove: () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Text helpers (what an editor does with positions and edits)

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++;
      starts.push(i + 1);
    } else if (c === 0x0a) starts.push(i + 1);
  }
  return starts;
}

/** UTF-16 offset of an LSP position (clamped like the LSP spec says). */
export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  if (position.line < 0) return 0;
  const start = starts[position.line];
  let end = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  // The line's content ends before its line break.
  while (end > start && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return Math.min(start + position.character, end);
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

/** The line's content (without its line break). */
export function lineText(text: string, line: number): string {
  const starts = lineStarts(text);
  const start = starts[line];
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(start, end).replace(/\r?\n$|\r$/, '');
}

export function lineCount(text: string): number {
  return lineStarts(text).length;
}

/** The text a range covers. */
export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Range of the n-th (0-based) occurrence of `needle`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" (occurrence ${occurrence}) not found in the document`);
  }
  return { start: positionAt(text, at), end: positionAt(text, at + needle.length) };
}

/** Applies TextEdits like an editor: all ranges refer to the original text; applied from last to first. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((e, index) => ({
      start: offsetAt(text, e.range.start),
      end: offsetAt(text, e.range.end),
      newText: e.newText,
      index,
    }))
    .sort((a, b) => b.start - a.start || b.index - a.index);
  let result = text;
  for (const e of resolved) result = result.slice(0, e.start) + e.newText + result.slice(e.end);
  return result;
}

/** Applies incremental content changes in order (each against the result of the previous one). */
export function applyContentChanges(text: string, changes: readonly TextDocumentContentChangeEvent[]): string {
  let result = text;
  for (const change of changes) {
    if ('range' in change) {
      result =
        result.slice(0, offsetAt(result, change.range.start)) +
        change.text +
        result.slice(offsetAt(result, change.range.end));
    } else result = change.text;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// The client

export interface EditorSettings {
  enable: boolean;
  migrationDirs: string[];
}

export interface StartOptions {
  workspace: Workspace;
  /** Declare `textDocument.diagnostic` (pull diagnostics). */
  pull?: boolean;
  /** Declare `workspace.diagnostics.refreshSupport`. */
  refreshSupport?: boolean;
  /** Declare `window.showDocument.support`. */
  showDocument?: boolean;
  /** Declare `workspace.configuration` (default true). */
  configuration?: boolean;
  /** Declare `codeAction.resolveSupport` for edits (VS Code does): the server may send actions without their edit. */
  resolveCodeActions?: boolean;
  /** Declare `codeAction.disabledSupport` (VS Code does): actions that cannot apply come greyed out with a reason. */
  disabledCodeActions?: boolean;
  /** The `sluice` section returned for a scope URI (default: enabled, no migrationDirs). */
  settings?: (scopeUri: string | undefined) => EditorSettings;
}

interface Received<T> {
  seq: number;
  params: T;
}

type Waiter = () => boolean;

export class LspClient {
  readonly publishes: Received<PublishDiagnosticsParams>[] = [];
  readonly showMessages: ShowMessageParams[] = [];
  readonly showMessageRequests: ShowMessageRequestParams[] = [];
  readonly logMessages: LogMessageParams[] = [];
  readonly showDocuments: ShowDocumentParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: ConfigurationParams[] = [];
  readonly unexpectedRequests: string[] = [];
  refreshRequests = 0;
  initializeResult!: InitializeResult;
  settings: (scopeUri: string | undefined) => EditorSettings;
  stderr = '';
  exitCode: number | null | undefined; // undefined while running
  exitSignal: NodeJS.Signals | null = null;

  private seq = 0;
  private readonly consumed = new Map<string, number>();
  private readonly waiters = new Set<Waiter>();
  private readonly texts = new Map<string, { text: string; version: number }>();
  private readonly exited: Promise<void>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: MessageConnection,
    readonly options: StartOptions,
  ) {
    this.settings = options.settings ?? (() => ({ enable: true, migrationDirs: [] }));
    this.exited = new Promise((resolve) => {
      child.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.notify();
        resolve();
      });
    });
    child.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });

    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.publishes.push({ seq: ++this.seq, params });
      this.notify();
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.showMessages.push(params);
      this.notify();
    });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logMessages.push(params);
      this.notify();
    });
    connection.onRequest('window/showMessageRequest', (params: ShowMessageRequestParams) => {
      this.showMessageRequests.push(params);
      this.notify();
      return null;
    });
    connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.registrations.push(...params.registrations);
      this.notify();
      return null;
    });
    connection.onRequest('client/unregisterCapability', () => null);
    connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests.push(params);
      this.notify();
      return params.items.map((item) => {
        const settings = this.settings(item.scopeUri);
        if (item.section === 'sluice' || item.section === undefined) return settings;
        if (item.section.startsWith('sluice.'))
          return (settings as unknown as Record<string, unknown>)[item.section.slice(7)] ?? null;
        return null;
      });
    });
    connection.onRequest('window/showDocument', (params: ShowDocumentParams) => {
      this.showDocuments.push(params);
      this.notify();
      return { success: true };
    });
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests++;
      this.notify();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest((method: string) => {
      this.unexpectedRequests.push(method);
      this.notify();
      return null;
    });
  }

  /** Spawns `node dist/sluice.js lsp --stdio`, sends initialize + initialized. */
  static async start(options: StartOptions): Promise<LspClient> {
    assert.ok(fs.existsSync(SERVER_BUNDLE), `${SERVER_BUNDLE} is missing: run \`npm run build\` first`);
    const child = spawn(process.execPath, [SERVER_BUNDLE, 'lsp', '--stdio'], {
      cwd: options.workspace.root,
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const connection = createMessageConnection(
      new StreamMessageReader(child.stdout),
      new StreamMessageWriter(child.stdin),
    );
    const client = new LspClient(child, connection, options);
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: {
        configuration: options.configuration ?? true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: false },
        didChangeWatchedFiles: { dynamicRegistration: true },
        executeCommand: { dynamicRegistration: false },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
        ...(options.refreshSupport ? { diagnostics: { refreshSupport: true } } : {}),
      },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: false, willSave: false },
        hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
        codeAction: {
          dynamicRegistration: false,
          codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
          ...(options.resolveCodeActions ? { resolveSupport: { properties: ['edit'] }, dataSupport: true } : {}),
          ...(options.disabledCodeActions ? { disabledSupport: true } : {}),
        },
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, relatedInformation: true },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      window: {
        showMessage: {},
        ...(options.showDocument ? { showDocument: { support: true } } : {}),
      },
    };
    client.initializeResult = await client.withDeadline(
      connection.sendRequest<InitializeResult>('initialize', {
        processId: process.pid,
        clientInfo: { name: 'sluice-lsp-tests' },
        rootUri: options.workspace.uri,
        workspaceFolders: [{ uri: options.workspace.uri, name: path.basename(options.workspace.root) }],
        capabilities,
      }),
      'the initialize response',
    );
    await connection.sendNotification('initialized', {});
    return client;
  }

  // --- waiting ---------------------------------------------------------------------------------------------

  private notify(): void {
    for (const waiter of [...this.waiters]) if (waiter()) this.waiters.delete(waiter);
  }

  private describeState(): string {
    const publishes = this.publishes
      .slice(-8)
      .map(
        (p) =>
          `#${p.seq} ${path.basename(p.params.uri)} v${p.params.version} [${p.params.diagnostics.map((d) => d.code).join(', ')}]`,
      )
      .join('; ');
    const exit = this.exitCode === undefined ? 'running' : `exited code=${this.exitCode} signal=${this.exitSignal}`;
    return `server ${exit}; last publishes: ${publishes || '(none)'}; stderr: ${this.stderr.slice(-2000) || '(empty)'}`;
  }

  /** Resolves with `probe()`'s value once it is defined; re-checked on every message from the server. */
  waitFor<T>(probe: () => T | undefined, what: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const waiter: Waiter = () => {
        const value = probe();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
          return true;
        }
        if (this.exitCode !== undefined) {
          clearTimeout(timer);
          reject(new Error(`the server exited while waiting for ${what}; ${this.describeState()}`));
          return true;
        }
        return false;
      };
      if (waiter()) return;
      timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`timed out after ${deadlineMs} ms waiting for ${what}; ${this.describeState()}`));
      }, deadlineMs);
      this.waiters.add(waiter);
    });
  }

  /** Rejects if `promise` does not settle within the deadline or the server dies first. */
  withDeadline<T>(promise: Promise<T>, what: string, deadlineMs = DEFAULT_DEADLINE_MS): Promise<T> {
    let settled = false;
    let result: { ok: true; value: T } | { ok: false; error: unknown } | undefined;
    promise.then(
      (value) => {
        settled = true;
        result = { ok: true, value };
        this.notify();
      },
      (error: unknown) => {
        settled = true;
        result = { ok: false, error };
        this.notify();
      },
    );
    return this.waitFor(() => (settled ? result : undefined), what, deadlineMs).then((r) => {
      if (r.ok) return r.value;
      throw r.error;
    });
  }

  /** Sequence number of the last publishDiagnostics received (for "the next publish after this point"). */
  mark(): number {
    return this.seq;
  }

  /**
   * The next publishDiagnostics for `uri` (after the last one this method returned for it, or after `after`),
   * with `version` when given.
   */
  async nextDiagnostics(
    uri: string,
    version?: number,
    options: { after?: number; deadlineMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const after = options.after ?? this.consumed.get(uri) ?? 0;
    const found = await this.waitFor(
      () =>
        this.publishes.find(
          (p) => p.seq > after && p.params.uri === uri && (version === undefined || p.params.version === version),
        ),
      `publishDiagnostics for ${uri}${version === undefined ? '' : ` version ${version}`} (after #${after})`,
      options.deadlineMs,
    );
    this.consumed.set(uri, Math.max(this.consumed.get(uri) ?? 0, found.seq));
    return found.params;
  }

  /**
   * Two sequential round trips. The server reads each request in its own I/O turn, after every promise chain
   * started by earlier messages has run, and writes to one ordered stream: whatever it was going to send because
   * of earlier messages has arrived once this resolves. (Used to assert that something was NOT sent.)
   */
  async barrier(): Promise<void> {
    for (let i = 0; i < 2; i++) await this.request('sluice/fileInfo', { uri: 'untitled:barrier' });
  }

  publishesFor(uri: string): PublishDiagnosticsParams[] {
    return this.publishes.filter((p) => p.params.uri === uri).map((p) => p.params);
  }

  // --- documents -------------------------------------------------------------------------------------------

  text(uri: string): string {
    const doc = this.texts.get(uri);
    assert.ok(doc, `${uri} is not open`);
    return doc.text;
  }

  version(uri: string): number {
    const doc = this.texts.get(uri);
    assert.ok(doc, `${uri} is not open`);
    return doc.version;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.texts.set(uri, { text, version });
    await this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'sql', version, text },
    });
  }

  /** Sends incremental changes (applied in order) with the next version; returns the new version. */
  async change(uri: string, changes: TextDocumentContentChangeEvent[]): Promise<number> {
    const doc = this.texts.get(uri);
    assert.ok(doc, `${uri} is not open`);
    doc.text = applyContentChanges(doc.text, changes);
    doc.version++;
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: changes,
    });
    return doc.version;
  }

  /** Applies a TextEdit[] (as a code action's WorkspaceEdit carries them) and sends it as one didChange. */
  async applyEdits(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const before = this.text(uri);
    const expected = applyTextEdits(before, edits);
    // Ranges of a TextEdit[] all refer to the original text; as sequential content changes, send them last first
    // (inserts at one position in reverse array order, so they end up in array order).
    const ordered = edits
      .map((e, index) => ({ e, index, start: offsetAt(before, e.range.start) }))
      .sort((a, b) => b.start - a.start || b.index - a.index)
      .map(({ e }) => ({ range: e.range, text: e.newText }));
    const version = await this.change(uri, ordered);
    assert.strictEqual(this.text(uri), expected, 'applying the edits as content changes diverged from applyTextEdits');
    return version;
  }

  async close(uri: string): Promise<void> {
    this.texts.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  // --- requests --------------------------------------------------------------------------------------------

  request<R>(method: string, params: unknown): Promise<R> {
    return this.withDeadline(this.connection.sendRequest<R>(method, params), `the response to ${method}`);
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(CodeAction | Command)[] | null> {
    return this.request('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only: undefined, triggerKind: 1 },
    });
  }

  pullDiagnostics(uri: string): Promise<DocumentDiagnosticReport> {
    return this.request('textDocument/diagnostic', { textDocument: { uri } });
  }

  fileInfo(
    uri: string,
  ): Promise<{ isMigration: boolean; tool: string | null; direction: string; configFile: string | null }> {
    return this.request('sluice/fileInfo', { uri });
  }

  sendNotification(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  // --- shutdown --------------------------------------------------------------------------------------------

  /** `shutdown` then `exit`; resolves with the process' exit code. */
  async shutdown(): Promise<number | null> {
    await this.request<null>('shutdown', undefined);
    await this.connection.sendNotification('exit');
    await this.waitFor(
      () => (this.exitCode !== undefined ? true : undefined),
      'the server process to exit after `exit`',
    );
    this.connection.dispose();
    return this.exitCode ?? null;
  }

  /** For after-hooks: make sure no server outlives its test, whatever happened. */
  async dispose(): Promise<void> {
    if (this.exitCode === undefined) {
      try {
        await this.shutdown();
      } catch {
        this.child.kill('SIGKILL');
        await this.exited;
      }
    }
    this.connection.dispose();
  }
}

/** Starts a server on a workspace, and always disposes it (use in before/after or per test). */
export async function withServer<T>(options: StartOptions, body: (client: LspClient) => Promise<T>): Promise<T> {
  const client = await LspClient.start(options);
  try {
    const result = await body(client);
    const code = await client.shutdown();
    assert.strictEqual(code, 0, `the server should exit with code 0 after shutdown + exit; stderr: ${client.stderr}`);
    return result;
  } finally {
    await client.dispose();
  }
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => String(d.code));
}

/** A diagnostic's message as plain text (LSP 3.18 allows MarkupContent). */
export function messageText(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

export function only(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === rule);
}
