// set-not-null: `ALTER COLUMN c SET NOT NULL` becomes `ADD CONSTRAINT t_c_not_null CHECK (c IS NOT NULL) NOT
// VALID` here (a catalog change), and a new migration, in its own transaction, validates it (reads and writes
// go on), sets NOT NULL (PostgreSQL 12+ uses the valid check instead of scanning) and drops the check. This
// file's up now adds the check instead: the paired down's DROP NOT NULL of the column becomes DROP CONSTRAINT.
import type { AstNode, Token } from '../../syntax/parse';
import type { ScaffoldStep } from '../scaffold/plan';
import { setLockTimeoutSql } from '../lockTimeout';
import { derivedIdentifier } from '../scaffold/names';
import type { FixContext, OffsetEdit, QuickFix, QuickFixProvider } from './fix';
import { alterCommandMatch, findInverse, leftAsIs, replaceDownCommand, withDownEdits } from './pairedDown';
import { alterTableCommandSpans, alterTarget, inCaseOf, statementTokens } from './tokens';
import { quoteIdent } from '../../syntax/quoteIdent';

export const notNullThroughCheck: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'AlterTableStmt' || ctx.pgVersion < 12) return undefined;
  const st = statementTokens(ctx.statement.text);
  const spans = st && alterTableCommandSpans(st, ctx.ast);
  const target = st && alterTarget(st, ctx.ast);
  const table = ctx.ast.relation?.relname as string | undefined;
  if (!st || !spans || !target || !table) return undefined;
  // ADD PRIMARY KEY USING INDEX in the same statement makes its columns NOT NULL too, and a NOT VALID check does not
  // spare that scan: the fix would leave the statement as slow as before (the key needs the new migration too).
  const primaryKeyUsingIndex = (ctx.ast.cmds ?? []).some((c: AstNode) => {
    const constraint = c.AlterTableCmd?.def?.Constraint;
    return (
      c.AlterTableCmd?.subtype === 'AT_AddConstraint' &&
      constraint?.contype === 'CONSTR_PRIMARY' &&
      constraint.indexname
    );
  });
  if (primaryKeyUsingIndex) return undefined;
  const edits: OffsetEdit[] = [];
  const checks: NotNullCheck[] = [];
  const at = ctx.statement.start;
  (ctx.ast.cmds ?? []).forEach((c: AstNode, k: number) => {
    const cmd = c.AlterTableCmd;
    if (cmd?.subtype !== 'AT_SetNotNull' || !cmd.name) return;
    const check = notNullCheck(table, cmd.name);
    edits.push({
      start: at + spans[k].start,
      end: at + spans[k].end,
      newText: addCheckText(st.tokens[spans[k].first], check),
    });
    checks.push(check);
  });
  if (edits.length === 0) return undefined;
  const fix: QuickFix = {
    title: 'Add a NOT VALID check here; validate it and set NOT NULL in a new migration',
    edits,
    plan: {
      title: `set NOT NULL on ${quoteIdent(table)} through a validated check`,
      steps: [notNullStep(target, table, checks)],
    },
  };
  return withOldDown(ctx, fix, checks);
};

/** A column made NOT NULL through a check, and the check's name. */
export interface NotNullCheck {
  column: string;
  check: string;
}

export function notNullCheck(table: string, column: string): NotNullCheck {
  return { column, check: quoteIdent(derivedIdentifier(table, column, 'not_null')) };
}

/** `ADD CONSTRAINT check CHECK (column IS NOT NULL) NOT VALID`, in the case of `sample`. */
export function addCheckText(sample: Token | undefined, { column, check }: NotNullCheck): string {
  return `${inCaseOf(sample, 'ADD CONSTRAINT')} ${check} ${inCaseOf(sample, 'CHECK')} (${quoteIdent(column)} ${inCaseOf(sample, 'IS NOT NULL')}) ${inCaseOf(sample, 'NOT VALID')}`;
}

/** The new migration after the NOT VALID checks: validate, set NOT NULL, drop the checks; its down undoes that. */
export function notNullStep(target: string, table: string, checks: readonly NotNullCheck[]): ScaffoldStep {
  const up: string[] = [];
  const down: string[] = [];
  for (const { column, check } of checks) {
    const quoted = quoteIdent(column);
    up.push(
      `ALTER TABLE ${target} VALIDATE CONSTRAINT ${check};`,
      `ALTER TABLE ${target} ALTER COLUMN ${quoted} SET NOT NULL;`,
      `ALTER TABLE ${target} DROP CONSTRAINT ${check};`,
    );
    down.unshift(
      `ALTER TABLE ${target} ADD CONSTRAINT ${check} CHECK (${quoted} IS NOT NULL) NOT VALID;`,
      `ALTER TABLE ${target} ALTER COLUMN ${quoted} DROP NOT NULL;`,
    );
  }
  const timeout = setLockTimeoutSql();
  return {
    phase: 'expand',
    deploy: 1,
    name: `set_${table}_not_null`,
    summary: 'Validates the check (reads and writes go on), then SET NOT NULL uses it instead of scanning the table.',
    up: [timeout, ...up].join('\n') + '\n',
    down: [timeout, ...down].join('\n') + '\n',
    transactional: true,
  };
}

/**
 * The paired down's `ALTER COLUMN c DROP NOT NULL` for each column becomes `DROP CONSTRAINT check`: after the
 * new migration's down the column is nullable again and the NOT VALID check this file adds is still there.
 * A DROP COLUMN or DROP TABLE takes the check with it. Anything else: the down is left alone, and the title
 * says so.
 */
export function withOldDown(ctx: FixContext, fix: QuickFix, checks: readonly NotNullCheck[]): QuickFix {
  const edits: OffsetEdit[] = [];
  for (const { column, check } of checks) {
    const undo = findInverse(
      ctx,
      column,
      alterCommandMatch(
        ctx.ast.relation,
        (cmd) => (cmd.subtype === 'AT_DropNotNull' && cmd.name === column ? 'exact' : undefined),
        (cmd) => cmd.subtype === 'AT_DropColumn' && cmd.name === column,
      ),
    );
    if (undo.status === 'covered' || (undo.status === 'none' && ctx.pairedDown() === undefined)) continue;
    if (undo.status !== 'found') return leftAsIs(fix);
    const edit = replaceDownCommand(
      undo.down,
      undo.statement,
      undo.found,
      (first) => `${inCaseOf(first, 'DROP CONSTRAINT')} ${check}`,
    );
    if (!edit) return leftAsIs(fix);
    edits.push(edit);
  }
  const down = ctx.pairedDown();
  return down && down !== 'unknown' ? withDownEdits(fix, down, edits) : fix;
}
