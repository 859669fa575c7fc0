// Names in generated SQL: reading what the user typed (`orders`, `billing.orders`, `"Order"`), quoting only
// where PostgreSQL needs it, the schema model's keys, identifiers derived from others (triggers, functions,
// constraints) kept within PostgreSQL's 63-byte limit, and snake_case words for step (file) names.
import { quoteQualified } from '../../syntax/quoteIdent';
import { ScaffoldError } from './plan';

/** A table (or other relation) as PostgreSQL resolves it: schema when written, name case-folded unless quoted. */
export interface QualifiedName {
  schema?: string;
  name: string;
}

/** PostgreSQL's identifier limit (NAMEDATALEN - 1), in bytes. */
export const MAX_IDENTIFIER_BYTES = 63;

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** `billing.orders` or `orders`, each part quoted as needed. */
export function qualifiedSql(table: QualifiedName): string {
  return quoteQualified(table.schema, table.name);
}

/** The schema model's key for a table: `public.orders` when no schema was written. */
export function tableKey(table: QualifiedName): string {
  return `${table.schema ?? 'public'}.${table.name}`;
}

/** A string literal (for `to_regclass('...')`, comments in data). */
export function quoteLiteral(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * Splits what the user wrote into dot-separated identifiers: bare ones are case-folded (as PostgreSQL does),
 * quoted ones kept exactly. `what` names the thing for the error message ("table", "column").
 */
function parseIdentifiers(text: string, what: string): string[] {
  const parts: string[] = [];
  const source = text.trim();
  let i = 0;
  const fail = (problem: string): never => {
    throw new ScaffoldError(
      `The ${what} name ${JSON.stringify(text)} ${problem}. ` +
        `Write it as in SQL: orders, billing.orders or "Order" (double quotes keep case and special characters).`,
    );
  };
  if (source === '') fail('is empty');
  while (i <= source.length) {
    if (source[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) fail('has an unterminated double quote');
        if (source[i] === '"') {
          if (source[i + 1] === '"') {
            value += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i++];
      }
      if (value === '') fail('has an empty quoted identifier');
      parts.push(value);
    } else {
      const match = /^[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/.exec(source.slice(i));
      if (!match) fail(`has an unexpected character at position ${i + 1}`);
      parts.push(match![0].toLowerCase());
      i += match![0].length;
    }
    if (i === source.length) break;
    if (source[i] !== '.') fail(`has an unexpected character at position ${i + 1}`);
    i++;
    if (i === source.length) fail('ends with a dot');
  }
  for (const part of parts) {
    if (utf8Bytes(part) > MAX_IDENTIFIER_BYTES)
      fail(`has a part longer than PostgreSQL's ${MAX_IDENTIFIER_BYTES}-byte limit`);
  }
  return parts;
}

/** `orders` → {name: orders}; `billing.orders` → {schema: billing, name: orders}; `"Order"` keeps its case. */
export function parseTableName(text: string): QualifiedName {
  const parts = parseIdentifiers(text, 'table');
  if (parts.length > 2)
    throw new ScaffoldError(
      `The table name ${JSON.stringify(text)} has ${parts.length} parts; write table or schema.table.`,
    );
  return parts.length === 2 ? { schema: parts[0], name: parts[1] } : { name: parts[0] };
}

/** One column (or other unqualified) identifier: `total`, `"TotalCents"`. */
export function parseColumnName(text: string, what = 'column'): string {
  const parts = parseIdentifiers(text, what);
  if (parts.length !== 1)
    throw new ScaffoldError(
      `The ${what} name ${JSON.stringify(text)} has ${parts.length} dot-separated parts; write a single name (no table prefix).`,
    );
  return parts[0];
}

/** Small stable hash (FNV-1a, 32 bit) as 8 hex digits: keeps shortened names distinct and deterministic. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** Cuts a string to at most `bytes` UTF-8 bytes without splitting a character. */
function truncateBytes(text: string, bytes: number): string {
  let out = '';
  let used = 0;
  for (const ch of text) {
    const size = utf8Bytes(ch);
    if (used + size > bytes) break;
    out += ch;
    used += size;
  }
  return out;
}

/**
 * A new identifier from parts joined by `_` (`orders`, `total`, `sync` → `orders_total_sync`). When longer than
 * PostgreSQL keeps, it is shortened and ends in a hash of the full name, so two long names stay different and
 * the same input always gives the same name (a down script can name what its up script created).
 */
export function derivedIdentifier(...parts: string[]): string {
  const full = parts.filter((p) => p !== '').join('_');
  if (utf8Bytes(full) <= MAX_IDENTIFIER_BYTES) return full;
  const hash = shortHash(full);
  return `${truncateBytes(full, MAX_IDENTIFIER_BYTES - hash.length - 1)}_${hash}`;
}

/** snake_case words for a step's file name: `add`, `billing.Orders`, `"Total Cents"` → `add_billing_orders_total_cents`. */
export function stepName(...words: string[]): string {
  const name = words
    .join('_')
    .normalize('NFKD')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  return name.length > 80 ? name.slice(0, 80).replace(/_+$/, '') : name || 'change';
}
