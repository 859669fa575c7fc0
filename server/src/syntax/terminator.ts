import type { Comment } from './split';

/**
 * Where the `;` that ends a statement lies: after `end` (just past its last token) only whitespace and comments may
 * come before it. Undefined when the statement ends the file without one.
 */
export function terminatorAfter(text: string, end: number, comments: readonly Comment[]): number | undefined {
  let i = end;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const comment = comments.find((c) => c.start === i);
    if (!comment) break;
    i = comment.end;
  }
  return text[i] === ';' ? i : undefined;
}
