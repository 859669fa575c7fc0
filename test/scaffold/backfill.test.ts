import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { CANNOT_UNDO } from '../../server/src/fixes/cannotUndo';
import { backfillPlan } from '../../server/src/fixes/scaffold/backfill';
import type { ScaffoldPlan } from '../../server/src/fixes/scaffold/plan';
import { ScaffoldError } from '../../server/src/fixes/scaffold/plan';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { ENGINES } from '../support/engines';
import { applyPlanWithRollbacks, tableRows } from './deploySteps';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from './lintPlanSteps';

const HISTORY = `CREATE TABLE accounts (id integer PRIMARY KEY, region text, plan text);
CREATE TABLE events (payload text, kind text);
`;
const SEED =
  `INSERT INTO accounts SELECT g, CASE WHEN g % 3 = 0 THEN 'eu' ELSE 'us' END, NULL FROM generate_series(1, 2345) AS g;` +
  `INSERT INTO events SELECT 'e' || g, NULL FROM generate_series(1, 1500) AS g;`;
const UP = { isMigration: true, tool: 'plain' as const, direction: 'up' as const };
const schema = () => replayMigration(EMPTY_SCHEMA, HISTORY, UP);

function plans(): { keyed: ScaffoldPlan; pages: ScaffoldPlan } {
  return {
    keyed: backfillPlan(
      { kind: 'backfill', table: 'accounts', set: "plan = 'free'", where: "region = 'us'", batchSize: 100 },
      { schema: schema(), pgVersion: 15 },
    ),
    pages: backfillPlan(
      { kind: 'backfill', table: 'events', set: "kind = 'legacy'", batchSize: 200 },
      { schema: schema(), pgVersion: 15 },
    ),
  };
}

/** The pause between batches is part of the plan; the database tests run it without waiting. */
function withoutPause(plan: ScaffoldPlan): ScaffoldPlan {
  return { ...plan, steps: plan.steps.map((s) => ({ ...s, up: s.up.replace(/pg_sleep\([\d.]+\)/, 'pg_sleep(0)') })) };
}

describe('scaffold backfill', () => {
  before(() => loadParser());

  it('is one non-transactional DO statement: keyset batches over the primary key, or ctid pages without one', () => {
    const { keyed, pages } = plans();
    for (const p of [keyed, pages]) {
      assert.strictEqual(p.steps.length, 1);
      assert.strictEqual(p.steps[0].transactional, false);
      assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(p), []);
      assert.match(p.steps[0].up, /COMMIT;[\s\S]*pg_sleep\(0\.1\)/);
      assert.ok(p.steps[0].down.startsWith(`${CANNOT_UNDO} `));
    }
    assert.match(keyed.steps[0].up, /LIMIT 100\b/);
    assert.match(keyed.steps[0].up, /\(region = 'us'\) AND \(plan IS DISTINCT FROM \('free'\)\)/);
    assert.match(keyed.steps[0].summary, /primary-key order/);
    assert.match(pages.steps[0].up, /ctid >= format/);
    assert.match(pages.steps[0].summary, /no primary key known/);
    assert.strictEqual(splitStatements(plans().keyed.steps[0].up).statements.length, 1);
  });

  it('lints clean under Sluice’s own rules', () => {
    const { keyed, pages } = plans();
    for (const p of [keyed, pages]) {
      const linted = lintPlanSteps(p, HISTORY);
      assert.deepStrictEqual(
        linted.flatMap((l) => l.findings),
        [],
      );
      assert.deepStrictEqual(
        linted.flatMap((l) => l.suppressed),
        [],
      );
    }
  });

  it('says what is wrong with a malformed --set, --where or batch size', () => {
    const make = (set: string, where?: string, batchSize?: number) =>
      backfillPlan({ kind: 'backfill', table: 'accounts', set, where, batchSize }, { schema: schema(), pgVersion: 15 });
    assert.throws(
      () => make('plan ='),
      (e: unknown) => e instanceof ScaffoldError && /not valid SQL/.test(e.message),
    );
    assert.throws(() => make("plan = 'x'", 'region ='), /not valid SQL/);
    assert.throws(() => make("nope = 'x'"), /no column nope/);
    assert.throws(() => make("plan = 'x'", undefined, 0), /batch size/);
    const several = make("plan = 'a, b', region = upper(region)").steps[0].up;
    assert.ok(several.includes("SET plan = 'a, b', region = upper(region)"), several);
    assert.ok(several.includes("(plan IS DISTINCT FROM ('a, b') OR region IS DISTINCT FROM (upper(region)))"), several);
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

      it('updates exactly the rows asked for, in batches, and a re-run changes nothing', async function () {
        this.timeout(120_000);
        const { keyed, pages } = plans();
        await applyPlanWithRollbacks(db, withoutPause(keyed), ['accounts']);
        await applyPlanWithRollbacks(db, withoutPause(pages), ['events']);
        const counts = await db.query(
          `SELECT count(*) FILTER (WHERE plan = 'free')::int AS free, count(*) FILTER (WHERE plan IS NULL)::int AS untouched,
                  count(*) FILTER (WHERE region = 'eu' AND plan IS NULL)::int AS eu FROM accounts`,
        );
        assert.deepStrictEqual(counts.rows, [{ free: 2345 - 781, untouched: 781, eu: 781 }]);
        const events = await db.query(
          `SELECT count(*) FILTER (WHERE kind = 'legacy')::int AS n, count(*)::int AS total FROM events`,
        );
        assert.deepStrictEqual(events.rows, [{ n: 1500, total: 1500 }]);
        const before = await tableRows(db, 'accounts');
        await db.exec(withoutPause(keyed).steps[0].up);
        assert.deepStrictEqual(await tableRows(db, 'accounts'), before);
      });

      it('resumes where an interrupted run stopped: rows already done are not rewritten', async function () {
        this.timeout(60_000);
        // A run that stopped after the first rows: those are done, and their row versions must stay as they are.
        await db.exec(`UPDATE accounts SET plan = 'free' WHERE id <= 300 AND region = 'us'`);
        const versions = async () =>
          (await db.query(`SELECT id, xmin::text AS x FROM accounts WHERE id <= 300 ORDER BY id`)).rows;
        const done = await versions();
        await db.exec(withoutPause(plans().keyed).steps[0].up);
        assert.deepStrictEqual(await versions(), done);
        const left = await db.query(
          `SELECT count(*)::int AS n FROM accounts WHERE region = 'us' AND plan IS DISTINCT FROM 'free'`,
        );
        assert.strictEqual(left.rows[0].n, 0);
      });
    });
  }
});
