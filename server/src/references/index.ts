// Where application code still uses a table or column that a migration drops or renames: the public API of
// server/src/references. The matcher (match.ts) is pure; the scanner (scanner.ts) is the file-system edge. No
// `vscode`/`vscode-languageserver` import: the shapes below are plain objects the LSP and JSON layers accept.
import * as path from 'path';
import { pathToFileURL } from 'url';
import type { AstNode } from '../syntax/parse';
import { quoteIdent, quoteQualified } from '../syntax/quoteIdent';
import { tableChanges } from '../rules/tableChanges';
import type { ReferencePlace, ReferenceTarget } from './match';
import type { FindResult } from './scanner';
import { SOURCE_EXTENSIONS } from './lex';

export { findReferences, matchSource, prepareSource } from './match';
export type { ReferenceKind, ReferencePlace, ReferencePosition, ReferenceRange, ReferenceTarget } from './match';
export { disposeScanners, guessWorkspaceRoot, ReferenceScanner, scannerFor } from './scanner';
export type { FindResult, ScannerOptions, ScanStats } from './scanner';
export { isCommonName } from './names';

/** A file-watcher glob for the files the scanner reads (register it and pass changes to `invalidate`). */
export const SOURCE_GLOB = `**/*.{${SOURCE_EXTENSIONS.join(',')}}`;

/** The rules whose diagnostics list references, and what each one's target is. */
export const REFERENCE_RULES: ReadonlySet<string> = new Set([
  'drop-column',
  'rename-column',
  'rename-table',
  'drop-table',
]);

/**
 * What a statement drops or renames, per rule: `ALTER TABLE users DROP COLUMN email, DROP COLUMN name` gives two
 * `drop-column` targets in statement order (the order the rule reports them in).
 */
export function referenceTargetsOf(kind: string, ast: AstNode): Array<{ rule: string; target: ReferenceTarget }> {
  const out: Array<{ rule: string; target: ReferenceTarget }> = [];
  for (const change of tableChanges(kind, ast)) {
    if (change.type === 'drop-column' || change.type === 'rename-column') {
      out.push({ rule: change.type, target: { table: change.table.written, column: change.column } });
    } else if (change.type === 'rename-table' || change.type === 'drop-table') {
      out.push({ rule: change.type, target: { table: change.table.written } });
    }
  }
  return out;
}

/**
 * A target as messages name it: `users.email`, `billing.users`, `"Users"."Email"`. Its table is kept as written
 * and unquoted (what the scan looks for): a schema is the part before its first dot.
 */
function targetName(target: ReferenceTarget): string {
  const dot = target.table.indexOf('.');
  const table =
    dot < 0 ? quoteIdent(target.table) : quoteQualified(target.table.slice(0, dot), target.table.slice(dot + 1));
  return target.column === undefined ? table : `${table}.${quoteIdent(target.column)}`;
}

/**
 * The target of one finding of `rule` on a statement: the statement's change of that kind whose name the
 * message mentions (`users.email`), or its only one. Undefined when the rule does not list references.
 */
export function targetForFinding(
  finding: { rule: string; message: string },
  kind: string,
  ast: AstNode,
): ReferenceTarget | undefined {
  const options = referenceTargetsOf(kind, ast).filter((t) => t.rule === finding.rule);
  const named = options.filter(({ target }) => finding.message.includes(targetName(target)));
  return (named.length === 1 ? named[0] : options.length === 1 ? options[0] : named[0])?.target;
}

/** The CLI's `related` entry (lint-output.schema.json): path relative to `cwd` with `/`, 1-based range. */
export function toRelatedJson(
  place: ReferencePlace,
  cwd: string,
): { path: string; range: ReferencePlace['range']; message: string } {
  const rel = path.relative(cwd, place.path) || place.path;
  return { path: rel.split(path.sep).join('/'), range: place.range, message: place.message };
}

/** An LSP `DiagnosticRelatedInformation` (0-based positions, file URI), without importing the LSP library. */
export function toLspRelated(place: ReferencePlace): {
  location: {
    uri: string;
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
  };
  message: string;
} {
  const { start, end } = place.range;
  return {
    location: {
      uri: pathToFileURL(place.path).href,
      range: {
        start: { line: start.line - 1, character: start.column - 1 },
        end: { line: end.line - 1, character: end.column - 1 },
      },
    },
    message: place.message,
  };
}

/**
 * A sentence to append to the diagnostic's message, or undefined when there is nothing to add:
 * `Application code still uses users.email in 3 places (see related information).`, with
 * `… 20 of 37 shown` when the list was cut, and `the workspace scan is still running` while it is.
 */
export function referencesNote(target: ReferenceTarget, result: FindResult): string | undefined {
  const name = targetName(target);
  const pending = result.complete ? '' : ' (the workspace scan is not finished: there may be more)';
  if (result.total === 0)
    return result.complete ? undefined : `Looking for uses of ${name} in application code${pending}.`;
  const count = result.total === 1 ? '1 place' : `${result.total} places`;
  const shown = result.places.length < result.total ? `; ${result.places.length} shown` : '';
  return `Application code still uses ${name} in ${count} (see related information${shown})${pending}.`;
}
