import { typeRule } from './columnTypes';
import { quoteIdent } from '../syntax/quoteIdent';

export const preferTimestamptz = typeRule(
  {
    id: 'prefer-timestamptz',
    severity: 'off',
    summary: 'A timestamp (without time zone) column: it stores wall-clock time with no zone.',
    safeWay:
      'Use timestamptz (timestamp with time zone): same 8 bytes, stores an instant, and shows it in the session time zone.',
  },
  (column) =>
    column.type === 'timestamp'
      ? `${column.table.name}.${quoteIdent(column.column)} is ${column.text}: it stores wall-clock time with no zone, so now() and timestamptz values are converted using whatever TimeZone each session has, and values written from servers in different zones or across a DST change compare wrongly. Use timestamptz.`
      : undefined,
);
