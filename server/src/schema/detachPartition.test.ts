import * as assert from 'assert';
import { replayed as run } from '../../../test/support/replayed';
import { loadParser } from '../syntax/parse';

const EVENTS = [
  'CREATE TABLE events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);',
  "CREATE TABLE events_2022 PARTITION OF events FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');",
].join('\n');

describe('schema replay: DETACH PARTITION', () => {
  before(() => loadParser());

  it('CONCURRENTLY copies the bound to a validated CHECK named as PostgreSQL 15 names it', () => {
    const model = run(
      `${EVENTS}\nALTER TABLE events_2022 ADD CONSTRAINT events_2022_at_check CHECK (id > 0);\nALTER TABLE events DETACH PARTITION events_2022 CONCURRENTLY;`,
    );
    const table = model.tables.get('public.events_2022');
    assert.strictEqual(table?.partitionOf, undefined);
    assert.strictEqual(table?.partitionBound, undefined);
    assert.deepStrictEqual(table?.constraints.get('events_2022_at_check1'), {
      name: 'events_2022_at_check1',
      kind: 'check',
      validated: true,
      columns: ['at'],
      provesNotNull: ['at'],
      bounds: {
        at: {
          lower: { value: { text: '2022-01-01' }, inclusive: true },
          upper: { value: { text: '2023-01-01' }, inclusive: false },
        },
      },
      partitionBound: { strategy: 'range', from: [{ text: '2022-01-01' }], to: [{ text: '2023-01-01' }] },
    });
  });

  it('adds no CHECK for a plain DETACH, nor a second copy when the partition has one', () => {
    const plain = run(`${EVENTS}\nALTER TABLE events DETACH PARTITION events_2022;`);
    assert.deepStrictEqual([...(plain.tables.get('public.events_2022')?.constraints.keys() ?? [])], []);
    const again = run(
      `${EVENTS}\nALTER TABLE events DETACH PARTITION events_2022 CONCURRENTLY;\nALTER TABLE events ATTACH PARTITION events_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01');\nALTER TABLE events DETACH PARTITION events_2022 CONCURRENTLY;`,
    );
    assert.deepStrictEqual(
      [...(again.tables.get('public.events_2022')?.constraints.keys() ?? [])],
      ['events_2022_at_check'],
    );
  });
});
