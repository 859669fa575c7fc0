// Splitting an edited document again without rescanning all of it: the statements before the edit are kept, the
// splitter restarts at the first statement the edit may touch, and as soon as it reaches a statement start that
// the old text also had in the unchanged tail, the old tail is reused, shifted. The result is exactly
// splitStatements(source) (the tests compare them on random edits).
import { Comment, scan, SplitResult, Statement } from './split';

export interface SplitText {
  source: string;
  result: SplitResult;
}

/** splitStatements(source), reusing the split of `previous`, an earlier version of the same document. */
export function splitEdited(previous: SplitText, source: string): SplitResult {
  const old = previous.source;
  const before = previous.result;
  if (old === source) return before;
  const prefix = commonPrefix(old, source);
  const suffix = commonSuffix(old, source, Math.min(old.length, source.length) - prefix);
  const delta = source.length - old.length;

  // A statement start is a point where nothing is open: restart at the last one before the first change.
  const kept = lastStartBefore(before, prefix);
  const restart = kept >= 0 ? before.statements[kept].start : 0;
  // Statement texts are reused (the analysis gives each its own string, see withParses); comments are sliced from
  // the new source again: a slice of an old version would keep that version alive.
  const result: SplitResult = { statements: [], comments: [], problems: [], metaCommands: [] };
  for (let k = 0; k < kept; k++) result.statements.push(before.statements[k]);
  for (const c of before.comments) if (c.end <= restart) result.comments.push(movedComment(c, source, 0));
  for (const m of before.metaCommands) if (m.end <= restart) result.metaCommands.push(m);
  // Stop where the old text had a statement start in the unchanged tail (with the two characters the scanner
  // looks back at also unchanged): from there on the split is the old one, shifted.
  const tailFrom = source.length - suffix + 2;
  let resumeAt = -1;
  const stoppedAt = scan(source, restart, result, (start) => {
    if (start < tailFrom) return false;
    resumeAt = statementStartingAt(before, start - delta);
    return resumeAt >= 0;
  });
  if (stoppedAt < 0) return result;
  const oldStop = stoppedAt - delta;
  for (let k = resumeAt; k < before.statements.length; k++)
    result.statements.push(movedStatement(before.statements[k], delta));
  for (const c of before.comments) if (c.start >= oldStop) result.comments.push(movedComment(c, source, delta));
  for (const p of before.problems) {
    if (p.start >= oldStop) result.problems.push({ ...p, start: p.start + delta, end: p.end + delta });
  }
  for (const m of before.metaCommands) {
    if (m.start >= oldStop) result.metaCommands.push({ ...m, start: m.start + delta, end: m.end + delta });
  }
  return result;
}

/** A statement `delta` further on (its text is unchanged). */
function movedStatement(s: Statement, delta: number): Statement {
  return { text: s.text, start: s.start + delta, end: s.end + delta };
}

function movedComment(c: Comment, source: string, delta: number): Comment {
  const start = c.start + delta;
  const end = c.end + delta;
  return { text: source.slice(start, end), start, end, inStatement: c.inStatement, startsLine: c.startsLine };
}

const CHUNK = 1024;

/** The length of the common start of `a` and `b`: whole chunks compared natively first, then characters. */
function commonPrefix(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let n = 0;
  while (n + CHUNK <= shortest && a.slice(n, n + CHUNK) === b.slice(n, n + CHUNK)) n += CHUNK;
  while (n < shortest && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** The length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  let n = 0;
  while (
    n + CHUNK <= limit &&
    a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)
  )
    n += CHUNK;
  while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** The index of the last statement that starts before `offset`, or -1. */
function lastStartBefore(split: SplitResult, offset: number): number {
  let lo = 0;
  let hi = split.statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (split.statements[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The index of the statement that starts exactly at `offset`, or -1. */
function statementStartingAt(split: SplitResult, offset: number): number {
  const k = lastStartBefore(split, offset + 1);
  return k >= 0 && split.statements[k].start === offset ? k : -1;
}
