import type { LintReport } from '../report';

const LABEL = { error: 'error  ', warning: 'warning', info: 'info   ' } as const;

/** Human output: one block per file with findings, then a summary line. */
export function formatText(report: LintReport, color: boolean): string {
  const paint = (code: number, s: string): string => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    out.push(paint(4, file.path) + (file.tool ? paint(2, `  (${file.tool})`) : ''));
    for (const d of file.diagnostics) {
      const where = `${d.range.start.line}:${d.range.start.column}`.padEnd(8);
      const severity =
        d.severity === 'error'
          ? paint(31, LABEL.error)
          : d.severity === 'warning'
            ? paint(33, LABEL.warning)
            : paint(36, LABEL.info);
      out.push(`  ${paint(2, where)} ${severity}  ${d.message}  ${paint(2, d.rule)}`);
    }
    out.push('');
  }
  const { files, errors, warnings, infos } = report.summary;
  const problems = errors + warnings + infos;
  const noun = files === 1 ? 'file' : 'files';
  out.push(
    problems === 0
      ? paint(32, `✔ ${files} ${noun} checked, no problems`)
      : `${paint(errors > 0 ? 31 : 33, '✖')} ${problems} problem${problems === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info) in ${files} ${noun} checked`,
  );
  return out.join('\n') + '\n';
}
