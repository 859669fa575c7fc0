// Later migrations run against the schema earlier ones build: the server replays the folder's history, and
// an edit to an earlier migration (unsaved, in the editor) re-checks the later ones that are open.
import * as assert from 'assert';
import { codes, copyFixture, withServer, Workspace } from './lspClient';

const EARLIER = 'db/migrations/000003_status_check.up.sql';
const LATER = 'db/migrations/000004_status_not_null.up.sql';

describe('lsp: migration history', () => {
  let ws: Workspace;
  before(() => {
    ws = copyFixture();
    ws.write(
      EARLIER,
      "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;\nALTER TABLE orders VALIDATE CONSTRAINT orders_status_nn;\n",
    );
    ws.write(LATER, "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n");
    ws.write(EARLIER.replace('.up.', '.down.'), 'ALTER TABLE orders DROP CONSTRAINT orders_status_nn;\n');
    ws.write(LATER.replace('.up.', '.down.'), 'ALTER TABLE orders ALTER COLUMN status DROP NOT NULL;\n');
  });
  after(() => ws.remove());

  it('a check validated in an earlier migration makes SET NOT NULL clean; editing the earlier one re-checks the later', async () => {
    await withServer({ workspace: ws }, async (client) => {
      const later = ws.fileUri(LATER);
      await client.open(later, ws.read(LATER), 1);
      assert.deepStrictEqual(codes((await client.nextDiagnostics(later, 1)).diagnostics), []);

      // Remove the VALIDATE in the editor (not saved): the later migration is no longer safe.
      const earlier = ws.fileUri(EARLIER);
      await client.open(earlier, ws.read(EARLIER), 1);
      await client.nextDiagnostics(earlier, 1);
      const withoutValidate =
        "SET lock_timeout = '2s';\nALTER TABLE orders ADD CONSTRAINT orders_status_nn CHECK (status IS NOT NULL) NOT VALID;\n";
      await client.change(earlier, [{ text: withoutValidate }]);
      assert.deepStrictEqual(codes((await client.nextDiagnostics(later)).diagnostics), ['set-not-null']);
    });
  });
});
