// The database a dry-run uses: embedded PGlite unless `sluice.dryRun.databaseUrl` names a PostgreSQL server.
// The URL holds no password (refused if it does); the password lives in VS Code's SecretStorage and reaches the
// CLI only through its environment (PGPASSWORD), never its command line or a log. A server that is not on this
// machine needs the user's explicit yes once per workspace.
import * as vscode from 'vscode';
import { checkDatabaseUrl, DatabaseTarget } from './panel/databaseUrl';
import { SECTION } from './settings';

const ALLOWED_HOSTS_KEY = 'sluice.dryRun.allowedServers';
const passwordKey = (target: DatabaseTarget): string => `sluice.dryRun.password:${target.display}`;

export interface Connection {
  /** Environment for the CLI: the URL (or none, for PGlite) and the password. */
  env: Record<string, string | undefined>;
  /** "user@host:port/db" of a named server; undefined for PGlite. */
  server?: string;
  /** Whether a password was found in the secret storage (for the hint when authentication fails). */
  hasPassword: boolean;
}

export class DryRunConnections {
  constructor(private readonly context: vscode.ExtensionContext) {}

  private target(scope: vscode.Uri | undefined): DatabaseTarget | undefined {
    const raw = vscode.workspace.getConfiguration(SECTION, scope).get<string>('dryRun.databaseUrl', '').trim();
    if (raw === '') return undefined;
    const checked = checkDatabaseUrl(raw);
    if (!checked.ok) throw new Error(checked.error);
    return checked.target;
  }

  /** The connection for a dry-run of `file`, or undefined when the user declined a non-loopback server. */
  async resolve(file: vscode.Uri): Promise<Connection | undefined> {
    const target = this.target(file);
    // Nothing inherited from the editor's own environment may silently point the CLI at a server.
    const cleared = { SLUICE_DATABASE_URL: undefined, PGPASSWORD: undefined };
    if (!target) return { env: cleared, hasPassword: false };
    if (!target.loopback && !this.allowed(target)) {
      const allow = 'Allow in This Workspace';
      const answer = await vscode.window.showWarningMessage(
        `Run dry-runs on the PostgreSQL server ${target.display}?`,
        {
          modal: true,
          detail:
            `${target.host} is not this machine. Sluice runs each migration there inside a transaction and rolls ` +
            'it back, but the statements still take their locks on that server while they run. Allow this only ' +
            'for a server meant for testing. The answer is remembered for this workspace.',
        },
        allow,
      );
      if (answer !== allow) return undefined;
      await this.context.workspaceState.update(ALLOWED_HOSTS_KEY, [...this.allowedList(), target.display]);
    }
    const password = await this.context.secrets.get(passwordKey(target));
    return {
      env: { ...cleared, SLUICE_DATABASE_URL: target.url, PGPASSWORD: password || undefined },
      server: target.display,
      hasPassword: Boolean(password),
    };
  }

  private allowedList(): string[] {
    const list = this.context.workspaceState.get<unknown>(ALLOWED_HOSTS_KEY, []);
    return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
  }

  private allowed(target: DatabaseTarget): boolean {
    return this.allowedList().includes(target.display);
  }

  /** "Sluice: Set Dry-run Database Password": stores (or, when left empty, removes) the password. */
  async setPassword(): Promise<void> {
    let target: DatabaseTarget | undefined;
    try {
      target = this.target(vscode.window.activeTextEditor?.document.uri);
    } catch (error) {
      void vscode.window.showErrorMessage(`Sluice: ${(error as Error).message}`);
      return;
    }
    if (!target) {
      const open = 'Open Settings';
      const answer = await vscode.window.showInformationMessage(
        'Sluice: dry-runs use the embedded PGlite database, which needs no password. To use a PostgreSQL server, ' +
          'set sluice.dryRun.databaseUrl (postgres://USER@HOST:PORT/DATABASE, without the password) first.',
        open,
      );
      if (answer === open) {
        await vscode.commands.executeCommand('workbench.action.openSettings', 'sluice.dryRun.databaseUrl');
      }
      return;
    }
    const password = await vscode.window.showInputBox({
      title: `Password for ${target.display}`,
      prompt: "Kept in VS Code's secret storage and given to the dry-run process only. Leave empty to remove it.",
      password: true,
      ignoreFocusOut: true,
    });
    if (password === undefined) return;
    if (password === '') {
      await this.context.secrets.delete(passwordKey(target));
      void vscode.window.showInformationMessage(`Sluice: removed the stored password for ${target.display}.`);
    } else {
      await this.context.secrets.store(passwordKey(target), password);
      void vscode.window.showInformationMessage(`Sluice: stored the password for ${target.display}.`);
    }
  }
}
