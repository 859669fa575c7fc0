// Findings → LSP diagnostics. Positions come from the analysis' LineIndex (0-based lines, UTF-16 columns).
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis';
import type { Finding, Severity } from '../rules/rule';
import { ruleDocsUri } from './documentation';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toRange(analysis: FileAnalysis, start: number, end: number): Diagnostic['range'] {
  return { start: analysis.lines.positionAt(start), end: analysis.lines.positionAt(end) };
}

export function toDiagnostic(analysis: FileAnalysis, finding: Finding): Diagnostic {
  return {
    range: toRange(analysis, finding.start, finding.end),
    severity: SEVERITY[finding.severity],
    source: 'sluice',
    code: finding.rule,
    codeDescription: { href: ruleDocsUri(finding.rule) },
    message: finding.message,
  };
}
