// A golang-migrate down script analysed as the project analyses one in its own file: against what its up script
// left, with the up script walked first (muted) so rules know what the up side did.
import { analyze, createdRelations, replayMigration } from '../../server/src/analysis';
import type { Finding } from '../../server/src/rules/rule';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';

const migration = (direction: 'up' | 'down') => ({ isMigration: true, tool: 'golang-migrate' as const, direction });

/** The findings of `down`, whose up script is `up`, after the migrations `history`. */
export function downScriptFindings(down: string, up: string, history: string): Finding[] {
  const before = replayMigration(EMPTY_SCHEMA, history, migration('up'));
  const context = {
    schema: replayMigration(before, up, migration('up')),
    upScript: up,
    upScriptSchema: before,
    createdByUp: createdRelations(up),
  };
  const settings = { pgVersion: 15, assumeInTransaction: false, rules: {} };
  return analyze(down, migration('down'), settings, context).findings;
}
