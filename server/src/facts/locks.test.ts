import * as assert from 'assert';
import { replayed } from '../../../test/support/replayed';
import { defaultPartitionOf } from '../rules/transactionLocks';
import { loadParser, parseStatement } from '../syntax/parse';
import { conflicts, SEQUENCE_OPTIONS_LOCK } from './locks';
import { statementFacts } from './statementFacts';

/** The locks one statement takes, as `mode relation-key` (what pg_locks showed on PostgreSQL 15, less its own). */
function locksOf(sql: string): string[] {
  const parsed = parseStatement(sql);
  if (!parsed.ok) throw new Error(parsed.message);
  return statementFacts(parsed.kind, parsed.ast).locks.map((l) => `${l.mode} ${l.relation.key}`);
}

describe('locks', () => {
  before(() => loadParser());

  describe('ALTER SEQUENCE', () => {
    it('takes a ShareRowExclusiveLock on the sequence for its options, and no lock on the owning table', () => {
      for (const sql of [
        'ALTER SEQUENCE orders_id_seq RESTART',
        'ALTER SEQUENCE orders_id_seq RESTART WITH 1000',
        'ALTER SEQUENCE orders_id_seq INCREMENT BY 5',
        'ALTER SEQUENCE orders_id_seq AS bigint',
        'ALTER SEQUENCE orders_id_seq CACHE 10 NO CYCLE',
        'ALTER SEQUENCE orders_id_seq OWNED BY NONE',
      ])
        assert.deepStrictEqual(locksOf(sql), ['ShareRowExclusiveLock public.orders_id_seq'], sql);
      assert.deepStrictEqual(locksOf('ALTER SEQUENCE IF EXISTS billing.invoice_no START 3'), [
        'ShareRowExclusiveLock billing.invoice_no',
      ]);
    });

    it('OWNED BY reads the table under an AccessShareLock', () => {
      assert.deepStrictEqual(locksOf('ALTER SEQUENCE orders_number_seq OWNED BY orders.number'), [
        'ShareRowExclusiveLock public.orders_number_seq',
        'AccessShareLock public.orders',
      ]);
      assert.deepStrictEqual(locksOf('ALTER SEQUENCE app.n_seq OWNED BY app.orders.n'), [
        'ShareRowExclusiveLock app.n_seq',
        'AccessShareLock app.orders',
      ]);
    });

    it('RENAME, SET SCHEMA, OWNER TO and SET LOGGED/UNLOGGED take an AccessExclusiveLock', () => {
      for (const sql of [
        'ALTER SEQUENCE orders_id_seq RENAME TO orders_number_seq',
        'ALTER SEQUENCE orders_id_seq SET SCHEMA archive',
        'ALTER SEQUENCE orders_id_seq OWNER TO app',
        'ALTER SEQUENCE orders_id_seq SET LOGGED',
        'ALTER SEQUENCE orders_id_seq SET UNLOGGED',
      ])
        assert.deepStrictEqual(locksOf(sql), ['AccessExclusiveLock public.orders_id_seq'], sql);
    });

    it('its lock makes nextval() wait (an INSERT taking a default from the sequence), not a SELECT of it', () => {
      assert.ok(conflicts(SEQUENCE_OPTIONS_LOCK, 'RowExclusiveLock'));
      assert.ok(!conflicts(SEQUENCE_OPTIONS_LOCK, 'AccessShareLock'));
    });
  });

  describe('partitions', () => {
    it('a plain DETACH locks the partition as well as the parent', () => {
      assert.deepStrictEqual(locksOf('ALTER TABLE events DETACH PARTITION events_2026'), [
        'AccessExclusiveLock public.events',
        'AccessExclusiveLock public.events_2026',
      ]);
    });

    it('the schema knows the DEFAULT partition, made by PARTITION OF or ATTACH, until it is detached', () => {
      const events = [
        'CREATE TABLE events (id bigint, at date) PARTITION BY RANGE (at);',
        "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');",
      ].join('\n');
      const created = replayed(`${events}\nCREATE TABLE events_default PARTITION OF events DEFAULT;`);
      assert.strictEqual(defaultPartitionOf(created, 'public.events')?.key, 'public.events_default');
      assert.strictEqual(created.tables.get('public.events_2026')?.defaultPartition, undefined);
      const renamed = replayed('ALTER TABLE events_default RENAME TO events_other;', created);
      assert.strictEqual(defaultPartitionOf(renamed, 'public.events')?.key, 'public.events_other');
      const detached = replayed('ALTER TABLE events DETACH PARTITION events_default;', created);
      assert.strictEqual(defaultPartitionOf(detached, 'public.events'), undefined);
      const attached = replayed(
        'CREATE TABLE events_rest (id bigint, at date);\nALTER TABLE events ATTACH PARTITION events_rest DEFAULT;',
        detached,
      );
      assert.strictEqual(defaultPartitionOf(attached, 'public.events')?.key, 'public.events_rest');
      const bounded = replayed(
        "ALTER TABLE events DETACH PARTITION events_rest;\nALTER TABLE events ATTACH PARTITION events_rest FOR VALUES FROM ('2027-01-01') TO ('2028-01-01');",
        attached,
      );
      assert.strictEqual(defaultPartitionOf(bounded, 'public.events'), undefined);
      assert.strictEqual(defaultPartitionOf(replayed(events), 'public.events'), undefined);
    });
  });
});
