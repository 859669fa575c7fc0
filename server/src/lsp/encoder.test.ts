import * as assert from 'assert';
import type { Message } from 'vscode-languageserver/node';
import { encodeMessage } from './encoder';

const messageJson = (message: Message): string => encodeMessage(message).toString('utf8');

const diagnostic = (line: number, message: string) => ({
  range: { start: { line, character: 0 }, end: { line, character: 5 } },
  severity: 2,
  source: 'sluice',
  code: 'require-concurrent-index',
  message,
});

describe('protocol encoder (lsp/encoder.ts)', () => {
  it('encodes a publishDiagnostics notification exactly as JSON.stringify would', () => {
    const message = {
      jsonrpc: '2.0',
      method: 'textDocument/publishDiagnostics',
      params: {
        uri: 'file:///m/0001.sql',
        version: 7,
        diagnostics: [diagnostic(1, 'CREATE INDEX "quoted" \\ blocks writes'), diagnostic(3, 'ünïcode ✓')],
      },
    } as Message;
    assert.deepStrictEqual(JSON.parse(messageJson(message)), JSON.parse(JSON.stringify(message)));
    const empty = { ...message, params: { uri: 'file:///m/0001.sql', diagnostics: [] } } as Message;
    assert.deepStrictEqual(JSON.parse(messageJson(empty)), JSON.parse(JSON.stringify(empty)));
  });

  it('a diagnostic sent again is sent as it was encoded the first time; new ones are encoded', () => {
    const kept = diagnostic(1, 'first');
    const publish = (diagnostics: object[]) =>
      JSON.parse(
        messageJson({
          jsonrpc: '2.0',
          method: 'textDocument/publishDiagnostics',
          params: { uri: 'u', diagnostics },
        } as Message),
      ).params.diagnostics;
    publish([kept]);
    assert.deepStrictEqual(publish([kept, diagnostic(2, 'second')]), [kept, diagnostic(2, 'second')]);
  });

  it('other messages are plain JSON', () => {
    const request = { jsonrpc: '2.0', id: 3, method: 'workspace/configuration', params: { items: [] } } as Message;
    assert.strictEqual(messageJson(request), JSON.stringify(request));
  });
});
