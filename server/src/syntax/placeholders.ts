// Flyway and Liquibase replace `${name}` placeholders before PostgreSQL sees a migration
// (`CREATE INDEX ... ON ${flyway:defaultSchema}.orders`). For those tools the parser is given each placeholder as a
// quoted identifier of the same length, `"$name"`, so the statement parses, positions stay where they were, and a
// message names it recognisably. Other tools send the text as written: there `${` is the syntax error it will be.
import type { MigrationTool } from '../migrations/tools';

const PLACEHOLDER = /\$\{([^{}"\s]+)\}/g;

/** Whether a tool substitutes `${...}` placeholders before running a migration. */
export function substitutesPlaceholders(tool: MigrationTool | null | undefined): boolean {
  return tool === 'flyway' || tool === 'liquibase';
}

/** The text with each `${name}` as `"$name"` (same length); the same string when there is none. */
export function placeholdersAsIdentifiers(text: string): string {
  return text.includes('${') ? text.replace(PLACEHOLDER, (_, name: string) => `"$${name}"`) : text;
}
