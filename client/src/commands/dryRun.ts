// "Sluice: Dry-run Migration" (and, through the same path, "Sluice: Verify Rollback"): checks that the workspace is
// trusted and the file is a migration, resolves the database (PGlite, or a named server with its stored password),
// runs the CLI out of process under a cancellable progress notification, and shows the outcome in the panel and as
// diagnostics. The command returns what it showed, so tests (and other extensions) can read the result.
import * as path from 'path';
import * as vscode from 'vscode';
import type { FileInfo } from '../../../server/src/protocol';
import { DryRunDiagnostics } from '../dryRunDiagnostics';
import { runCli } from '../dryRunner';
import { DryRunPanel, PanelTarget } from '../panel/dryRunPanel';
import {
  DryRunDocument,
  OutputError,
  panelModel,
  PanelInput,
  readDryRunDocument,
  readVerifyRollbackDocument,
  RunKind,
  RunState,
  VerifyRollbackDocument,
} from '../panel/model';
import { progressMessage } from '../panel/progress';
import { DryRunConnections } from '../secrets';
import { SECTION } from '../settings';

export interface CheckResult {
  runId: number;
  kind: RunKind;
  state: RunState;
  file: string;
  dryRun?: DryRunDocument;
  verifyRollback?: VerifyRollbackDocument;
  error?: string;
}

export interface CheckServices {
  context: vscode.ExtensionContext;
  output: vscode.LogOutputChannel;
  fileInfo(uri: vscode.Uri): Promise<FileInfo | undefined>;
  diagnostics: DryRunDiagnostics;
  connections: DryRunConnections;
}

const TITLES: Record<RunKind, string> = { 'dry-run': 'Dry-run', 'verify-rollback': 'Verify rollback' };

/** Refused before anything runs: said to the user, and returned as the command's result. */
class Refusal extends Error {}

export class MigrationChecks implements vscode.Disposable {
  readonly panel: DryRunPanel;
  private runId = 0;
  private running: string | undefined;
  /** The last results per file, so a rollback test shows beside the file's dry-run and vice versa. */
  private readonly results = new Map<string, { dryRun?: DryRunDocument; verifyRollback?: VerifyRollbackDocument }>();

  constructor(private readonly services: CheckServices) {
    this.panel = new DryRunPanel(services.context.extensionUri, (target: PanelTarget) => {
      void this.run(target.kind, target.uri);
    });
  }

  async run(kind: RunKind, arg?: vscode.Uri | string): Promise<CheckResult> {
    const uri = typeof arg === 'string' ? vscode.Uri.parse(arg) : (arg ?? vscode.window.activeTextEditor?.document.uri);
    const file = uri ? vscode.workspace.asRelativePath(uri) : '';
    try {
      if (!uri) throw new Refusal(`open a migration file first: ${TITLES[kind]} runs on the active SQL file`);
      return await this.runChecked(kind, uri, file);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      void this.refuse(error.message);
      return { runId: this.runId, kind, state: 'failed', file, error: error.message };
    }
  }

  private async refuse(message: string): Promise<void> {
    const trust = 'Manage Workspace Trust';
    const answer = await vscode.window.showErrorMessage(
      `Sluice: ${message}`,
      ...(vscode.workspace.isTrusted ? [] : [trust]),
    );
    if (answer === trust) await vscode.commands.executeCommand('workbench.trust.manage');
  }

  private async runChecked(kind: RunKind, uri: vscode.Uri, file: string): Promise<CheckResult> {
    if (!vscode.workspace.isTrusted) {
      throw new Refusal(
        `${TITLES[kind]} is disabled in an untrusted workspace: it executes the migration's SQL and follows the ` +
          "workspace's settings. Trust this workspace to use it.",
      );
    }
    if (this.running) {
      throw new Refusal(`${this.running} is still running; wait for it or cancel it in its notification`);
    }
    const document = await vscode.workspace.openTextDocument(uri);
    if (document.languageId !== 'sql') throw new Refusal(`${file} is not a SQL file`);
    const info = await this.services.fileInfo(uri).catch(() => undefined);
    if (!info) throw new Refusal('the Sluice language server is not running; run "Sluice: Restart Language Server"');
    if (!info.isMigration) {
      throw new Refusal(
        `${file} is not a migration. Sluice recognises the folders of known migration tools, or the folders ` +
          'named in "migrationDirs" (.sluicerc.json or the sluice.migrationDirs setting).',
      );
    }
    if (document.isDirty) {
      const save = 'Save and Run';
      const answer = await vscode.window.showWarningMessage(
        `${file} has unsaved changes. ${TITLES[kind]} runs the file as saved.`,
        { modal: true },
        save,
      );
      if (answer !== save) throw new Refusal(`${TITLES[kind]} cancelled: ${file} has unsaved changes`);
      if (!(await document.save())) throw new Refusal(`could not save ${file}`);
    }
    let connection;
    try {
      connection = await this.services.connections.resolve(uri);
    } catch (error) {
      throw new Refusal((error as Error).message);
    }
    if (!connection) throw new Refusal(`${TITLES[kind]} cancelled: the server was not allowed for this workspace`);

    const runId = ++this.runId;
    const target: PanelTarget = { uri, kind };
    const key = uri.toString();
    // The other check's last result stays on screen; this check's own old result does not (it is being redone).
    const other = (): Partial<PanelInput> => {
      const last = this.results.get(key);
      return kind === 'dry-run' ? { verifyRollback: last?.verifyRollback } : { dryRun: last?.dryRun };
    };
    const base = (): Omit<PanelInput, 'state'> => ({ runId, kind, file, server: connection.server, ...other() });
    this.panel.show(panelModel({ ...base(), state: 'running', message: 'Starting…' }), target);
    if (kind === 'dry-run') this.services.diagnostics.clear(uri);

    const config = vscode.workspace.getConfiguration(SECTION, uri);
    const timeout = config.get<number>('dryRun.statementTimeoutMs', 30_000);
    const args =
      kind === 'dry-run'
        ? ['dry-run', uri.fsPath, '--format', 'json', '--progress', '--statement-timeout', String(timeout)]
        : ['verify-rollback', uri.fsPath, '--format', 'json'];
    const cwd = vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
    const engine = connection.server ? `PostgreSQL at ${connection.server}` : 'embedded PGlite';
    this.services.output.info(`${TITLES[kind]} of ${file} on ${engine} (run ${runId})`);

    const started = Date.now();
    this.running = `${TITLES[kind]} of ${file}`;
    let run;
    try {
      run = await vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Sluice: ${TITLES[kind]} of ${path.basename(uri.fsPath)}`,
          cancellable: true,
        },
        (progress, token) =>
          runCli({
            cliPath: this.services.context.asAbsolutePath(path.join('dist', 'sluice.js')),
            args,
            cwd,
            env: connection.env,
            token,
            onProgress: (event) => {
              const message = progressMessage(event);
              progress.report({ message });
              this.panel.show(panelModel({ ...base(), state: 'running', message }), target);
            },
          }),
      );
    } catch (error) {
      run = { stdout: '', messages: [(error as Error).message], exitCode: null, cancelled: false };
    } finally {
      this.running = undefined;
    }

    let state: RunState;
    let error: string | undefined;
    let produced: { dryRun?: DryRunDocument; verifyRollback?: VerifyRollbackDocument } = {};
    try {
      if (run.stdout.trim() === '') throw new OutputError('');
      produced =
        kind === 'dry-run'
          ? { dryRun: readDryRunDocument(run.stdout) }
          : { verifyRollback: readVerifyRollbackDocument(run.stdout) };
      state = run.cancelled ? 'cancelled' : 'done';
    } catch (e) {
      if (!(e instanceof OutputError)) throw e;
      state = run.cancelled ? 'cancelled' : 'failed';
      if (!run.cancelled) {
        error =
          run.messages.join('\n') ||
          e.message ||
          `the Sluice CLI ended with exit code ${run.exitCode} and printed nothing`;
        if (connection.server && /password|authentication/i.test(error) && !connection.hasPassword) {
          error += ' Store the password with "Sluice: Set Dry-run Database Password".';
        }
      }
    }
    this.results.set(key, {
      ...this.results.get(key),
      [kind === 'dry-run' ? 'dryRun' : 'verifyRollback']: undefined,
      ...produced,
    });
    // A cancelled run's stderr is the CLI acknowledging the SIGTERM this window sent: the headline says it.
    const notes = error === undefined && !run.cancelled ? run.messages : [];
    this.panel.show(panelModel({ ...base(), ...produced, state, message: error, notes }), target);
    if (produced.dryRun) this.services.diagnostics.show(uri, produced.dryRun);

    const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
    this.services.output.info(`${TITLES[kind]} of ${file}: ${state} in ${took}${error ? `: ${error}` : ''}`);
    if (state === 'failed') void vscode.window.showErrorMessage(`Sluice: ${TITLES[kind]} of ${file} failed: ${error}`);
    return { runId, kind, state, file, ...produced, error };
  }

  dispose(): void {
    this.panel.dispose();
  }
}

export function dryRun(checks: MigrationChecks, arg?: vscode.Uri | string): Promise<CheckResult> {
  return checks.run('dry-run', arg);
}
