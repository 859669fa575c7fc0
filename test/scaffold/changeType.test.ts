import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { scaffold } from '../../server/src/fixes/scaffold';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { applyPlanWithRollbacks } from './deploySteps';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from './lintPlanSteps';

const HISTORY = `CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, label text);\n`;
const SEED = `INSERT INTO items SELECT g, g * 7, 'row ' || g FROM generate_series(1, 1200) AS g;`;
const UP = { isMigration: true, tool: 'plain' as const, direction: 'up' as const };
const plan = () =>
  scaffold(
    { kind: 'change-type', table: 'items', column: 'qty', type: 'bigint' },
    { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
  );

describe('scaffold change-type', () => {
  before(() => loadParser());

  it('adds qty_new beside qty, syncs both ways by casts, and lints clean apart from the suppressed drop', () => {
    const p = plan();
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(p), []);
    assert.match(
      p.steps[0].up,
      /ADD COLUMN qty_new bigint;[\s\S]*NEW\.qty_new := NEW\.qty::bigint[\s\S]*NEW\.qty := NEW\.qty_new::int4/,
    );
    const linted = lintPlanSteps(p, HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
    assert.deepStrictEqual(
      linted.filter((l) => l.direction === 'up').flatMap((l) => l.suppressed),
      ['drop-column'],
    );
  });

  it('refuses --using for now, saying why', () => {
    assert.throws(
      () =>
        scaffold(
          { kind: 'change-type', table: 'items', column: 'qty', type: 'text', using: "qty || ''" },
          { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
        ),
      /--using is not supported yet/,
    );
  });

  for (const engine of ENGINES) {
    describe(`on ${engine.name}`, function () {
      // Opening a database (PGlite compiles its wasm) can take seconds on a busy machine: the hooks need room too.
      this.timeout(120_000);
      let db: Database;
      beforeEach(async () => {
        db = await engine.open();
        await db.exec(HISTORY + SEED);
      });
      afterEach(() => db.close());

      it('old (qty integer) and new (qty_new bigint) code both work; downs restore; only bigint remains', async function () {
        this.timeout(120_000);
        const p = plan();
        await applyPlanWithRollbacks(db, p, ['items'], {
          async afterStep(step, index) {
            const last = index === p.steps.length - 1;
            if (!last && p.steps[index + 1].deploy === step.deploy) return;
            if (last) {
              const type = await db.query(
                `SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_name) AS t FROM information_schema.columns WHERE table_name = 'items' AND column_name LIKE 'qty%'`,
              );
              assert.deepStrictEqual(type.rows, [{ t: 'qty_new bigint' }]);
              return;
            }
            await db.exec(`INSERT INTO items (id, qty) VALUES (100001, 5)`);
            await db.exec(`INSERT INTO items (id, qty_new) VALUES (100002, 6000000000 - 5999999990)`);
            const seen = await db.query(
              `SELECT id, qty, qty_new::text AS qty_new FROM items WHERE id > 100000 ORDER BY id`,
            );
            assert.deepStrictEqual(seen.rows, [
              { id: 100001, qty: 5, qty_new: '5' },
              { id: 100002, qty: 10, qty_new: '10' },
            ]);
            const unequal = await db.query(
              `SELECT count(*)::int AS n FROM items WHERE qty::bigint IS DISTINCT FROM qty_new`,
            );
            assert.strictEqual(unequal.rows[0].n, 0);
            await db.exec(`DELETE FROM items WHERE id > 100000`);
          },
        });
        const sum = await db.query(`SELECT sum(qty_new)::text AS s, count(*)::int AS n FROM items`);
        assert.deepStrictEqual(sum.rows, [{ s: String((7 * 1200 * 1201) / 2), n: 1200 }]);
      });
    });
  }
});
