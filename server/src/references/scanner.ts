// The I/O edge of reference finding: a background, incremental index of a workspace's application code.
// The scan reads files asynchronously in small slices (yielding with setImmediate, so the language server keeps
// answering), remembers per file which names occur in it (cached by mtime + size), and answers `find` by
// matching only the files that can mention the target. Before the scan has finished, `find` answers from what
// is indexed so far and says so (`complete: false`).
import * as fs from 'fs';
import * as path from 'path';
import {
  looksMinified,
  matchSource,
  PreparedSource,
  prepareSource,
  ReferencePlace,
  ReferenceTarget,
  targetNeedles,
} from './match';
import { isCommonName, normalizeTableName, singular, snake } from './names';
import { isInsideGlob } from '../migrations/tools';
import { isExcludedPath, isSkippedDir, isSourceFile } from './paths';

export interface ScannerOptions {
  /** Absolute folder globs holding migrations (`migrationDirs` from .sluicerc.json after loading): never read. */
  migrationDirs?: readonly string[];
  /** Files larger than this are skipped (default 1 MiB). */
  maxFileBytes?: number;
  /** The scan stops reading new files after this many bytes in all (default 256 MiB). */
  maxTotalBytes?: number;
  /** The scan stops after this many files (default 50,000). */
  maxFiles?: number;
  /** Synchronous work between two yields to the event loop, in milliseconds (default 8). */
  sliceMs?: number;
  /** How many files are read concurrently (default 32). */
  concurrency?: number;
  /** Prepared (lexed) sources kept for repeated `find`s, in UTF-16 units of text (default 2 M). */
  cacheChars?: number;
}

export interface FindResult {
  /** Strong matches first, then by path and line; at most `limit`. */
  places: ReferencePlace[];
  /** How many places were found in all (places.length ≤ total). */
  total: number;
  /** False while the first scan is still running, or when a size limit stopped it: more places may exist. */
  complete: boolean;
  /** How many indexed files could mention the target and were matched. */
  searched: number;
}

export interface ScanStats {
  root: string;
  files: number;
  bytes: number;
  /** The first full walk has finished. */
  scanned: boolean;
  /** A limit (maxFiles, maxTotalBytes) stopped the walk early. */
  truncated: boolean;
  /** Files over maxFileBytes. */
  skippedLarge: number;
  /** Minified or generated files (a line over 10,000 characters). */
  skippedGenerated: number;
  /** Duration of the last full walk, in milliseconds (undefined while running). */
  elapsedMs?: number;
}

interface FileEntry {
  id: number;
  mtimeMs: number;
  size: number;
  keys: string[];
}

const WORD = /[A-Za-z_][A-Za-z0-9_]*/g;

/** Lookup keys per distinct word, shared by all files (identifiers repeat across a codebase). */
const wordKeys = new Map<string, string | [string, string]>();

/** The lookup keys of a file: every word lower-cased, and camelCase words also as snake_case. */
export function indexKeys(text: string): string[] {
  const words = new Set<string>();
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text))) words.add(m[0]);
  if (wordKeys.size > 200_000) wordKeys.clear();
  const keys = new Set<string>();
  for (const w of words) {
    let k = wordKeys.get(w);
    if (k === undefined) {
      const lower = w.toLowerCase();
      const snaked = lower !== w && /[a-z]/.test(w) ? snake(w) : lower;
      k = snaked === lower ? lower : [lower, snaked];
      wordKeys.set(w, k);
    }
    if (typeof k === 'string') keys.add(k);
    else {
      keys.add(k[0]);
      keys.add(k[1]);
    }
  }
  return [...keys];
}

const NO_PLACES: readonly ReferencePlace[] = Object.freeze([]);
const MAX_CACHED_TARGETS = 16;

function targetKey(target: ReferenceTarget): string {
  return JSON.stringify([normalizeTableName(target.table), target.column ?? null]);
}

/** fs.readFile with a callback: one open/read/close on the thread pool, cheaper than fs.promises' FileHandle. */
function readText(file: string): Promise<string> {
  return new Promise((resolve, reject) =>
    fs.readFile(file, 'utf8', (err, text) => (err ? reject(err) : resolve(text))),
  );
}

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ReferenceScanner {
  readonly root: string;
  private readonly options: Required<ScannerOptions>;
  private readonly files = new Map<string, FileEntry>();
  private readonly paths = new Map<number, string>();
  private readonly postings = new Map<string, Set<number>>();
  private nextId = 1;
  private bytes = 0;
  private generation = 0;
  private scanned = false;
  private truncated = false;
  /** Files not indexed (too large, minified), by the version that was looked at. */
  private readonly skipped = new Map<string, { mtimeMs: number; size: number; reason: 'large' | 'generated' }>();
  private elapsedMs: number | undefined;
  private walking: Promise<void> | undefined;
  private disposed = false;
  private readonly listeners = new Set<() => void>();
  private readonly pending = new Set<string>();
  private flushing: Promise<void> | undefined;
  private readonly memo = new Map<string, { generation: number; result: FindResult }>();
  private readonly inflight = new Map<string, { generation: number; promise: Promise<FindResult> }>();
  /** Per target, per indexed file version (id): the places found there. */
  private readonly perTarget = new Map<string, Map<number, readonly ReferencePlace[]>>();
  private readonly prepared = new Map<string, { mtimeMs: number; size: number; source: PreparedSource }>();
  private preparedChars = 0;

  constructor(root: string, options: ScannerOptions = {}) {
    this.root = path.resolve(root);
    this.options = {
      migrationDirs: options.migrationDirs ?? [],
      maxFileBytes: options.maxFileBytes ?? 1024 * 1024,
      maxTotalBytes: options.maxTotalBytes ?? 256 * 1024 * 1024,
      maxFiles: options.maxFiles ?? 50_000,
      sliceMs: options.sliceMs ?? 8,
      concurrency: options.concurrency ?? 32,
      cacheChars: options.cacheChars ?? 2 * 1024 * 1024,
    };
  }

  /** Starts the background scan (once); resolves when it has walked the whole workspace. */
  start(): Promise<void> {
    if (!this.walking) this.walking = this.walk();
    return this.walking;
  }

  /** True once the first walk finished without hitting a limit. */
  get complete(): boolean {
    return this.scanned && !this.truncated;
  }

  /** Called once the first walk has finished (e.g. to refresh diagnostics that were computed from a partial index). */
  onComplete(listener: () => void): { dispose(): void } {
    if (this.scanned) {
      setImmediate(listener);
      return { dispose: () => undefined };
    }
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  stats(): ScanStats {
    return {
      root: this.root,
      files: this.files.size,
      bytes: this.bytes,
      scanned: this.scanned,
      truncated: this.truncated,
      skippedLarge: [...this.skipped.values()].filter((v) => v.reason === 'large').length,
      skippedGenerated: [...this.skipped.values()].filter((v) => v.reason === 'generated').length,
      elapsedMs: this.elapsedMs,
    };
  }

  /** True when the scanner would read this (absolute) file. */
  covers(file: string): boolean {
    const abs = path.resolve(file);
    if (abs !== this.root && !abs.startsWith(this.root + path.sep)) return false;
    return isSourceFile(path.basename(abs)) && !isExcludedPath(abs, this.root, this.options.migrationDirs);
  }

  /**
   * A file was created, changed or deleted (file watcher, didSave): it is re-read in the background if its
   * mtime or size changed. Files the scanner does not cover are ignored.
   */
  invalidate(file: string): void {
    const abs = path.resolve(file);
    if (this.disposed || !this.covers(abs)) return;
    this.pending.add(abs);
    if (!this.flushing) this.flushing = yieldToEventLoop().then(() => this.flushPending());
  }

  /** Walks the workspace again: re-reads only files whose mtime or size changed and forgets vanished ones. */
  async rescan(): Promise<void> {
    await this.start();
    const seen = new Set<string>();
    await this.walkTree(seen);
    for (const file of [...this.files.keys()]) if (!seen.has(file)) this.remove(file);
    for (const file of [...this.skipped.keys()]) if (!seen.has(file)) this.skipped.delete(file);
  }

  dispose(): void {
    this.disposed = true;
    this.listeners.clear();
    this.pending.clear();
    this.memo.clear();
    this.perTarget.clear();
    this.prepared.clear();
  }

  /**
   * Places in the workspace's application code that refer to `target`, strongest first. Answers from the index
   * as it is now: while the first scan runs, `complete` is false. Files already matched for this target (and
   * unchanged since) are not read again, so after an edit only the changed files cost anything.
   */
  find(target: ReferenceTarget, limit = 20): Promise<FindResult> {
    const key = `${targetKey(target)}|${limit}`;
    const memo = this.memo.get(key);
    if (memo && memo.generation === this.generation && this.scanned && this.pending.size === 0) {
      return Promise.resolve(memo.result);
    }
    const running = this.inflight.get(key);
    if (running && running.generation === this.generation) return running.promise;
    const promise = this.compute(target, limit, key).finally(() => {
      if (this.inflight.get(key)?.promise === promise) this.inflight.delete(key);
    });
    this.inflight.set(key, { generation: this.generation, promise });
    return promise;
  }

  /** The last complete answer for `target` if nothing changed since, without waiting; otherwise undefined. */
  peek(target: ReferenceTarget, limit = 20): FindResult | undefined {
    const memo = this.memo.get(`${targetKey(target)}|${limit}`);
    return memo && memo.generation === this.generation && this.pending.size === 0 ? memo.result : undefined;
  }

  private async compute(target: ReferenceTarget, limit: number, key: string): Promise<FindResult> {
    if (this.pending.size > 0 && this.flushing) await this.flushing;
    const generation = this.generation;
    const complete = this.complete;
    const tkey = targetKey(target);
    let perFile = this.perTarget.get(tkey);
    if (perFile)
      this.perTarget.delete(tkey); // LRU: re-inserted last below
    else perFile = new Map();
    this.perTarget.set(tkey, perFile);
    while (this.perTarget.size > MAX_CACHED_TARGETS)
      this.perTarget.delete(this.perTarget.keys().next().value as string);

    let places: ReferencePlace[] = [];
    let total = 0;
    const add = (found: readonly ReferencePlace[]): void => {
      total += found.length;
      for (const p of found) places.push(p);
      // Keep memory and the final sort bounded when a name is everywhere: only the best `limit` survive.
      if (places.length > 1000) places = places.sort(comparePlaces).slice(0, limit);
    };
    const todo: Array<[number, string]> = [];
    const candidates = this.candidates(target);
    for (const [id, file] of candidates) {
      const known = perFile.get(id);
      if (known) add(known);
      else todo.push([id, file]);
    }
    let sliceStart = Date.now();
    for (let i = 0; i < todo.length && !this.disposed; i += this.options.concurrency) {
      const batch = todo.slice(i, i + this.options.concurrency);
      const texts = await Promise.all(batch.map(([, file]) => this.cachedOrRead(file)));
      for (let k = 0; k < batch.length; k++) {
        const [id, file] = batch[k];
        const source = this.prepare(file, texts[k]);
        const found = source ? matchSource(source, target) : NO_PLACES;
        // Only remember answers for the file version still indexed (it may have changed while we read it).
        if (this.files.get(file)?.id === id) perFile.set(id, found.length > 0 ? found : NO_PLACES);
        add(found);
        if (Date.now() - sliceStart >= this.options.sliceMs) {
          await yieldToEventLoop();
          sliceStart = Date.now();
        }
      }
    }
    places.sort(comparePlaces);
    const result: FindResult = { places: places.slice(0, limit), total, complete, searched: candidates.length };
    if (complete && generation === this.generation) {
      this.memo.set(key, { generation, result });
      if (this.memo.size > 200) this.memo.delete(this.memo.keys().next().value as string);
    }
    return result;
  }

  /** Files whose words include the target's names (and, for a common column name, the table's). */
  private candidates(target: ReferenceTarget): Array<[number, string]> {
    const union = (keys: Iterable<string>): Set<number> => {
      const ids = new Set<number>();
      for (const k of keys) for (const id of this.postings.get(k) ?? []) ids.add(id);
      return ids;
    };
    let ids = union(targetNeedles(target).filter((k) => k.length > 0));
    if (target.column !== undefined && isCommonName(snake(target.column))) {
      const table = normalizeTableName(target.table);
      const tableIds = union([table, singular(table)]);
      ids = new Set([...ids].filter((id) => tableIds.has(id)));
    }
    const out: Array<[number, string]> = [];
    for (const id of ids) {
      const file = this.paths.get(id);
      if (file !== undefined) out.push([id, file]);
    }
    return out.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  }

  /** A prepared source from the cache (when the file is unchanged), else the file's text to prepare. */
  private async cachedOrRead(file: string): Promise<PreparedSource | string | undefined> {
    const entry = this.files.get(file);
    if (!entry) return undefined;
    const cached = this.prepared.get(file);
    if (cached && cached.mtimeMs === entry.mtimeMs && cached.size === entry.size) {
      // LRU: move to the end.
      this.prepared.delete(file);
      this.prepared.set(file, cached);
      return cached.source;
    }
    try {
      return await readText(file);
    } catch {
      return undefined;
    }
  }

  private prepare(file: string, got: PreparedSource | string | undefined): PreparedSource | undefined {
    if (got === undefined || typeof got !== 'string') return got;
    const entry = this.files.get(file);
    const source = prepareSource(got, file);
    if (!source || !entry) return source;
    const old = this.prepared.get(file);
    if (old) this.preparedChars -= old.source.lexed.text.length;
    this.prepared.set(file, { mtimeMs: entry.mtimeMs, size: entry.size, source });
    this.preparedChars += got.length;
    while (this.preparedChars > this.options.cacheChars && this.prepared.size > 1) {
      const [oldest, value] = this.prepared.entries().next().value as [string, { source: PreparedSource }];
      this.prepared.delete(oldest);
      this.preparedChars -= value.source.lexed.text.length;
    }
    return source;
  }

  private async walk(): Promise<void> {
    const started = Date.now();
    await this.walkTree(undefined);
    this.elapsedMs = Date.now() - started;
    this.scanned = true;
    this.generation++;
    for (const listener of this.listeners) {
      try {
        listener();
      } catch {
        // a listener's failure is its own
      }
    }
    this.listeners.clear();
  }

  /** Visits every covered file under the root, indexing those that are new or changed. */
  private async walkTree(seen: Set<string> | undefined): Promise<void> {
    const dirs: string[] = [this.root];
    let batch: string[] = [];
    let sliceStart = Date.now();
    const flush = async (): Promise<void> => {
      const files = batch;
      batch = [];
      await Promise.all(files.map((f) => this.indexFile(f)));
      if (Date.now() - sliceStart >= this.options.sliceMs) {
        await yieldToEventLoop();
        sliceStart = Date.now();
      }
    };
    while (dirs.length > 0 && !this.disposed) {
      const dir = dirs.shift() as string;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (!isSkippedDir(entry.name, dir) && !this.options.migrationDirs.some((g) => isInsideGlobDir(full, g))) {
            dirs.push(full);
          }
        } else if (entry.isFile() && isSourceFile(entry.name)) {
          if (this.options.migrationDirs.length > 0 && isExcludedPath(full, this.root, this.options.migrationDirs)) {
            continue;
          }
          if (!this.files.has(full) && this.files.size + batch.length >= this.options.maxFiles) {
            this.truncated = true;
            continue;
          }
          seen?.add(full);
          batch.push(full);
          if (batch.length >= this.options.concurrency) await flush();
        }
      }
      await flush();
    }
    await flush();
  }

  private async flushPending(): Promise<void> {
    while (this.pending.size > 0 && !this.disposed) {
      const files = [...this.pending].slice(0, this.options.concurrency);
      for (const f of files) this.pending.delete(f);
      await Promise.all(files.map((f) => this.indexFile(f)));
    }
    this.flushing = undefined;
  }

  /** (Re)indexes one file if it is new or its mtime/size changed; forgets it when it is gone. */
  private async indexFile(file: string): Promise<void> {
    let stat: fs.Stats;
    try {
      stat = await fs.promises.stat(file);
    } catch {
      this.remove(file);
      this.skipped.delete(file);
      return;
    }
    if (!stat.isFile()) {
      this.remove(file);
      return;
    }
    const known = this.files.get(file);
    if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return;
    const skipped = this.skipped.get(file);
    if (skipped && skipped.mtimeMs === stat.mtimeMs && skipped.size === stat.size) return;
    this.skipped.delete(file);
    if (stat.size > this.options.maxFileBytes) {
      this.skipped.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, reason: 'large' });
      this.remove(file);
      return;
    }
    if (!known && this.bytes + stat.size > this.options.maxTotalBytes) {
      this.truncated = true;
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch {
      this.remove(file);
      return;
    }
    if (this.disposed) return;
    this.remove(file);
    if (looksMinified(text)) {
      this.skipped.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, reason: 'generated' });
      return;
    }
    const id = this.nextId++;
    const keys = indexKeys(text);
    for (const k of keys) {
      let set = this.postings.get(k);
      if (!set) this.postings.set(k, (set = new Set()));
      set.add(id);
    }
    this.files.set(file, { id, mtimeMs: stat.mtimeMs, size: stat.size, keys });
    this.paths.set(id, file);
    this.bytes += stat.size;
    this.generation++;
  }

  private remove(file: string): void {
    const entry = this.files.get(file);
    if (!entry) return;
    for (const k of entry.keys) {
      const set = this.postings.get(k);
      if (!set) continue;
      set.delete(entry.id);
      if (set.size === 0) this.postings.delete(k);
    }
    for (const perFile of this.perTarget.values()) perFile.delete(entry.id);
    this.files.delete(file);
    this.paths.delete(entry.id);
    this.bytes -= entry.size;
    this.generation++;
  }
}

/** True when `dir` itself is (or is inside) a folder matching the absolute glob. */
function isInsideGlobDir(dir: string, glob: string): boolean {
  return isInsideGlob(path.join(dir, '_'), glob);
}

const KIND_ORDER: Record<string, number> = {
  orm: 0,
  qualified: 0,
  sql: 1,
  model: 1,
  identifier: 2,
  string: 2,
  variant: 3,
};

function comparePlaces(a: ReferencePlace, b: ReferencePlace): number {
  return (
    Number(a.weak) - Number(b.weak) ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
    a.offset - b.offset
  );
}

const ROOT_MARKERS = [
  '.git',
  '.sluicerc.json',
  'package.json',
  'go.mod',
  'Gemfile',
  'pyproject.toml',
  'setup.py',
  'requirements.txt',
  'mix.exs',
  'composer.json',
  'pom.xml',
  'build.gradle',
  'build.gradle.kts',
];

/**
 * The folder to scan for a migration file outside any editor workspace (the CLI): the nearest ancestor holding
 * `.git`, `.sluicerc.json` or a project manifest, else the file's folder.
 */
export function guessWorkspaceRoot(file: string): string {
  const start = path.dirname(path.resolve(file));
  let dir = start;
  for (;;) {
    if (ROOT_MARKERS.some((m) => fs.existsSync(path.join(dir, m)))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return start;
    dir = parent;
  }
}

const scanners = new Map<string, ReferenceScanner>();

/** One shared scanner per workspace root (started on first use). */
export function scannerFor(root: string, options: ScannerOptions = {}): ReferenceScanner {
  const key = path.resolve(root);
  let scanner = scanners.get(key);
  if (!scanner) {
    scanner = new ReferenceScanner(key, options);
    scanners.set(key, scanner);
    void scanner.start();
  }
  return scanner;
}

/** Disposes and forgets every shared scanner (server shutdown, configuration change). */
export function disposeScanners(): void {
  for (const s of scanners.values()) s.dispose();
  scanners.clear();
}
