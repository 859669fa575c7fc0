// a. Opening a migration shows the language server's diagnostics, with the rule's docs linked from the code.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { MIGRATION, RULE, lineOf, openInEditor, waitForIndexFinding } from './helpers';

describe('opening a migration', () => {
  it('shows a require-concurrent-index error on the CREATE INDEX statement', async () => {
    const editor = await openInEditor(MIGRATION);
    const document = editor.document;
    const diagnostic = await waitForIndexFinding(document.uri);

    // The server sends codeDescription.href, so VS Code exposes the code as {value, target}.
    assert.ok(
      typeof diagnostic.code === 'object',
      `code should be {value, target}, got ${JSON.stringify(diagnostic.code)}`,
    );
    assert.strictEqual(diagnostic.code.value, RULE);
    assert.strictEqual(diagnostic.code.target.scheme, 'file', `docs link ${diagnostic.code.target.toString()}`);
    assert.ok(
      diagnostic.code.target.path.endsWith(`/docs/rules/${RULE}.md`),
      `docs link should point at docs/rules/${RULE}.md, got ${diagnostic.code.target.toString()}`,
    );

    assert.strictEqual(
      diagnostic.range.start.line,
      lineOf(document, 'CREATE INDEX'),
      'diagnostic is not on the CREATE INDEX line',
    );
    assert.strictEqual(diagnostic.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(diagnostic.source, 'sluice');
    assert.match(diagnostic.message, /ShareLock/, 'the message should name the lock CREATE INDEX takes');
  });
});
