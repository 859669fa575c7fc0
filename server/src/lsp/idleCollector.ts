// Node never collects garbage on its own while a process waits for input, and V8 gives a heap's pages back only
// after a full collection. After opening a 5,000-statement migration and editing it, the language server held
// ~190 MB, of which ~45 MB was live (bench/lsp.ts): the rest was garbage and an emptied 32 MB young generation, kept
// for as long as the editor stayed open. So the server collects once it has been quiet for a moment, and once more
// a few seconds later: by then V8 measures a low allocation rate and also shrinks the young generation (~125 MB).
// TypeScript's tsserver does the same with its GC timer.
import * as v8 from 'v8';
import * as vm from 'vm';

/** V8's full collection, or undefined when this runtime does not offer it. */
export function fullCollection(): (() => void) | undefined {
  if (typeof global.gc === 'function') return global.gc;
  try {
    // `--expose-gc` set at run time gives `gc` to contexts created afterwards; the flag is put back at once so
    // nothing else in the process sees it.
    v8.setFlagsFromString('--expose-gc');
    const gc: unknown = vm.runInNewContext('gc');
    return typeof gc === 'function' ? (gc as () => void) : undefined;
  } catch {
    return undefined;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}

/** The pauses after the last work, in ms, after which the server collects: a first time, and the last time. */
export const IDLE_COLLECTION_DELAYS_MS = [1_000, 6_000];

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly collect: (() => void) | undefined = fullCollection(),
    private readonly delaysMs: readonly number[] = IDLE_COLLECTION_DELAYS_MS,
  ) {}

  /** Work happened (an analysis): collect once the server has been quiet for each of the delays since. */
  busy(): void {
    if (!this.collect) return;
    clearTimeout(this.timer);
    this.after(0, 0);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private after(step: number, waitedMs: number): void {
    if (step >= this.delaysMs.length) {
      this.timer = undefined;
      return;
    }
    const delay = this.delaysMs[step];
    // unref: a pending collection never keeps the process alive.
    this.timer = setTimeout(() => {
      this.collect?.();
      this.after(step + 1, delay);
    }, delay - waitedMs).unref();
  }
}
