import * as assert from 'assert';
import { Database } from './database';
import { diffSchemas, snapshotSchema, tableChecksums, tableRowCounts } from './catalog';
import { ENGINES } from '../../../test/support/engines';

/** One of each kind of object the snapshot describes. */
const EVERYTHING_UP = `
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE DOMAIN positive_int AS integer NOT NULL DEFAULT 1 CHECK (VALUE > 0);
CREATE TYPE pair AS (a int, b text);
CREATE TYPE floatrange AS RANGE (subtype = float8);
CREATE SEQUENCE counter INCREMENT 5 START 10;
CREATE TABLE customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text COLLATE "C" NOT NULL UNIQUE, m mood DEFAULT 'ok');
CREATE TABLE charges (
  id serial PRIMARY KEY,
  customer_id bigint NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
  total_amount numeric(12,2) NOT NULL DEFAULT 0,
  cents int GENERATED ALWAYS AS ((total_amount * 100)::int) STORED,
  note varchar(200),
  created_at timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT charges_total_check CHECK (total_amount >= 0)
);
ALTER TABLE charges ADD CONSTRAINT charges_note_check CHECK (note <> '') NOT VALID;
CREATE INDEX charges_created_at_idx ON charges (created_at DESC) WHERE note IS NOT NULL;
CREATE UNLOGGED TABLE scratch (x int);
CREATE TABLE events (id int, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX events_at_idx ON events (at);
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.created_at := now(); RETURN NEW; END $$;
CREATE TRIGGER charges_touch BEFORE UPDATE ON charges FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW big_charges AS SELECT id, total_amount FROM charges WHERE total_amount > 100;
CREATE MATERIALIZED VIEW charge_totals AS SELECT customer_id, sum(total_amount) AS total FROM charges GROUP BY customer_id WITH NO DATA;
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id int PRIMARY KEY, charge_id int REFERENCES charges (id));
COMMENT ON TABLE billing.invoices IS 'one per charge';
ALTER TABLE charges ENABLE ROW LEVEL SECURITY;
CREATE POLICY own_charges ON charges FOR SELECT USING (customer_id > 0);
CREATE AGGREGATE my_sum (int) (sfunc = int4pl, stype = int, initcond = '0');
CREATE PROCEDURE noop(x int) LANGUAGE sql AS $$ SELECT 1 $$;
CREATE RULE no_delete AS ON DELETE TO scratch DO INSTEAD NOTHING;
GRANT SELECT ON charges TO PUBLIC;
`;

const EVERYTHING_DOWN = `
DROP SCHEMA billing CASCADE;
DROP MATERIALIZED VIEW charge_totals;
DROP VIEW big_charges;
DROP TABLE events, scratch, charges, customers;
DROP FUNCTION touch();
DROP AGGREGATE my_sum(int);
DROP PROCEDURE noop(int);
DROP SEQUENCE counter;
DROP TYPE floatrange, pair, mood;
DROP DOMAIN positive_int;
`;

interface ChangeCase {
  what: string;
  setup: string;
  change: string;
  /** Every object that must differ, with (a part of) its description after the change. */
  expected: Record<string, RegExp | null>;
}

const CHANGES: ChangeCase[] = [
  {
    what: 'an added column (and the table’s column list)',
    setup: 'CREATE TABLE t_add (a int)',
    change: 'ALTER TABLE t_add ADD COLUMN b text',
    expected: { 'public.t_add': /columns a, b/, 'public.t_add.b': /^text$/ },
  },
  {
    what: 'a dropped column',
    setup: 'CREATE TABLE t_drop (a int, b text)',
    change: 'ALTER TABLE t_drop DROP COLUMN b',
    expected: { 'public.t_drop': /columns a$/, 'public.t_drop.b': null },
  },
  {
    what: 'a changed type',
    setup: 'CREATE TABLE t_type (a int)',
    change: 'ALTER TABLE t_type ALTER COLUMN a TYPE bigint',
    expected: { 'public.t_type.a': /^bigint$/ },
  },
  {
    what: 'a longer varchar (type modifiers count)',
    setup: 'CREATE TABLE t_len (a varchar(50))',
    change: 'ALTER TABLE t_len ALTER COLUMN a TYPE varchar(200)',
    expected: { 'public.t_len.a': /^character varying\(200\)$/ },
  },
  {
    what: 'a new default',
    setup: 'CREATE TABLE t_default (a int)',
    change: 'ALTER TABLE t_default ALTER COLUMN a SET DEFAULT 5',
    expected: { 'public.t_default.a': /^integer default 5$/ },
  },
  {
    what: 'NOT NULL (a column property, even where PostgreSQL 18 also makes it a constraint)',
    setup: 'CREATE TABLE t_null (a int)',
    change: 'ALTER TABLE t_null ALTER COLUMN a SET NOT NULL',
    expected: { 'public.t_null.a': /^integer not null$/ },
  },
  {
    what: 'a new index',
    setup: 'CREATE TABLE t_index (a int)',
    change: 'CREATE INDEX t_index_a ON t_index (a)',
    expected: { 'index public.t_index_a': /^CREATE INDEX t_index_a ON public\.t_index USING btree \(a\)$/ },
  },
  {
    what: 'the invalid index a failed CREATE UNIQUE INDEX CONCURRENTLY leaves behind',
    setup: 'CREATE TABLE t_dup (a int); INSERT INTO t_dup VALUES (1), (1)',
    change: 'CREATE UNIQUE INDEX CONCURRENTLY t_dup_a ON t_dup (a)',
    expected: { 'index public.t_dup_a': /; invalid/ },
  },
  {
    what: 'a validated constraint',
    setup: 'CREATE TABLE t_check (a int); ALTER TABLE t_check ADD CONSTRAINT a_positive CHECK (a > 0) NOT VALID',
    change: 'ALTER TABLE t_check VALIDATE CONSTRAINT a_positive',
    expected: { 'constraint public.t_check.a_positive': /^CHECK \(\(a > 0\)\)$/ },
  },
  {
    what: 'a new trigger',
    setup:
      'CREATE TABLE t_trigger (a int); CREATE FUNCTION t_trigger_f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$',
    change: 'CREATE TRIGGER t_trigger_tg BEFORE INSERT ON t_trigger FOR EACH ROW EXECUTE FUNCTION t_trigger_f()',
    expected: {
      'trigger public.t_trigger.t_trigger_tg': /^CREATE TRIGGER t_trigger_tg BEFORE INSERT ON public\.t_trigger/,
    },
  },
  {
    what: 'a disabled trigger',
    setup:
      'CREATE TABLE t_off (a int); CREATE FUNCTION t_off_f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$; ' +
      'CREATE TRIGGER t_off_tg BEFORE INSERT ON t_off FOR EACH ROW EXECUTE FUNCTION t_off_f()',
    change: 'ALTER TABLE t_off DISABLE TRIGGER t_off_tg',
    expected: { 'trigger public.t_off.t_off_tg': /; disabled$/ },
  },
  {
    what: 'a changed function body',
    setup: 'CREATE FUNCTION f_body(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 1 $$',
    change: 'CREATE OR REPLACE FUNCTION f_body(x int) RETURNS int LANGUAGE sql AS $$ SELECT x + 2 $$',
    expected: { 'function public.f_body(x integer)': /SELECT x \+ 2/ },
  },
  {
    what: 'a new enum label (in its place)',
    setup: "CREATE TYPE e_mood AS ENUM ('sad', 'happy')",
    change: "ALTER TYPE e_mood ADD VALUE 'ok' BEFORE 'happy'",
    expected: { 'type public.e_mood': /^enum \('sad', 'ok', 'happy'\)$/ },
  },
  {
    what: 'a changed sequence increment',
    setup: 'CREATE SEQUENCE s_step',
    change: 'ALTER SEQUENCE s_step INCREMENT BY 10',
    expected: { 'sequence public.s_step': /increment 10/ },
  },
  {
    what: 'a grant to PUBLIC',
    setup: 'CREATE TABLE t_grant (a int)',
    change: 'GRANT SELECT ON t_grant TO PUBLIC',
    expected: { 'public.t_grant': /; grants =r\/postgres$/ },
  },
];

for (const engine of ENGINES) {
  describe(`catalog (${engine.name})`, function () {
    this.timeout(120_000);
    let db: Database;
    before(async () => {
      db = await engine.open();
    });
    after(async () => {
      await db?.close();
    });

    for (const c of CHANGES) {
      it(`notices ${c.what}`, async () => {
        await db.exec(c.setup);
        const before = await snapshotSchema(db);
        await db.exec(c.change).catch((error: { code?: string }) => {
          // the failing CONCURRENTLY build is the point of its case
          if (error.code !== '23505') throw error;
        });
        const differences = diffSchemas(before, await snapshotSchema(db));
        assert.deepStrictEqual(differences.map((d) => d.object).sort(), Object.keys(c.expected).sort());
        for (const difference of differences) {
          const expected = c.expected[difference.object];
          if (expected === null) assert.strictEqual(difference.after, null);
          else assert.match(difference.after ?? '(gone)', expected);
        }
      });
    }

    it('sees nothing when only data and sequence positions change', async () => {
      await db.exec('CREATE TABLE t_data (id serial PRIMARY KEY, a int)');
      const before = await snapshotSchema(db);
      await db.exec("INSERT INTO t_data (a) VALUES (1), (2); SELECT nextval('t_data_id_seq'); ANALYZE t_data");
      assert.deepStrictEqual(diffSchemas(before, await snapshotSchema(db)), []);
    });

    it('creating every kind of object and dropping it again leaves no difference', async () => {
      const before = await snapshotSchema(db);
      await db.exec(EVERYTHING_UP);
      const during = diffSchemas(before, await snapshotSchema(db));
      for (const key of [
        'schema billing',
        'public.charges',
        'public.charges.total_amount',
        'index public.charges_created_at_idx',
        'constraint public.charges.charges_note_check',
        'trigger public.charges.charges_touch',
        'function public.touch()',
        'aggregate public.my_sum(integer)',
        'procedure public.noop(IN x integer)',
        'type public.mood',
        'type public.positive_int',
        'type public.pair',
        'type public.floatrange',
        'sequence public.counter',
        'sequence public.charges_id_seq',
        'view public.big_charges',
        'materialized view public.charge_totals',
        'policy public.charges.own_charges',
        'rule public.scratch.no_delete',
      ]) {
        assert.ok(
          during.some((d) => d.object === key && d.before === null),
          `${key} is new: ${JSON.stringify(during.map((d) => d.object))}`,
        );
      }
      // what a type or identity creates on its own (array types, range constructors, identity sequences) is
      // part of its owner, not an object of its own
      assert.deepStrictEqual(
        during.filter(
          (d) => /_seq|multirange|\[\]|customers_id/.test(d.object) && d.object !== 'sequence public.charges_id_seq',
        ),
        [],
      );
      await db.exec(EVERYTHING_DOWN);
      assert.deepStrictEqual(diffSchemas(before, await snapshotSchema(db)), []);
    });

    it('a grant revoked again compares equal to never granted', async () => {
      await db.exec('CREATE TABLE t_revoke (a int)');
      const before = await snapshotSchema(db);
      await db.exec('GRANT SELECT, INSERT ON t_revoke TO PUBLIC');
      await db.exec('REVOKE SELECT, INSERT ON t_revoke FROM PUBLIC');
      assert.deepStrictEqual(diffSchemas(before, await snapshotSchema(db)), []);
    });

    it('row counts and checksums change when a row changes, and only then', async () => {
      await db.exec(`CREATE SCHEMA "Data"; CREATE TABLE "Data"."Mixed Case" (id int, v text);
                     CREATE TABLE rows_other (x int); INSERT INTO rows_other VALUES (7)`);
      await db.exec(`INSERT INTO "Data"."Mixed Case" VALUES (1, 'a'), (2, 'b'), (2, 'b')`);
      const counts = await tableRowCounts(db);
      const sums = await tableChecksums(db);
      assert.strictEqual(counts.get('Data.Mixed Case'), 3);
      assert.strictEqual(counts.get('public.rows_other'), 1);
      assert.match(sums.get('Data.Mixed Case') ?? '', /^[0-9a-f]{32}$/);

      // reading, and rewriting rows in another physical order, changes nothing
      await db.exec(`SELECT * FROM "Data"."Mixed Case"; DELETE FROM "Data"."Mixed Case" WHERE id = 1;
                     INSERT INTO "Data"."Mixed Case" VALUES (1, 'a')`);
      await db.exec('VACUUM FULL "Data"."Mixed Case"');
      assert.deepStrictEqual(await tableChecksums(db), sums);
      assert.deepStrictEqual(await tableRowCounts(db), counts);

      // one changed value: same count, different checksum; only that table
      await db.exec(`UPDATE "Data"."Mixed Case" SET v = 'c' WHERE id = 1`);
      const changed = await tableChecksums(db);
      assert.notStrictEqual(changed.get('Data.Mixed Case'), sums.get('Data.Mixed Case'));
      assert.strictEqual(changed.get('public.rows_other'), sums.get('public.rows_other'));
      assert.deepStrictEqual(await tableRowCounts(db), counts);

      // put back: the checksum is the original again
      await db.exec(`UPDATE "Data"."Mixed Case" SET v = 'a' WHERE id = 1`);
      assert.deepStrictEqual(await tableChecksums(db), sums);

      // one duplicate row fewer: count and checksum change
      await db.exec(
        `DELETE FROM "Data"."Mixed Case" WHERE ctid = (SELECT max(ctid) FROM "Data"."Mixed Case" WHERE id = 2)`,
      );
      assert.strictEqual((await tableRowCounts(db)).get('Data.Mixed Case'), 2);
      assert.notStrictEqual((await tableChecksums(db)).get('Data.Mixed Case'), sums.get('Data.Mixed Case'));
    });
  });
}

describe('catalog: both engines describe the same DDL the same way', function () {
  this.timeout(180_000);
  it('an empty database and one with every kind of object (views aside) snapshot identically', async () => {
    const snapshots = [];
    for (const engine of ENGINES) {
      const db = await engine.open();
      try {
        const empty = await snapshotSchema(db);
        await db.exec(EVERYTHING_UP);
        snapshots.push({ empty, full: await snapshotSchema(db) });
      } finally {
        await db.close();
      }
    }
    const [pglite, postgres] = snapshots;
    assert.deepStrictEqual(diffSchemas(pglite.empty, postgres.empty), []);
    // PostgreSQL 16+ prints view columns without their table's name; 15 qualifies them
    const differences = diffSchemas(pglite.full, postgres.full);
    assert.deepStrictEqual(
      differences.map((d) => d.object),
      ['materialized view public.charge_totals', 'view public.big_charges'],
    );
  });
});
