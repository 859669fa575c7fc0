// The shared shape of the CONCURRENTLY fixes: edit the statement in place when it then runs outside a
// transaction; otherwise (a tool's transaction, an explicit BEGIN, a multi-statement query the tool sends at
// once) CONCURRENTLY would fail there, so the edited statement moves into its own new migration that runs
// outside a transaction, and this file loses it; its undo leaves the paired down script for the new one's down.
import { applyEdits, statementRemoval } from './edits';
import type { FixContext, OffsetEdit, QuickFix } from './fix';
import { type DownScript, type Inverse, leftAsIs, withDownEdits } from './pairedDown';
import { runsInTransaction } from './transaction';

/** The moved statement's undo found in the paired down script: removed there, and the new down (if given). */
export interface UndoMove {
  edit: OffsetEdit;
  down: DownScript;
  /** The new migration's down, made from the undo (replaces ConcurrentRewrite.down). */
  newDown?: string;
}

/** An UndoMove from a search of the down script; 'left' when an undo may be there but is not exact. */
export function undoMoveOf<T>(
  inverse: Inverse<T>,
  move: (found: T, statement: number, down: DownScript) => UndoMove | undefined,
): UndoMove | 'left' | undefined {
  if (inverse.status !== 'found')
    return inverse.status === 'unclear' || inverse.status === 'unknown' ? 'left' : undefined;
  return move(inverse.found, inverse.statement, inverse.down) ?? 'left';
}

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
  /** Finds the moved statement's undo in the paired down script (asked only when the statement moves). */
  undo?: (ctx: FixContext) => UndoMove | 'left' | undefined;
  /** What changes when the statement moves (an unnamed index gets the name PostgreSQL would give it). */
  moving?: (ctx: FixContext) => Partial<Omit<ConcurrentRewrite, 'title' | 'moving'>> | undefined;
}

/** The statement's text with an edit (in file offsets) applied. */
export function editedStatement(ctx: FixContext, edit: OffsetEdit): string {
  const s = ctx.statement;
  return applyEdits(s.text, [{ start: edit.start - s.start, end: edit.end - s.start, newText: edit.newText }]);
}

export function concurrentFix(ctx: FixContext, inPlace: ConcurrentRewrite): QuickFix {
  const fixed = applyEdits(ctx.analysis.lines.text, [inPlace.edit]);
  if (!runsInTransaction(ctx.relint(fixed), ctx.index)) return { title: inPlace.title, edits: [inPlace.edit] };
  const rewrite = { ...inPlace, ...inPlace.moving?.(ctx) };
  const moved = `${editedStatement(ctx, rewrite.edit)};\n`;
  const undo = rewrite.undo?.(ctx);
  const fix: QuickFix = {
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
          down: (typeof undo === 'object' && undo.newDown) || rewrite.down,
          transactional: false,
        },
      ],
    },
  };
  if (undo === 'left') return leftAsIs(fix);
  return undo ? withDownEdits(fix, undo.down, [undo.edit]) : fix;
}

/** An edit inserting ` WORD` right after token `after` of the statement (offsets made file-relative). */
export function insertAfter(ctx: FixContext, tokenEnd: number, text: string): OffsetEdit {
  const at = ctx.statement.start + tokenEnd;
  return { start: at, end: at, newText: text };
}
