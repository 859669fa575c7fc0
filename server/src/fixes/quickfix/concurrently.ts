// The shared shape of the CONCURRENTLY fixes: edit the statement in place when it then runs outside a
// transaction; otherwise (a tool's transaction, an explicit BEGIN, a multi-statement query the tool sends at
// once) CONCURRENTLY would fail there, so the edited statement moves into its own new migration that runs
// outside a transaction, and this file loses it.
import { applyEdits, statementRemoval } from './edits';
import type { FixContext, OffsetEdit, QuickFix } from './fix';
import { runsInTransaction } from './transaction';

export interface ConcurrentRewrite {
  /** The in-place edit (file offsets, inside the statement). */
  edit: OffsetEdit;
  /** "Add CONCURRENTLY". */
  title: string;
  /** snake_case words for the new migration's name. */
  stepName: string;
  /** One line for its header. */
  summary: string;
  /** SQL that undoes the moved statement (a comment when nothing can). */
  down: string;
}

/** The statement's text with an edit (in file offsets) applied. */
export function editedStatement(ctx: FixContext, edit: OffsetEdit): string {
  const s = ctx.statement;
  return applyEdits(s.text, [{ start: edit.start - s.start, end: edit.end - s.start, newText: edit.newText }]);
}

export function concurrentFix(ctx: FixContext, rewrite: ConcurrentRewrite): QuickFix {
  const fixed = applyEdits(ctx.analysis.lines.text, [rewrite.edit]);
  if (!runsInTransaction(ctx.relint(fixed), ctx.index)) return { title: rewrite.title, edits: [rewrite.edit] };
  const moved = `${editedStatement(ctx, rewrite.edit)};\n`;
  return {
    title: `${rewrite.title} and move it to a new migration outside a transaction`,
    edits: [statementRemoval(ctx.analysis, ctx.index)],
    plan: {
      title: rewrite.summary,
      steps: [
        {
          phase: 'expand',
          deploy: 1,
          name: rewrite.stepName,
          summary: rewrite.summary,
          up: moved,
          down: rewrite.down,
          transactional: false,
        },
      ],
    },
  };
}

/** An edit inserting ` WORD` right after token `after` of the statement (offsets made file-relative). */
export function insertAfter(ctx: FixContext, tokenEnd: number, text: string): OffsetEdit {
  const at = ctx.statement.start + tokenEnd;
  return { start: at, end: at, newText: text };
}
