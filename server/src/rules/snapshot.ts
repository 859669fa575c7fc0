// Snapshots of a rule's per-file state, so the engine can resume a walk from a checkpoint after an edit instead
// of walking the whole file again. A rule lists its state variables; the copy is deep (Maps, Sets, arrays,
// plain objects and class instances, aliasing kept), except for what never changes: functions, frozen objects,
// and objects the engine marks as shared (parse trees, facts, the contexts it hands to unitStart).

const shared = new WeakSet<object>();

/** Objects that are never mutated after creation and may be kept by reference in a snapshot. */
export function markShared(value: object): void {
  shared.add(value);
}

/** `markShared` for a value and everything it holds (for small immutable graphs such as statement facts). */
export function markSharedDeep(value: unknown): void {
  if (value === null || typeof value !== 'object' || shared.has(value)) return;
  shared.add(value);
  if (value instanceof Map) {
    for (const [k, v] of value) {
      markSharedDeep(k);
      markSharedDeep(v);
    }
  } else if (value instanceof Set) {
    for (const v of value) markSharedDeep(v);
  } else {
    for (const v of Object.values(value)) markSharedDeep(v);
  }
}

export function deepCopy<T>(value: T, seen = new Map<unknown, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const object = value as unknown as object;
  if (shared.has(object) || Object.isFrozen(object)) return value;
  const known = seen.get(object);
  if (known !== undefined) return known as T;
  // Primitives are copied inline: most state is sets and maps of strings.
  const copyOf = (v: unknown): unknown => (v === null || typeof v !== 'object' ? v : deepCopy(v, seen));
  if (object instanceof Map) {
    const copy = new Map();
    seen.set(object, copy);
    for (const [k, v] of object) copy.set(copyOf(k), copyOf(v));
    return copy as T;
  }
  if (object instanceof Set) {
    const copy = new Set();
    seen.set(object, copy);
    for (const v of object) copy.add(copyOf(v));
    return copy as T;
  }
  if (Array.isArray(object)) {
    const copy: unknown[] = new Array(object.length);
    seen.set(object, copy);
    for (let i = 0; i < object.length; i++) copy[i] = copyOf(object[i]);
    return copy as T;
  }
  const copy = Object.create(Object.getPrototypeOf(object)) as Record<string, unknown>;
  seen.set(object, copy);
  for (const key of Object.keys(object)) copy[key] = copyOf((object as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * A visitor's `snapshot`: copies the state `read` returns now; the function it returns puts a fresh copy of it
 * back through `write` (so one snapshot can be restored any number of times).
 */
export function keepState<S>(read: () => S, write: (state: S) => void): () => void {
  const saved = deepCopy(read());
  return () => write(deepCopy(saved));
}
