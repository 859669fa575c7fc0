import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { scaffold } from '../../server/src/fixes/scaffold';
import { ScaffoldError, ScaffoldPlan, ScaffoldStep } from '../../server/src/fixes/scaffold/plan';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { ENGINES } from '../support/engines';
import { applyPlanWithRollbacks } from './deploySteps';
import { lintPlanSteps, nonTransactionalStepsWithoutOneStatement } from './lintPlanSteps';

const HISTORY = `CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL, label text);\n`;
const SEED = `INSERT INTO items SELECT g, g * 7, 'row ' || g FROM generate_series(1, 1200) AS g;`;
const UP = { isMigration: true, tool: 'plain' as const, direction: 'up' as const };
// --using: numbers kept as text (' 3 ', '' and '5'), and a nickname that falls back to a second column.
const CODES = `CREATE TABLE codes (id integer PRIMARY KEY, code text);\nCREATE INDEX codes_code_idx ON codes (code);\n`;
const CODES_SEED = `INSERT INTO codes SELECT g, CASE g % 3 WHEN 0 THEN ' ' || g || ' ' WHEN 1 THEN '' ELSE g::text END FROM generate_series(1, 1200) AS g;`;
const CODES_SEEDED = `CASE id % 3 WHEN 0 THEN ' ' || id || ' ' WHEN 1 THEN '' ELSE id::text END`;
const PEOPLE = `CREATE TABLE people (id integer PRIMARY KEY, nickname text, name text NOT NULL);\n`;
const PEOPLE_SEED = `INSERT INTO people SELECT g, CASE WHEN g % 2 = 0 THEN 'nick ' || g END, 'name ' || g FROM generate_series(1, 1200) AS g;`;
// Defaults of types the new type has no implicit cast from, and seconds since 1970 kept as a number.
const DEFAULTS =
  `CREATE TYPE order_state AS ENUM ('new', 'paid');\n` +
  `CREATE TABLE orders (id integer PRIMARY KEY, qty text DEFAULT '5', attrs text DEFAULT '{}', ` +
  `state varchar(20) DEFAULT 'new', created_epoch bigint DEFAULT 0);\n`;
const DEFAULTS_SEED = `INSERT INTO orders SELECT g, g::text, '{"g": ' || g || '}', 'paid', 1700000000 + g FROM generate_series(1, 1200) AS g;`;
const defaultsPlan = (column: string, type: string, using: string | undefined, withSources: boolean) =>
  scaffold(
    { kind: 'change-type', table: 'orders', column, type, using },
    {
      schema: replayMigration(EMPTY_SCHEMA, DEFAULTS, UP),
      sources: withSources ? { texts: [DEFAULTS], tool: 'plain' } : undefined,
      pgVersion: 15,
    },
  );
const DEFAULT_CASES: [string, string, string | undefined, string][] = [
  ['qty', 'integer', undefined, '5'],
  ['attrs', 'jsonb', undefined, "'{}'::jsonb"],
  ['state', 'order_state', 'state::order_state', "'new'::order_state"],
  ['created_epoch', 'timestamptz', 'to_timestamp(created_epoch)', 'to_timestamp((0)::double precision)'],
];
const usingPlan = (using: string) =>
  scaffold(
    { kind: 'change-type', table: 'codes', column: 'code', type: 'integer', using },
    { schema: replayMigration(EMPTY_SCHEMA, CODES, UP), pgVersion: 15 },
  );
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

  it('--using: the backfill computes EXPR, the trigger computes it from NEW, the cast back is explained', () => {
    const p = usingPlan("nullif(trim(code), /* blank */ '')::integer -- numbers only");
    assert.deepStrictEqual(nonTransactionalStepsWithoutOneStatement(p), []);
    // Every column reference (found by the parser) becomes NEW.<col>; the comments go; no second cast to integer.
    assert.match(p.steps[0].up, /NEW\.code_new := nullif\(trim\(NEW\.code\), ''\)::integer;\n/);
    assert.match(p.steps[0].up, /NEW\.code := NEW\.code_new::text;/);
    assert.match(
      p.steps[0].up,
      /-- code follows code_new by the cast back NEW\.code_new::text[^\n]*\n-- If that cast fails for some values of code_new/,
    );
    // An UPDATE that fills code_new with what EXPR gives leaves code alone (the backfill keeps ' 3 ' and '').
    assert.match(
      p.steps[0].up,
      /IF NEW\.code_new IS DISTINCT FROM \(nullif\(trim\(NEW\.code\), ''\)::integer\) THEN\n\s+NEW\.code := NEW\.code_new::text;\n\s+END IF;/,
    );
    assert.match(p.steps[1].up, /SET code_new = nullif\(trim\(code\), ''\)::integer\n/);
    assert.match(p.title, /using nullif\(trim\(code\), ''\)::integer \(as code_new\)$/);
    assert.match(
      p.steps[p.steps.length - 1].down,
      /-- sluice: cannot undo: code is rebuilt from code_new by the cast back/,
    );
    const linted = lintPlanSteps(p, CODES);
    assert.deepStrictEqual(
      linted.flatMap((l) => l.findings),
      [],
    );
  });

  it('--using: qualified and quoted references to other columns of the table, and a cast to the new type added', () => {
    const p = scaffold(
      {
        kind: 'change-type',
        table: 'public.people',
        column: 'nickname',
        type: 'varchar(40)',
        using: 'coalesce(nickname, people.name, public.people."Handle")',
      },
      { schema: replayMigration(EMPTY_SCHEMA, PEOPLE + 'ALTER TABLE people ADD "Handle" text;', UP), pgVersion: 15 },
    );
    assert.match(
      p.steps[0].up,
      /NEW\.nickname_new := \(coalesce\(NEW\.nickname, NEW\.name, NEW\."Handle"\)\)::varchar\(40\);/,
    );
    assert.match(p.steps[1].up, /SET nickname_new = \(coalesce\(nickname, name, "Handle"\)\)::varchar\(40\)/);
  });

  const refused: [string, Partial<{ type: string; using: string }>, RegExp][] = [
    [
      'a column the table does not have',
      { using: "nullif(trim(cod), '')::integer" },
      /--using expression .* reads column cod, which table codes does not have in the migrations so far \(its columns: id, code\)/,
    ],
    ['the new column itself', { using: 'code_new + 1' }, /reads column code_new, which table codes does not have/],
    [
      'a column of another table',
      { using: 'other.code::integer' },
      /reads other\.code, which is not a column of codes/,
    ],
    [
      'a subquery',
      { using: '(SELECT max(id) FROM codes)' },
      /holds a subquery: the sync trigger computes the new column from the one row/,
    ],
    ['EXISTS', { using: 'CASE WHEN EXISTS (SELECT 1) THEN 1 END' }, /holds a subquery/],
    ['an aggregate', { using: 'max(length(code))' }, /calls the aggregate max\(\)/],
    ['count(*)', { using: 'count(*)' }, /calls the aggregate count\(\)/],
    ['a window function', { using: 'row_number() OVER (ORDER BY id)' }, /calls row_number\(\) as a window function/],
    ['a whole row', { using: 'length(codes.*::text)' }, /reads a whole row/],
    [
      'text that does not parse',
      { using: 'trim(code' },
      /--using expression "trim\(code" is not valid SQL \(syntax error/,
    ],
    ['a list', { using: 'code, id' }, /is not a single expression/],
    ['an alias', { using: 'id AS code' }, /is not a single expression/],
    ['a second statement', { using: '1) FROM codes; DROP TABLE codes; SELECT (1' }, /is not valid SQL/],
    ['an empty expression', { using: '  ' }, /--using expression is empty/],
    ['a type that does not parse', { type: 'not a type' }, /The type "not a type" is not a type name \(syntax error/],
    [
      'a type and a statement',
      { type: 'int; DROP TABLE x' },
      /The type "int; DROP TABLE x" is not a type name \(it holds more than one statement\)/,
    ],
    [
      'a type and more',
      { type: 'int COLLATE "C"' },
      /The type "int COLLATE \\"C\\"" is not a type name \(it holds more than a type\)/,
    ],
    ['an expression as the type', { type: 'int + 1' }, /is not a type name/],
  ];
  const KINDS = `CREATE TABLE kinds (id integer PRIMARY KEY, n integer, flag boolean, day date, ref uuid, at timestamptz);\n`;
  const noCast: [string, { column: string; type: string; using?: string }, RegExp][] = [
    [
      'a type with no cast from the old one, without --using',
      { column: 'day', type: 'integer' },
      /PostgreSQL has no cast from date to integer, so day::integer cannot fill day_new: give --using/,
    ],
    [
      'seconds since 1970 without --using, naming the usual expression',
      { column: 'n', type: 'timestamptz' },
      /no cast from int4 to timestamptz.*--using 'to_timestamp\(n\)'/,
    ],
    [
      'a type with no cast back (--using gives the forward way only)',
      { column: 'n', type: 'uuid', using: 'md5(n::text)::uuid' },
      /no cast from uuid back to int4: .*the sync trigger must compute n from every n_new .*Write the expand step by hand with an inverse/,
    ],
    [
      'a forward cast with no cast back (boolean → bigint has none)',
      { column: 'flag', type: 'date', using: 'CASE WHEN flag THEN current_date END' },
      /no cast from date back to bool/,
    ],
  ];
  for (const [what, change, message] of noCast)
    it(`refuses ${what}`, () => {
      assert.throws(
        () =>
          scaffold(
            { kind: 'change-type', table: 'kinds', ...change },
            { schema: replayMigration(EMPTY_SCHEMA, KINDS, UP), pgVersion: 15 },
          ),
        (e: Error) => e instanceof ScaffoldError && message.test(e.message),
      );
    });

  it('seconds since 1970 ↔ timestamptz: the sync trigger and the rollback use the inverse, not a missing cast', () => {
    const schema = replayMigration(EMPTY_SCHEMA, KINDS, UP);
    const toTime = scaffold(
      { kind: 'change-type', table: 'kinds', column: 'n', type: 'timestamptz', using: 'to_timestamp(n)' },
      { schema, pgVersion: 15 },
    );
    assert.match(toTime.steps[0].up, /NEW\.n := extract\(epoch FROM NEW\.n_new\)::int4;/);
    assert.match(toTime.steps[toTime.steps.length - 1].down, /SET n = extract\(epoch FROM n_new\)::int4;/);
    const toNumber = scaffold(
      { kind: 'change-type', table: 'kinds', column: 'at', type: 'bigint', using: 'extract(epoch FROM at)::bigint' },
      { schema, pgVersion: 15 },
    );
    assert.match(toNumber.steps[0].up, /NEW\.at := to_timestamp\(NEW\.at_new\)::timestamptz;/);
  });

  it('the default moves through the cast (or --using) as written, and its rollback sets it back exactly', () => {
    const p = defaultsPlan('qty', 'integer', undefined, true);
    const contract = p.steps[p.steps.length - 1];
    assert.match(contract.up, /ALTER TABLE orders ALTER COLUMN qty_new SET DEFAULT \('5'\)::integer;\n/);
    assert.match(contract.down, /ALTER TABLE orders ALTER COLUMN qty SET DEFAULT '5';\n/);
    const epoch = defaultsPlan('created_epoch', 'timestamptz', 'to_timestamp(created_epoch)', true);
    assert.match(epoch.steps[epoch.steps.length - 1].up, /SET DEFAULT \(to_timestamp\(\(0\)\)\)::timestamptz;\n/);
    // Without the migrations' text, the catalog's expression is copied through the same cast at deploy time.
    const unknown = defaultsPlan('qty', 'integer', undefined, false).steps[p.steps.length - 1];
    assert.match(unknown.up, /SET DEFAULT \(%2\$s\)::integer', 'qty_new', sluice_default\);/);
    assert.match(unknown.down, /-- sluice: cannot undo: the default of qty could not be read from the migrations/);
  });

  for (const [what, change, message] of refused)
    it(`refuses ${what}, saying what to do`, () => {
      assert.throws(
        () =>
          scaffold(
            { kind: 'change-type', table: 'codes', column: 'code', type: 'integer', ...change },
            { schema: replayMigration(EMPTY_SCHEMA, CODES, UP), pgVersion: 15 },
          ),
        (e: Error) => e instanceof ScaffoldError && message.test(e.message),
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

      /** After each deployment but the last, `check` runs; after the last, the new column's type is compared. */
      const atDeployments = (
        p: ScaffoldPlan,
        table: string,
        column: string,
        type: string,
        check: () => Promise<void>,
      ) => ({
        async afterStep(step: ScaffoldStep, index: number) {
          const last = index === p.steps.length - 1;
          if (!last && p.steps[index + 1].deploy === step.deploy) return;
          if (!last) return check();
          const columns = await db.query(
            `SELECT string_agg(column_name || ' ' || data_type, ',' ORDER BY column_name) AS t FROM information_schema.columns WHERE table_name = '${table}' AND column_name LIKE '${column}%'`,
          );
          assert.deepStrictEqual(columns.rows, [{ t: `${column}_new ${type}` }]);
        },
      });

      it('--using: numbers kept as text become integer; old values stay as written; old and new code both work', async function () {
        this.timeout(120_000);
        const p = usingPlan("nullif(trim(code), '')::integer");
        await db.exec(CODES + CODES_SEED);
        await applyPlanWithRollbacks(
          db,
          p,
          ['codes'],
          atDeployments(p, 'codes', 'code', 'integer', async () => {
            // The backfill filled code_new only: without the trigger's check the cast back would turn ' 3 ' into '3'.
            const rewritten = await db.query(
              `SELECT count(*)::int AS n FROM codes WHERE code IS DISTINCT FROM ${CODES_SEEDED}`,
            );
            assert.strictEqual(rewritten.rows[0].n, 0);
            await db.exec(`INSERT INTO codes (id, code) VALUES (100001, ' 17 '), (100003, '8')`); // old code
            await db.exec(`INSERT INTO codes (id, code_new) VALUES (100002, 42)`); // new code
            await db.exec(`UPDATE codes SET code = '' WHERE id = 100003`); // old code
            await db.exec(`UPDATE codes SET code_new = 5 WHERE id = 100001`); // new code
            const seen = await db.query(`SELECT id, code, code_new FROM codes WHERE id > 100000 ORDER BY id`);
            assert.deepStrictEqual(seen.rows, [
              { id: 100001, code: '5', code_new: 5 },
              { id: 100002, code: '42', code_new: 42 },
              { id: 100003, code: '', code_new: null },
            ]);
            const unequal = await db.query(
              `SELECT count(*)::int AS n FROM codes WHERE code_new IS DISTINCT FROM nullif(trim(code), '')::integer`,
            );
            assert.strictEqual(unequal.rows[0].n, 0);
            await db.exec(`DELETE FROM codes WHERE id > 100000`);
          }),
        );
        const sum = await db.query(
          `SELECT sum(code_new)::int AS s, count(*) FILTER (WHERE code_new IS NULL)::int AS blank FROM codes`,
        );
        const expected = Array.from({ length: 1200 }, (_, i) => i + 1).filter((g) => g % 3 !== 1);
        assert.deepStrictEqual(sum.rows, [{ s: expected.reduce((a, b) => a + b, 0), blank: 400 }]);
      });

      // (Without the migrations' text the down brings the default back through the cast back: said, not exact.)
      for (const [column, type, using, expected] of DEFAULT_CASES)
        for (const withSources of [true])
          it(`a default moves to ${column}_new ${type}, and back exactly`, async function () {
            this.timeout(120_000);
            await db.exec(`SET TimeZone = 'UTC';\n` + DEFAULTS + DEFAULTS_SEED);
            const p = defaultsPlan(column, type, using, withSources);
            await applyPlanWithRollbacks(db, p, ['orders'], {
              async afterStep(step, index) {
                if (index !== p.steps.length - 1) return;
                const found = await db.query(
                  `SELECT column_default AS d FROM information_schema.columns WHERE table_name = 'orders' AND column_name = '${column}_new'`,
                );
                assert.deepStrictEqual(found.rows, [{ d: expected }]);
              },
            });
            await db.exec(`INSERT INTO orders (id) VALUES (100001)`);
          });

      it('seconds since 1970 → timestamptz: old and new code both write; the inverse keeps them equal', async function () {
        this.timeout(120_000);
        await db.exec(`SET TimeZone = 'UTC';\n` + DEFAULTS + DEFAULTS_SEED);
        const p = defaultsPlan('created_epoch', 'timestamptz', 'to_timestamp(created_epoch)', true);
        await applyPlanWithRollbacks(
          db,
          p,
          ['orders'],
          atDeployments(p, 'orders', 'created_epoch', 'timestamp with time zone', async () => {
            await db.exec(`INSERT INTO orders (id, created_epoch) VALUES (100001, 1704067200)`); // old code
            await db.exec(`INSERT INTO orders (id, created_epoch_new) VALUES (100002, '2024-01-02 00:00:00+00')`); // new code
            await db.exec(`INSERT INTO orders (id) VALUES (100003)`); // old code, the default
            await db.exec(`UPDATE orders SET created_epoch_new = '2024-01-03 00:00:00+00' WHERE id = 100001`); // new code
            await db.exec(`UPDATE orders SET created_epoch = 1704067200 WHERE id = 100002`); // old code
            const seen = await db.query(
              `SELECT id, created_epoch::text AS e, created_epoch_new::text AS t FROM orders WHERE id > 100000 ORDER BY id`,
            );
            assert.deepStrictEqual(seen.rows, [
              { id: 100001, e: '1704240000', t: '2024-01-03 00:00:00+00' },
              { id: 100002, e: '1704067200', t: '2024-01-01 00:00:00+00' },
              { id: 100003, e: '0', t: '1970-01-01 00:00:00+00' },
            ]);
            const unequal = await db.query(
              `SELECT count(*)::int AS n FROM orders WHERE created_epoch_new IS DISTINCT FROM to_timestamp(created_epoch)`,
            );
            assert.strictEqual(unequal.rows[0].n, 0);
            await db.exec(`DELETE FROM orders WHERE id > 100000`);
          }),
        );
      });

      it('--using reading a second column: the trigger recomputes from NEW when old code changes that column', async function () {
        this.timeout(120_000);
        const p = scaffold(
          {
            kind: 'change-type',
            table: 'people',
            column: 'nickname',
            type: 'varchar(40)',
            using: 'coalesce(nickname, people.name)',
          },
          { schema: replayMigration(EMPTY_SCHEMA, PEOPLE, UP), pgVersion: 15 },
        );
        await db.exec(PEOPLE + PEOPLE_SEED);
        await applyPlanWithRollbacks(
          db,
          p,
          ['people'],
          atDeployments(p, 'people', 'nickname', 'character varying', async () => {
            const kept = await db.query(
              `SELECT count(*)::int AS n FROM people WHERE nickname IS DISTINCT FROM CASE WHEN id % 2 = 0 THEN 'nick ' || id END`,
            );
            assert.strictEqual(kept.rows[0].n, 0, 'old code still reads NULL where it wrote no nickname');
            await db.exec(`INSERT INTO people (id, name) VALUES (100001, 'Ann')`); // old code
            await db.exec(`UPDATE people SET name = 'Annie' WHERE id = 100001`); // old code, the other column
            await db.exec(`INSERT INTO people (id, name, nickname_new) VALUES (100002, 'Robert', 'Bob')`); // new code
            await db.exec(`UPDATE people SET nickname_new = 'Rob' WHERE id = 100002`); // new code
            const seen = await db.query(`SELECT id, nickname, nickname_new FROM people WHERE id > 100000 ORDER BY id`);
            assert.deepStrictEqual(seen.rows, [
              { id: 100001, nickname: null, nickname_new: 'Annie' },
              { id: 100002, nickname: 'Rob', nickname_new: 'Rob' },
            ]);
            const unequal = await db.query(
              `SELECT count(*)::int AS n FROM people WHERE nickname_new IS DISTINCT FROM coalesce(nickname, name)`,
            );
            assert.strictEqual(unequal.rows[0].n, 0);
            await db.exec(`DELETE FROM people WHERE id > 100000`);
          }),
        );
        const filled = await db.query(
          `SELECT count(*) FILTER (WHERE nickname_new = 'nick ' || id)::int AS nick, count(*) FILTER (WHERE nickname_new = 'name ' || id)::int AS name FROM people`,
        );
        assert.deepStrictEqual(filled.rows, [{ nick: 600, name: 600 }]);
      });
    });
  }
});
