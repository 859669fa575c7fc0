import type { LintReport } from '../report';

// Workflow command escaping, as GitHub Actions' toolkit does it.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** GitHub Actions annotations: `::error file=…,line=…,col=…::message`. */
export function formatGithub(report: LintReport): string {
  const lines: string[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const props = [
        `file=${escapeProperty(file.path)}`,
        `line=${d.range.start.line}`,
        `col=${d.range.start.column}`,
        `endLine=${d.range.end.line}`,
        `endColumn=${d.range.end.column}`,
        `title=${escapeProperty(`sluice ${d.rule}`)}`,
      ].join(',');
      lines.push(`::${COMMAND[d.severity]} ${props}::${escapeData(`${d.message} (${d.rule})`)}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}
