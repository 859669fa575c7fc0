// prefer-jsonb: json → jsonb on the type's name token (`json[]`, `pg_catalog.json`, `JSON` keep their shape).
import { flaggedType } from './columnType';
import type { QuickFixProvider } from './fix';

export const jsonToJsonb: QuickFixProvider = (ctx) => {
  const flagged = flaggedType(ctx);
  const last = flagged?.name[flagged.name.length - 1];
  if (!flagged || flagged.column.type !== 'json' || !last) return undefined;
  const quoted = last.text.startsWith('"');
  if (quoted ? last.text !== '"json"' : last.text.toLowerCase() !== 'json') return undefined;
  const newText = quoted ? '"jsonb"' : last.text === 'JSON' ? 'JSONB' : last.text === 'Json' ? 'Jsonb' : 'jsonb';
  const at = ctx.statement.start;
  return { title: 'Change the type to jsonb', edits: [{ start: at + last.start, end: at + last.end, newText }] };
};
