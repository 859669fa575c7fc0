// The versions new migrations get: after the folder's last one, in the folder's own style (a zero-padded
// counter such as `000003`, a `YYYYMMDDHHMMSS` timestamp, Flyway's `1_2` / `2.1`), increasing per step and never
// equal to an existing one. Pure: the clock is a value the caller passes. Timestamps are UTC, as dbmate, Prisma,
// the Supabase CLI and sqlx write them.
import { compareDigits, compareFlywayVersions } from '../../migrations/naming';

export type VersionStyle = 'sequence' | 'timestamp';

/** `YYYYMMDDHHMMSS` in UTC. */
export function formatTimestamp(date: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return (
    pad(date.getUTCFullYear(), 4) +
    pad(date.getUTCMonth() + 1) +
    pad(date.getUTCDate()) +
    pad(date.getUTCHours()) +
    pad(date.getUTCMinutes()) +
    pad(date.getUTCSeconds())
  );
}

/** The instant a `YYYYMMDDHHMMSS` string names, or undefined when it is not a real date and time. */
export function parseTimestamp(digits: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(digits);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number);
  if (year < 1970 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  return formatTimestamp(date) === digits ? date : undefined;
}

/** The largest of the digit strings (as whole numbers), or undefined for none. */
function largest(versions: readonly string[]): string | undefined {
  let max: string | undefined;
  for (const v of versions) if (max === undefined || compareDigits(v, max) > 0) max = v;
  return max;
}

/**
 * `count` increasing versions after every one in `existing` (digit strings). A folder whose last version is a
 * timestamp gets timestamps from `now` on (or one second after that last version when the clock is behind it);
 * a counter gets the next numbers, zero-padded to the width of the last one. An empty folder gets `emptyStyle`
 * (a counter of `emptyWidth` digits).
 */
export function nextVersions(
  existing: readonly string[],
  count: number,
  now: Date,
  emptyStyle: VersionStyle,
  emptyWidth = 6,
): string[] {
  const last = largest(existing);
  const style: VersionStyle = last === undefined ? emptyStyle : parseTimestamp(last) ? 'timestamp' : 'sequence';
  const result: string[] = [];
  if (style === 'timestamp') {
    let next = Math.floor(now.getTime() / 1000) * 1000;
    const lastTime = last !== undefined ? parseTimestamp(last) : undefined;
    if (lastTime && lastTime.getTime() >= next) next = lastTime.getTime() + 1000;
    for (let i = 0; i < count; i++) result.push(formatTimestamp(new Date(next + i * 1000)));
    return result;
  }
  const width = last?.length ?? emptyWidth;
  let value = last !== undefined ? BigInt(last) : 0n;
  for (let i = 0; i < count; i++) {
    value += 1n;
    result.push(value.toString().padStart(width, '0'));
  }
  return result;
}

/**
 * `count` versions as Hasura's CLI writes them, milliseconds since 1970 (`1681234567890`): from `now` on, or one
 * millisecond after the folder's largest version when the clock is behind it.
 */
export function nextMillisecondVersions(existing: readonly string[], count: number, now: Date): string[] {
  const last = largest(existing);
  let next = BigInt(now.getTime());
  if (last !== undefined && BigInt(last) >= next) next = BigInt(last) + 1n;
  const result: string[] = [];
  for (let i = 0; i < count; i++) result.push((next + BigInt(i)).toString());
  return result;
}

/**
 * Flyway versions after the largest existing one, keeping its shape: `3` → `4`, `1_2` → `1_3`, `2.1` → `2.2`,
 * a 14-digit timestamp → timestamps. An empty location starts at `1`.
 */
export function nextFlywayVersions(existing: readonly string[], count: number, now: Date): string[] {
  let last: string | undefined;
  for (const v of existing) if (last === undefined || compareFlywayVersions(v, last) > 0) last = v;
  if (last === undefined) return nextVersions([], count, now, 'sequence', 1);
  if (/^\d+$/.test(last)) return nextVersions([last], count, now, 'sequence');
  // Increment the last numeric part, keep the others and the separators as written.
  const parts = last.split(/([._])/);
  const tail = parts.length - 1;
  const width = parts[tail].length;
  let value = BigInt(parts[tail] === '' ? '0' : parts[tail]);
  const result: string[] = [];
  for (let i = 0; i < count; i++) {
    value += 1n;
    result.push([...parts.slice(0, tail), value.toString().padStart(width, '0')].join(''));
  }
  return result;
}
