import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { ScaffoldError } from '../../server/src/fixes/scaffold/plan';
import { renameColumnPlan } from '../../server/src/fixes/scaffold/renameColumn';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { applyPlanWithRollbacks, tableRows } from './deploySteps';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from './lintPlanSteps';

const HISTORY = `CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  total integer NOT NULL DEFAULT 0,
  note text,
  CONSTRAINT orders_total_key UNIQUE (total)
);
CREATE INDEX orders_note_total_idx ON orders (note, total);
`;
const SEED = `INSERT INTO orders (total, note) SELECT g, 'row ' || g FROM generate_series(1, 2500) AS g;`;
const UP = { isMigration: true, tool: 'plain' as const, direction: 'up' as const };

function plan() {
  return renameColumnPlan(
    { kind: 'rename-column', table: 'orders', column: 'total', to: 'total_cents' },
    { schema: replayMigration(EMPTY_SCHEMA, HISTORY, UP), pgVersion: 15 },
  );
}

describe('scaffold rename-column', () => {
  before(() => loadParser());

  it('expands, migrates and contracts in three deployments, non-transactional steps holding one statement', () => {
    const p = plan();
    assert.deepStrictEqual(
      p.steps.map((s) => `${s.deploy} ${s.phase} ${s.name}`),
      [
        '1 expand add_orders_total_cents',
        '1 migrate copy_orders_total_to_total_cents',
        '2 migrate check_orders_total_cents_not_null',
        '2 migrate set_orders_total_cents_not_null',
        '2 migrate index_orders_total_key_new',
        '2 migrate index_orders_note_total_idx_new',
        '3 contract drop_orders_total',
      ],
    );
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(p), []);
  });

  it('lints clean under Sluice’s own rules, apart from the suppressed drop and the contract rollback', () => {
    const linted = lintPlanSteps(plan(), HISTORY);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings.map((f) => `${l.step}.${l.direction}: ${f}`)),
      [],
    );
    const suppressed = linted
      .filter((l) => l.suppressed.length > 0)
      .map((l) => `${l.step}.${l.direction}: ${l.suppressed.sort().join(',')}`);
    assert.deepStrictEqual(suppressed, [
      'drop_orders_total.up: drop-column',
      'drop_orders_total.down: lock-held-during-slow-operation,require-concurrent-index,set-not-null,unbatched-backfill,unique-without-index',
    ]);
  });

  it('refuses what it cannot do safely, saying why', () => {
    const schema = replayMigration(EMPTY_SCHEMA, HISTORY, UP);
    const request = (column: string, to: string) => ({ kind: 'rename-column' as const, table: 'orders', column, to });
    assert.throws(
      () => renameColumnPlan(request('total', 'note'), { schema, pgVersion: 15 }),
      /already has a column note/,
    );
    assert.throws(() => renameColumnPlan(request('id', 'order_id'), { schema, pgVersion: 15 }), /primary key/);
    assert.throws(() => renameColumnPlan(request('missing', 'x'), { schema, pgVersion: 15 }), /no column missing/);
    assert.throws(
      () => renameColumnPlan(request('total', 'x'), { pgVersion: 15 }),
      (e: unknown) => e instanceof ScaffoldError && /type, default and nullability/.test(e.message),
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

      it('old and new code work and see each other’s writes at every deployment; nothing is lost; downs restore', async function () {
        this.timeout(120_000);
        const p = plan();
        const total = async () =>
          (await db.query('SELECT sum(total_cents)::text AS s, count(*)::int AS n FROM orders')).rows[0];
        await applyPlanWithRollbacks(db, p, ['orders'], {
          async afterStep(step, index) {
            const last = index === p.steps.length - 1;
            const deployDone = last || p.steps[index + 1].deploy !== step.deploy;
            if (!deployDone) return;
            if (!last) {
              // Previous version: reads and writes total. Next version: total_cents.
              await db.exec(`INSERT INTO orders (total, note) VALUES (900001, 'old@${step.deploy}')`);
              await db.exec(`INSERT INTO orders (total_cents, note) VALUES (900002, 'new@${step.deploy}')`);
              await db.exec(`UPDATE orders SET total = total + 10 WHERE note = 'new@${step.deploy}'`);
              await db.exec(`UPDATE orders SET total_cents = total_cents + 20 WHERE note = 'old@${step.deploy}'`);
              const seen = await db.query(
                `SELECT note, total, total_cents FROM orders WHERE note LIKE '%@${step.deploy}' ORDER BY note`,
              );
              assert.deepStrictEqual(seen.rows, [
                { note: `new@${step.deploy}`, total: 900012, total_cents: 900012 },
                { note: `old@${step.deploy}`, total: 900021, total_cents: 900021 },
              ]);
              const unequal = await db.query(
                'SELECT count(*)::int AS n FROM orders WHERE total IS DISTINCT FROM total_cents',
              );
              assert.strictEqual(unequal.rows[0].n, 0, 'every row has the same value in both columns');
              await db.exec(`DELETE FROM orders WHERE note LIKE '%@${step.deploy}'`);
            } else {
              const columns = await db.query(
                `SELECT column_name, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'orders' AND column_name LIKE 'total%'`,
              );
              assert.deepStrictEqual(columns.rows, [
                { column_name: 'total_cents', is_nullable: 'NO', column_default: '0' },
              ]);
              await db.exec(`INSERT INTO orders (note) VALUES ('after contract')`);
              await assert.rejects(db.exec(`INSERT INTO orders (total, note) VALUES (1, 'old shape')`), /total/);
              await assert.rejects(
                db.exec(`INSERT INTO orders (total_cents, note) VALUES (5, 'duplicate')`),
                /unique|duplicate/,
              );
              await db.exec(`DELETE FROM orders WHERE note = 'after contract'`);
            }
          },
        });
        assert.deepStrictEqual(await total(), { s: String((2500 * 2501) / 2), n: 2500 });
        const rows = await tableRows(db, 'orders');
        assert.ok(rows.every((r) => /"total_cents": (\d+)/.exec(r)?.[1] === /"note": "row (\d+)"/.exec(r)?.[1]));
      });
    });
  }
});
