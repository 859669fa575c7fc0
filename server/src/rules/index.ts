// Every rule, sorted by id. Ids come only from each rule's meta.id.
import { addColumnRewrite } from './add-column-rewrite';
import { attachPartitionScan } from './attach-partition-scan';
import { columnTypeRewrite } from './column-type-rewrite';
import { COMPAT_RULES } from './compatRules';
import { concurrentlyInTransaction } from './concurrently-in-transaction';
import { constraintWithoutNotValid } from './constraint-without-not-valid';
import { foreignKeyWithoutIndex } from './foreign-key-without-index';
import { invalidDirective } from './invalid-directive';
import { LOCK_RULES } from './lockRules';
import { missingRollback } from './missing-rollback';
import { partitionedIndexLock } from './partitioned-index-lock';
import { requireConcurrentIndex } from './require-concurrent-index';
import { requireLockTimeout } from './require-lock-timeout';
import type { Rule } from './rule';
import { setNotNull } from './set-not-null';
import { syntaxError } from './syntax-error';
import { transactionNesting } from './transaction-nesting';
import { uncommittedTransaction } from './uncommitted-transaction';

export const RULES: readonly Rule[] = [
  addColumnRewrite,
  attachPartitionScan,
  columnTypeRewrite,
  concurrentlyInTransaction,
  constraintWithoutNotValid,
  foreignKeyWithoutIndex,
  invalidDirective,
  missingRollback,
  partitionedIndexLock,
  requireConcurrentIndex,
  requireLockTimeout,
  setNotNull,
  syntaxError,
  transactionNesting,
  uncommittedTransaction,
  ...LOCK_RULES,
  ...COMPAT_RULES,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

export const RULE_IDS: ReadonlySet<string> = new Set(RULES_BY_ID.keys());
