// A file that starts with a UTF-8 byte-order mark: editors drop it before anyone sees the text, so Sluice drops it
// too, and line 1's columns are the same in `sluice lint` as in the editor.

/** The text without a leading byte-order mark. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
