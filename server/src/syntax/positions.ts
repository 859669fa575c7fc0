// The one place where offsets change units. Ranges everywhere else are UTF-16 offsets (what editors use);
// libpg-query reports node locations in UTF-8 bytes and error cursors in code points.

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

/** Maps UTF-16 offsets of one text to line/character positions (\n, \r\n and \r end lines, as in LSP). */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // Only \n ends lines (most files): the native search finds them far faster than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x0d) {
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        this.starts.push(i + 1);
      } else if (c === 0x0a) {
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return { line, character: o - this.starts[line] };
  }

  /** Whether `offset` is at `position` (without making a position object). */
  isAt(position: Position, offset: number): boolean {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(o);
    return line === position.line && o - this.starts[line] === position.character;
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[position.line] + Math.max(0, position.character), this.text.length);
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
  }
}

function isPairStart(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
}

// The same statement's text is asked about many times in a row (each column of a CREATE TABLE): remember the last.
let lastText: string | undefined;
let lastAscii = false;

function isAscii(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    // eslint-disable-next-line no-control-regex
    lastAscii = /^[\x00-\x7f]*$/.test(text);
  }
  return lastAscii;
}

/** Converts a UTF-8 byte offset within `text` into a UTF-16 offset. */
export function utf8ToUtf16Offset(text: string, byteOffset: number): number {
  if (byteOffset <= 0) return 0;
  if (isAscii(text)) return Math.min(byteOffset, text.length);
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    if (bytes >= byteOffset) return i;
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (isPairStart(text, i)) {
      bytes += 4;
      i++;
    } else bytes += 3; // includes a lone surrogate, which encoders write as 3 bytes
  }
  return text.length;
}

/** Converts a code-point offset within `text` into a UTF-16 offset. */
export function codePointToUtf16Offset(text: string, codePoints: number): number {
  if (codePoints <= 0) return 0;
  if (isAscii(text)) return Math.min(codePoints, text.length);
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (seen >= codePoints) return i;
    if (isPairStart(text, i)) i++;
    seen++;
  }
  return text.length;
}
