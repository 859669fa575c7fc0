import type { LintReport } from '../report';

export function formatJson(report: LintReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}
