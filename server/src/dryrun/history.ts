// The scratch database a PGlite dry-run starts from: the folder's earlier migrations (up side, in the tool's
// order) and the configured seed applied to an empty cluster, saved as a data directory keyed by the content
// hash of everything applied, so the next dry-run of the same folder loads it instead of replaying (and skips
// initdb). Even with no history, the saved empty cluster spares each new process initdb.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { VERSION } from '../version';
import { send } from './copyFromStdin';
import { Database, DatabaseError } from './database';
import { dumpPGlite, openPGlite, PGLITE_EXTENSIONS } from './pglite';
import { PlannedStatement } from './statements';
import { LineIndex } from '../syntax/positions';

export interface SetupScript {
  /** Shown in problems, e.g. the migration's path relative to the current folder. */
  label: string;
  text: string;
  /** The statements to apply, as planStatements gives them for this script. */
  statements: readonly PlannedStatement[];
}

export interface ScratchDatabase {
  db: Database;
  /** `hit`: loaded from the cache; `miss`: built and saved; `off`: no cache folder usable. */
  cache: 'hit' | 'miss' | 'off';
  /** Statements of the history or seed that failed on PGlite ("file:line:col: message"); the rest still ran. */
  problems: string[];
  /** Milliseconds spent opening, applying and saving. */
  setupMs: number;
}

/** Where saved data directories live: SLUICE_CACHE_DIR, else a folder in the OS temp directory. */
export function cacheFolder(): string {
  return process.env.SLUICE_CACHE_DIR || path.join(os.tmpdir(), 'sluice-dryrun-cache');
}

/** The extensions the scripts create that PGlite ships: loaded at start so CREATE EXTENSION finds them. */
export function extensionsUsed(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/create\s+extension\s+(?:if\s+not\s+exists\s+)?"?([\w-]+)"?/gi)) {
      const name = match[1].toLowerCase();
      if (PGLITE_EXTENSIONS.includes(name)) found.add(name);
    }
  }
  return [...found].sort();
}

function cacheKey(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 32);
}

/** Saved data directories kept per cache folder (about 40 MB each): the most recently used ones. */
const CACHE_ENTRIES = 8;

function readCached(file: string): Blob | undefined {
  try {
    const blob = new Blob([fs.readFileSync(file)]);
    const now = new Date();
    fs.utimesSync(file, now, now); // recently used: evicted last
    return blob;
  } catch {
    return undefined;
  }
}

function evictOldest(dir: string): void {
  try {
    const entries = fs
      .readdirSync(dir)
      .filter((name) => name.endsWith('.tar'))
      .map((name) => ({ file: path.join(dir, name), used: fs.statSync(path.join(dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const stale of entries.slice(CACHE_ENTRIES)) fs.rmSync(stale.file, { force: true });
  } catch {
    // another process evicting at the same time: nothing to do
  }
}

/** Written under a temporary name and renamed, so a concurrent reader never sees half a file. */
async function writeCached(file: string, blob: Blob): Promise<boolean> {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await blob.arrayBuffer()));
    fs.renameSync(partial, file);
    evictOldest(path.dirname(file));
    return true;
  } catch {
    return false;
  }
}

/** The data directory of an embedded database, opened in this thread or in a worker. */
function dumpOf(db: Database): Promise<Blob> {
  const own = (db as Partial<{ dump(): Promise<Blob> }>).dump;
  return typeof own === 'function' ? own.call(db) : dumpPGlite(db);
}

/** Applies each statement on its own (autocommit, so CONCURRENTLY works); failures become problems. */
async function applyScript(db: Database, script: SetupScript, problems: string[]): Promise<void> {
  const lines = new LineIndex(script.text);
  for (const statement of script.statements) {
    const at = lines.positionAt(statement.start);
    const copy = statement.copyFromStdin;
    if (copy?.unfed) {
      // Sent, the server would wait for data the tool never sends (and setup has no time limit).
      problems.push(`${script.label}:${at.line + 1}:${at.character + 1}: ${copy.unfed}`);
      continue;
    }
    try {
      if (copy) await send(db, statement);
      else await db.exec(statement.text);
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      problems.push(`${script.label}:${at.line + 1}:${at.character + 1}: ${error.message}`);
    }
  }
  // A script that opened a transaction and never closed it (or failed inside one) must not swallow the next.
  await db.exec('COMMIT').catch(() => undefined);
}

/**
 * An embedded database holding `scripts` applied in order (the earlier migrations, then the seed), from the
 * cache when the same scripts were applied before.
 */
export async function openScratchDatabase(
  scripts: readonly SetupScript[],
  options: {
    extensions?: readonly string[];
    cacheDir?: string;
    /** How to start the engine: in this thread (default) or in a worker (openPGliteWorker). */
    open?: (options: { extensions?: readonly string[]; loadDataDir?: Blob }) => Promise<Database>;
  } = {},
): Promise<ScratchDatabase> {
  const open = options.open ?? openPGlite;
  const started = performance.now();
  const extensions = [...(options.extensions ?? [])].sort();
  const dir = options.cacheDir ?? cacheFolder();
  const engineKey = [`sluice ${VERSION}`, `extensions ${extensions.join(',')}`];
  const emptyFile = path.join(dir, `pglite-empty-${cacheKey(engineKey)}.tar`);
  const fullFile = path.join(
    dir,
    `pglite-${cacheKey([...engineKey, ...scripts.flatMap((s) => [s.label, s.text])])}.tar`,
  );
  const elapsed = () => Math.round(performance.now() - started);

  if (scripts.length > 0) {
    const saved = readCached(fullFile);
    if (saved)
      return {
        db: await open({ extensions, loadDataDir: saved }),
        cache: 'hit',
        problems: [],
        setupMs: elapsed(),
      };
  }
  const empty = readCached(emptyFile);
  const db = await open({ extensions, loadDataDir: empty });
  let cache: ScratchDatabase['cache'] = empty ? 'hit' : 'miss';
  try {
    if (!empty && !(await writeCached(emptyFile, await dumpOf(db)))) cache = 'off';
    if (scripts.length === 0) return { db, cache, problems: [], setupMs: elapsed() };
    const problems: string[] = [];
    for (const script of scripts) await applyScript(db, script, problems);
    // Saved only when everything applied cleanly: a later run then reports the same problems instead of
    // silently starting from a half-applied history.
    if (problems.length === 0) cache = (await writeCached(fullFile, await dumpOf(db))) ? 'miss' : 'off';
    else cache = 'off';
    return { db, cache, problems, setupMs: elapsed() };
  } catch (error) {
    await db.close();
    throw error;
  }
}
