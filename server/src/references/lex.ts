// A cheap lexer for application source files: tells code from string literals from comments, per language,
// so the matcher can skip comments and treat SQL inside strings as SQL. It never throws and never backtracks;
// an unterminated single-line string ends at its line (so one odd quote, e.g. in a regex literal, costs a line).

export type Language = 'js' | 'py' | 'go' | 'rb' | 'java' | 'kotlin' | 'cs' | 'php' | 'ex' | 'prisma';

const EXTENSIONS: Record<string, Language> = {
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  js: 'js',
  jsx: 'js',
  mjs: 'js',
  cjs: 'js',
  py: 'py',
  go: 'go',
  rb: 'rb',
  rake: 'rb',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'cs',
  php: 'php',
  ex: 'ex',
  exs: 'ex',
  prisma: 'prisma',
};

/** File extensions (without the dot) of the application code we read. */
export const SOURCE_EXTENSIONS: readonly string[] = Object.keys(EXTENSIONS);

/** The language of a source file from its name, or undefined when it is not application code we read. */
export function languageOf(file: string): Language | undefined {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).toLowerCase();
  if (base.endsWith('.d.ts') || /\.min\.[cm]?js$/.test(base)) return undefined;
  const dot = base.lastIndexOf('.');
  return dot < 0 ? undefined : EXTENSIONS[base.slice(dot + 1)];
}

interface LangSpec {
  slash: boolean; // `//` and `/* */` comments
  hash: boolean; // `#` comments
  backtick: 'template' | 'raw' | 'none';
  triple: boolean; // """ and ''' strings
  singleQuote: boolean;
  multiline: boolean; // '…' and "…" may span lines
  heredoc: 'ruby' | 'php' | 'none';
  verbatim: boolean; // C# @"…"
  rubyBlock: boolean; // =begin … =end
}

const BASE: LangSpec = {
  slash: false,
  hash: false,
  backtick: 'none',
  triple: false,
  singleQuote: true,
  multiline: false,
  heredoc: 'none',
  verbatim: false,
  rubyBlock: false,
};

const SPECS: Record<Language, LangSpec> = {
  js: { ...BASE, slash: true, backtick: 'template' },
  py: { ...BASE, hash: true, triple: true },
  go: { ...BASE, slash: true, backtick: 'raw' },
  rb: { ...BASE, hash: true, multiline: true, heredoc: 'ruby', rubyBlock: true },
  java: { ...BASE, slash: true, triple: true },
  kotlin: { ...BASE, slash: true, triple: true },
  cs: { ...BASE, slash: true, triple: true, verbatim: true },
  php: { ...BASE, slash: true, hash: true, multiline: true, heredoc: 'php' },
  ex: { ...BASE, hash: true, triple: true, multiline: true },
  prisma: { ...BASE, slash: true, singleQuote: false },
};

export const CODE = 0;
export const STRING = 1;
export const COMMENT = 2;

export interface StringLiteral {
  /** The whole literal, quotes included. */
  start: number;
  end: number;
  /** Between the quotes. */
  contentStart: number;
  contentEnd: number;
  /** `${…}` interpolations of a JS template literal: code, not string. */
  holes?: Array<[number, number]>;
}

export interface Lexed {
  text: string;
  language: Language;
  /** Per UTF-16 unit: CODE, STRING or COMMENT. */
  mask: Uint8Array;
  /** The text with strings and comments blanked to spaces (line breaks kept): offsets are the text's. */
  masked: string;
  strings: StringLiteral[];
}

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 36;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 48 && c <= 57);
}

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let k = 0; k < chars.length; k++) table[chars.charCodeAt(k)] = 1;
  return table;
}

/** Per language, the ASCII characters that can start a string, a comment or a heredoc body. */
const SPECIAL: Record<Language, Uint8Array> = {
  js: charTable('"\'`/'),
  py: charTable('"\'#'),
  go: charTable('"\'`/'),
  rb: charTable('\n"\'#<='),
  java: charTable('"\'/'),
  kotlin: charTable('"\'/'),
  cs: charTable('"\'/'),
  php: charTable('\n"\'#/<'),
  ex: charTable('"\'#'),
  prisma: charTable('"/'),
};

const RUBY_HEREDOC = /<<([~-]?)(?:(['"`])([A-Za-z_]\w*)\2|([A-Za-z_]\w*))/y;
const PHP_HEREDOC = /<<<[ \t]*(?:(['"])([A-Za-z_]\w*)\1|([A-Za-z_]\w*))/y;

export function lex(text: string, language: Language): Lexed {
  const spec = SPECS[language];
  const n = text.length;
  const mask = new Uint8Array(n);
  const strings: StringLiteral[] = [];
  const pendingHeredocs: string[] = [];

  const mark = (from: number, to: number, kind: number): void => {
    mask.fill(kind, from, Math.min(to, n));
  };
  const addString = (start: number, end: number, contentStart: number, contentEnd: number): void => {
    strings.push({ start, end, contentStart, contentEnd });
    mark(start, end, STRING);
  };

  /** Scans a '…' or "…" string from its opening quote; returns the end (after the closing quote). */
  const quoted = (i: number, q: number, escapes: boolean, multiline: boolean): void => {
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (escapes && d === 92) {
        j += 2;
        continue;
      }
      if (d === q) {
        addString(i, j + 1, i + 1, j);
        return;
      }
      if (d === 10 && !multiline) break;
      j++;
    }
    j = Math.min(j, n);
    addString(i, j, i + 1, j);
  };

  const heredocBodies = (lineStart: number): number => {
    let i = lineStart;
    for (const id of pendingHeredocs) {
      const bodyStart = i;
      let j = i;
      for (;;) {
        if (j >= n) {
          addString(bodyStart, n, bodyStart, n);
          i = n;
          break;
        }
        let e = text.indexOf('\n', j);
        if (e < 0) e = n;
        const line = text.slice(j, e).trim();
        const isEnd =
          spec.heredoc === 'php' ? line.startsWith(id) && !isIdentPart(line.charCodeAt(id.length)) : line === id;
        if (isEnd) {
          addString(bodyStart, e, bodyStart, j);
          i = e;
          break;
        }
        j = e + 1;
      }
    }
    pendingHeredocs.length = 0;
    return i;
  };

  // Skip quickly to the next character that may start something (a quote, a comment, a heredoc line break).
  const special = SPECIAL[language];
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 128 || special[c] === 0) {
      i++;
      continue;
    }
    if (c === 10) {
      i++;
      if (pendingHeredocs.length > 0) i = heredocBodies(i);
      continue;
    }
    const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (spec.slash && c === 47 /* / */ && next === 47) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = n;
      mark(i, e, COMMENT);
      i = e;
      continue;
    }
    if (spec.slash && c === 47 && next === 42 /* * */) {
      let e = text.indexOf('*/', i + 2);
      e = e < 0 ? n : e + 2;
      mark(i, e, COMMENT);
      i = e;
      continue;
    }
    if (spec.hash && c === 35 /* # */ && !(language === 'php' && next === 91) /* #[ attribute */) {
      let e = text.indexOf('\n', i);
      if (e < 0) e = n;
      mark(i, e, COMMENT);
      i = e;
      continue;
    }
    if (
      spec.rubyBlock &&
      c === 61 /* = */ &&
      (i === 0 || text.charCodeAt(i - 1) === 10) &&
      text.startsWith('=begin', i)
    ) {
      const m = /^=end\b.*$/m.exec(text.slice(i));
      const e = m ? i + m.index + m[0].length : n;
      mark(i, e, COMMENT);
      i = e;
      continue;
    }
    if (spec.heredoc === 'ruby' && c === 60 /* < */ && next === 60) {
      RUBY_HEREDOC.lastIndex = i;
      const m = RUBY_HEREDOC.exec(text);
      // A bare `<<ID` needs an upper-case id, otherwise it is a shift (`list <<item`).
      if (m && (m[1] || m[2] || /^[A-Z_][A-Z0-9_]*$/.test(m[4] ?? ''))) {
        pendingHeredocs.push(m[3] ?? m[4]);
        i += m[0].length;
        continue;
      }
    }
    if (spec.heredoc === 'php' && c === 60 && next === 60 && text.charCodeAt(i + 2) === 60) {
      PHP_HEREDOC.lastIndex = i;
      const m = PHP_HEREDOC.exec(text);
      if (m) {
        pendingHeredocs.push(m[2] ?? m[3]);
        i += m[0].length;
        continue;
      }
    }
    if (c === 34 /* " */ || (c === 39 /* ' */ && spec.singleQuote)) {
      if (spec.triple && next === c && text.charCodeAt(i + 2) === c) {
        const close = String.fromCharCode(c, c, c);
        let j = i + 3;
        for (;;) {
          const e = text.indexOf(close, j);
          if (e < 0) {
            addString(i, n, i + 3, n);
            i = n;
            break;
          }
          // An escaped quote (\""") does not close the string.
          let backslashes = 0;
          for (let k = e - 1; k >= j && text.charCodeAt(k) === 92; k--) backslashes++;
          if (backslashes % 2 === 1) {
            j = e + 1;
            continue;
          }
          addString(i, e + 3, i + 3, e);
          i = e + 3;
          break;
        }
        continue;
      }
      if (spec.verbatim && c === 34 && i > 0 && text.charCodeAt(i - 1) === 64 /* @"…" */) {
        let j = i + 1;
        while (j < n) {
          if (text.charCodeAt(j) === 34) {
            if (text.charCodeAt(j + 1) === 34) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        addString(i, Math.min(j + 1, n), i + 1, Math.min(j, n));
        i = Math.min(j + 1, n);
        continue;
      }
      quoted(i, c, true, spec.multiline);
      i = strings[strings.length - 1].end;
      continue;
    }
    if (c === 96 /* ` */ && spec.backtick === 'raw') {
      let e = text.indexOf('`', i + 1);
      const terminated = e >= 0;
      if (!terminated) e = n;
      addString(i, terminated ? e + 1 : n, i + 1, e);
      i = terminated ? e + 1 : n;
      continue;
    }
    if (c === 96 && spec.backtick === 'template') {
      i = template(i);
      continue;
    }
    i++;
  }

  function template(start: number): number {
    const holes: Array<[number, number]> = [];
    let j = start + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d === 92) {
        j += 2;
        continue;
      }
      if (d === 96) {
        j++;
        break;
      }
      if (d === 36 && text.charCodeAt(j + 1) === 123) {
        // ${ … }: code up to the matching brace (strings inside are skipped crudely).
        const holeStart = j + 2;
        let depth = 1;
        let k = holeStart;
        while (k < n && depth > 0) {
          const e = text.charCodeAt(k);
          if (e === 123) depth++;
          else if (e === 125) depth--;
          else if (e === 39 || e === 34) {
            const close = text.indexOf(String.fromCharCode(e), k + 1);
            const eol = text.indexOf('\n', k + 1);
            if (close > 0 && (eol < 0 || close < eol)) k = close;
          }
          k++;
        }
        holes.push([holeStart, Math.max(holeStart, k - 1)]);
        j = k;
        continue;
      }
      j++;
    }
    const end = Math.min(j, n);
    const closed = end > start + 1 && text.charCodeAt(end - 1) === 96;
    const literal: StringLiteral = { start, end, contentStart: start + 1, contentEnd: closed ? end - 1 : end };
    if (holes.length > 0) literal.holes = holes;
    strings.push(literal);
    mark(start, end, STRING);
    for (const [a, b] of holes) mark(a, b, CODE);
    return end;
  }

  return { text, language, mask, masked: blank(text, mask), strings };
}

const UTF16 = new TextDecoder('utf-16le');

/** The text with every non-code unit (except line breaks) replaced by a space. */
function blank(text: string, mask: Uint8Array): string {
  const n = text.length;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = mask[i] === CODE || c === 10 || c === 13 ? c : 32;
  }
  return UTF16.decode(codes);
}
