import { typeRule } from './columnTypes';
import { quoteIdent } from '../syntax/quoteIdent';

export const preferJsonb = typeRule(
  {
    id: 'prefer-jsonb',
    severity: 'warning',
    summary:
      'A json column: json has no equality operator (DISTINCT, GROUP BY, UNION and = fail on it) and is re-parsed on every access.',
    safeWay:
      'Use jsonb. Keep json only to store a document byte for byte (key order, duplicate keys, whitespace), and say so in a sluice-ignore comment.',
  },
  (column) =>
    column.type === 'json'
      ? `${column.table.name}.${quoteIdent(column.column)} is ${column.text}: json has no equality operator, so SELECT DISTINCT, GROUP BY, UNION and = on it fail, it has no GIN index support, and it is re-parsed on every access. Use jsonb.`
      : undefined,
);
