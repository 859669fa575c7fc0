// The protocol's JSON encoder, with one difference: the JSON of each diagnostic object is kept, so a publish that
// repeats diagnostics from the last one (an edit in a long migration changes few of its thousands of diagnostics,
// and lsp/diagnostics.ts reuses the objects) copies their JSON instead of encoding it again.
import type { ContentTypeEncoder, Message } from 'vscode-languageserver/node';

const encoded = new WeakMap<object, string>();

function diagnosticJson(diagnostic: object): string {
  let json = encoded.get(diagnostic);
  if (json === undefined) {
    json = JSON.stringify(diagnostic);
    encoded.set(diagnostic, json);
  }
  return json;
}

/** JSON.stringify(message), with the diagnostics of a publishDiagnostics notification from the cache. */
export function messageJson(message: Message): string {
  const { method, params } = message as { method?: string; params?: { diagnostics?: unknown } };
  if (method !== 'textDocument/publishDiagnostics' || !params || !Array.isArray(params.diagnostics)) {
    return JSON.stringify(message);
  }
  const { diagnostics, ...rest } = params as { diagnostics: object[] };
  const head = JSON.stringify({ jsonrpc: message.jsonrpc, method, params: { ...rest, diagnostics: [] } });
  // `head` ends with `"diagnostics":[]}}` (the last key of params, itself the last key): fill the array in.
  return `${head.slice(0, -3)}${diagnostics.map(diagnosticJson).join(',')}]}}`;
}

export const cachingJsonEncoder: ContentTypeEncoder = {
  name: 'application/json',
  encode: (message, options) => Promise.resolve(Buffer.from(messageJson(message), options.charset)),
};
