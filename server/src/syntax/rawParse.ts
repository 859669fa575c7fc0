// PostgreSQL's parser as libpg-query's Emscripten module exposes it, for the parse-ahead worker
// (syntax/parseWorker.ts): what libpg-query's parseSync does, minus its JSON.parse — the worker hands the parse
// tree on as the JSON text the parser wrote. Pinned to the libpg-query version in package.json (the struct
// layouts below are its C API's); test/unit/parseAhead.test.ts checks every reply against parseSync.
import type { ParserReply } from './parse';

/** libpg-query's Emscripten module: what its parseSync calls, minus the JSON.parse this thread does not need. */
export interface ParserModule {
  lengthBytesUTF8(text: string): number;
  stringToUTF8(text: string, pointer: number, size: number): void;
  UTF8ToString(pointer: number): string;
  getValue(pointer: number, type: 'i32'): number;
  _malloc(size: number): number;
  _free(pointer: number): void;
  _wasm_parse_query_raw(query: number): number;
  _wasm_free_parse_result(result: number): void;
}

/** The parser's reply for one statement; undefined for what the calling thread parses itself (a NUL byte). */
export function parseOne(parser: ParserModule, text: string): ParserReply | undefined {
  if (text.length === 0 || text.includes('\u0000')) return undefined;
  const size = parser.lengthBytesUTF8(text) + 1;
  const query = parser._malloc(size);
  let result = 0;
  try {
    parser.stringToUTF8(text, query, size);
    result = parser._wasm_parse_query_raw(query);
    if (!result) return undefined;
    // PgQueryParseResult { char *parse_tree; char *stderr_buffer; PgQueryError *error }
    const tree = parser.getValue(result, 'i32');
    const error = parser.getValue(result + 8, 'i32');
    if (error) {
      // PgQueryError { char *message; char *funcname; char *filename; int lineno; int cursorpos } (1-based)
      const message = parser.getValue(error, 'i32');
      const cursor = parser.getValue(error + 16, 'i32');
      return { message: message ? parser.UTF8ToString(message) : 'syntax error', cursor: cursor > 0 ? cursor - 1 : 0 };
    }
    return tree ? parser.UTF8ToString(tree) : undefined;
  } finally {
    parser._free(query);
    if (result) parser._wasm_free_parse_result(result);
  }
}

/** A separate instance of the parser (its own memory), for a worker thread. */
export function loadParserModule(): Promise<ParserModule> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const factory = require('libpg-query/wasm/libpg-query.js') as () => Promise<ParserModule>;
  return factory();
}
