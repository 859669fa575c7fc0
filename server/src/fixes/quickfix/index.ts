// The quick fixes, one per rule that has a mechanical rewrite (keyed by the rule's meta.id). Rules without
// one: prefer-timestamptz, prefer-text, prefer-bigint and ban-char change what values mean or how drivers read
// them; require-concurrent-refresh needs a unique index Sluice cannot see; the rest need a human decision.
import type { FileAnalysis } from '../../analysis';
import type { MigrationTool } from '../../migrations/tools';
import { constraintWithoutNotValid } from '../../rules/constraint-without-not-valid';
import { preferIdentity } from '../../rules/prefer-identity';
import { preferJsonb } from '../../rules/prefer-jsonb';
import { requireConcurrentDetach } from '../../rules/require-concurrent-detach';
import { requireConcurrentDropIndex } from '../../rules/require-concurrent-drop-index';
import { requireConcurrentIndex } from '../../rules/require-concurrent-index';
import { requireConcurrentReindex } from '../../rules/require-concurrent-reindex';
import { requireLockTimeout } from '../../rules/require-lock-timeout';
import type { Finding } from '../../rules/rule';
import { setNotNull } from '../../rules/set-not-null';
import { uniqueWithoutIndex } from '../../rules/unique-without-index';
import { addNotValidAndValidate } from './constraint-without-not-valid';
import type { PairedDown, QuickFix, QuickFixProvider } from './fix';
import { pairedDownOf } from './pairedDown';
import { serialToIdentity } from './prefer-identity';
import { jsonToJsonb } from './prefer-jsonb';
import { addConcurrentlyToDetach } from './require-concurrent-detach';
import { addConcurrentlyToDropIndex } from './require-concurrent-drop-index';
import { addConcurrentlyToCreateIndex } from './require-concurrent-index';
import { addConcurrentlyToReindex } from './require-concurrent-reindex';
import { insertLockTimeout } from './require-lock-timeout';
import { notNullThroughCheck } from './set-not-null';
import { uniqueThroughIndex } from './unique-without-index';

export type { OffsetEdit, PairedDown, QuickFix } from './fix';

const PROVIDERS = new Map<string, QuickFixProvider>([
  [constraintWithoutNotValid.meta.id, addNotValidAndValidate],
  [preferIdentity.meta.id, serialToIdentity],
  [preferJsonb.meta.id, jsonToJsonb],
  [requireConcurrentDetach.meta.id, addConcurrentlyToDetach],
  [requireConcurrentDropIndex.meta.id, addConcurrentlyToDropIndex],
  [requireConcurrentIndex.meta.id, addConcurrentlyToCreateIndex],
  [requireConcurrentReindex.meta.id, addConcurrentlyToReindex],
  [requireLockTimeout.meta.id, insertLockTimeout],
  [setNotNull.meta.id, notNullThroughCheck],
  [uniqueWithoutIndex.meta.id, uniqueThroughIndex],
]);

/** Rules that have a quick fix (for docs and hovers: "quick fix available"). */
export const FIXABLE_RULES: ReadonlySet<string> = new Set(PROVIDERS.keys());

export interface FixEnvironment {
  tool: MigrationTool | null;
  pgVersion: number;
  /** Lints other text as the same file (same tool, settings, history). */
  relint(text: string): FileAnalysis;
  /**
   * The migration's down script when it is a file of its own, analysed ('unknown' when it cannot be read as
   * statements); absent or undefined when there is none. Asked only by fixes that move a statement.
   */
  downFile?(): FileAnalysis | 'unknown' | undefined;
}

/** The quick fix for one finding of `analysis`, when its rule has a mechanical rewrite for this statement. */
export function quickFixFor(analysis: FileAnalysis, finding: Finding, env: FixEnvironment): QuickFix | undefined {
  const provider = PROVIDERS.get(finding.rule);
  if (!provider || finding.statement === undefined) return undefined;
  const statement = analysis.statements[finding.statement];
  // Inside a DO block the usual rewrites do not apply (CONCURRENTLY cannot run there, a follow-up statement
  // would land in the same transaction): the finding's message says what to do.
  if (!statement?.parse.ok || statement.block !== undefined) return undefined;
  const index = finding.statement;
  const direction = analysis.units.find((u) => u.statements.includes(index))?.direction ?? 'up';
  let down: PairedDown | undefined;
  let downAsked = false;
  const fix = provider({
    analysis,
    finding,
    index,
    statement,
    kind: statement.parse.kind,
    ast: statement.parse.ast,
    tool: env.tool,
    pgVersion: env.pgVersion,
    relint: env.relint,
    pairedDown: () => {
      if (!downAsked) {
        downAsked = true;
        down = direction === 'up' ? pairedDownOf(analysis, () => env.downFile?.()) : undefined;
      }
      return down;
    },
  });
  // A down script undoes; a new migration made from one of its statements would run forward, after every
  // migration, and destroy what they built. Only edits in place there.
  if (direction === 'down' && (fix?.plan || fix?.downEdits)) return undefined;
  return fix;
}
