import * as assert from 'assert';
import { openPGlite, PGLITE_EXTENSIONS } from './pglite';
import { snapshotSchema } from './catalog';

describe('openPGlite', function () {
  this.timeout(120_000);

  it('every open is a fresh empty database, whatever earlier ones did', async () => {
    const first = await openPGlite();
    try {
      await first.exec('CREATE TABLE left_behind (x int); INSERT INTO left_behind VALUES (1)');
      const second = await openPGlite();
      try {
        assert.deepStrictEqual((await second.query(`SELECT to_regclass('left_behind') AS t`)).rows, [{ t: null }]);
        assert.deepStrictEqual([...(await snapshotSchema(second)).objects.keys()].sort(), [
          'extension plpgsql',
          'schema public',
        ]);
      } finally {
        await second.close();
      }
      // the first one is untouched by the second
      assert.deepStrictEqual((await first.query('SELECT x FROM left_behind')).rows, [{ x: 1 }]);
    } finally {
      await first.close();
    }
  });

  it('loads the extensions a migration needs, listed as one object in snapshots', async () => {
    const db = await openPGlite({ extensions: ['pgcrypto', 'uuid-ossp'] });
    try {
      await db.exec('CREATE EXTENSION pgcrypto; CREATE EXTENSION "uuid-ossp"');
      const { rows } = await db.query(`SELECT length(digest('x', 'sha256')) AS n, uuid_generate_v4() IS NOT NULL AS u`);
      assert.deepStrictEqual(rows, [{ n: 32, u: true }]);
      const keys = [...(await snapshotSchema(db)).objects.keys()];
      assert.ok(keys.includes('extension pgcrypto') && keys.includes('extension uuid-ossp'), keys.join(', '));
      assert.deepStrictEqual(
        keys.filter((key) => /digest|uuid_generate/.test(key)),
        [],
        'extension functions are part of their extension',
      );
    } finally {
      await db.close();
    }
  });

  it('an extension PGlite does not ship is a clear error naming the ones it does', async () => {
    await assert.rejects(openPGlite({ extensions: ['postgis'] }), (e: unknown) => {
      assert.ok(e instanceof Error);
      assert.match(e.message, /^PGlite has no extension "postgis"\. It ships: .*pgcrypto.*\. Use --database-url/);
      return true;
    });
    assert.ok(PGLITE_EXTENSIONS.includes('uuid-ossp'));
  });

  it('a damaged saved data directory is a clear error, not a crash', async () => {
    await assert.rejects(
      openPGlite({ loadDataDir: new Blob([Buffer.from('not a tar archive')]) }),
      /^Error: Cannot start the embedded PostgreSQL \(PGlite\): /,
    );
  });

  it('close is idempotent', async () => {
    const db = await openPGlite();
    await db.close();
    await db.close();
  });
});
