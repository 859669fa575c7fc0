// The one marker every generated down script (rollback generation, scaffold steps) puts before what running it
// does not bring back: users search for it, the editor command points at it, and tests recognise it.
export const CANNOT_UNDO = '-- sluice: cannot undo:';

/** `what` as a marked comment line. */
export function cannotUndoNote(what: string): string {
  return `${CANNOT_UNDO} ${what}\n`;
}

/**
 * A `sluice-ignore` line for a statement only a rollback runs (a type changed back, NOT NULL restored): the rule's
 * advice is for forward migrations, and the reason says what the statement costs.
 */
export function rollbackOnlyIgnore(rule: string, reason: string): string {
  return `-- sluice-ignore ${rule}: rollback only; ${reason}`;
}
