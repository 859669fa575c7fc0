// State that flows from one statement of the walk to the next (the engine's, the schema's, every rule's) lives in
// tracked containers made by one Store. While a statement is being looked at, the store can record what was read
// from them and what was written: its trace. In the next analysis of the same file, a statement whose trace still
// reads the same values is not looked at again: its writes are applied and its findings reported as recorded
// (the technique of build systems and incremental compilers such as Salsa: verify the inputs, reuse the outputs).
//
// Values are compared with ===, so what goes into a container must never change afterwards: store strings,
// numbers and frozen-by-convention objects, and replace an object instead of changing it.

const GET = 0; // [GET, container, key, value]  (value undefined: absent)
const SIZE = 1; // [SIZE, container, size]
const ITER = 2; // [ITER, container, IterationRead]
const SET = 3; // [SET, container, key, value]
const DELETE = 4; // [DELETE, container, key]
const CLEAR = 5; // [CLEAR, container]
/** How many slots each operation takes in a trace. */
const LENGTH = [4, 3, 3, 4, 3, 2];

interface IterationRead {
  keys: unknown[];
  values: unknown[];
  /** The iteration reached the end: the container had exactly these entries. */
  done: boolean;
}

/** What one look at one statement read and wrote, in order (a flat list of operations). */
export type Trace = readonly unknown[];

export const EMPTY_TRACE: Trace = [];

/** The common surface of every tracked container, used to check and replay traces. */
abstract class Tracked {
  constructor(
    protected readonly store: Store,
    readonly id: number,
  ) {}
  /** The value under `key` (a set: true when present), or undefined: not recorded. */
  abstract peek(key: unknown): unknown;
  abstract put(key: unknown, value: unknown): void;
  abstract remove(key: unknown): void;
  abstract wipe(): void;
  abstract count(): number;
  /** Undoes one logged write: `before` is the value the key had (ABSENT: none), or SNAPSHOT's entries. */
  abstract restore(key: unknown, before: unknown): void;
  /** The keys in iteration order (a cell: one, undefined). */
  abstract keysInOrder(): IterableIterator<unknown>;
  compact(): void {}
}

export class Store {
  private readonly containers: Tracked[] = [];
  private sealed = false;
  /** The trace being recorded, when one is: its writes, and (`reading`) its reads. */
  recording: unknown[] | undefined;
  reading: unknown[] | undefined;
  /**
   * When on: how to undo every write, in order (triples: container, key or SNAPSHOT, the value before or the
   * entries before), so the walk can go back to the state before any statement and go on from there.
   */
  undo: unknown[] | undefined;
  /** Reused for every recording: most looks record nothing, and then nothing is allocated. */
  private readonly scratch: unknown[] = [];
  /**
   * Per container that may differ, at this point of the walk, from what the previous analysis had at the same
   * point: the keys whose value may differ (`all`: any key). Its entries' order may differ too, so counts and
   * iterations of it are checked until a CLEAR that both analyses did makes it the same again. Reads of other
   * containers, and of other keys, need no check: they read what they read last time.
   */
  private readonly diverged: ({ keys: Set<unknown>; all: boolean } | undefined)[] = [];
  private divergedCount = 0;
  /** containerBit() of every diverged container: a trace that read none of them needs no check at all. */
  private divergedBits = 0;

  map<K, V>(entries?: Iterable<readonly [K, V]>): TrackedMap<K, V> {
    return this.add((id) => new TrackedMap<K, V>(this, id, entries));
  }

  set<K>(values?: Iterable<K>): TrackedSet<K> {
    return this.add((id) => new TrackedSet<K>(this, id, values));
  }

  cell<T>(value: T): TrackedCell<T> {
    return this.add((id) => new TrackedCell<T>(this, id, value));
  }

  /**
   * No containers after this: traces name containers by the order they were made in, so every analysis must make
   * the same containers in the same order before its walk starts.
   */
  seal(): void {
    this.sealed = true;
  }

  /** Undoes the writes logged after position `to` of the undo log (see `undo`), latest first. */
  rollback(to: number): void {
    const undo = this.undo;
    if (!undo) return;
    while (undo.length > to) {
      const before = undo.pop();
      const key = undo.pop();
      this.containers[undo.pop() as number].restore(key, before);
    }
  }

  /**
   * Drops what a rollback left in place and the walk since did not write again (see TrackedCollection): call when
   * the walk is over, so the next rollback starts from containers without gone entries.
   */
  compact(): void {
    for (const container of this.containers) container.compact();
  }

  /** The state is now what the previous analysis had at this point: nothing has diverged. */
  converged(): void {
    this.diverged.length = 0;
    this.divergedCount = 0;
    this.divergedBits = 0;
  }

  /** Starts recording a trace (one at a time); only its writes when it will only be compared, never replayed. */
  begin(reads = true): void {
    this.scratch.length = 0;
    this.recording = this.scratch;
    this.reading = reads ? this.scratch : undefined;
  }

  /** Stops recording and returns what was recorded. */
  end(): Trace {
    this.recording = undefined;
    this.reading = undefined;
    return this.scratch.length === 0 ? EMPTY_TRACE : this.scratch.slice();
  }

  /**
   * If every read of `trace` (recorded at this point of the walk by the previous analysis, whose store made the same
   * containers) reads the same value now, applies its writes and returns true. Otherwise changes nothing and
   * returns false.
   */
  replay(trace: Trace, reads = ALL_BITS): boolean {
    if (trace.length === 0) return true;
    if ((reads & this.divergedBits) !== 0 && !this.unchanged(trace)) return false;
    for (let i = 0; i < trace.length; i += LENGTH[trace[i] as number]) {
      const op = trace[i] as number;
      if (op === SET) this.containers[trace[i + 1] as number].put(trace[i + 2], trace[i + 3]);
      else if (op === DELETE) this.containers[trace[i + 1] as number].remove(trace[i + 2]);
      else if (op === CLEAR) this.containers[trace[i + 1] as number].wipe();
    }
    // The same writes at the same point as last time: what they wrote is what the previous analysis had.
    if (this.divergedCount > 0) this.settle(trace, false);
    return true;
  }

  /**
   * A look was taken again: `now` is what it did, `before` what it did last time at this point. Where their writes
   * differ, the keys written may now hold other values than last time; where they are the same, they do not.
   */
  retook(before: Trace, now: Trace): void {
    if (sameWrites(before, now)) {
      if (this.divergedCount > 0) this.settle(now, false);
      return;
    }
    this.settle(before, true);
    this.settle(now, true);
  }

  /** Marks the keys `trace` writes as diverged, or as the same as last time again. */
  private settle(trace: Trace, diverge: boolean): void {
    for (let i = 0; i < trace.length; ) {
      const op = trace[i] as number;
      const id = trace[i + 1] as number;
      const was = this.diverged[id];
      if (op === SET || op === DELETE) {
        if (diverge) {
          if (was === undefined) {
            this.diverged[id] = { keys: new Set([trace[i + 2]]), all: false };
            this.divergedCount++;
            this.divergedBits |= containerBit(id);
          } else was.keys.add(trace[i + 2]);
        } else was?.keys.delete(trace[i + 2]);
      } else if (op === CLEAR) {
        if (diverge) {
          if (was === undefined) {
            this.diverged[id] = { keys: new Set(), all: true };
            this.divergedCount++;
            this.divergedBits |= containerBit(id);
          } else was.all = true;
        } else if (was !== undefined) {
          this.diverged[id] = undefined;
          this.divergedCount--;
          this.divergedBits = 0;
          this.diverged.forEach((d, k) => {
            if (d !== undefined) this.divergedBits |= containerBit(k);
          });
        }
      }
      i += LENGTH[op];
    }
  }

  /**
   * Whether each read of the trace gives the recorded value. Only reads of diverged containers are checked, and
   * a read of what the trace itself wrote earlier is not (replaying repeats that write).
   */
  private unchanged(trace: Trace): boolean {
    for (let i = 0; i < trace.length; ) {
      const op = trace[i] as number;
      const id = trace[i + 1] as number;
      const diverged = this.diverged[id];
      if (op === GET) {
        const key = trace[i + 2];
        if (
          diverged !== undefined &&
          (diverged.all || diverged.keys.has(key)) &&
          !wroteBefore(trace, i, id, key) &&
          this.containers[id].peek(key) !== trace[i + 3]
        )
          return false;
      } else if (op === SIZE) {
        if (diverged !== undefined && (wroteBefore(trace, i, id) || this.containers[id].count() !== trace[i + 2]))
          return false;
      } else if (op === ITER) {
        // A count or an iteration after the trace's own write is not worth working out: no.
        if (
          diverged !== undefined &&
          (wroteBefore(trace, i, id) || !sameIteration(this.containers[id], trace[i + 2] as IterationRead))
        )
          return false;
      }
      i += LENGTH[op];
    }
    return true;
  }

  private add<T extends Tracked>(make: (id: number) => T): T {
    if (this.sealed) throw new Error('tracked state must be made before the walk starts (see Store.seal)');
    const container = make(this.containers.length);
    this.containers.push(container);
    return container;
  }
}

const ALL_BITS = -1;
/** In the undo log: the key was not there. */
const ABSENT = Symbol('absent');
/** In the undo log: the whole container's entries before the write, in order (a clear, or a delete). */
const SNAPSHOT = Symbol('snapshot');
/** In a collection: a key a rollback removed, left in its place (see TrackedCollection). */
const GONE = Symbol('gone');

/** A container's bit in a 31-bit set of containers (ids beyond share bits: a shared bit only costs a check). */
function containerBit(id: number): number {
  return 1 << id % 31;
}

/** The containers a trace reads, as containerBit()s: pass to replay() to skip checking traces that read none. */
export function readBits(trace: Trace): number {
  let bits = 0;
  for (let i = 0; i < trace.length; ) {
    const op = trace[i] as number;
    if (op <= ITER) bits |= containerBit(trace[i + 1] as number);
    i += LENGTH[op];
  }
  return bits;
}

/** Whether two traces write the same values to the same keys in the same order. */
function sameWrites(a: Trace, b: Trace): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && (a[i] as number) <= ITER) i += LENGTH[a[i] as number];
    while (j < b.length && (b[j] as number) <= ITER) j += LENGTH[b[j] as number];
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    const length = LENGTH[a[i] as number];
    for (let k = 0; k < length; k++) if (a[i + k] !== b[j + k]) return false;
    i += length;
    j += length;
  }
}

/**
 * Whether the trace wrote to container `id` before position `end`: to `key` (a clear counts), or with no `key`
 * given, anything. Looked up only for reads of diverged keys, which are few.
 */
function wroteBefore(trace: Trace, end: number, id: number, key?: unknown): boolean {
  for (let i = 0; i < end; ) {
    const op = trace[i] as number;
    if ((op === SET || op === DELETE || op === CLEAR) && trace[i + 1] === id) {
      if (op === CLEAR || key === undefined || trace[i + 2] === key) return true;
    }
    i += LENGTH[op];
  }
  return false;
}

function sameIteration(container: Tracked, read: IterationRead): boolean {
  const count = container.count();
  if (count < read.keys.length || (read.done && count !== read.keys.length)) return false;
  let k = 0;
  for (const key of container.keysInOrder()) {
    if (k === read.keys.length) break;
    if (key !== read.keys[k] || container.peek(key) !== read.values[k]) return false;
    k++;
  }
  return true;
}

/**
 * What maps and sets share: a count, deleting a key, clearing, each recorded (and logged for undoing).
 *
 * A rollback does not delete the keys added after the point it goes back to: it leaves them in place, gone
 * (invisible to every read), because the walk that follows usually adds most of them again, in the same order.
 * Those keys are the last ones of the container, so putting back the first of them where it is keeps the order a
 * fresh walk would have, and the container keeps its storage instead of shrinking and growing again on every edit.
 * Any other write to a gone key moves it to the end, as a fresh walk would; compact() drops the rest.
 */
abstract class TrackedCollection<K> extends Tracked {
  /** A set's values are `true`. GONE: see above. */
  protected readonly inner = new Map<K, unknown>();
  /** How many entries are GONE. */
  private gone = 0;
  /**
   * The GONE keys, last first, while they are the last entries of the container in that order; `goneAt` indexes the
   * first of them still gone. Undefined: they are not (then a gone key that is written again moves to the end).
   */
  private goneLastFirst: unknown[] | undefined = [];
  private goneAt = -1;

  get size(): number {
    const size = this.count();
    this.store.reading?.push(SIZE, this.id, size);
    return size;
  }

  delete(key: K): boolean {
    const had = this.peek(key) !== undefined;
    this.remove(key);
    this.store.recording?.push(DELETE, this.id, key);
    return had;
  }

  clear(): void {
    this.wipe();
    this.store.recording?.push(CLEAR, this.id);
  }

  peek(key: unknown): unknown {
    const value = this.inner.get(key as K);
    return value === GONE ? undefined : value;
  }

  put(key: unknown, value: unknown): void {
    const inner = this.inner;
    const undo = this.store.undo;
    if (undo === undefined && this.gone === 0) {
      // A one-off walk: nothing to log, nothing gone.
      inner.set(key as K, value);
      return;
    }
    const before = inner.get(key as K);
    if (before === value) return;
    if (before === undefined || before === GONE) {
      undo?.push(this.id, key, ABSENT);
      if (before === GONE) {
        this.gone--;
        // Anything but the first gone key goes to the end, after whatever is (or was) there.
        if (this.goneLastFirst?.[this.goneAt] === key) this.goneAt--;
        else {
          inner.delete(key as K);
          this.goneLastFirst = undefined;
        }
      } else if (this.gone > 0) this.goneLastFirst = undefined; // a new key after gone ones
    } else undo?.push(this.id, key, before);
    inner.set(key as K, value);
  }

  remove(key: unknown): void {
    // Putting a key back would move it to the end: keep the order, keep every entry.
    if (this.peek(key) === undefined) return;
    this.store.undo?.push(this.id, SNAPSHOT, this.liveEntries());
    this.inner.delete(key as K);
  }

  wipe(): void {
    if (this.count() === 0) return;
    this.store.undo?.push(this.id, SNAPSHOT, this.liveEntries());
    this.inner.clear();
    this.forgetGone();
  }

  restore(key: unknown, before: unknown): void {
    if (key === SNAPSHOT) {
      this.inner.clear();
      this.forgetGone();
      for (const [k, v] of before as [K, unknown][]) this.inner.set(k, v);
    } else if (before === ABSENT) {
      // The latest key added: the last live entry. It stays where it is, gone.
      this.inner.set(key as K, GONE);
      this.gone++;
      if (this.goneLastFirst) this.goneLastFirst[++this.goneAt] = key;
    } else this.inner.set(key as K, before);
  }

  override compact(): void {
    if (this.gone > 0) for (const [key, value] of this.inner) if (value === GONE) this.inner.delete(key);
    this.forgetGone();
  }

  count(): number {
    return this.inner.size - this.gone;
  }

  *keysInOrder(): IterableIterator<unknown> {
    for (const [key, value] of this.inner) if (value !== GONE) yield key;
  }

  /** The live entries, in order (for a snapshot). */
  private liveEntries(): [K, unknown][] {
    const entries: [K, unknown][] = [];
    for (const entry of this.inner) if (entry[1] !== GONE) entries.push(entry);
    return entries;
  }

  private forgetGone(): void {
    this.gone = 0;
    if (this.goneLastFirst) this.goneLastFirst.length = 0;
    else this.goneLastFirst = [];
    this.goneAt = -1;
  }

  /** The live entries, in order (a set's values are `true`), recorded as one iteration when reads are. */
  protected *iterate(): Generator<[K, unknown]> {
    let read: IterationRead | undefined;
    if (this.store.reading) {
      read = { keys: [], values: [], done: false };
      this.store.reading.push(ITER, this.id, read);
    }
    for (const entry of this.inner) {
      if (entry[1] === GONE) continue;
      if (read) {
        read.keys.push(entry[0]);
        read.values.push(entry[1]);
      }
      yield entry;
    }
    if (read) read.done = true;
  }
}

/** A Map whose reads and writes can be recorded. Values must not be undefined. */
export class TrackedMap<K, V> extends TrackedCollection<K> implements ReadonlyMap<K, V> {
  constructor(store: Store, id: number, entries?: Iterable<readonly [K, V]>) {
    super(store, id);
    if (entries) for (const [key, value] of entries) this.inner.set(key, value);
  }

  get(key: K): V | undefined {
    const value = this.peek(key) as V | undefined;
    this.store.reading?.push(GET, this.id, key, value);
    return value;
  }

  has(key: K): boolean {
    return this.get(key) !== undefined;
  }

  set(key: K, value: V): this {
    this.put(key, value);
    this.store.recording?.push(SET, this.id, key, value);
    return this;
  }

  *entries(): MapIterator<[K, V]> {
    yield* this.iterate() as Generator<[K, V]>;
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key;
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value;
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }

  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void): void {
    for (const [key, value] of this.entries()) each(value, key, this);
  }
}

/** A Set whose reads and writes can be recorded. */
export class TrackedSet<K> extends TrackedCollection<K> implements ReadonlySet<K> {
  constructor(store: Store, id: number, values?: Iterable<K>) {
    super(store, id);
    if (values) for (const key of values) this.inner.set(key, true);
  }

  has(key: K): boolean {
    const present = this.inner.get(key) === true;
    this.store.reading?.push(GET, this.id, key, present ? true : undefined);
    return present;
  }

  add(key: K): this {
    this.put(key, true);
    this.store.recording?.push(SET, this.id, key, true);
    return this;
  }

  *values(): SetIterator<K> {
    for (const [key] of this.iterate()) yield key;
  }

  keys(): SetIterator<K> {
    return this.values();
  }

  *entries(): SetIterator<[K, K]> {
    for (const key of this.values()) yield [key, key];
  }

  [Symbol.iterator](): SetIterator<K> {
    return this.values();
  }

  forEach(each: (value: K, key: K, set: ReadonlySet<K>) => void): void {
    for (const key of this.values()) each(key, key, this);
  }
}

/** One value whose reads and writes can be recorded. */
export class TrackedCell<T> extends Tracked {
  constructor(
    store: Store,
    id: number,
    private value: T,
  ) {
    super(store, id);
  }

  get(): T {
    this.store.reading?.push(GET, this.id, undefined, this.value);
    return this.value;
  }

  set(value: T): void {
    this.put(undefined, value);
    this.store.recording?.push(SET, this.id, undefined, value);
  }

  peek(): unknown {
    return this.value;
  }
  put(_key: unknown, value: unknown): void {
    this.store.undo?.push(this.id, undefined, this.value);
    this.value = value as T;
  }
  remove(): void {
    this.put(undefined, undefined);
  }
  wipe(): void {
    this.put(undefined, undefined);
  }
  restore(_key: unknown, before: unknown): void {
    this.value = before as T;
  }
  count(): number {
    return 1;
  }
  keysInOrder(): IterableIterator<unknown> {
    return [undefined].values();
  }
}
