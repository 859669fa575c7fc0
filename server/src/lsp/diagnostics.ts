// Findings → LSP diagnostics. Positions come from the analysis' LineIndex (0-based lines, UTF-16 columns).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis';
import type { Finding, ReportInput, Severity } from '../rules/rule';
import { ruleDocsUri } from './documentation';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(analysis: FileAnalysis, start: number, end: number): Diagnostic['range'] {
  return { start: analysis.lines.positionAt(start), end: analysis.lines.positionAt(end) };
}

export function toDiagnostic(
  analysis: FileAnalysis,
  finding: Finding,
  range = toRange(analysis, finding.start, finding.end),
): Diagnostic {
  return {
    range,
    severity: SEVERITY[finding.severity],
    source: 'sluice',
    code: finding.rule,
    codeDescription: { href: ruleDocsUri(finding.rule) },
    message: finding.message,
  };
}

/**
 * The diagnostic built for the same report last time, when it is still exact (same range and severity): a long
 * migration's diagnostics are mostly unchanged by an edit, and the protocol encoder keeps the JSON of each
 * diagnostic object it has sent (lsp/encoder.ts). Not for diagnostics that are changed after they are built.
 * Checking one allocates nothing: an edit's thousands of unchanged diagnostics make no garbage.
 */
export function reusedDiagnostic(analysis: FileAnalysis, finding: Finding): Diagnostic {
  const source = finding.source;
  if (!source) return toDiagnostic(analysis, finding);
  const last = built.get(source);
  const lines = analysis.lines;
  if (
    last &&
    last.severity === SEVERITY[finding.severity] &&
    last.code === finding.rule &&
    lines.isAt(last.range.start, finding.start) &&
    lines.isAt(last.range.end, finding.end)
  )
    return last;
  const diagnostic = toDiagnostic(analysis, finding);
  built.set(source, diagnostic);
  return diagnostic;
}

/** By the report a finding came from (the walk replays a statement's reports as they were). */
const built = new WeakMap<ReportInput, Diagnostic>();
