import * as assert from 'assert';
import { ENGINES } from '../../../test/support/engines';
import { batchedUpdateSql } from '../fixes/scaffold/backfill';
import { loadParser } from '../syntax/parse';
import { snapshotSchema, tableChecksums } from './catalog';
import { Database } from './database';
import { invariantsOf } from './reconcile';
import { planStatements } from './statements';
import { MigrationUnderTest, verifyRollback, VerifyResult } from './verifyRollback';

const SETUP = `
  CREATE TABLE charges (id int PRIMARY KEY, amount_cents int NOT NULL, note text DEFAULT 'none');
  INSERT INTO charges SELECT g, g * 10, 'n' FROM generate_series(1, 300) g;
  CREATE TABLE audit_log (id serial PRIMARY KEY, what text);
  INSERT INTO audit_log (what) VALUES ('created');
  CREATE TABLE customers (id int PRIMARY KEY, name text);
  INSERT INTO customers VALUES (1, 'ada'), (2, 'grace');`;

function migration(up: string, down: string | undefined, file = '0002_change.up.sql'): MigrationUnderTest {
  const tool = { tool: 'golang-migrate' as const, direction: 'up' as const };
  return {
    up: { file, text: up, statements: planStatements(up, tool) },
    down:
      down === undefined
        ? { missing: `${file} has no rollback` }
        : {
            file: file.replace('.up.', '.down.'),
            text: down,
            statements: planStatements(down, { ...tool, direction: 'down' }),
          },
    invariants: invariantsOf(up),
  };
}

/** Everything a leak would change: the schema and every row. */
async function state(db: Database): Promise<unknown> {
  return { schema: [...(await snapshotSchema(db)).objects], rows: [...(await tableChecksums(db))] };
}

for (const engine of ENGINES) {
  describe(`verify-rollback (${engine.name})`, function () {
    this.timeout(300_000);
    // PGlite is the scratch database (runs for real); the server stands for a database the user named.
    const scratch = engine.name === 'pglite';
    let db: Database | undefined;

    before(() => loadParser());
    afterEach(async () => {
      await db?.close();
      db = undefined;
    });

    async function verify(...migrations: MigrationUnderTest[]): Promise<VerifyResult> {
      db = await engine.open();
      await db.exec(SETUP);
      return verifyRollback({ db, scratch, migrations, statementTimeoutMs: 30_000 });
    }

    it('passes a down that undoes its up exactly: no differences, every step ok', async () => {
      const result = await verify(
        migration(
          'CREATE INDEX charges_amount_idx ON charges (amount_cents);\n' +
            "ALTER TABLE charges ADD COLUMN currency varchar(3) NOT NULL DEFAULT 'EUR';\n" +
            "CREATE TYPE charge_state AS ENUM ('open', 'paid');\n",
          'DROP TYPE charge_state;\nALTER TABLE charges DROP COLUMN currency;\nDROP INDEX charges_amount_idx;\n',
        ),
      );
      assert.deepStrictEqual(result.differences, []);
      assert.deepStrictEqual(
        result.steps.map((s) => [s.name, s.status, s.statements, s.file]),
        [
          ['up', 'ok', 3, '0002_change.up.sql'],
          ['down', 'ok', 3, '0002_change.down.sql'],
          ['up-again', 'ok', 3, '0002_change.up.sql'],
        ],
      );
      assert.strictEqual(result.ok, true);
    });

    it('a COPY ... FROM STDIN the tool cannot feed fails the up step with why, without waiting for data', async () => {
      const result = await verify(
        migration('CREATE TABLE imported (id int);\nCOPY imported FROM stdin;\n1\n\\.\n', 'DROP TABLE imported;\n'),
      );
      assert.deepStrictEqual(
        result.steps.map((s) => [s.name, s.status]),
        [
          ['up', 'error'],
          ['down', 'skipped'],
          ['up-again', 'skipped'],
        ],
      );
      assert.match(result.steps[0].error?.message ?? '', /^golang-migrate .* has no data to send for COPY/);
      assert.deepStrictEqual(result.steps[0].error?.range, {
        start: { line: 2, column: 20 },
        end: { line: 2, column: 25 },
      });
      assert.strictEqual(result.ok, false);
    });

    it('lists the index a down forgets to drop', async () => {
      const result = await verify(
        migration(
          'CREATE INDEX charges_amount_idx ON charges (amount_cents);\nALTER TABLE charges ADD COLUMN paid boolean;\n',
          'ALTER TABLE charges DROP COLUMN paid;\n',
        ),
      );
      assert.strictEqual(result.ok, false);
      assert.deepStrictEqual(result.differences, [
        {
          migration: '0002_change.up.sql',
          object: 'index public.charges_amount_idx',
          before: null,
          after: 'CREATE INDEX charges_amount_idx ON public.charges USING btree (amount_cents)',
        },
      ]);
      // The index is still there, so applying the up again fails on it, at its statement.
      const again = result.steps.find((s) => s.name === 'up-again');
      assert.strictEqual(again?.status, 'error');
      assert.strictEqual(again?.error?.code, '42P07');
      assert.deepStrictEqual(again?.error?.range?.start, { line: 1, column: 1 });
    });

    it('lists a column the down restores with the wrong type and default', async () => {
      const result = await verify(
        migration(
          'ALTER TABLE charges DROP COLUMN note;\n',
          "ALTER TABLE charges ADD COLUMN note varchar(20) DEFAULT 'n/a';\n",
        ),
      );
      assert.strictEqual(result.ok, false);
      const column = result.differences.find((d) => d.object === 'public.charges.note');
      assert.deepStrictEqual(column, {
        migration: '0002_change.up.sql',
        object: 'public.charges.note',
        before: "text default 'none'::text",
        after: "character varying(20) default 'n/a'::character varying",
      });
      assert.ok(result.steps.every((s) => s.status === 'ok'));
    });

    it('fails a migration without a down script, saying so, and leaves the up applied', async () => {
      const result = await verify(migration('CREATE TABLE refunds (id int);\n', undefined));
      assert.strictEqual(result.ok, false);
      assert.deepStrictEqual(
        result.steps.map((s) => [s.name, s.status]),
        [
          ['up', 'ok'],
          ['down', 'error'],
          ['up-again', 'skipped'],
        ],
      );
      assert.match(result.steps[1].error?.message ?? '', /has no rollback/);
      assert.deepStrictEqual(result.differences, []);
    });

    it('fails up → down → up when the down leaves a table behind', async () => {
      const result = await verify(
        migration(
          'CREATE TABLE refunds (id int PRIMARY KEY);\nCREATE INDEX refunds_id ON refunds (id);\n',
          'DROP INDEX refunds_id;\n',
        ),
      );
      assert.strictEqual(result.ok, false);
      assert.ok(result.differences.some((d) => d.object === 'public.refunds' && d.before === null));
      const again = result.steps[2];
      assert.strictEqual(again.status, 'error');
      assert.match(again.error?.message ?? '', /relation "refunds" already exists/);
    });

    it('reports a reconcile invariant the up changes, with its value at each checkpoint', async () => {
      const result = await verify(
        migration(
          '-- sluice-reconcile: SELECT sum(amount_cents) FROM charges\n' +
            '-- sluice-reconcile: SELECT count(*) FROM customers;\n' +
            'UPDATE charges SET amount_cents = amount_cents + 1 WHERE id <= 10;\n',
          'UPDATE charges SET amount_cents = amount_cents - 1 WHERE id <= 10;\n',
        ),
      );
      assert.strictEqual(result.ok, false);
      assert.deepStrictEqual(result.differences, []);
      const [sum, count] = result.reconciliation[0].invariants;
      assert.deepStrictEqual(
        { ...sum, range: sum.range.start },
        {
          query: 'SELECT sum(amount_cents) FROM charges',
          range: { line: 1, column: 1 },
          before: '451500',
          afterUp: '451510',
          afterDown: '451500',
          ok: false,
        },
      );
      assert.deepStrictEqual([count.before, count.afterUp, count.afterDown, count.ok], ['2', '2', '2', true]);
    });

    it('counts a table named inside a function body as touched by the up', async () => {
      const result = await verify(
        migration(
          'CREATE FUNCTION log_change() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN\n' +
            "  INSERT INTO audit_log (what) VALUES ('charge ' || NEW.id); RETURN NEW; END $f$;\n" +
            'CREATE TRIGGER charges_log AFTER UPDATE ON charges FOR EACH ROW EXECUTE FUNCTION log_change();\n' +
            "UPDATE charges SET note = 'checked' WHERE id = 7;\n",
          'DROP TRIGGER charges_log ON charges;\nDROP FUNCTION log_change();\n',
        ),
      );
      // audit_log changed, but the up names it; only customers is expected to stay as it was.
      assert.deepStrictEqual(result.reconciliation[0].untouchedTables, { checked: 1, changed: [] });
      // The down drops the trigger but not the row it wrote: the row count differs from before the up.
      assert.deepStrictEqual(result.differences, [
        { migration: '0002_change.up.sql', object: 'rows public.audit_log', before: 1, after: 2 },
      ]);
    });

    it('reports a table the up never names whose rows and checksum change behind its back', async () => {
      db = await engine.open();
      await db.exec(SETUP);
      await db.exec(
        'CREATE FUNCTION record_change() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN\n' +
          "  INSERT INTO audit_log (what) VALUES ('charge ' || NEW.id); RETURN NEW; END $f$;\n",
      );
      const result = await verifyRollback({
        db,
        scratch,
        statementTimeoutMs: 30_000,
        migrations: [
          migration(
            'CREATE TRIGGER charges_log AFTER UPDATE ON charges FOR EACH ROW EXECUTE FUNCTION record_change();\n' +
              "UPDATE charges SET note = 'checked' WHERE id = 7;\n",
            'DROP TRIGGER charges_log ON charges;\n',
          ),
        ],
      });
      assert.strictEqual(result.ok, false);
      const { checked, changed } = result.reconciliation[0].untouchedTables;
      assert.strictEqual(checked, 2); // audit_log and customers
      assert.deepStrictEqual(
        changed.map((c) => [c.table, c.before.rows, c.afterUp.rows, c.before.checksum !== c.afterUp.checksum]),
        [['public.audit_log', 1, 2, true]],
      );
    });

    it('reports the batches a DO block announces with sluice-batch NOTICEs (also inside the transaction)', async () => {
      const loop =
        'DO $$ DECLARE n bigint; BEGIN\n' +
        '  FOR i IN 0..2 LOOP\n' +
        "    UPDATE charges SET note = 'b' WHERE id % 3 = i;\n" +
        '    GET DIAGNOSTICS n = ROW_COUNT;\n' +
        "    RAISE NOTICE 'sluice-batch rows=% ms=%', n, 2.5;\n" +
        "    RAISE NOTICE 'something else';\n" +
        '  END LOOP;\n' +
        'END $$;\n';
      const result = await verify(migration('CREATE TABLE t (id int);\n' + loop, 'DROP TABLE t;\n'));
      assert.deepStrictEqual(result.steps[0].batches, [
        { statement: 2, rows: 100, durationMs: 2.5 },
        { statement: 2, rows: 100, durationMs: 2.5 },
        { statement: 2, rows: 100, durationMs: 2.5 },
      ]);
      assert.strictEqual(result.steps[1].batches, undefined);
    });

    const backfill = batchedUpdateSql({
      table: { name: 'charges' },
      assignments: [{ column: 'note', expression: "'backfilled'" }],
      batchSize: 120,
      key: ['id'],
      pauseSeconds: 0,
    });

    if (scratch) {
      it('runs a batched backfill for real on the scratch database and reports each batch', async () => {
        const result = await verify(migration(backfill, "UPDATE charges SET note = 'n';\n"));
        assert.deepStrictEqual(result.differences, []);
        const up = result.steps[0];
        assert.strictEqual(up.status, 'ok');
        assert.deepStrictEqual(
          up.batches?.map((b) => [b.statement, b.rows]),
          [
            [1, 120],
            [1, 120],
            [1, 60],
          ],
        );
        assert.ok(up.batches?.every((b) => b.durationMs >= 0 && b.durationMs < 60_000));
        assert.strictEqual(result.steps[2].batches?.length, 3);
        assert.strictEqual(result.ok, true);
      });
    } else {
      it('never runs a backfill that commits on a named database: not-run with the reason, nothing changed', async () => {
        db = await engine.open();
        await db.exec(SETUP);
        const before = await state(db);
        const result = await verifyRollback({
          db,
          scratch,
          statementTimeoutMs: 30_000,
          migrations: [
            migration(backfill, "UPDATE charges SET note = 'n';\n"),
            migration('CREATE TABLE later (id int);\n', 'DROP TABLE later;\n', '0003_later.up.sql'),
          ],
        });
        assert.strictEqual(result.ok, false);
        assert.deepStrictEqual(
          result.steps.map((s) => [s.migration, s.name, s.status]),
          [
            ['0002_change.up.sql', 'up', 'not-run'],
            ['0002_change.up.sql', 'down', 'not-run'],
            ['0002_change.up.sql', 'up-again', 'not-run'],
            ['0003_later.up.sql', 'up', 'skipped'],
            ['0003_later.up.sql', 'down', 'skipped'],
            ['0003_later.up.sql', 'up-again', 'skipped'],
          ],
        );
        assert.match(
          result.steps[0].reason ?? '',
          /0002_change\.up\.sql:1:1: a DO block that COMMITs cannot run inside a transaction/,
        );
        assert.deepStrictEqual(await state(db), before);
      });

      it('leaves a named database exactly as it was: schema and every row, also after a failing down', async () => {
        db = await engine.open();
        await db.exec(SETUP);
        const before = await state(db);
        const result = await verifyRollback({
          db,
          scratch,
          statementTimeoutMs: 30_000,
          migrations: [
            migration(
              '-- sluice-reconcile: SELECT nope FROM charges\n' +
                "ALTER TABLE charges ADD COLUMN paid boolean DEFAULT false;\nINSERT INTO customers VALUES (3, 'linus');\n",
              'ALTER TABLE charges DROP COLUMN paid;\nDELETE FROM customers WHERE id = 3;\n',
            ),
            migration('CREATE TABLE later (id int);\n', 'DROP TABLE nothing_here;\n', '0003_later.up.sql'),
          ],
        });
        assert.deepStrictEqual(
          result.steps.map((s) => s.status),
          ['ok', 'ok', 'ok', 'ok', 'error', 'skipped'],
        );
        // The invariant's own error is reported without aborting the transaction.
        assert.match(result.reconciliation[0].invariants[0].before, /^error: column "nope" does not exist/);
        assert.deepStrictEqual(await state(db), before);
      });
    }
  });
}
