// unique-without-index: `ADD CONSTRAINT u UNIQUE (cols)` / `PRIMARY KEY (cols)` becomes `CREATE UNIQUE INDEX
// CONCURRENTLY u ON t (cols)` (writes go on during the build) and `ADD CONSTRAINT u UNIQUE USING INDEX u` (a
// catalog change). When this migration runs in a transaction, both go to new migrations, the index build in
// its own non-transactional one. Constraints with index options (INCLUDE, WITH, NULLS NOT DISTINCT,
// tablespace, DEFERRABLE) and inline ADD COLUMN ... UNIQUE are left to the user. PRIMARY KEY USING INDEX
// would set its columns NOT NULL with a scan under the lock: a column not known NOT NULL gets it first as the
// set-not-null fix does (a NOT VALID check, validated in a later step, SET NOT NULL, the check dropped).
import { setNotNull } from '../../rules/set-not-null';
import type { AstNode } from '../../syntax/parse';
import { setLockTimeoutSql } from '../lockTimeout';
import { derivedIdentifier } from '../scaffold/names';
import { applyEdits, eolOf, statementRemoval } from './edits';
import type { FixContext, OffsetEdit, QuickFix, QuickFixProvider } from './fix';
import { alterCommandMatch, findInverse, leftAsIs, removeDownCommand, withUndoEdit } from './pairedDown';
import { addCheckText, notNullCheck, notNullStep, withOldDown } from './set-not-null';
import {
  alterTableCommandSpans,
  alterTarget,
  closingParen,
  commandRemoval,
  inCaseOf,
  isKeyword,
  relationText,
  statementTokens,
} from './tokens';
import { runsInTransaction } from './transaction';
import { quoteIdent } from '../../syntax/quoteIdent';

const KIND: Record<string, string> = { CONSTR_UNIQUE: 'UNIQUE', CONSTR_PRIMARY: 'PRIMARY KEY' };

function plain(constraint: AstNode): boolean {
  return !(
    constraint.nulls_not_distinct ||
    constraint.including?.length ||
    constraint.options?.length ||
    constraint.indexspace ||
    constraint.deferrable ||
    constraint.initdeferred
  );
}

export const uniqueThroughIndex: QuickFixProvider = (ctx) => {
  if (ctx.kind !== 'AlterTableStmt' || ctx.ast.objtype !== 'OBJECT_TABLE') return undefined;
  const cmds: AstNode[] = (ctx.ast.cmds ?? []).map((c: AstNode) => c.AlterTableCmd);
  const inline = cmds.some(
    (cmd) =>
      cmd?.subtype === 'AT_AddColumn' &&
      (cmd.def?.ColumnDef?.constraints ?? []).some((c: AstNode) => KIND[c.Constraint?.contype]),
  );
  const flagged = cmds
    .map((cmd, k) => ({ k, constraint: cmd?.subtype === 'AT_AddConstraint' ? cmd.def?.Constraint : undefined }))
    .filter(({ constraint }) => KIND[constraint?.contype] && !constraint.indexname);
  if (inline || flagged.length !== 1 || !plain(flagged[0].constraint)) return undefined;
  const { k, constraint } = flagged[0];
  const st = statementTokens(ctx.statement.text);
  const spans = st && alterTableCommandSpans(st, ctx.ast);
  const target = st && alterTarget(st, ctx.ast);
  const relation = st && relationText(st, ctx.ast.relation);
  const table = ctx.ast.relation?.relname as string | undefined;
  if (!st || !spans || !target || !relation || !table) return undefined;
  // The column list as written: the parentheses after UNIQUE / PRIMARY KEY.
  const span = spans[k];
  let open = -1;
  for (let i = span.first; i <= span.last && open < 0; i++) {
    if ((isKeyword(st.tokens[i], 'UNIQUE') || isKeyword(st.tokens[i], 'KEY')) && st.tokens[i + 1]?.text === '(')
      open = i + 1;
  }
  const close = open >= 0 ? closingParen(st, open) : -1;
  if (close < 0 || close > span.last) return undefined;
  const columns = st.text.slice(st.tokens[open].start, st.tokens[close].end);
  const keys = (constraint.keys ?? []).map((key: AstNode) => String(key.String?.sval));
  const kind = KIND[constraint.contype];
  const rawName: string =
    constraint.conname ??
    (kind === 'UNIQUE' ? derivedIdentifier(table, ...keys, 'key') : derivedIdentifier(table, 'pkey'));
  const name = quoteIdent(rawName);
  const schema = ctx.ast.relation?.schemaname as string | undefined;
  const qualifiedIndex = schema ? `${quoteIdent(schema)}.${name}` : name;
  const spare = quoteIdent(derivedIdentifier(rawName, 'rollback'));
  const sample = st.tokens[span.first];
  const createIndex = `${inCaseOf(sample, 'CREATE UNIQUE INDEX CONCURRENTLY')} ${name} ${inCaseOf(sample, 'ON')} ${relation} ${columns};`;
  const usingIndex = `${inCaseOf(sample, 'ADD CONSTRAINT')} ${name} ${inCaseOf(sample, kind)} ${inCaseOf(sample, 'USING INDEX')} ${name}`;
  const at = ctx.statement.start;
  const text = ctx.analysis.lines.text;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const indent = /^[ \t]*$/.test(text.slice(lineStart, at)) ? text.slice(lineStart, at) : '';
  const eol = eolOf(text);
  // PRIMARY KEY USING INDEX sets its columns NOT NULL, scanning the table under its lock: a column not known to
  // be NOT NULL gets it the safe way first (a NOT VALID check, validated later, then SET NOT NULL uses it).
  const nullable = kind === 'PRIMARY KEY' ? nullableKeys(ctx, target, keys) : [];
  if (nullable === undefined || (nullable.length > 0 && ctx.pgVersion < 12)) return undefined;
  const checks = nullable.map((column) => notNullCheck(table, column));
  const kw = (word: string) => inCaseOf(sample, word);
  const notNullFirst = checks.flatMap((c) => [
    `${kw('ALTER TABLE')} ${target} ${addCheckText(sample, c)};`,
    `${kw('ALTER TABLE')} ${target} ${kw('VALIDATE CONSTRAINT')} ${c.check};`,
    `${kw('ALTER TABLE')} ${target} ${kw('ALTER COLUMN')} ${quoteIdent(c.column)} ${kw('SET NOT NULL')};`,
    `${kw('ALTER TABLE')} ${target} ${kw('DROP CONSTRAINT')} ${c.check};`,
  ]);
  const inPlace: OffsetEdit[] = [
    { start: at, end: at, newText: [...notNullFirst, createIndex].map((line) => `${line}${eol}${indent}`).join('') },
    { start: at + span.start, end: at + span.end, newText: usingIndex },
  ];
  const title = `Build a unique index concurrently, then ADD CONSTRAINT ... ${kind} USING INDEX`;
  const notNullTitle =
    checks.length > 0 ? `Set ${nullable.map(quoteIdent).join(', ')} NOT NULL through a check, then b` : 'B';
  const inPlaceTitle = `${notNullTitle}${title.slice(1)}`;
  // Each statement runs on its own there: the index build (and so the validation before it) is outside a transaction.
  const built = ctx.index + notNullFirst.length;
  if (!runsInTransaction(ctx.relint(applyEdits(text, inPlace)), built)) return { title: inPlaceTitle, edits: inPlace };
  // In a transaction: the constraint leaves this statement, and both steps go to new migrations, in order. The
  // NOT VALID checks take its place here; the step after validates them and sets NOT NULL.
  let removal: OffsetEdit;
  if (checks.length > 0) {
    removal = {
      start: at + span.start,
      end: at + span.end,
      newText: checks.map((c) => addCheckText(sample, c)).join(', '),
    };
  } else if (spans.length === 1) removal = statementRemoval(ctx.analysis, ctx.index);
  else {
    const command = commandRemoval(st, spans, k);
    removal = { start: at + command.start, end: at + command.end, newText: '' };
  }
  const timeout = setLockTimeoutSql();
  const fix: QuickFix = {
    title: `${inPlaceTitle} (in new migrations: this one runs in a transaction)`,
    edits: [removal],
    plan: {
      title: `${kind} ${name} on ${quoteIdent(table)} through a concurrently built index`,
      steps: [
        ...(checks.length > 0 ? [notNullStep(target, table, checks)] : []),
        {
          phase: 'expand',
          deploy: 1,
          name: `create_${name.replace(/"/g, '')}_index_concurrently`,
          summary: `Builds the unique index for ${name}; writes go on (outside a transaction).`,
          up: `CREATE UNIQUE INDEX CONCURRENTLY ${name} ON ${relation} ${columns};\n`,
          down: `DROP INDEX CONCURRENTLY IF EXISTS ${qualifiedIndex};\n`,
          transactional: false,
        },
        {
          phase: 'expand',
          deploy: 1,
          name: `add_${name.replace(/"/g, '')}_using_index`,
          summary: `Turns the index into the ${kind} constraint ${name} (a catalog change).`,
          up: `${timeout}\nALTER TABLE ${target} ADD CONSTRAINT ${name} ${kind} USING INDEX ${name};\n`,
          // DROP CONSTRAINT drops the index it owns, which the migration before expects: an identical one is
          // built first (it blocks writes while it builds: rollback only), then takes the index's name.
          down: [
            timeout,
            '-- sluice-ignore require-concurrent-index: rollback only; dropping the constraint drops its index, and the migration before this one expects that index',
            `CREATE UNIQUE INDEX ${spare} ON ${relation} ${columns};`,
            `ALTER TABLE ${target} DROP CONSTRAINT ${name};`,
            `ALTER INDEX ${schema ? `${quoteIdent(schema)}.` : ''}${spare} RENAME TO ${name};`,
            '',
          ].join('\n'),
          transactional: true,
        },
      ],
    },
  };
  // The down's DROP CONSTRAINT of it now runs in the second new migration's down.
  const undo = findInverse(
    ctx,
    rawName,
    alterCommandMatch(ctx.ast.relation, (cmd) =>
      cmd.subtype === 'AT_DropConstraint' && cmd.name === rawName
        ? cmd.behavior === 'DROP_CASCADE'
          ? 'unclear'
          : 'exact'
        : undefined,
    ),
  );
  // With checks: the down's DROP NOT NULL of each column becomes DROP CONSTRAINT of its check (the new
  // migration's down now makes it nullable again).
  const withChecks = checks.length > 0 ? withOldDown(ctx, fix, checks) : fix;
  const done = withUndoEdit(withChecks, undo, (k, statement, down) => removeDownCommand(down, statement, k));
  // Both in one down ALTER TABLE (DROP CONSTRAINT pkey, ALTER name DROP NOT NULL): edits that touch cannot both go.
  return overlapping(done.downEdits) || overlapping(done.edits) ? leftAsIs({ ...fix, edits: [removal] }) : done;
};

function overlapping(edits: readonly OffsetEdit[] | undefined): boolean {
  const sorted = [...(edits ?? [])].sort((a, b) => a.start - b.start);
  return sorted.some((e, i) => i > 0 && e.start < sorted[i - 1].end);
}

/**
 * The key columns not known to be NOT NULL: each given SET NOT NULL, as a statement of its own before this one,
 * and flagged by set-not-null (it knows the schema, and checks that prove NOT NULL). Undefined: unclear.
 */
function nullableKeys(ctx: FixContext, target: string, keys: readonly string[]): string[] | undefined {
  const text = ctx.analysis.lines.text;
  const at = ctx.statement.start;
  const probes = keys.map((key) => `ALTER TABLE ${target} ALTER COLUMN ${quoteIdent(key)} SET NOT NULL;\n`);
  const analysis = ctx.relint(applyEdits(text, [{ start: at, end: at, newText: probes.join('') }]));
  if (analysis.statements.length !== ctx.analysis.statements.length + keys.length) return undefined;
  return keys.filter((_, j) =>
    analysis.findings.some((f) => f.rule === setNotNull.meta.id && f.statement === ctx.index + j),
  );
}
