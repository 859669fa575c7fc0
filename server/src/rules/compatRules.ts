// Rules about backward compatibility (old and new application versions side by side) and column types
// (one module each; keep this list sorted).
import type { Rule } from './rule';

export const COMPAT_RULES: readonly Rule[] = [];
