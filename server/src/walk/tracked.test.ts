import * as assert from 'assert';
import { EMPTY_TRACE, Store } from './tracked';

/** Two analyses of the same file: each makes the same containers, in the same order. */
function containers(store: Store) {
  return { tables: store.map<string, string>(), seen: store.set<string>(), flag: store.cell(false) };
}

/** What an earlier analysis recorded: a statement that adds `orders` to the tables unless it has been seen. */
function addOrdersUnlessSeen(): ReturnType<Store['end']> {
  const first = new Store();
  const a = containers(first);
  first.begin();
  if (!a.seen.has('orders')) a.tables.set('orders', 'v1');
  return first.end();
}

describe('tracked state (walk/tracked.ts)', () => {
  it('a trace replays its writes when what it read is unchanged', () => {
    const trace = addOrdersUnlessSeen();
    const second = new Store();
    const b = containers(second);
    assert.strictEqual(second.replay(trace), true);
    assert.strictEqual(b.tables.get('orders'), 'v1');
  });

  it('a read that now gives another value makes the replay refuse, and nothing is written', () => {
    const trace = addOrdersUnlessSeen();
    const second = new Store();
    const b = containers(second);
    // The edited statement before it wrote something else than last time: `seen` is marked as diverged.
    second.begin();
    b.seen.add('orders');
    second.retook(EMPTY_TRACE, second.end());
    assert.strictEqual(second.replay(trace), false);
    assert.strictEqual(b.tables.get('orders'), undefined);
  });

  it('only reads of diverged keys are checked; the same write at the same point makes a key the same again', () => {
    const last = new Store();
    const old = containers(last);
    last.begin();
    old.tables.get('orders');
    old.tables.get('users');
    const reads = last.end(); // read: orders undefined, users undefined

    const store = new Store();
    const s = containers(store);
    const write = (value: string) => {
      store.begin();
      s.tables.set('users', value);
      return store.end();
    };
    store.retook(write('before'), write('changed')); // users differs from last time now; orders does not
    assert.strictEqual(store.replay(reads), false, 'users is checked: it was undefined, it is "changed"');
    store.retook(write('changed'), write('changed'));
    assert.strictEqual(store.replay(reads), true, 'users is the same as last time again: not checked');
  });

  it('a container whose keys diverged has its counts and iterations checked (its order may differ)', () => {
    const first = new Store();
    const a = containers(first);
    a.tables.set('x', '1');
    a.tables.set('y', '2');
    first.begin();
    const firstKey = a.tables.keys().next().value;
    const trace = first.end();
    assert.strictEqual(firstKey, 'x');

    const second = new Store();
    const b = containers(second);
    b.tables.set('y', '2');
    b.tables.set('x', '1');
    second.begin();
    b.tables.set('y', '2');
    const now = second.end();
    second.retook(EMPTY_TRACE, now);
    assert.strictEqual(second.replay(trace), false);
  });

  it('containers cannot be made once the walk has started', () => {
    const store = new Store();
    store.seal();
    assert.throws(() => store.map(), /before the walk starts/);
  });
});
