import * as assert from 'assert';
import { Database, DatabaseError } from './database';
import { ENGINES } from '../../../test/support/engines';

for (const engine of ENGINES) {
  describe(`database (${engine.name})`, function () {
    this.timeout(120_000);
    let db: Database;
    before(async () => {
      db = await engine.open();
    });
    after(async () => {
      await db?.close();
    });

    it('reports which engine it is and a plain server version number', async () => {
      assert.strictEqual(db.engine, engine.name);
      assert.match(await db.serverVersion(), /^\d+\.\d+$/);
    });

    it('query binds $1.. parameters and returns rows and the command count', async () => {
      await db.exec('CREATE TABLE q (id int PRIMARY KEY, name text)');
      const inserted = await db.query('INSERT INTO q VALUES ($1, $2), ($3, $4)', [1, 'a', 2, 'b']);
      assert.strictEqual(inserted.rowCount, 2);
      const selected = await db.query('SELECT id, name FROM q WHERE id > $1 ORDER BY id', [0]);
      assert.deepStrictEqual(selected.rows, [
        { id: 1, name: 'a' },
        { id: 2, name: 'b' },
      ]);
      assert.strictEqual(selected.rowCount, 2);
      const ddl = await db.query('CREATE TABLE q2 (x int)');
      assert.strictEqual(ddl.rowCount, null);
      // bigint arrives as a string on both engines, as node-postgres returns it
      assert.deepStrictEqual((await db.query('SELECT count(*) AS n FROM q')).rows, [{ n: '2' }]);
    });

    it('query refuses two statements in one string (extended protocol)', async () => {
      await assert.rejects(db.query('SELECT 1; SELECT 2'), (e: unknown) => {
        assert.ok(e instanceof DatabaseError);
        assert.strictEqual(e.code, '42601');
        return true;
      });
    });

    it('exec runs a multi-statement script as one implicit transaction', async () => {
      await db.exec('CREATE TABLE e (a int); INSERT INTO e VALUES (1); INSERT INTO e VALUES (2)');
      assert.deepStrictEqual((await db.query('SELECT count(*)::int AS n FROM e')).rows, [{ n: 2 }]);
      // the failing last statement takes the earlier ones with it
      await assert.rejects(db.exec('INSERT INTO e VALUES (3); INSERT INTO e VALUES (1/0)'), { code: '22012' });
      assert.deepStrictEqual((await db.query('SELECT count(*)::int AS n FROM e')).rows, [{ n: 2 }]);
    });

    it('exec of a script with CREATE INDEX CONCURRENTLY fails with 25001 and changes nothing', async () => {
      await assert.rejects(
        db.exec('CREATE TABLE cic (a int); CREATE INDEX CONCURRENTLY cic_a ON cic (a)'),
        (e: unknown) => {
          assert.ok(e instanceof DatabaseError);
          assert.strictEqual(e.code, '25001');
          assert.match(e.message, /CREATE INDEX CONCURRENTLY cannot run inside a transaction block/);
          return true;
        },
      );
      assert.deepStrictEqual((await db.query(`SELECT to_regclass('cic') AS t`)).rows, [{ t: null }]);
      // alone, it runs (no implicit transaction around a single statement)
      await db.exec('CREATE TABLE cic (a int)');
      await db.exec('CREATE INDEX CONCURRENTLY cic_a ON cic (a)');
      assert.deepStrictEqual((await db.query(`SELECT to_regclass('cic_a')::text AS i`)).rows, [{ i: 'cic_a' }]);
    });

    it('errors carry the SQLSTATE and the 1-based position in the statement', async () => {
      const sql = 'SELECT nosuch FROM pg_class';
      await assert.rejects(db.query(sql), (e: unknown) => {
        assert.ok(e instanceof DatabaseError);
        assert.strictEqual(e.code, '42703');
        assert.strictEqual(e.position, sql.indexOf('nosuch') + 1);
        assert.match(e.message, /column "nosuch" does not exist/);
        return true;
      });
      await assert.rejects(db.exec('CREATE TABLE p (a int);\nALTER TABLE p ADD COLUMN b nosuchtype'), (e: unknown) => {
        assert.ok(e instanceof DatabaseError);
        assert.strictEqual(e.code, '42704');
        assert.strictEqual(e.position, 'CREATE TABLE p (a int);\nALTER TABLE p ADD COLUMN b '.length + 1);
        return true;
      });
    });

    it('passes NOTICEs to listeners until they unsubscribe', async () => {
      const heard: string[] = [];
      const stop = db.onNotice((message) => heard.push(message));
      await db.exec(`DO $$ BEGIN RAISE NOTICE 'batch % done', 1; END $$`);
      await db.query(`DO $$ BEGIN RAISE WARNING 'careful'; END $$`);
      stop();
      await db.exec(`DO $$ BEGIN RAISE NOTICE 'unheard'; END $$`);
      assert.deepStrictEqual(heard, ['batch 1 done', 'careful']);
    });

    it('copyFrom feeds a COPY ... FROM STDIN its data; a bad row names its data line in `where`', async () => {
      await db.exec('CREATE TABLE c (id int, name text)');
      const sql = 'COPY c (id, name) FROM stdin';
      const stdin = { start: sql.indexOf('stdin'), end: sql.length };
      const loaded = await db.copyFrom(sql, '1\tada\n2\t\\N\n', stdin);
      assert.strictEqual(loaded.rowCount, 2);
      assert.deepStrictEqual((await db.query('SELECT id, name FROM c ORDER BY id')).rows, [
        { id: 1, name: 'ada' },
        { id: 2, name: null },
      ]);
      await assert.rejects(db.copyFrom(sql, '3\tgrace\nfour\tlinus\n', stdin), (e: unknown) => {
        assert.ok(e instanceof DatabaseError);
        assert.strictEqual(e.code, '22P02');
        assert.match(e.where ?? '', /^COPY c, line 2, column id: "four"/);
        return true;
      });
      assert.deepStrictEqual((await db.query('SELECT count(*)::int AS n FROM c')).rows, [{ n: 2 }]);
    });

    it('keeps working after an error', async () => {
      await assert.rejects(db.query('SELECT 1/0'), { code: '22012' });
      assert.deepStrictEqual((await db.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
    });
  });
}
