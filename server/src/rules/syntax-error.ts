import type { Rule } from './rule';

/** Reported by the engine for statements PostgreSQL's parser rejects; every other statement is still analysed. */
export const syntaxError: Rule = {
  meta: {
    id: 'syntax-error',
    severity: 'error',
    summary: 'A statement PostgreSQL cannot parse.',
    safeWay: 'Fix the statement at the marked token; PostgreSQL would reject the whole migration here.',
  },
  create: () => ({
    parseError(ctx) {
      ctx.report({ message: ctx.message, start: ctx.start, end: ctx.end });
    },
  }),
};
