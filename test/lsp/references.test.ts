// drop-column and friends list, as related information, where application code still uses the name. The
// diagnostic comes at once; the places follow when the background scan of the workspace has them.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { copyFixture, repoRoot, withServer, Workspace } from './lspClient';

const MIGRATION = 'db/migrations/0002_drop_email.up.sql';

function appWorkspace(): Workspace {
  const ws = copyFixture();
  fs.cpSync(path.join(repoRoot(), 'test', 'fixtures', 'app-references'), ws.root, { recursive: true });
  return ws;
}

describe('lsp: references in application code', () => {
  it('a DROP COLUMN diagnostic gains related information pointing at the code that still uses the column', async () => {
    const ws = appWorkspace();
    try {
      ws.write(MIGRATION, "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN email;\n");
      ws.write('db/migrations/0002_drop_email.down.sql', 'ALTER TABLE users ADD COLUMN email text;\n');
      await withServer({ workspace: ws }, async (client) => {
        const uri = ws.fileUri(MIGRATION);
        await client.open(uri, ws.read(MIGRATION), 1);
        let published: PublishDiagnosticsParams = await client.nextDiagnostics(uri);
        const drop = () => published.diagnostics.find((d) => d.code === 'drop-column');
        assert.ok(drop(), 'the drop-column diagnostic comes without waiting for the scan');
        // The scan runs in the background; the server re-publishes once it has the places.
        while (!drop()?.relatedInformation?.length) published = await client.nextDiagnostics(uri);
        const files = drop()!.relatedInformation!.map((r) => path.relative(ws.root, new URL(r.location.uri).pathname));
        for (const expected of ['src/models/user.ts', 'internal/store/users.go', 'prisma/schema.prisma']) {
          assert.ok(files.includes(expected), `${expected} in ${files.join(', ')}`);
        }
        assert.ok(!files.some((f) => f.startsWith('db/')), 'migration folders are not application code');
        assert.match(String(drop()!.message), /Application code still uses users\.email in \d+ places/);
      });
    } finally {
      ws.remove();
    }
  });
});
