import { RULES } from '../../rules';
import type { LintReport } from '../report';
import { docsPath } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const;

/** SARIF 2.1.0, with the rule catalogue in the driver and a region per result. */
export function formatSarif(report: LintReport, version: string): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'sluice',
            version,
            rules: RULES.map((r) => ({
              id: r.meta.id,
              name: r.meta.id,
              shortDescription: { text: r.meta.summary },
              help: { text: r.meta.safeWay },
              helpUri: docsPath(r.meta.id),
              defaultConfiguration: { level: LEVEL[r.meta.severity] },
            })),
          },
        },
        results: report.files.flatMap((file) =>
          file.diagnostics.map((d) => ({
            ruleId: d.rule,
            ruleIndex: ruleIndex.get(d.rule),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.path.split('\\').join('/') },
                  region: {
                    startLine: d.range.start.line,
                    startColumn: d.range.start.column,
                    endLine: d.range.end.line,
                    endColumn: d.range.end.column,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
