// `sluice lsp --socket=PORT`: the editor listens, the server connects to it. Other editors start Sluice this way.
import * as assert from 'assert';
import { spawn } from 'child_process';
import * as net from 'net';
import * as os from 'os';
import * as path from 'path';
import { createMessageConnection, SocketMessageReader, SocketMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { DEFAULT_DEADLINE_MS, SERVER_BUNDLE } from './lspClient';

interface Exit {
  code: number | null;
  stderr: string;
}

function startServer(args: string[]): { exited: Promise<Exit>; kill(): void } {
  const child = spawn(process.execPath, [SERVER_BUNDLE, 'lsp', ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<Exit>((resolve) => child.on('exit', (code) => resolve({ code, stderr })));
  return { exited, kill: () => child.kill() };
}

function within<T>(promise: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer`)), DEFAULT_DEADLINE_MS)),
  ]);
}

describe('language server over a socket (sluice lsp --socket=PORT)', () => {
  it('connects to the port the editor listens on and answers initialize', async () => {
    const listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as net.AddressInfo).port;
    const accepted = new Promise<net.Socket>((resolve) => listener.once('connection', resolve));
    const server = startServer([`--socket=${port}`]);
    try {
      const socket = await within(accepted, 'the server did not connect');
      const connection = createMessageConnection(new SocketMessageReader(socket), new SocketMessageWriter(socket));
      connection.onRequest('workspace/configuration', () => []);
      connection.listen();
      const result = await within(
        connection.sendRequest<InitializeResult>('initialize', {
          processId: process.pid,
          rootUri: null,
          capabilities: {},
        }),
        'initialize',
      );
      assert.strictEqual(result.serverInfo?.name, 'sluice');
      connection.dispose();
      socket.destroy();
    } finally {
      server.kill();
      listener.close();
    }
  });

  it('says it cannot connect, and exits 2, when nothing listens on the port', async () => {
    const listener = net.createServer();
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const port = (listener.address() as net.AddressInfo).port;
    await new Promise<void>((resolve) => listener.close(() => resolve()));
    const { code, stderr } = await within(startServer([`--socket=${port}`]).exited, 'the server did not exit');
    assert.strictEqual(code, 2);
    assert.match(stderr, new RegExp(`^sluice lsp: cannot connect to port ${port} \\(ECONNREFUSED\\)`));
  });

  it('says it cannot connect, and exits 2, when no editor listens on the --pipe', async () => {
    const pipe = path.join(os.tmpdir(), `sluice-no-editor-${process.pid}.sock`);
    const { code, stderr } = await within(startServer([`--pipe=${pipe}`]).exited, 'the server did not exit');
    assert.strictEqual(code, 2);
    assert.match(stderr, /^sluice lsp: cannot connect to .*sluice-no-editor-\d+\.sock \(ENOENT\)/);
  });

  it('rejects a port that is not a number', async () => {
    const { code, stderr } = await within(startServer(['--socket=abc']).exited, 'the server did not exit');
    assert.strictEqual(code, 2);
    assert.match(stderr, /--socket=abc: the port must be a number/);
  });
});
