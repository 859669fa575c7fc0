// The lint report: what `sluice lint` found, with 1-based line/column ranges (UTF-16 columns), ready for any
// reporter. Shapes follow lint-output.schema.json.
import type { FileAnalysis } from '../analysis';
import type { Finding, Severity } from '../rules/rule';

export interface ReportPosition {
  line: number;
  column: number;
}

export interface ReportedDiagnostic {
  rule: string;
  severity: Severity;
  message: string;
  range: { start: ReportPosition; end: ReportPosition };
  lock: string | null;
  docs: string;
  /** Places in application code that still use what the statement drops or renames. */
  related?: { path: string; range: { start: ReportPosition; end: ReportPosition }; message: string }[];
}

export interface ReportedFile {
  path: string;
  tool: string | null;
  diagnostics: ReportedDiagnostic[];
}

export interface LintReport {
  version: 1;
  files: ReportedFile[];
  summary: { files: number; errors: number; warnings: number; infos: number };
}

export function docsPath(rule: string): string {
  return `docs/rules/${rule}.md`;
}

export function reportFinding(analysis: FileAnalysis, finding: Finding): ReportedDiagnostic {
  const start = analysis.lines.positionAt(finding.start);
  const end = analysis.lines.positionAt(finding.end);
  return {
    rule: finding.rule,
    severity: finding.severity,
    message: finding.message,
    range: {
      start: { line: start.line + 1, column: start.character + 1 },
      end: { line: end.line + 1, column: end.character + 1 },
    },
    lock: finding.lock ?? null,
    docs: docsPath(finding.rule),
  };
}

export function buildReport(files: ReportedFile[]): LintReport {
  const summary = { files: files.length, errors: 0, warnings: 0, infos: 0 };
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
    }
  }
  return { version: 1, files, summary };
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** True when any diagnostic is at or above the --fail-on severity. */
export function failsAt(report: LintReport, failOn: Severity): boolean {
  return report.files.some((f) => f.diagnostics.some((d) => RANK[d.severity] >= RANK[failOn]));
}
