import { typeRule } from './columnTypes';
import { quoteIdent } from '../syntax/quoteIdent';

export const preferText = typeRule(
  {
    id: 'prefer-text',
    severity: 'off',
    summary: 'A varchar(n) column: the length limit is part of the type, so changing it is an ALTER COLUMN ... TYPE.',
    safeWay:
      'Use text; when the limit is a business rule, add CHECK (char_length(col) <= n), which can later be replaced without blocking (ADD ... NOT VALID, VALIDATE, DROP the old one).',
  },
  (column) =>
    column.type === 'varchar' && column.mods.length > 0
      ? `${column.table.name}.${quoteIdent(column.column)} is ${column.text}: longer values fail on insert, and the limit can only change with ALTER COLUMN ... TYPE under an AccessExclusiveLock (lowering it rewrites the table); text performs the same. Use text, with a CHECK (char_length(${quoteIdent(column.column)}) <= ${column.mods[0]}) if the limit is a rule.`
      : undefined,
);
