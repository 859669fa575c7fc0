// Quick fixes with a rewrite (fixes/quickfix) as LSP code actions. Edits to the file itself become TextEdits;
// new migrations (a statement moved out of a transaction, a VALIDATE step) are laid out in the tool's
// convention and become CreateFile + insert in one WorkspaceEdit, with the edit of the paired down file when the
// moved statement's undo leaves it. Each action carries its whole edit.
import {
  CodeAction,
  CodeActionKind,
  CreateFile,
  Diagnostic,
  OptionalVersionedTextDocumentIdentifier,
  TextDocumentEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis';
import { layoutPlan } from '../fixes/layout/layout';
import { FixEnvironment, quickFixFor } from '../fixes/quickfix';
import type { FileSystemView } from '../migrations/tools';
import type { Finding } from '../rules/rule';
import { toolFolderOf } from '../scaffoldTarget';
import { downFileEdit, existingFile, layoutChanges, readDownFile, textEdits } from './scaffoldEdits';

export interface QuickFixSource extends FixEnvironment {
  analysis: FileAnalysis;
  uri: string;
  file: string;
  /** The open document's version, so the client refuses the edit on a changed document. */
  version: number;
  view: FileSystemView;
  /** The client applies CreateFile in a WorkspaceEdit (workspace.workspaceEdit.resourceOperations). */
  canCreateFiles: boolean;
  now: Date;
}

export function quickFixActions(source: QuickFixSource, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  let down: ReturnType<typeof readDownFile>;
  let downRead = false;
  const downFile = (): ReturnType<typeof readDownFile> => {
    if (!downRead) {
      downRead = true;
      down = readDownFile(source.file, source.tool, source.view, source.analysis.lines.text, source.pgVersion);
    }
    return down;
  };
  const fix = quickFixFor(source.analysis, finding, {
    ...source,
    downFile: () => {
      const file = downFile();
      return file === 'unknown' ? file : file?.analysis;
    },
  });
  if (!fix) return [];
  const here = textEdits(source.analysis.lines, fix.edits);
  let edit: WorkspaceEdit;
  if (!fix.plan) {
    edit = { changes: { [source.uri]: here } };
  } else {
    if (!source.canCreateFiles) return [];
    const dir = toolFolderOf(source.file, source.tool);
    const layout = layoutPlan(fix.plan, {
      tool: source.tool ?? 'plain',
      dir,
      listing: source.view.list(dir) ?? [],
      read: source.view.read,
      now: source.now,
    });
    if (existingFile(source.view, layout)) return [];
    const thisFile = TextDocumentEdit.create(
      OptionalVersionedTextDocumentIdentifier.create(source.uri, source.version),
      here,
    );
    const changes: (TextDocumentEdit | CreateFile)[] = [thisFile];
    const file = downFile();
    if (fix.downEdits?.length && typeof file === 'object') {
      changes.push(downFileEdit(file, fix.downEdits));
    } else if (fix.downEdits?.length) {
      return [];
    }
    edit = { documentChanges: [...changes, ...layoutChanges(source.view, layout)] };
  }
  return [{ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit }];
}

/** The rewrite quick fixes for the Sluice diagnostics of a code action request, in their order. */
export function quickFixActionsFor(source: QuickFixSource, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'sluice' || typeof diagnostic.code !== 'string') continue;
    const start = source.analysis.lines.offsetAt(diagnostic.range.start);
    const finding = source.analysis.findings.find((f) => f.rule === diagnostic.code && f.start === start);
    if (finding) actions.push(...quickFixActions(source, finding, diagnostic));
  }
  return actions;
}
