import type { Rule } from './rule';

export const invalidDirective: Rule = {
  meta: {
    id: 'invalid-directive',
    severity: 'warning',
    summary: 'A sluice-ignore comment that names no rule or a rule that does not exist (so it suppresses nothing).',
    safeWay: 'Name existing rule ids: -- sluice-ignore <rule>[, <rule>]: reason',
  },
  create: () => ({
    file(ctx) {
      for (const directive of ctx.directives.ignores) {
        if (directive.rules.length === 0) {
          ctx.report({
            message: `sluice-ignore names no rule: write -- sluice-ignore <rule>: reason`,
            start: directive.start,
            end: directive.end,
          });
        }
        directive.rules.forEach((rule, k) => {
          if (ctx.knownRules.has(rule)) return;
          const start = directive.ruleOffsets[k];
          ctx.report({
            message: `Unknown rule "${rule}" in sluice-ignore: it suppresses nothing`,
            start,
            end: start + rule.length,
          });
        });
      }
    },
  }),
};
