// e. The extension activates by itself in a workspace with a .sluicerc.json and registers its commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, pollUntil } from './helpers';

describe('activation', () => {
  it('activates on its own in a workspace with .sluicerc.json and registers its commands', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} is not loaded in the development host`);
    // No test has opened a .sql file yet, so only `workspaceContains:**/.sluicerc.json` can activate it.
    // VS Code has no event for "extension activated", hence a poll with a deadline.
    await pollUntil(() => extension.isActive, 30_000, `${EXTENSION_ID} to activate`);

    const commands = await vscode.commands.getCommands(true);
    for (const command of ['sluice.restartServer', 'sluice.fileInfo', 'sluice.showOutput']) {
      assert.ok(commands.includes(command), `command ${command} is not registered`);
    }
  });
});
