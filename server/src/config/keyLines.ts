// Where each key of a configuration file is written: the top-level keys, and the keys of the top-level "rules"
// object. Problems are reported on those lines; searching the text for `"key"` found the first place the word
// appears, which may be a string value or, with a key written twice, the copy JSON.parse ignored (the last wins).
// Pure; the text is valid JSON (JSON.parse accepted it).

export interface KeyLines {
  /** 1-based line of each top-level key (the last one written, as JSON.parse keeps). */
  top: Map<string, number>;
  /** 1-based line of each key of the top-level "rules" object. */
  rules: Map<string, number>;
}

export function keyLines(text: string): KeyLines {
  const top = new Map<string, number>();
  const rules = new Map<string, number>();
  let line = 1;
  // Containers open around the current position: '{' or '['; for each '{', the key its value belongs to.
  const open: string[] = [];
  const keyOf: (string | undefined)[] = [];
  let lastKey: string | undefined;
  let lastString: { value: string; line: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    else if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      lastString = { value: JSON.parse(text.slice(start, i + 1)) as string, line };
    } else if (c === ':' && lastString) {
      lastKey = lastString.value;
      if (open.length === 1) top.set(lastKey, lastString.line);
      else if (open.length === 2 && open[1] === '{' && keyOf[1] === 'rules') rules.set(lastKey, lastString.line);
    } else if (c === '{' || c === '[') {
      keyOf.push(open.length === 1 ? lastKey : undefined);
      open.push(c);
      lastString = undefined;
    } else if (c === '}' || c === ']') {
      open.pop();
      keyOf.pop();
    } else if (c === ',') lastString = undefined;
  }
  return { top, rules };
}
