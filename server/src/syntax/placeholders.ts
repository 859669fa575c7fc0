// Some tools rewrite a migration's text before PostgreSQL sees it. Flyway and Liquibase replace `${name}`
// placeholders (`CREATE INDEX ... ON ${flyway:defaultSchema}.orders`); goose expands environment variables
// (`${NAME}`, `${NAME:-default}`, `$NAME`) on the lines between `-- +goose ENVSUB ON` and `OFF`; sqitch runs scripts
// through psql, which interpolates its variables (`ALTER TABLE :"schema".orders`, `:'name'`, `:name`). For those
// tools the parser is given each one as something of the same length that parses in its place (`"$name"`,
// `'$name'`, `_name`), so the statement parses, positions stay where they were, and a message names it
// recognisably. Other tools (and goose outside ENVSUB) send the text as written: there `${` or `:"` is the syntax
// error it will be.
import type { MigrationTool } from '../migrations/tools';
import { gooseEnvsubRegions } from './directives';

/** A `${name}` placeholder exactly at lastIndex (sticky). */
const PLACEHOLDER = /\$\{([^{}"\s]+)\}/y;
/** psql's `:"name"` (an identifier), `:'name'` (a literal) and `:name` (as is); not `::type` casts. */
const PSQL_VARIABLE = /(?<![:\w]):(?:"([A-Za-z_]\w*)"|'([A-Za-z_]\w*)'|([A-Za-z_]\w*))/g;

/**
 * The text with each `${name}` as `"$name"` (same length); the same string when there is none. One already inside
 * quotes (`"${schema}".orders`, `'${env}'`) is left as it is: there it is a name's or a string's text already.
 * One pass, whatever the number of placeholders.
 */
export function placeholdersAsIdentifiers(text: string): string {
  if (!text.includes('${')) return text;
  return replacedOutsideQuotes(text, (i) => {
    if (text[i + 1] !== '{') return undefined;
    PLACEHOLDER.lastIndex = i;
    const match = PLACEHOLDER.exec(text);
    return match ? `"$${match[1]}"` : undefined;
  });
}

/** goose (mfridman/interpolate): `${NAME}` or `${NAME<operator>...}` (`:-`, `-`, `:`, `?`), one line, no nesting. */
const GOOSE_BRACED = /\$\{\p{L}[\p{L}\p{N}_]*(?:[:?-][^{}"\n]*)?\}/uy;
/** goose's `$NAME` (a letter first), not a dollar-quote tag (`$body$`). */
const GOOSE_BARE = /\$\p{L}[\p{L}\p{N}_]*(?![\p{L}\p{N}_$])/uy;
const IDENTIFIER_CHAR = /[\p{L}\p{N}_$]/u;

/**
 * The text of a statement starting at `start` in its file, with goose's environment references inside the ENVSUB
 * `regions` (file offsets) read as names of the same length: `${NAME...}` as `"$NAME..."`, `$NAME` as `_NAME`.
 * Not inside quotes, and not `$NAME` right after a name's character (`a$b` is one identifier to PostgreSQL).
 */
export function envsubAsIdentifiers(text: string, regions: readonly (readonly [number, number])[], start = 0): string {
  const inside = regions.filter(([from, to]) => from < start + text.length && to > start);
  if (inside.length === 0 || !text.includes('$')) return text;
  return replacedOutsideQuotes(text, (i) => {
    if (!inside.some(([from, to]) => start + i >= from && start + i < to)) return undefined;
    GOOSE_BRACED.lastIndex = i;
    const braced = GOOSE_BRACED.exec(text)?.[0];
    if (braced !== undefined) {
      // `${NAME:-default}` (or `${NAME-default}`): PostgreSQL sees the default when NAME is unset, then spaces.
      const fallback = /^\$\{\p{L}[\p{L}\p{N}_]*:?-([^}]*)\}$/u.exec(braced)?.[1];
      if (fallback !== undefined && fallback.length <= braced.length) return fallback.padEnd(braced.length, ' ');
      return `"$${braced.slice(2, -1)}"`;
    }
    if (i > 0 && IDENTIFIER_CHAR.test(text[i - 1])) return undefined;
    GOOSE_BARE.lastIndex = i;
    const bare = GOOSE_BARE.exec(text)?.[0];
    return bare !== undefined ? `_${bare.slice(1)}` : undefined;
  });
}

/** The text with what `at` returns for a `$` outside quotes put in its place (same length); one pass. */
function replacedOutsideQuotes(text: string, at: (i: number) => string | undefined): string {
  let out = '';
  let copied = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined; // a doubled quote closes and reopens: the state stays right
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '$') {
      const replacement = at(i);
      if (replacement !== undefined) {
        out += text.slice(copied, i) + replacement;
        i += replacement.length - 1;
        copied = i + 1;
      }
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The text with each psql variable as an identifier or literal of the same length; the same string when none. */
export function psqlVariablesReplaced(text: string): string {
  if (!text.includes(':')) return text;
  return text.replace(PSQL_VARIABLE, (whole: string, identifier?: string, literal?: string, bare?: string) =>
    identifier !== undefined ? `"$${identifier}"` : literal !== undefined ? `'$${literal}'` : `_${bare ?? ''}`,
  );
}

/** What the parser is given instead of a statement's text (`start`: where the statement starts in the file). */
export type ParserText = (text: string, start?: number) => string;

/**
 * What the parser is given instead of a statement's text, for a migration `tool` runs; undefined: the text.
 * `fileText`, the whole file, tells goose's ENVSUB regions (without it, or without a statement's `start`, goose's
 * text is the text).
 */
export function parserTextFor(tool: MigrationTool | null | undefined, fileText?: string): ParserText | undefined {
  if (tool === 'flyway' || tool === 'liquibase') return placeholdersAsIdentifiers;
  if (tool === 'sqitch') return psqlVariablesReplaced;
  if (tool === 'goose' && fileText !== undefined) {
    const regions = gooseEnvsubRegions(fileText);
    if (regions.length > 0)
      return (text, start) => (start === undefined ? text : envsubAsIdentifiers(text, regions, start));
  }
  return undefined;
}
