import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FolderListings } from './folderListings';

describe('folder listings', () => {
  let root: string;
  const settled = new Date(Date.now() - 60_000);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-listings-'));
    fs.writeFileSync(path.join(root, '000001_init.up.sql'), '');
    // Changed a minute ago: a listing of it is kept.
    fs.utimesSync(root, settled, settled);
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('sees a migration added to a folder it listed before', () => {
    const listings = new FolderListings();
    assert.deepStrictEqual(listings.list(root), ['000001_init.up.sql']);
    fs.writeFileSync(path.join(root, '000002_next.up.sql'), '');
    assert.deepStrictEqual([...(listings.list(root) ?? [])].sort(), ['000001_init.up.sql', '000002_next.up.sql']);
  });

  it('sees a change even when the folder keeps its old modification time', () => {
    const listings = new FolderListings();
    listings.list(root);
    fs.renameSync(path.join(root, '000001_init.up.sql'), path.join(root, '000001_first.up.sql'));
    fs.utimesSync(root, settled, settled);
    assert.deepStrictEqual(listings.list(root), ['000001_first.up.sql']);
  });

  it('answers undefined for a folder that is gone or is a file', () => {
    const listings = new FolderListings();
    listings.list(root);
    assert.strictEqual(listings.list(path.join(root, '000001_init.up.sql')), undefined);
    fs.rmSync(root, { recursive: true });
    assert.strictEqual(listings.list(root), undefined);
    assert.strictEqual(listings.list(path.join(root, 'missing')), undefined);
  });
});
