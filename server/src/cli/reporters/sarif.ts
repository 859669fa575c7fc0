import * as path from 'path';
import { pathToFileURL } from 'url';
import { RULES } from '../../rules';
import type { LintReport, ReportPosition } from '../report';
import { docsPath } from '../report';

const LEVEL = { error: 'error', warning: 'warning', info: 'note', off: 'none' } as const; // (off: results only)

/**
 * A file's path as the URI reference SARIF requires: relative paths stay relative (consumers resolve them against
 * the checkout), each segment percent-encoded (`#`, `%` and spaces are legal in file names); absolute ones become
 * file: URIs.
 */
export function artifactUri(filePath: string): string {
  if (path.isAbsolute(filePath)) return pathToFileURL(filePath).href;
  return filePath.split(/[\\/]/).map(encodeURIComponent).join('/');
}

function region(range: { start: ReportPosition; end: ReportPosition }): Record<string, number> {
  return {
    startLine: range.start.line,
    startColumn: range.start.column,
    endLine: range.end.line,
    endColumn: range.end.column,
  };
}

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
              // (helpUri must be an absolute URI, and the docs have no address of their own: their path instead.)
              properties: { docs: docsPath(r.meta.id) },
              // A rule that is off by default is disabled, as SARIF says it (`enabled`), rather than a level.
              defaultConfiguration:
                (r.meta.listedSeverity ?? r.meta.severity) === 'off'
                  ? { enabled: false }
                  : { level: LEVEL[r.meta.listedSeverity ?? r.meta.severity] },
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
                  artifactLocation: { uri: artifactUri(file.path) },
                  region: region(d.range),
                },
              },
            ],
            // Where application code still uses what the statement drops or renames (drop-column, rename-*).
            ...(d.related && d.related.length > 0
              ? {
                  relatedLocations: d.related.map((r, id) => ({
                    id,
                    physicalLocation: { artifactLocation: { uri: artifactUri(r.path) }, region: region(r.range) },
                    message: { text: r.message },
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(sarif, null, 2) + '\n';
}
