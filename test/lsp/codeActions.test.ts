// Quick fixes for a finding: ignore it for the statement or the file (edits the client applies), or open the
// rule's documentation (a command the server executes through window/showDocument).
import * as assert from 'assert';
import type { CodeAction, Command, Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { codes, copyFixture, LspClient, only, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/000002_index_orders.up.sql';
const RULE = 'require-concurrent-index';
const TITLES = [`Ignore ${RULE} for this statement`, `Ignore ${RULE} for this file`, `Show documentation for ${RULE}`];

function isCodeAction(a: CodeAction | Command): a is CodeAction {
  return typeof (a as Command).command !== 'string';
}

async function openAndGetDiagnostic(
  client: LspClient,
  ws: Workspace,
): Promise<{ uri: string; diagnostic: Diagnostic; all: Diagnostic[] }> {
  const uri = ws.fileUri(MIGRATION);
  await client.open(uri, ws.read(MIGRATION), 1);
  const published = await client.nextDiagnostics(uri, 1);
  const [diagnostic] = only(published.diagnostics, RULE);
  assert.ok(diagnostic, `no ${RULE} diagnostic to act on; got ${codes(published.diagnostics).join(', ')}`);
  return { uri, diagnostic, all: published.diagnostics };
}

async function actionsFor(client: LspClient, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const actions = (await client.codeActions(uri, diagnostic.range, [diagnostic])) ?? [];
  assert.ok(
    actions.every(isCodeAction),
    'the server should return CodeAction literals to a client that declares codeActionLiteralSupport',
  );
  // Rewrite fixes (preferred, listed first) are quickFixes.test.ts's business, scaffold rewrites scaffold.test.ts's.
  return (actions as CodeAction[]).filter((a) => !a.isPreferred && a.kind !== 'refactor.rewrite');
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  assert.ok(edits && edits.length > 0, `"${action.title}" carries no edit for ${uri}: ${JSON.stringify(action.edit)}`);
  return edits;
}

describe('lsp: code actions', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
  });
  after(() => ws.remove());

  it('offers ignore-for-statement, ignore-for-file and show-documentation for the diagnostic', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const { uri, diagnostic } = await openAndGetDiagnostic(client, ws);
      const actions = await actionsFor(client, uri, diagnostic);
      assert.deepStrictEqual(
        actions.map((a) => a.title),
        TITLES,
      );
      for (const action of actions) {
        assert.strictEqual(action.kind, 'quickfix', `"${action.title}" should be a quickfix`);
        assert.deepStrictEqual(
          action.diagnostics,
          [diagnostic],
          `"${action.title}" should name the diagnostic it fixes`,
        );
      }
      assert.deepStrictEqual(actions[2].command, {
        title: TITLES[2],
        command: 'sluice.showDocumentation',
        arguments: [RULE],
      });
    });
  });

  it('the ignore-for-statement edit, applied as a didChange, makes the diagnostic disappear (and only it)', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const { uri, diagnostic, all } = await openAndGetDiagnostic(client, ws);
      const [statementAction] = await actionsFor(client, uri, diagnostic);
      assert.strictEqual(statementAction.title, TITLES[0]);
      const version = await client.applyEdits(uri, editsOf(statementAction, uri));
      assert.strictEqual(
        client.text(uri),
        `-- Speeds up the daily revenue report.\n\n-- sluice-ignore ${RULE}\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n`,
      );
      const published = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(
        only(published.diagnostics, RULE),
        [],
        `${RULE} should be suppressed; got ${codes(published.diagnostics).join(', ')}`,
      );
      assert.deepStrictEqual(
        codes(published.diagnostics).sort(),
        codes(all)
          .filter((c) => c !== RULE)
          .sort(),
        'the other findings on the statement should stay',
      );
    });
  });

  it('the ignore-for-file edit, applied as a didChange, makes the diagnostic disappear', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const { uri, diagnostic } = await openAndGetDiagnostic(client, ws);
      const fileAction = (await actionsFor(client, uri, diagnostic)).find((a) => a.title === TITLES[1]);
      assert.ok(fileAction, `no "${TITLES[1]}" action`);
      const version = await client.applyEdits(uri, editsOf(fileAction, uri));
      assert.ok(
        client.text(uri).startsWith(`-- sluice-ignore-file ${RULE}\n`),
        `unexpected text after the edit:\n${client.text(uri)}`,
      );
      const published = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(
        only(published.diagnostics, RULE),
        [],
        `${RULE} should be suppressed; got ${codes(published.diagnostics).join(', ')}`,
      );
    });
  });

  it('sluice.showDocumentation asks a client with showDocument support to open the rule docs', async () => {
    await withServer({ workspace: ws, showDocument: true }, async (client) => {
      const provider = client.initializeResult.capabilities.executeCommandProvider;
      assert.ok(
        provider?.commands.includes('sluice.showDocumentation'),
        'executeCommandProvider should list sluice.showDocumentation',
      );
      const { diagnostic } = await openAndGetDiagnostic(client, ws);
      await client.request('workspace/executeCommand', { command: 'sluice.showDocumentation', arguments: [RULE] });
      const shown = await client.waitFor(() => client.showDocuments[0], 'window/showDocument');
      assert.strictEqual(client.showDocuments.length, 1);
      assert.match(shown.uri, /^file:\/\/.*\/docs\/rules\/require-concurrent-index\.md$/);
      assert.strictEqual(
        shown.uri,
        diagnostic.codeDescription?.href,
        'the docs opened should be the ones the diagnostic links to',
      );
    });
  });
  it('extends an existing sluice-ignore comment instead of stacking a second one', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri('db/migrations/000005_partly_ignored.up.sql');
      ws.write(
        'db/migrations/000005_partly_ignored.down.sql',
        'DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;\n',
      );
      const text =
        '-- sluice-ignore require-lock-timeout: index is tiny\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n';
      await client.open(uri, text, 1);
      const published = await client.nextDiagnostics(uri, 1);
      const [diagnostic] = only(published.diagnostics, RULE);
      assert.ok(diagnostic, `got ${codes(published.diagnostics).join(', ')}`);
      const [statementAction] = await actionsFor(client, uri, diagnostic);
      assert.strictEqual(statementAction.title, TITLES[0]);
      const version = await client.applyEdits(uri, editsOf(statementAction, uri));
      assert.strictEqual(
        client.text(uri),
        `-- sluice-ignore require-lock-timeout, ${RULE}: index is tiny\nCREATE INDEX orders_created_at_idx ON orders (created_at);\n`,
      );
      const after = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(after.diagnostics, [], `got ${codes(after.diagnostics).join(', ')}`);
    });
  });

  it('keeps CRLF line endings in the ignore edits of a CRLF file', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const uri = ws.fileUri('db/migrations/000006_crlf.up.sql');
      const text = "SET lock_timeout = '2s';\r\n\r\nCREATE INDEX orders_created_at_idx ON orders (created_at);\r\n";
      await client.open(uri, text, 1);
      const published = await client.nextDiagnostics(uri, 1);
      const [diagnostic] = only(published.diagnostics, RULE);
      assert.ok(diagnostic, `got ${codes(published.diagnostics).join(', ')}`);
      assert.deepStrictEqual(diagnostic.range.start, { line: 2, character: 0 });
      const actions = await actionsFor(client, uri, diagnostic);
      const version = await client.applyEdits(uri, editsOf(actions[0], uri));
      assert.strictEqual(
        client.text(uri),
        `SET lock_timeout = '2s';\r\n\r\n-- sluice-ignore ${RULE}\r\nCREATE INDEX orders_created_at_idx ON orders (created_at);\r\n`,
      );
      const after = await client.nextDiagnostics(uri, version);
      assert.deepStrictEqual(only(after.diagnostics, RULE), []);
      assert.strictEqual(editsOf(actions[1], uri)[0].newText, `-- sluice-ignore-file ${RULE}\r\n`);
    });
  });
});
