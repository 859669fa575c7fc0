// Quick fixes every finding has: ignore it for its statement or for the file, or open the rule's docs.
// Each action carries its own edit, so the server keeps no state between requests.
import { CodeAction, CodeActionKind, Diagnostic, TextEdit } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis';
import { SHOW_DOCUMENTATION_COMMAND } from '../protocol';

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The ignore directive that already covers this statement (the last one right before it), if any. */
function existingIgnore(analysis: FileAnalysis, statementIndex: number) {
  const statement = analysis.statements[statementIndex];
  const previousEnd = statementIndex > 0 ? analysis.statements[statementIndex - 1].end : 0;
  const text = analysis.lines.text;
  const candidates = analysis.directives.ignores.filter(
    (d) =>
      d.type === 'ignore' &&
      d.start >= previousEnd &&
      d.end <= statement.start &&
      d.rules.length > 0 &&
      // (One at the end of the previous statement's line covers that statement.)
      (statementIndex === 0 || /[\r\n]/.test(text.slice(previousEnd, d.start))),
  );
  return candidates[candidates.length - 1];
}

function ignoreForStatement(
  analysis: FileAnalysis,
  rule: string,
  statementIndex: number,
  uri: string,
  diagnostic: Diagnostic,
): CodeAction {
  const text = analysis.lines.text;
  const statement = analysis.statements[statementIndex];
  const existing = existingIgnore(analysis, statementIndex);
  let edit: TextEdit;
  if (existing) {
    // Extend `-- sluice-ignore a` to `-- sluice-ignore a, rule` rather than stacking comments.
    const last = existing.rules.length - 1;
    const at = analysis.lines.positionAt(existing.ruleOffsets[last] + existing.rules[last].length);
    edit = TextEdit.insert(at, `, ${rule}`);
  } else {
    const line = analysis.lines.positionAt(statement.start).line;
    const lineStart = analysis.lines.lineStart(line);
    const indent = /^[ \t]*/.exec(text.slice(lineStart, statement.start))?.[0] ?? '';
    edit = TextEdit.insert({ line, character: 0 }, `${indent}-- sluice-ignore ${rule}${eolOf(text)}`);
  }
  return {
    title: `Ignore ${rule} for this statement`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [uri]: [edit] } },
  };
}

function ignoreForFile(analysis: FileAnalysis, rule: string, uri: string, diagnostic: Diagnostic): CodeAction {
  const text = analysis.lines.text;
  // Liquibase recognises its files by their first line: keep that line first.
  const line = /^--\s*liquibase\s+formatted\s+sql/i.test(text) ? 1 : 0;
  const eol = eolOf(text);
  const atEnd = line >= analysis.lines.lineCount;
  return {
    title: `Ignore ${rule} for this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: {
      changes: {
        [uri]: [TextEdit.insert({ line, character: 0 }, `${atEnd ? eol : ''}-- sluice-ignore-file ${rule}${eol}`)],
      },
    },
  };
}

export function codeActionsFor(analysis: FileAnalysis, uri: string, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const actions: CodeAction[] = [];
  const documented = new Set<string>();
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== 'sluice' || typeof diagnostic.code !== 'string') continue;
    const rule = diagnostic.code;
    const start = analysis.lines.offsetAt(diagnostic.range.start);
    const finding = analysis.findings.find((f) => f.rule === rule && f.start === start);
    if (finding?.statement !== undefined) {
      // A DO block's statement is ignored with its block: directives are comments between statements.
      const statement = analysis.statements[finding.statement].block ?? finding.statement;
      actions.push(ignoreForStatement(analysis, rule, statement, uri, diagnostic));
    }
    actions.push(ignoreForFile(analysis, rule, uri, diagnostic));
    if (!documented.has(rule)) {
      documented.add(rule);
      actions.push({
        title: `Show documentation for ${rule}`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Show documentation for ${rule}`, command: SHOW_DOCUMENTATION_COMMAND, arguments: [rule] },
      });
    }
  }
  return actions;
}
