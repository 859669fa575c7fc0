// .sluicerc.json is honoured and re-read when the client reports it changed (workspace/didChangeWatchedFiles);
// a broken one is reported to the user and the server keeps working.
import * as assert from 'assert';
import { DiagnosticSeverity, FileChangeType, MessageType } from 'vscode-languageserver-protocol';
import type { ShowMessageParams } from 'vscode-languageserver-protocol';
import { codes, copyFixture, LspClient, only, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const CONFIG = '.sluicerc.json';
const RULE = 'require-concurrent-index';

async function changeConfig(client: LspClient, ws: Workspace, text: string): Promise<void> {
  ws.write(CONFIG, text);
  await client.sendNotification('workspace/didChangeWatchedFiles', {
    changes: [{ uri: ws.fileUri(CONFIG), type: FileChangeType.Changed }],
  });
}

/** Waits for a user-visible message matching `test`, sent either as window/showMessage or window/showMessageRequest. */
function waitForUserMessage(
  client: LspClient,
  test: (message: string) => boolean,
  what: string,
): Promise<ShowMessageParams> {
  return client.waitFor(
    () => client.showMessages.find((m) => test(m.message)) ?? client.showMessageRequests.find((m) => test(m.message)),
    `a warning about ${what} (window/showMessage)`,
  );
}

/** The message must be a Warning shown with the window/showMessage notification (nothing for the user to answer). */
function assertWarningNotification(client: LspClient, seen: ShowMessageParams, what: string): void {
  assert.strictEqual(seen.type, MessageType.Warning, `the message should be a warning: ${JSON.stringify(seen)}`);
  assert.ok(
    client.showMessages.includes(seen),
    `the warning about ${what} came as a window/showMessageRequest (a request waiting for the user to answer), ` +
      `not as the window/showMessage notification: ${JSON.stringify(seen)}`,
  );
}

describe('lsp: .sluicerc.json', () => {
  let ws: Workspace;
  let original: string;
  before(() => {
    ws = copyFixture();
    original = ws.read(CONFIG);
  });
  afterEach(() => ws.write(CONFIG, original));
  after(() => ws.remove());

  it('registers a file watcher for .sluicerc.json', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const registration = await client.waitFor(
        () => client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles'),
        'client/registerCapability for workspace/didChangeWatchedFiles',
      );
      const watchers = (registration.registerOptions as { watchers: { globPattern: unknown }[] }).watchers;
      assert.ok(
        watchers.some((w) => typeof w.globPattern === 'string' && w.globPattern.endsWith(CONFIG)),
        `no watcher for ${CONFIG}: ${JSON.stringify(watchers)}`,
      );
    });
  });

  it('republishes with severity Warning after "rules": {"require-concurrent-index": "warning"}', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      const first = await client.nextDiagnostics(uri, 1);
      assert.strictEqual(only(first.diagnostics, RULE)[0]?.severity, DiagnosticSeverity.Error);

      await changeConfig(client, ws, JSON.stringify({ rules: { [RULE]: 'warning' } }, null, 2));
      const second = await client.nextDiagnostics(uri, 1);
      const found = only(second.diagnostics, RULE);
      assert.strictEqual(found.length, 1, `got ${codes(second.diagnostics).join(', ')}`);
      assert.strictEqual(found[0].severity, DiagnosticSeverity.Warning);
    });
  });

  it('drops the diagnostic after "rules": {"require-concurrent-index": "off"}', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      const first = await client.nextDiagnostics(uri, 1);
      assert.strictEqual(only(first.diagnostics, RULE).length, 1);

      await changeConfig(client, ws, JSON.stringify({ rules: { [RULE]: 'off' } }, null, 2));
      const second = await client.nextDiagnostics(uri, 1);
      assert.deepStrictEqual(only(second.diagnostics, RULE), [], `got ${codes(second.diagnostics).join(', ')}`);
    });
  });

  it('shows a window/showMessage warning naming the file and an unknown key, applies the valid parts and keeps running', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      await client.nextDiagnostics(uri, 1);

      await changeConfig(client, ws, JSON.stringify({ colour: 'blue', rules: { [RULE]: 'warning' } }, null, 2));
      const message = await waitForUserMessage(client, (m) => m.includes('colour'), 'the unknown key "colour"');
      assert.ok(
        message.message.includes(ws.path(CONFIG)),
        `the warning should name ${ws.path(CONFIG)}: ${message.message}`,
      );
      assert.match(message.message, /unknown key/i);

      const republished = await client.nextDiagnostics(uri, 1);
      assert.strictEqual(
        only(republished.diagnostics, RULE)[0]?.severity,
        DiagnosticSeverity.Warning,
        'the valid "rules" part should still apply',
      );
      const info = await client.fileInfo(uri);
      assert.strictEqual(info.isMigration, true);
      assert.strictEqual(client.exitCode, undefined, 'the server should still be running');
      assertWarningNotification(client, message, 'the unknown key');
    });
  });

  it('shows a window/showMessage warning naming the file for invalid JSON and keeps running with the defaults', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri(MIGRATION);
      await client.open(uri, ws.read(MIGRATION), 1);
      await client.nextDiagnostics(uri, 1);

      await changeConfig(client, ws, '{ "rules": { "require-concurrent-index": "warning", } ');
      const message = await waitForUserMessage(client, (m) => m.includes(CONFIG), `invalid JSON in ${CONFIG}`);
      assert.ok(
        message.message.includes(ws.path(CONFIG)),
        `the warning should name ${ws.path(CONFIG)}: ${message.message}`,
      );
      assert.match(message.message, /JSON/, `the warning should say the JSON is invalid: ${message.message}`);

      const republished = await client.nextDiagnostics(uri, 1);
      assert.strictEqual(
        only(republished.diagnostics, RULE)[0]?.severity,
        DiagnosticSeverity.Error,
        'defaults apply when the config cannot be read',
      );
      const hover = await client.hover(uri, { line: 2, character: 5 });
      assert.ok(hover, 'hover should still work');
      assert.strictEqual(client.exitCode, undefined, 'the server should still be running');
      assertWarningNotification(client, message, 'invalid JSON');
    });
  });
});
