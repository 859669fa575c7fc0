// constraint-without-not-valid: `ADD CONSTRAINT ... CHECK/FOREIGN KEY ...` gets NOT VALID here (a catalog
// change; only new rows are checked) and `VALIDATE CONSTRAINT` goes to a new migration, its own transaction,
// where the scan holds a lock that lets reads and writes go on. An unnamed constraint gets the name PostgreSQL
// would have given it, so the new migration can name it. The new migration's down puts the constraint back as
// this file leaves it, NOT VALID (a constraint cannot be un-validated). Constraints inside ADD COLUMN cannot be
// NOT VALID: no mechanical fix there.
import type { AstNode } from '../../syntax/parse';
import { withLockTimeout } from '../scaffold/columnCopy';
import { derivedIdentifier } from '../scaffold/names';
import type { OffsetEdit, QuickFixProvider } from './fix';
import { alterTableCommandSpans, alterTarget, inCaseOf, statementTokens } from './tokens';
import { quoteIdent } from '../../syntax/quoteIdent';

/** The first column a CHECK expression reads (PostgreSQL names the constraint after it). */
function firstColumn(node: unknown): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const ref = (node as AstNode).ColumnRef;
  if (ref) {
    const fields = ref.fields ?? [];
    return fields[fields.length - 1]?.String?.sval;
  }
  for (const value of Object.values(node as AstNode)) {
    const found = firstColumn(value);
    if (found) return found;
  }
  return undefined;
}

/** PostgreSQL's default name for the constraint (`orders_total_check`, `orders_account_id_fkey`). */
export function defaultConstraintName(table: string, constraint: AstNode): string {
  if (constraint.contype === 'CONSTR_FOREIGN') {
    const columns = (constraint.fk_attrs ?? []).map((a: AstNode) => String(a.String?.sval));
    return derivedIdentifier(table, ...columns, 'fkey');
  }
  const column = firstColumn(constraint.raw_expr);
  return derivedIdentifier(table, ...(column ? [column] : []), 'check');
}

function isChecked(constraint: AstNode | undefined): boolean {
  return constraint?.contype === 'CONSTR_CHECK' || constraint?.contype === 'CONSTR_FOREIGN';
}

export const addNotValidAndValidate: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'AlterTableStmt' || ctx.finding.source?.noFix) return undefined;
  const cmds: AstNode[] = (ctx.ast.cmds ?? []).map((c: AstNode) => c.AlterTableCmd);
  const inline = cmds.some(
    (cmd) =>
      cmd?.subtype === 'AT_AddColumn' &&
      (cmd.def?.ColumnDef?.constraints ?? []).some((c: AstNode) => isChecked(c.Constraint)),
  );
  const st = statementTokens(ctx.statement.text);
  const spans = st && alterTableCommandSpans(st, ctx.ast);
  const target = st && alterTarget(st, ctx.ast);
  const table = ctx.ast.relation?.relname as string | undefined;
  if (inline || !st || !spans || !target || !table) return undefined;
  const edits: OffsetEdit[] = [];
  const names: string[] = [];
  /** Each constraint's ADD command as the fixed file has it (named, NOT VALID), for the down. */
  const adds: string[] = [];
  const at = ctx.statement.start;
  cmds.forEach((cmd, k) => {
    const constraint = cmd?.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined;
    if (!isChecked(constraint) || constraint.skip_validation) return;
    const add = st.tokens[spans[k].first];
    const name = constraint.conname ?? defaultConstraintName(table, constraint);
    names.push(quoteIdent(name));
    const named = constraint.conname ? '' : ` ${inCaseOf(add, 'CONSTRAINT')} ${quoteIdent(name)}`;
    if (named) edits.push({ start: at + add.end, end: at + add.end, newText: named });
    const notValid = ` ${inCaseOf(add, 'NOT VALID')}`;
    edits.push({ start: at + spans[k].end, end: at + spans[k].end, newText: notValid });
    const command = st.text.slice(spans[k].start, spans[k].end);
    adds.push(command.slice(0, add.end - spans[k].start) + named + command.slice(add.end - spans[k].start) + notValid);
  });
  if (names.length === 0) return undefined;
  const validate = names.map((n) => `ALTER TABLE ${target} VALIDATE CONSTRAINT ${n};\n`).join('');
  // A validated constraint cannot be marked NOT VALID again: drop it and add it back unchecked (no scan).
  const undo = names
    .map((n, k) => `ALTER TABLE ${target} DROP CONSTRAINT ${n};\nALTER TABLE ${target} ${adds[k]};\n`)
    .reverse()
    .join('');
  return {
    title: `Add NOT VALID and validate in a new migration`,
    edits,
    plan: {
      title: `validate ${names.join(', ')} on ${quoteIdent(table)}`,
      steps: [
        {
          phase: 'expand',
          deploy: 1,
          name: `validate_${names.length === 1 ? names[0].replace(/"/g, '') : `${table}_constraints`}`,
          summary: 'Checks the existing rows; reads and writes go on (ShareUpdateExclusiveLock).',
          up: validate,
          down: withLockTimeout(undo),
          transactional: true,
        },
      ],
    },
  };
};
