// generateRollback(text, migration, context) → the down/undo script of a migration: the inverse of each up
// statement in reverse order, against the schema replayed before it (history + the file's earlier statements).
// What cannot be undone is written as a marked `-- sluice: cannot undo:` comment and returned as a warning.
// Pure: the caller passes the earlier migrations' texts.
import * as path from 'path';
import { blocksReadsOrWrites } from '../../facts/locks';
import { statementFacts } from '../../facts/statementFacts';
import type { MigrationInfo } from '../../migrations/tools';
import type { ToolTransactionSettings } from '../../migrations/transactions';
import { splitUnits, toolTransactionAt, Unit } from '../../migrations/units';
import { EMPTY_SCHEMA, SchemaModel } from '../../schema/model';
import { SchemaBuilder } from '../../schema/replay';
import { readDirectives } from '../../syntax/directives';
import { parseStatement } from '../../syntax/parse';
import { splitStatements, Statement } from '../../syntax/split';
import { CANNOT_UNDO, rollbackOnlyIgnore } from '../cannotUndo';
import { RESET_LOCK_TIMEOUT_SQL, setLockTimeoutSql } from '../lockTimeout';
import { InverseStep, invertStatement } from './invert';
import { firstLine } from './sql';

export interface RollbackContext {
  /** The earlier migrations' texts, in the tool's order: replayed (with their text) for previous types/defaults. */
  history?: readonly string[];
  /** The migration's file name, for the header. */
  file?: string;
  /** What files beside the migration say about transactions (`toolTransactionSettings`). */
  toolSettings?: ToolTransactionSettings;
  /** Where the script goes: its own file (default), or the same file's down section (goose, dbmate, sql-migrate). */
  placement?: 'file' | 'section';
}

export interface RollbackWarning {
  message: string;
  /** The up statement it is about (UTF-16 offsets in the migration's text). */
  start: number;
  end: number;
}

export interface GeneratedRollback {
  sql: string;
  warnings: RollbackWarning[];
}

/** Input Sluice cannot generate a rollback for (a down script, a file that is not a migration). */
export class RollbackError extends Error {}

const SECTION_MARKER: Partial<Record<string, string>> = {
  goose: '-- +goose Down',
  dbmate: '-- migrate:down',
  'sql-migrate': '-- +migrate Down',
};

function unitsOf(
  text: string,
  statements: readonly Statement[],
  comments: Parameters<typeof readDirectives>[0],
  migration: MigrationInfo,
  settings?: ToolTransactionSettings,
): Unit[] {
  return splitUnits(statements, readDirectives(comments), {
    tool: migration.tool,
    fileDirection: migration.direction,
    assumeInTransaction: false,
    settings,
  });
}

/** The schema after the earlier migrations' up sides, replayed with their text (types and defaults as written). */
export function replayHistory(history: readonly string[], migration: MigrationInfo): SchemaModel {
  const builder = new SchemaBuilder(EMPTY_SCHEMA);
  for (const text of history) {
    const split = splitStatements(text);
    for (const unit of unitsOf(text, split.statements, split.comments, { ...migration, direction: 'up' })) {
      if (unit.direction !== 'up') continue;
      for (const index of unit.statements) {
        const statement = split.statements[index].text;
        const parsed = parseStatement(statement);
        if (parsed.ok) builder.applyWithBlock(parsed.kind, parsed.ast, statement);
      }
    }
  }
  return builder.snapshot();
}

interface Inverse {
  statement: Statement;
  steps: InverseStep[];
}

export function generateRollback(
  text: string,
  migration: MigrationInfo,
  context: RollbackContext = {},
): GeneratedRollback {
  if (!migration.isMigration) throw new RollbackError('this file is not a migration: there is nothing to roll back');
  if (migration.direction === 'down')
    throw new RollbackError('this file is itself a down script: generate the rollback from its up migration');
  const split = splitStatements(text);
  const units = unitsOf(text, split.statements, split.comments, migration, context.toolSettings);
  const builder = new SchemaBuilder(replayHistory(context.history ?? [], migration));
  const created = new Set<string>();
  const inverses: Inverse[] = [];
  for (const unit of units) {
    if (unit.direction !== 'up') continue;
    for (const index of unit.statements) {
      const statement = split.statements[index];
      const parsed = parseStatement(statement.text);
      if (!parsed.ok) {
        inverses.push({
          statement,
          steps: [
            {
              kind: 'cannot',
              message: `${firstLine(statement.text)} — it does not parse (${parsed.message}); undo it by hand`,
            },
          ],
        });
        continue;
      }
      const before = builder.snapshot();
      builder.applyWithBlock(parsed.kind, parsed.ast, statement.text);
      const after = builder.snapshot();
      inverses.push({
        statement,
        steps: invertStatement(
          { kind: parsed.kind, ast: parsed.ast, text: statement.text },
          { before, after, createdTables: created },
        ),
      });
      for (const ref of statementFacts(parsed.kind, parsed.ast).creates) if (ref.kind === 'table') created.add(ref.key);
      if (parsed.kind === 'RenameStmt' && parsed.ast.renameType === 'OBJECT_TABLE') {
        const rv = parsed.ast.relation;
        if (created.has(`${rv.schemaname ?? 'public'}.${rv.relname}`))
          created.add(`${rv.schemaname ?? 'public'}.${parsed.ast.newname}`);
      }
    }
  }
  inverses.reverse();

  const warnings: RollbackWarning[] = [];
  for (const inverse of inverses)
    for (const step of inverse.steps)
      if (step.kind === 'cannot')
        warnings.push({ message: step.message, start: inverse.statement.start, end: inverse.statement.end });

  let body = compose(inverses, context, false);
  if (concurrentInTransaction(body, text, migration, context)) body = compose(inverses, context, true);
  return { sql: body, warnings };
}

/** The script text; `plain` writes the in-transaction variant of CONCURRENTLY steps, with the reason. */
function compose(inverses: readonly Inverse[], context: RollbackContext, plain: boolean): string {
  const blocks: string[] = [];
  const statements: string[] = [];
  for (const inverse of inverses) {
    if (inverse.steps.length === 0) continue;
    const lines: string[] = [];
    if (inverse.steps.some((s) => s.kind === 'sql')) lines.push(`-- undoes: ${firstLine(inverse.statement.text)}`);
    for (const step of inverse.steps) {
      if (step.kind === 'note') lines.push(`-- sluice: nothing to undo: ${step.message}`);
      else if (step.kind === 'cannot') {
        lines.push(`${CANNOT_UNDO} ${step.message}`);
        for (const s of step.sql ?? []) {
          lines.push(s);
          statements.push(s);
        }
      } else if (plain && step.plain) {
        lines.push(
          `-- sluice-ignore ${step.plain.rule}: this script runs in one transaction, where CONCURRENTLY fails; lock_timeout bounds the wait`,
        );
        lines.push(step.plain.sql);
        statements.push(step.plain.sql);
      } else {
        if (step.note) lines.push(`-- ${step.note}`);
        if (step.ignore) lines.push(rollbackOnlyIgnore(step.ignore.rule, step.ignore.reason));
        lines.push(step.sql);
        statements.push(step.sql);
      }
    }
    blocks.push(lines.join('\n'));
  }
  const header = [
    `-- Rollback${context.file ? ` of ${path.basename(context.file)}` : ''}, generated by Sluice: each statement of the up migration undone, in reverse order.`,
  ];
  if (blocks.some((b) => b.includes(CANNOT_UNDO)))
    header.push('-- Review the `sluice: cannot undo` lines: what they name does not come back by running this script.');
  // A plain SET lasts for the session (SET LOCAL would set nothing where the tool runs no transaction): RESET at
  // the end, so a tool that keeps its connection does not carry it into the application's queries.
  const timeout = statements.some(takesBlockingLock);
  if (timeout) header.push(setLockTimeoutSql());
  if (blocks.length === 0) blocks.push('-- sluice: nothing to undo: the up migration changes no schema');
  return `${header.join('\n')}\n\n${blocks.join('\n\n')}\n${timeout ? `\n${RESET_LOCK_TIMEOUT_SQL}\n` : ''}`;
}

function takesBlockingLock(sql: string): boolean {
  const parsed = parseStatement(sql);
  return parsed.ok && statementFacts(parsed.kind, parsed.ast).locks.some((l) => blocksReadsOrWrites(l.mode));
}

/** Whether a CONCURRENTLY statement of the script would run inside a transaction (the tool's or an implicit one). */
function concurrentInTransaction(
  body: string,
  upText: string,
  migration: MigrationInfo,
  context: RollbackContext,
): boolean {
  if (!/\bCONCURRENTLY\b/i.test(body)) return false;
  const marker = SECTION_MARKER[migration.tool ?? ''];
  const sectioned = context.placement === 'section' && marker !== undefined;
  const whole = sectioned ? `${upText.replace(/\s*$/, '\n\n')}${marker}\n${body}` : body;
  const split = splitStatements(whole);
  const units = unitsOf(
    whole,
    split.statements,
    split.comments,
    sectioned ? migration : { ...migration, direction: 'down' },
    context.toolSettings,
  );
  return units.some(
    (unit) =>
      unit.direction === 'down' &&
      unit.statements.some(
        (i) => /\bCONCURRENTLY\b/i.test(split.statements[i].text) && toolTransactionAt(unit, i) !== 'none',
      ),
  );
}
