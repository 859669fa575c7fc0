import * as assert from 'assert';
import { loadParser, parseStatement } from '../syntax/parse';
import { relationPresence, RelationPresence } from './relationPresence';

function presence(sql: string): RelationPresence {
  const parsed = parseStatement(sql);
  if (!parsed.ok) throw new Error(parsed.message);
  return relationPresence(parsed.ast, parsed.kind);
}

describe('what a statement shows of which relations exist', () => {
  before(() => loadParser());

  it('uses the tables it reads, writes, alters, indexes and references', () => {
    assert.deepStrictEqual(presence('INSERT INTO entity SELECT id FROM app.t_entities').uses, [
      'public.entity',
      'app.t_entities',
    ]);
    assert.deepStrictEqual(presence('ALTER TABLE orders ADD FOREIGN KEY (user_id) REFERENCES users (id)').uses, [
      'public.orders',
      'public.users',
    ]);
    assert.deepStrictEqual(presence('CREATE INDEX orders_user_idx ON orders (user_id)').uses, ['public.orders']);
    assert.deepStrictEqual(presence('CREATE VIEW v AS SELECT * FROM orders').uses, ['public.orders']);
    assert.deepStrictEqual(presence('DROP TABLE legacy, app.old').uses, ['public.legacy', 'app.old']);
  });

  it('does not count what it makes, WITH query names, system catalogs, or what only IF EXISTS names', () => {
    assert.deepStrictEqual(
      presence('CREATE TABLE nodes (id int PRIMARY KEY, parent int REFERENCES nodes (id))').uses,
      [],
    );
    assert.deepStrictEqual(presence('WITH gone AS (DELETE FROM logs RETURNING id) SELECT count(*) FROM gone').uses, [
      'public.logs',
    ]);
    assert.deepStrictEqual(presence('SELECT 1 FROM pg_class c JOIN information_schema.tables t ON true').uses, []);
    assert.deepStrictEqual(presence('DROP TABLE IF EXISTS legacy').uses, []);
    assert.deepStrictEqual(presence('ALTER SEQUENCE order_seq RESTART').uses, []);
    assert.deepStrictEqual(presence('ALTER INDEX orders_pkey RENAME TO orders_pk').uses, []);
    const guarded = presence('ALTER TABLE IF EXISTS orders ADD FOREIGN KEY (user_id) REFERENCES users (id)');
    assert.strictEqual(guarded.ifExists, 'public.orders');
  });

  it('leaves what it drops, renames or moves away without its name, and makes the new one', () => {
    const dropped = presence('DROP INDEX IF EXISTS app.orders_idx, legacy_idx');
    assert.deepStrictEqual(dropped.removes, ['app.orders_idx', 'public.legacy_idx']);
    const renamed = presence('ALTER TABLE IF EXISTS billing.invoices RENAME TO bills');
    assert.deepStrictEqual([renamed.removes, renamed.makes], [['billing.invoices'], ['billing.bills']]);
    const moved = presence('ALTER TABLE invoices SET SCHEMA archive');
    assert.deepStrictEqual([moved.removes, moved.makes], [['public.invoices'], ['archive.invoices']]);
    assert.deepStrictEqual(presence('CREATE UNIQUE INDEX orders_ref ON app.orders (ref)').makes, ['app.orders_ref']);
  });
});
