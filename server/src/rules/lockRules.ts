// Rules about locks, scans and rewrites added after the first set (one module each; keep this list sorted).
import type { Rule } from './rule';

export const LOCK_RULES: readonly Rule[] = [];
