// Where a JSON text first goes wrong. Node's JSON.parse says *what* is wrong but not always *where* (for an
// unexpected letter it quotes some context instead of a position), and its message can span lines; a
// configuration error should name the line, in one line.

export interface JsonError {
  /** 1-based line of the first character that cannot be where it is. */
  line: number;
  message: string;
}

/** The first error in `text` as JSON, or undefined when it is valid JSON. */
export function firstJsonError(text: string): JsonError | undefined {
  let i = 0;
  const fail = (what: string): never => {
    throw Object.assign(new Error(what), { at: i });
  };
  const space = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (c: string, what: string): void => {
    space();
    if (text[i] !== c) fail(what);
    i++;
  };
  /** After a ",": JSON allows none before the closing bracket (reported where the comma is). */
  const trailingComma = (close: string): void => {
    const comma = i - 1;
    space();
    if (text[i] !== close) return;
    i = comma;
    fail(`a "," before "${close}": remove it (JSON allows no comma after the last item)`);
  };
  const string = (): void => {
    if (text[i] !== '"')
      fail(text[i] === "'" ? 'strings and names take double quotes, not single' : 'expected a string');
    for (i++; i < text.length && text[i] !== '"'; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '\n') fail('a string does not end on its line');
    }
    if (i >= text.length) fail('a string does not end');
    i++;
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === '{') {
      i++;
      space();
      if (text[i] === '}') return void i++;
      for (;;) {
        space();
        string();
        expect(':', 'expected ":" after the name');
        value();
        space();
        if (text[i] === '}') return void i++;
        expect(',', 'expected "," or "}"');
        trailingComma('}');
      }
    }
    if (c === '[') {
      i++;
      space();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        space();
        if (text[i] === ']') return void i++;
        expect(',', 'expected "," or "]"');
        trailingComma(']');
      }
    }
    if (c === '"') return string();
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 64));
    if (literal) {
      i += literal[0].length;
      return;
    }
    fail(
      i >= text.length
        ? 'the text ends where a value should be'
        : /[A-Za-z]/.test(c)
          ? 'a word that is not true, false or null: text values take double quotes'
          : `unexpected ${JSON.stringify(c)}`,
    );
  };
  try {
    value();
    space();
    if (i < text.length) fail('more text after the JSON value');
    return undefined;
  } catch (e) {
    const at = (e as { at?: number }).at ?? 0;
    return { line: text.slice(0, at).split('\n').length, message: (e as Error).message };
  }
}
