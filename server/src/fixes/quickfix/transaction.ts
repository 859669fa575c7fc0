// Whether a statement of a file runs inside a transaction block, as the engine decides it: the tool's own
// transaction, the implicit one of a multi-statement query, or an explicit BEGIN earlier in the unit.
import type { FileAnalysis } from '../../analysis';
import { toolTransactionAt } from '../../migrations/units';

export type TransactionAround = 'tool' | 'implicit' | 'explicit' | 'none';

export function runsInTransaction(analysis: FileAnalysis, index: number): boolean {
  return transactionAround(analysis, index) !== 'none';
}

export function transactionAround(analysis: FileAnalysis, index: number): TransactionAround {
  const unit = analysis.units.find((u) => u.statements.includes(index));
  if (!unit) return 'none';
  const tool = toolTransactionAt(unit, index);
  if (tool !== 'none') return tool;
  let explicit = false;
  for (const i of unit.statements) {
    if (i === index) break;
    const control = analysis.statements[i].facts?.transaction;
    if (control === 'begin') explicit = true;
    else if (control === 'commit' || control === 'rollback' || control === 'prepare')
      explicit = Boolean(analysis.statements[i].facts?.chain) && explicit; // AND CHAIN: the next one starts
  }
  return explicit ? 'explicit' : 'none';
}
