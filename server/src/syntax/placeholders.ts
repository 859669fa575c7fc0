// Some tools rewrite a migration's text before PostgreSQL sees it. Flyway and Liquibase replace `${name}`
// placeholders (`CREATE INDEX ... ON ${flyway:defaultSchema}.orders`); sqitch runs scripts through psql, which
// interpolates its variables (`ALTER TABLE :"schema".orders`, `:'name'`, `:name`). For those tools the parser is
// given each one as something of the same length that parses in its place (`"$name"`, `'$name'`, `_name`), so the
// statement parses, positions stay where they were, and a message names it recognisably. Other tools send the text
// as written: there `${` or `:"` is the syntax error it will be.
import type { MigrationTool } from '../migrations/tools';

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
  let out = '';
  let copied = 0;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined; // a doubled quote closes and reopens: the state stays right
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '$' && text[i + 1] === '{') {
      PLACEHOLDER.lastIndex = i;
      const match = PLACEHOLDER.exec(text);
      if (match) {
        out += `${text.slice(copied, i)}"$${match[1]}"`;
        i += match[0].length - 1;
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

/** What the parser is given instead of a statement's text, for a migration `tool` runs; undefined: the text. */
export function parserTextFor(tool: MigrationTool | null | undefined): ((text: string) => string) | undefined {
  if (tool === 'flyway' || tool === 'liquibase') return placeholdersAsIdentifiers;
  if (tool === 'sqitch') return psqlVariablesReplaced;
  return undefined;
}
