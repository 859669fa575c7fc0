import * as assert from 'assert';
import { replayed } from '../../../test/support/replayed';
import { loadParser, parseStatement } from '../syntax/parse';
import { splitStatements } from '../syntax/split';
import { Store } from '../walk/tracked';
import { EMPTY_SCHEMA, SchemaModel } from './model';
import { SchemaBuilder } from './replay';
import { indexesOfTable } from './tableIndexes';

const HISTORY = `
CREATE TABLE orders (id bigint PRIMARY KEY, code text, note text);
CREATE TABLE items (id bigint, order_id bigint);
CREATE UNIQUE INDEX orders_code_key ON orders (code);
CREATE INDEX orders_note_idx ON orders (note);
CREATE INDEX items_order_idx ON items (order_id);`;

const CHANGES = `
ALTER TABLE orders RENAME TO purchases;
DROP INDEX orders_note_idx;
ALTER INDEX orders_code_key RENAME TO purchases_code_key;
CREATE INDEX purchases_lower_code ON purchases (lower(code)) WHERE note IS NULL;
ALTER TABLE items ADD COLUMN sku text UNIQUE;
CREATE SCHEMA archive;
ALTER TABLE items SET SCHEMA archive;
CREATE TABLE events (id bigint);
CREATE INDEX events_id_idx ON events (id);
DROP TABLE events;`;

/** Every index of each table, by name, found by scanning the whole model. */
function scanned(model: SchemaModel, tables: string[]): string[][] {
  return tables.map((t) =>
    [...model.indexes.values()]
      .filter((i) => i.table === t)
      .map((i) => i.name)
      .sort(),
  );
}

describe("a table's indexes", () => {
  before(() => loadParser());
  const tables = ['public.purchases', 'public.orders', 'archive.items', 'public.items', 'public.events'];

  for (const remember of [false, true]) {
    it(`the replayed schema's lookup agrees with a scan of every index (${remember ? 'editor' : 'one-off'} walk)`, () => {
      const builder = remember
        ? new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA), new Store(), true)
        : new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA));
      // Asked before the changes too, so the lookup has to follow them.
      assert.deepStrictEqual(
        indexesOfTable(builder.model, 'public.orders')
          .map((i) => i.name)
          .sort(),
        ['orders_code_key', 'orders_note_idx', 'orders_pkey'],
      );
      for (const s of splitStatements(CHANGES).statements) {
        const parsed = parseStatement(s.text);
        if (!parsed.ok) throw new Error(parsed.message);
        builder.apply(parsed.kind, parsed.ast);
      }
      const model = builder.model;
      assert.ok(model.indexesOf, 'the schema being replayed keeps the lookup');
      assert.deepStrictEqual(
        tables.map((t) =>
          indexesOfTable(model, t)
            .map((i) => i.name)
            .sort(),
        ),
        scanned(model, tables),
      );
      assert.deepStrictEqual(
        indexesOfTable(model, 'public.purchases')
          .map((i) => i.name)
          .sort(),
        ['orders_pkey', 'purchases_code_key', 'purchases_lower_code'],
      );
    });
  }

  it('a snapshot has no live lookup: it is scanned as it was', () => {
    const builder = new SchemaBuilder(replayed(HISTORY, EMPTY_SCHEMA));
    const snapshot = builder.snapshot();
    const parsed = parseStatement('CREATE INDEX orders_id_idx ON orders (id)');
    if (!parsed.ok) throw new Error(parsed.message);
    builder.apply(parsed.kind, parsed.ast);
    assert.strictEqual(snapshot.indexesOf, undefined);
    assert.ok(!indexesOfTable(snapshot, 'public.orders').some((i) => i.name === 'orders_id_idx'));
    assert.ok(indexesOfTable(builder.model, 'public.orders').some((i) => i.name === 'orders_id_idx'));
  });
});
