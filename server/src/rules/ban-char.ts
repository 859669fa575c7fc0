import { typeRule } from './columnTypes';
import { quoteIdent } from '../syntax/quoteIdent';

export const banChar = typeRule(
  {
    id: 'ban-char',
    severity: 'off',
    summary: 'A char(n) / character(n) column: values are padded with spaces to n characters.',
    safeWay: 'Use text (or varchar(n)), with CHECK (char_length(col) = n) when the length is fixed.',
  },
  (column) =>
    column.type === 'bpchar'
      ? `${column.table.name}.${quoteIdent(column.column)} is ${column.text}: char(n) pads every value with spaces to n characters (plain char is char(1)), trailing spaces are ignored in comparisons but not by LIKE or the application, and it is no faster than text. Use text, with CHECK (char_length(${quoteIdent(column.column)}) = n) if the length is fixed.`
      : undefined,
);
