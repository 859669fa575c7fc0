// Rules about locks, scans and rewrites added after the first set (one module each; keep this list sorted).
import { exclusionConstraint } from './exclusion-constraint';
import { lockHeldDuringSlowOperation } from './lock-held-during-slow-operation';
import { requireConcurrentDetach } from './require-concurrent-detach';
import { requireConcurrentDropIndex } from './require-concurrent-drop-index';
import { requireConcurrentRefresh } from './require-concurrent-refresh';
import { requireConcurrentReindex } from './require-concurrent-reindex';
import type { Rule } from './rule';
import { tableRewriteMaintenance } from './table-rewrite-maintenance';
import { truncate } from './truncate';
import { uniqueWithoutIndex } from './unique-without-index';
import { validateInSameTransaction } from './validate-in-same-transaction';

export const LOCK_RULES: readonly Rule[] = [
  exclusionConstraint,
  lockHeldDuringSlowOperation,
  requireConcurrentDetach,
  requireConcurrentDropIndex,
  requireConcurrentRefresh,
  requireConcurrentReindex,
  tableRewriteMaintenance,
  truncate,
  uniqueWithoutIndex,
  validateInSameTransaction,
];
