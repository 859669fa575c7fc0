// Hover on a statement: the lock it takes, what that lock makes wait, and for findings the safe way.
import { Hover, MarkupKind } from 'vscode-languageserver/node';
import type { FileAnalysis } from '../analysis';
import { blockedOperations, LockMode, lockStrength, sqlLockName } from '../facts/locks';
import { describeRelation } from '../facts/statementFacts';
import { RULES_BY_ID } from '../rules';
import { ruleDocsUri } from './documentation';
import { toRange } from './diagnostics';

function statementAt(analysis: FileAnalysis, offset: number): number {
  return analysis.statements.findIndex((s) => offset >= s.start && offset <= s.end);
}

function lockLine(mode: LockMode, on: string): string {
  const blocked = blockedOperations(mode);
  const reads = blocked.includes('SELECT') ? '' : ' Reads go on.';
  const waits =
    blocked.length > 0 ? `Blocks ${blocked.join(', ')} until the transaction ends.${reads}` : 'Reads and writes go on.';
  return `**Lock:** \`${mode}\` (${sqlLockName(mode)}) on ${on}. ${waits}`;
}

export function hoverAt(analysis: FileAnalysis, offset: number): Hover | null {
  const index = statementAt(analysis, offset);
  if (index < 0) return null;
  const statement = analysis.statements[index];
  const findings = analysis.findings.filter((f) => f.statement === index);
  const sections: string[] = [];
  for (const finding of findings) {
    const rule = RULES_BY_ID.get(finding.rule);
    // The finding's message is already on screen (editors show diagnostics at the cursor): add what it lacks.
    const lines = [`**Sluice · ${finding.rule}** (${finding.severity})`];
    if (finding.lock) {
      const lock = statement.facts?.locks.find((l) => l.mode === finding.lock);
      lines.push('', lockLine(finding.lock, lock ? describeRelation(lock.relation) : 'the table'));
    }
    if (rule) lines.push('', `**Safe way:** ${rule.meta.safeWay}`);
    lines.push('', `[Documentation](${ruleDocsUri(finding.rule)})`);
    sections.push(lines.join('\n'));
  }
  if (sections.length === 0) {
    // No finding: still say what the statement locks, when it locks anything more than plain DML does.
    const locks = (statement.facts?.locks ?? []).filter((l) => lockStrength(l.mode) > lockStrength('RowExclusiveLock'));
    if (locks.length === 0) return null;
    sections.push(['**Sluice**', '', ...locks.map((l) => lockLine(l.mode, describeRelation(l.relation)))].join('\n'));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') },
    range: toRange(analysis, statement.start, statement.end),
  };
}
