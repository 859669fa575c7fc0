// "Generate rollback script" in the editor: the quick fix of `missing-rollback` (a code action carrying its edit)
// and the `sluice.generateRollback` command (the server builds the same edit and asks the client to apply it).
// A down script that exists is never overwritten; a file that is not a migration is refused with the reason.
import * as path from 'path';
import { pathToFileURL } from 'url';
import {
  CodeAction,
  CodeActionKind,
  Connection,
  CreateFile,
  Diagnostic,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { generateRollback, RollbackError, RollbackWarning } from '../fixes/rollback/generate';
import { rollbackTarget } from '../fixes/rollback/target';
import { toolTransactionSettings } from '../migrations/transactions';
import type { Project } from '../project';
import { LineIndex } from '../syntax/positions';

/** Server command: write the down/undo script of a migration. Arguments: [documentUri]. */
export const GENERATE_ROLLBACK_COMMAND = 'sluice.generateRollback';

export type GenerateRollbackResult =
  | { ok: true; /** The file that now holds the rollback. */ uri: string; warnings: string[] }
  | { ok: false; message: string };

interface RollbackEdit {
  title: string;
  edit: WorkspaceEdit;
  /** Where the rollback lands (the new file, or the migration itself for a down section). */
  uri: string;
  warnings: RollbackWarning[];
}

/** The edit that writes `file`'s rollback where its tool keeps it; a RollbackError says why not. */
export function rollbackEdit(project: Project, file: string, uri: string, text: string): RollbackEdit {
  const migration = project.migrationInfo(file, text);
  if (!migration.isMigration)
    throw new RollbackError(`${path.basename(file)} is not a migration: there is nothing to roll back`);
  const target = rollbackTarget(file, migration.tool, project.view, text);
  const history = project
    .earlierMigrations(file, migration)
    .map((f) => project.view.read?.(f))
    .filter((t): t is string => t !== undefined);
  const generated = generateRollback(text, migration, {
    history,
    file,
    toolSettings: toolTransactionSettings(path.resolve(file), migration.tool, project.view),
    placement: target.kind === 'section' ? 'section' : 'file',
  });
  if (target.kind === 'create') {
    const newUri = pathToFileURL(target.path).toString();
    return {
      title: `Generate rollback script ${path.basename(target.path)}`,
      uri: newUri,
      warnings: generated.warnings,
      edit: {
        documentChanges: [
          CreateFile.create(newUri, { overwrite: false, ignoreIfExists: false }),
          TextDocumentEdit.create({ uri: newUri, version: null }, [
            TextEdit.insert({ line: 0, character: 0 }, generated.sql),
          ]),
        ],
      },
    };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const before = target.marker
    ? `${text.length > 0 && !/\n\s*$/.test(text) ? eol : ''}${eol}${target.marker}${eol}`
    : eol;
  const insert = `${before}${generated.sql.replace(/\n/g, eol)}`;
  return {
    title: 'Generate the down section (rollback)',
    uri,
    warnings: generated.warnings,
    edit: { changes: { [uri]: [TextEdit.insert(new LineIndex(text).positionAt(target.offset), insert)] } },
  };
}

/** The quick fix of `missing-rollback` diagnostics (none when the rollback cannot be generated). */
export function rollbackCodeActions(
  project: Project,
  file: string,
  uri: string,
  text: string,
  diagnostics: readonly Diagnostic[],
): CodeAction[] {
  const missing = diagnostics.filter((d) => d.source === 'sluice' && d.code === 'missing-rollback');
  if (missing.length === 0) return [];
  try {
    const generated = rollbackEdit(project, file, uri, text);
    return [
      {
        title: generated.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: missing,
        isPreferred: true,
        edit: generated.edit,
      },
    ];
  } catch (e) {
    if (e instanceof RollbackError) return [];
    throw e;
  }
}

/** `sluice.generateRollback`: builds the edit, asks the client to apply it, and says what happened. */
export async function executeGenerateRollback(
  connection: Connection,
  project: Project,
  file: string | undefined,
  uri: string,
  text: string | undefined,
): Promise<GenerateRollbackResult> {
  if (!file || text === undefined) return { ok: false, message: `Sluice cannot read ${uri}` };
  let generated: RollbackEdit;
  try {
    generated = rollbackEdit(project, file, uri, text);
  } catch (e) {
    if (e instanceof RollbackError) return { ok: false, message: e.message };
    throw e;
  }
  const applied = await connection.workspace.applyEdit({ label: generated.title, edit: generated.edit });
  if (!applied.applied)
    return {
      ok: false,
      message: `the editor did not apply the rollback${applied.failureReason ? `: ${applied.failureReason}` : ''}`,
    };
  return { ok: true, uri: generated.uri, warnings: generated.warnings.map((w) => w.message) };
}
