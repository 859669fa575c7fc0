// The protocol's JSON encoder, with one difference: the UTF-8 JSON of each diagnostic object is kept, so a publish
// that repeats diagnostics from the last one (an edit in a long migration changes few of its thousands of
// diagnostics, and lsp/diagnostics.ts reuses the objects) copies their bytes instead of encoding them again. The
// message is assembled as bytes, never as one string: a 2 MB string per publish would sit in the old generation
// until a full collection, and the server's memory would grow with every keystroke until then.
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

/** Each diagnostic's JSON, after a comma: `,{...}` (the first of an array goes without it). */
const encoded = new WeakMap<object, Buffer>();

function diagnosticBytes(diagnostic: object): Buffer {
  let bytes = encoded.get(diagnostic);
  if (bytes === undefined) {
    bytes = Buffer.from(`,${JSON.stringify(diagnostic)}`, 'utf8');
    encoded.set(diagnostic, bytes);
  }
  return bytes;
}

/** The UTF-8 bytes of JSON.stringify(message), with the diagnostics of a publishDiagnostics from the cache. */
export function encodeMessage(message: Message): Buffer {
  const { method, params } = message as { method?: string; params?: { diagnostics?: unknown } };
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) {
    return Buffer.from(JSON.stringify(message), 'utf8');
  }
  const { diagnostics, ...rest } = params as { diagnostics: object[] };
  const head = JSON.stringify({ jsonrpc: message.jsonrpc, method, params: { ...rest, diagnostics: [] } });
  // `head` ends with `"diagnostics":[]}}` (the last key of params, itself the last key): fill the array in.
  const parts: Buffer[] = [Buffer.from(head.slice(0, -3), 'utf8')];
  for (const diagnostic of diagnostics) parts.push(diagnosticBytes(diagnostic));
  if (parts.length > 1) parts[1] = parts[1].subarray(1);
  parts.push(Buffer.from(']}}', 'utf8'));
  return Buffer.concat(parts);
}

export const cachingJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) =>
    Promise.resolve(
      /^utf-?8$/i.test(options.charset)
        ? encodeMessage(message)
        : Buffer.from(encodeMessage(message).toString('utf8'), options.charset),
    ),
};
