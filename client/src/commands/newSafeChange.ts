// "Sluice: New Safe Schema Change…": quick picks for the change, the table and the column, then the server
// writes the expand/migrate/contract files (each with its rollback) in the folder's migration tool convention.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ChangeKind, ChangeRequest } from '../../../server/src/fixes/scaffold/plan';
import {
  FILE_INFO_REQUEST,
  FileInfo,
  SCAFFOLD_OPTIONS_REQUEST,
  SCAFFOLD_REQUEST,
  ScaffoldOptions,
  ScaffoldResult,
} from '../../../server/src/protocol';

/** Arguments that skip the quick picks (keybindings, tasks, tests): where, and what. */
export interface NewSafeChangeArgs {
  uri: string;
  request: ChangeRequest;
}

const CHANGES: { kind: ChangeKind; label: string; detail: string }[] = [
  {
    kind: 'rename-column',
    label: 'Rename a column',
    detail: 'new column + sync trigger + backfill, then drop the old one',
  },
  {
    kind: 'change-type',
    label: "Change a column's type",
    detail: 'new column of the new type, synced, backfilled, swapped',
  },
  {
    kind: 'set-not-null',
    label: 'Make a column NOT NULL',
    detail: 'CHECK … NOT VALID, VALIDATE, SET NOT NULL without a scan',
  },
  {
    kind: 'add-foreign-key',
    label: 'Add a foreign key',
    detail: 'index CONCURRENTLY, FOREIGN KEY … NOT VALID, VALIDATE',
  },
  {
    kind: 'add-unique',
    label: 'Add a unique constraint',
    detail: 'unique index CONCURRENTLY, then UNIQUE USING INDEX',
  },
  { kind: 'drop-column', label: 'Drop a column', detail: 'stop writing it first, then drop it in a later deployment' },
  { kind: 'add-index', label: 'Add an index', detail: 'CREATE INDEX CONCURRENTLY in its own migration' },
  { kind: 'backfill', label: 'Backfill data', detail: 'keyset batches, each its own transaction, resumable' },
];

/** The migration folder to write to: the active migration's, or one the user picks among the workspace's. */
async function pickFolder(client: LanguageClient): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active?.scheme === 'file') {
    const info = await client.sendRequest<FileInfo>(FILE_INFO_REQUEST, { uri: active.toString() });
    if (info.isMigration) return active.toString();
  }
  const files = await vscode.workspace.findFiles('**/*.sql', '**/{node_modules,.git}/**', 5000);
  const folders = new Map<string, { uri: vscode.Uri; tool: string }>();
  for (const file of files) {
    const folder = vscode.Uri.joinPath(file, '..');
    if (folders.has(folder.toString())) continue;
    const info = await client.sendRequest<FileInfo>(FILE_INFO_REQUEST, { uri: file.toString() });
    if (info.isMigration) folders.set(folder.toString(), { uri: file, tool: info.tool ?? 'plain' });
  }
  const picks = [...folders.values()].map((f) => ({
    label: vscode.workspace.asRelativePath(vscode.Uri.joinPath(f.uri, '..')),
    description: f.tool,
    uri: f.uri,
  }));
  if (picks.length === 0) {
    void vscode.window.showErrorMessage(
      'Sluice found no migration folder in this workspace. Open a migration file (or set "sluice.migrationDirs") and try again.',
    );
    return undefined;
  }
  if (picks.length === 1) return picks[0].uri.toString();
  const picked = await vscode.window.showQuickPick(picks, { title: 'Which migration folder?', ignoreFocusOut: true });
  return picked?.uri.toString();
}

/** A quick pick over known names that also accepts a name typed in (tables the history cannot see). */
function pickName(title: string, known: readonly string[], placeholder: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick();
    pick.title = title;
    pick.placeholder = placeholder;
    pick.ignoreFocusOut = true;
    const knownItems = known.map((label) => ({ label }));
    pick.items = knownItems;
    pick.onDidChangeValue((value) => {
      const typed = value.trim();
      pick.items =
        typed && !known.includes(typed) ? [{ label: typed, description: 'as typed' }, ...knownItems] : knownItems;
    });
    let done = false;
    pick.onDidAccept(() => {
      done = true;
      resolve(pick.selectedItems[0]?.label ?? (pick.value.trim() || undefined));
      pick.hide();
    });
    pick.onDidHide(() => {
      if (!done) resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}

async function pickColumns(title: string, columns: readonly string[]): Promise<string[] | undefined> {
  if (columns.length === 0) {
    const typed = await vscode.window.showInputBox({ title, prompt: 'Columns, comma-separated', ignoreFocusOut: true });
    return typed
      ?.split(',')
      .map((c) => c.trim())
      .filter(Boolean);
  }
  const picked = await vscode.window.showQuickPick(
    columns.map((label) => ({ label })),
    { title, canPickMany: true, ignoreFocusOut: true },
  );
  return picked && picked.length > 0 ? picked.map((p) => p.label) : undefined;
}

function input(title: string, prompt: string, value?: string, optional = false): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title,
    prompt,
    value,
    ignoreFocusOut: true,
    validateInput: (v) => (optional || v.trim() ? undefined : 'Required'),
  });
}

/** Walks the user through one change; undefined when they cancel. */
async function askRequest(kind: ChangeKind, options: ScaffoldOptions): Promise<ChangeRequest | undefined> {
  const title = CHANGES.find((c) => c.kind === kind)!.label;
  const table = await pickName(
    title,
    options.tables.map((t) => t.name),
    'Table (schema.table)',
  );
  if (!table) return undefined;
  const columns = options.tables.find((t) => t.name === table)?.columns ?? [];
  const column = async (): Promise<string | undefined> => pickName(title, columns, 'Column');
  switch (kind) {
    case 'rename-column': {
      const c = await column();
      const to = c && (await input(title, `New name for ${table}.${c}`));
      return c && to ? { kind, table, column: c, to: to.trim() } : undefined;
    }
    case 'change-type': {
      const c = await column();
      const type = c && (await input(title, `New type for ${table}.${c} (e.g. bigint, numeric(12,2))`));
      if (!c || !type) return undefined;
      const using = await input(title, 'USING expression (optional; empty: a plain cast)', undefined, true);
      if (using === undefined) return undefined;
      return { kind, table, column: c, type: type.trim(), ...(using.trim() ? { using: using.trim() } : {}) };
    }
    case 'set-not-null':
    case 'drop-column': {
      const c = await column();
      return c ? { kind, table, column: c } : undefined;
    }
    case 'add-foreign-key': {
      const c = await column();
      const target =
        c &&
        (await pickName(
          title,
          options.tables.map((t) => t.name),
          'Referenced table',
        ));
      const targetColumns = options.tables.find((t) => t.name === target)?.columns ?? [];
      const targetColumn = target && (await pickName(title, targetColumns, `Referenced column of ${target}`));
      return c && target && targetColumn
        ? { kind, table, column: c, references: { table: target, column: targetColumn } }
        : undefined;
    }
    case 'add-unique':
    case 'add-index': {
      const picked = await pickColumns(`${title}: columns of ${table}, in order`, columns);
      return picked?.length ? { kind, table, columns: picked } : undefined;
    }
    case 'backfill': {
      const set = await input(title, `SET list for ${table} (e.g. total_cents = total * 100)`);
      if (!set) return undefined;
      const where = await input(title, 'WHERE condition (optional)', undefined, true);
      if (where === undefined) return undefined;
      const size = await input(title, 'Rows per batch', '1000');
      const batchSize = Number(size);
      if (!size || !Number.isInteger(batchSize) || batchSize <= 0) return undefined;
      return { kind, table, set: set.trim(), ...(where.trim() ? { where: where.trim() } : {}), batchSize };
    }
  }
}

export async function newSafeChange(
  client: LanguageClient,
  args?: NewSafeChangeArgs,
): Promise<ScaffoldResult | undefined> {
  let uri = args?.uri;
  let request = args?.request;
  if (!uri || !request) {
    const change = await vscode.window.showQuickPick(
      CHANGES.map((c) => ({ label: c.label, detail: c.detail, description: c.kind, change: c.kind })),
      { title: 'Sluice: New Safe Schema Change', placeHolder: 'Which change?', ignoreFocusOut: true },
    );
    if (!change) return undefined;
    uri = await pickFolder(client);
    if (!uri) return undefined;
    const options = await client.sendRequest<ScaffoldOptions>(SCAFFOLD_OPTIONS_REQUEST, { uri });
    request = await askRequest(change.change, options);
    if (!request) return undefined;
  }
  const result = await client.sendRequest<ScaffoldResult>(SCAFFOLD_REQUEST, { uri, request });
  if (result.error || !result.edit) {
    void vscode.window.showErrorMessage(`Sluice could not scaffold this change: ${result.error ?? 'no files planned'}`);
    return result;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(result.edit);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage('Sluice could not write the new migration files (the edit was refused).');
    return result;
  }
  // Save what the edit touched (new files, an appended sqitch.plan), and nothing else the user has open.
  const touched = new Set(edit.entries().map(([u]) => u.toString()));
  for (const document of vscode.workspace.textDocuments) {
    if (touched.has(document.uri.toString()) && document.isDirty) await document.save();
  }
  const first = result.files.find((f) => f.kind === 'up');
  if (first) await vscode.window.showTextDocument(vscode.Uri.parse(first.uri), { preview: false });
  const deploys = new Set(result.files.map((f) => f.deploy)).size;
  void vscode.window.showInformationMessage(
    `Sluice wrote ${result.files.length} migration files for ${deploys} deployment${deploys === 1 ? '' : 's'}.`,
  );
  return result;
}
