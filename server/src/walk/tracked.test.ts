import * as assert from 'assert';
import { prng } from '../../../test/support/prng';
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

  it('going back and writing again leaves maps and sets exactly as writing afresh would: entries, order and count', () => {
    // Random writes, a rollback to a random point, then random writes again (often the same ones again, as an
    // edited file's walk does): every container must read as plain Map/Set given the same writes from scratch.
    const random = prng(11);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    type Op = { kind: 'set' | 'delete' | 'clear'; key: string; value: number };
    const randomOp = (): Op => {
      const r = random();
      return {
        kind: r < 0.75 ? 'set' : r < 0.95 ? 'delete' : 'clear',
        key: pick(KEYS),
        value: Math.floor(random() * 3),
      };
    };
    for (let round = 0; round < 400; round++) {
      const store = new Store();
      const map = store.map<string, number>();
      const set = store.set<string>();
      store.undo = [];
      const apply = (
        op: Op,
        m: { set(k: string, v: number): unknown; delete(k: string): unknown; clear(): void },
        s: { add(k: string): unknown; delete(k: string): unknown; clear(): void },
      ) => {
        if (op.kind === 'set') {
          m.set(op.key, op.value);
          s.add(op.key);
        } else if (op.kind === 'delete') {
          m.delete(op.key);
          s.delete(op.key);
        } else {
          m.clear();
          s.clear();
        }
      };
      // Several edits in a row: each goes back to a random point, then writes (often what it had written).
      let history: Op[] = [];
      let starts: number[] = [];
      const write = (op: Op) => {
        starts.push((store.undo as unknown[]).length);
        history.push(op);
        apply(op, map, set);
      };
      Array.from({ length: 1 + Math.floor(random() * 12) }, randomOp).forEach(write);
      for (let edit = 0; edit < 3; edit++) {
        const point = Math.floor(random() * history.length);
        const undone = history.slice(point);
        store.rollback(starts[point]);
        history = history.slice(0, point);
        starts = starts.slice(0, point);
        const after = Array.from({ length: Math.floor(random() * 12) }, randomOp);
        const again = random() < 0.7 ? [...undone.slice(0, Math.floor(random() * 6)), ...after] : after;
        again.forEach(write);
        // The walk compacts when it is over; a check in the middle of one sees gone keys still in place.
        if (edit < 2 || random() < 0.5) store.compact();
      }
      const freshMap = new Map<string, number>();
      const freshSet = new Set<string>();
      for (const op of history) apply(op, freshMap, freshSet);
      const context = JSON.stringify(history);
      assert.deepStrictEqual([...map.entries()], [...freshMap.entries()], context);
      assert.deepStrictEqual([...set.values()], [...freshSet.values()], context);
      assert.strictEqual(map.size, freshMap.size, context);
      assert.strictEqual(set.size, freshSet.size, context);
      for (const key of KEYS) {
        assert.strictEqual(map.get(key), freshMap.get(key), context);
        assert.strictEqual(set.has(key), freshSet.has(key), context);
      }
    }
  });

  it('containers cannot be made once the walk has started', () => {
    const store = new Store();
    store.seal();
    assert.throws(() => store.map(), /before the walk starts/);
  });
});
