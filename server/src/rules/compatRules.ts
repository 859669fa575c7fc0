// Rules about backward compatibility (old and new application versions side by side) and column types
// (one module each; keep this list sorted).
import { addRequiredColumn } from './add-required-column';
import { banChar } from './ban-char';
import { dropColumn } from './drop-column';
import { dropTable } from './drop-table';
import { enumValueChange } from './enum-value-change';
import { mixedExpandContract } from './mixed-expand-contract';
import { preferBigint } from './prefer-bigint';
import { preferIdentity } from './prefer-identity';
import { preferJsonb } from './prefer-jsonb';
import { preferText } from './prefer-text';
import { preferTimestamptz } from './prefer-timestamptz';
import { renameColumn } from './rename-column';
import { renameTable } from './rename-table';
import type { Rule } from './rule';
import { unbatchedBackfill } from './unbatched-backfill';

export const COMPAT_RULES: readonly Rule[] = [
  addRequiredColumn,
  banChar,
  dropColumn,
  dropTable,
  enumValueChange,
  mixedExpandContract,
  preferBigint,
  preferIdentity,
  preferJsonb,
  preferText,
  preferTimestamptz,
  renameColumn,
  renameTable,
  unbatchedBackfill,
];
