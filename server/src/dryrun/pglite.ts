// Embedded PostgreSQL (PGlite, WASM) behind the Database interface: in memory, nothing to install.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
// Types from the ESM entry, the one the dynamic import below loads (the CommonJS typings are distinct types).
import type { Extension, PGlite, PGliteOptions } from '@electric-sql/pglite' with { 'resolution-mode': 'import' };
import { asDatabaseError, Database, DatabaseError, QueryResult, versionNumber } from './database';

/**
 * The extensions PGlite ships, by the name CREATE EXTENSION uses. Listed one by one (not a computed path) so
 * a bundler can see every module and an unknown name gets a clear error.
 */
const EXTENSION_LOADERS: Record<string, () => Promise<Extension>> = {
  amcheck: async () => (await import('@electric-sql/pglite/contrib/amcheck')).amcheck,
  auto_explain: async () => (await import('@electric-sql/pglite/contrib/auto_explain')).auto_explain,
  bloom: async () => (await import('@electric-sql/pglite/contrib/bloom')).bloom,
  btree_gin: async () => (await import('@electric-sql/pglite/contrib/btree_gin')).btree_gin,
  btree_gist: async () => (await import('@electric-sql/pglite/contrib/btree_gist')).btree_gist,
  citext: async () => (await import('@electric-sql/pglite/contrib/citext')).citext,
  cube: async () => (await import('@electric-sql/pglite/contrib/cube')).cube,
  dict_int: async () => (await import('@electric-sql/pglite/contrib/dict_int')).dict_int,
  dict_xsyn: async () => (await import('@electric-sql/pglite/contrib/dict_xsyn')).dict_xsyn,
  earthdistance: async () => (await import('@electric-sql/pglite/contrib/earthdistance')).earthdistance,
  file_fdw: async () => (await import('@electric-sql/pglite/contrib/file_fdw')).file_fdw,
  fuzzystrmatch: async () => (await import('@electric-sql/pglite/contrib/fuzzystrmatch')).fuzzystrmatch,
  hstore: async () => (await import('@electric-sql/pglite/contrib/hstore')).hstore,
  intarray: async () => (await import('@electric-sql/pglite/contrib/intarray')).intarray,
  isn: async () => (await import('@electric-sql/pglite/contrib/isn')).isn,
  lo: async () => (await import('@electric-sql/pglite/contrib/lo')).lo,
  ltree: async () => (await import('@electric-sql/pglite/contrib/ltree')).ltree,
  moddatetime: async () => (await import('@electric-sql/pglite/contrib/moddatetime')).moddatetime,
  pageinspect: async () => (await import('@electric-sql/pglite/contrib/pageinspect')).pageinspect,
  pg_buffercache: async () => (await import('@electric-sql/pglite/contrib/pg_buffercache')).pg_buffercache,
  pg_freespacemap: async () => (await import('@electric-sql/pglite/contrib/pg_freespacemap')).pg_freespacemap,
  pg_stat_statements: async () => (await import('@electric-sql/pglite/contrib/pg_stat_statements')).pg_stat_statements,
  pg_surgery: async () => (await import('@electric-sql/pglite/contrib/pg_surgery')).pg_surgery,
  pg_trgm: async () => (await import('@electric-sql/pglite/contrib/pg_trgm')).pg_trgm,
  pg_visibility: async () => (await import('@electric-sql/pglite/contrib/pg_visibility')).pg_visibility,
  pg_walinspect: async () => (await import('@electric-sql/pglite/contrib/pg_walinspect')).pg_walinspect,
  pgcrypto: async () => (await import('@electric-sql/pglite/contrib/pgcrypto')).pgcrypto,
  seg: async () => (await import('@electric-sql/pglite/contrib/seg')).seg,
  tablefunc: async () => (await import('@electric-sql/pglite/contrib/tablefunc')).tablefunc,
  tcn: async () => (await import('@electric-sql/pglite/contrib/tcn')).tcn,
  tsm_system_rows: async () => (await import('@electric-sql/pglite/contrib/tsm_system_rows')).tsm_system_rows,
  tsm_system_time: async () => (await import('@electric-sql/pglite/contrib/tsm_system_time')).tsm_system_time,
  unaccent: async () => (await import('@electric-sql/pglite/contrib/unaccent')).unaccent,
  'uuid-ossp': async () => (await import('@electric-sql/pglite/contrib/uuid_ossp')).uuid_ossp,
};

/** The extension names openPGlite accepts (CREATE EXTENSION spelling). */
export const PGLITE_EXTENSIONS: readonly string[] = Object.keys(EXTENSION_LOADERS);

async function loadExtensions(names: readonly string[]): Promise<Record<string, Extension>> {
  const loaded: Record<string, Extension> = {};
  for (const name of names) {
    const loader = EXTENSION_LOADERS[name];
    if (!loader) {
      throw new Error(
        `PGlite has no extension "${name}". It ships: ${PGLITE_EXTENSIONS.join(', ')}. ` +
          'Use --database-url with a PostgreSQL server that has it installed.',
      );
    }
    loaded[name.replace(/-/g, '_')] = await loader();
  }
  return loaded;
}

/**
 * The WASM modules compiled once per process (a few hundred ms each time otherwise). Undefined when the files
 * are not where node_modules puts them (e.g. inside a bundle): PGlite then finds them itself.
 */
// Node has WebAssembly; the ES2022 lib this project compiles against does not describe it.
declare const WebAssembly: { compile(bytes: Uint8Array): Promise<object> };

/**
 * Where pglite.wasm, initdb.wasm, pglite.data and the extension archives are: beside this file when it is part
 * of the bundle (dist/), else in node_modules. PGlite's own lookup goes through import.meta.url, which a
 * CommonJS bundle does not have, so Sluice hands it the files itself.
 */
function pgliteAssetsDir(): string | undefined {
  const candidates = [__dirname];
  try {
    candidates.push(path.dirname(require.resolve('@electric-sql/pglite')));
  } catch {
    // not installed as a package: only the bundle's copy can serve
  }
  return candidates.find((dir) => fs.existsSync(path.join(dir, 'pglite.wasm')));
}

type PGliteAssets = Pick<PGliteOptions, 'pgliteWasmModule' | 'initdbWasmModule' | 'fsBundle'>;

/** Read and compiled once per process (compiling costs a few hundred ms per open otherwise). */
let loadedAssets: Promise<{ dir?: string; options: PGliteAssets }> | undefined;

function pgliteAssets(): Promise<{ dir?: string; options: PGliteAssets }> {
  loadedAssets ??= (async () => {
    const dir = pgliteAssetsDir();
    if (!dir) return { options: {} }; // PGlite looks for them itself
    const read = (file: string) => fs.promises.readFile(path.join(dir, file));
    const [pgliteWasmModule, initdbWasmModule, data] = await Promise.all([
      read('pglite.wasm').then((bytes) => WebAssembly.compile(bytes)),
      read('initdb.wasm').then((bytes) => WebAssembly.compile(bytes)),
      read('pglite.data'),
    ]);
    return { dir, options: { pgliteWasmModule, initdbWasmModule, fsBundle: new Blob([data]) } };
  })().catch((error: unknown) => {
    loadedAssets = undefined;
    throw new Error(`Cannot load the embedded PostgreSQL (PGlite) files: ${(error as Error).message}`, {
      cause: error,
    });
  });
  return loadedAssets;
}

/** Archives whose name is not the extension's. */
const EXTENSION_ARCHIVES: Record<string, string> = { moddatetime: 'spi', uuid_ossp: 'uuid-ossp' };

/** Whether a setup result names an archive that is there (inside a bundle, it names one beside dist/). */
function archiveExists(bundlePath: URL | undefined): boolean {
  return bundlePath?.protocol === 'file:' && fs.existsSync(fileURLToPath(bundlePath));
}

/**
 * An extension whose own lookup of its archive fails or misses (inside a bundle) is pointed at the copy in the
 * assets folder instead.
 */
function withArchiveBeside(name: string, extension: Extension, assetsDir: string | undefined): Extension {
  return {
    ...extension,
    setup: async (...args: Parameters<Extension['setup']>) => {
      let own: Awaited<ReturnType<Extension['setup']>> | undefined;
      let failure: unknown;
      try {
        own = await extension.setup(...args);
        if (!own.bundlePath || archiveExists(own.bundlePath)) return own;
      } catch (error) {
        failure = error;
      }
      const archive = assetsDir && path.join(assetsDir, `${EXTENSION_ARCHIVES[name] ?? name}.tar.gz`);
      if (!archive || !fs.existsSync(archive)) {
        throw new Error(`PGlite's archive for the extension "${name}" is missing${archive ? ` (${archive})` : ''}`, {
          cause: failure,
        });
      }
      return {
        ...own,
        bundlePath: pathToFileURL(archive),
        ...(name === 'pg_stat_statements' ? { sharedPreloadLibraries: ['pg_stat_statements'] } : {}),
      };
    },
  };
}

/**
 * An empty cluster's data directory, taken from the first instance of the process: later instances load it
 * instead of running initdb again (about 1 s instead of 7 s per open).
 */
let freshDataDir: Promise<Blob> | undefined;

/** The empty cluster the build ships beside the bundle (scripts/empty-cluster.mjs): no initdb even on a first run. */
function shippedEmptyCluster(dir: string | undefined): Promise<Blob> | undefined {
  if (!dir) return undefined;
  try {
    const bytes = fs.readFileSync(path.join(dir, 'pglite-empty-cluster.tgz'));
    return Promise.resolve(new Blob([bytes], { type: 'application/x-gzip' }));
  } catch {
    return undefined; // running from node_modules (tests): initdb as usual
  }
}

// int8 as a string, as `pg` returns it, so rows look the same on both engines (and never lose precision).
const SAME_AS_PG = { 20: (value: string) => value };

export async function openPGlite(
  options: {
    extensions?: readonly string[];
    /** A data directory saved by dumpPGlite (the dry-run's history cache): no initdb. */
    loadDataDir?: Blob;
  } = {},
): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const assets = await pgliteAssets();
  const extensions = Object.fromEntries(
    Object.entries(await loadExtensions(options.extensions ?? [])).map(([name, extension]) => [
      name,
      withArchiveBeside(name, extension, assets.dir),
    ]),
  );
  const common: PGliteOptions = { ...assets.options, extensions, parsers: SAME_AS_PG };
  const start = (loadDataDir: Blob) =>
    PGlite.create({ ...common, loadDataDir }).catch((error: unknown) => {
      throw new Error(`Cannot start the embedded PostgreSQL (PGlite): ${(error as Error).message}`, {
        cause: error,
      });
    });
  let instance: PGlite;
  freshDataDir ??= shippedEmptyCluster(assets.dir);
  if (options.loadDataDir) {
    instance = await start(options.loadDataDir);
  } else if (freshDataDir) {
    instance = await start(await freshDataDir);
  } else {
    let created: PGlite | undefined;
    const dump = (async () => {
      created = await PGlite.create(common);
      return (await created.dumpDataDir('none')) as Blob;
    })();
    freshDataDir = dump;
    try {
      await dump;
    } catch (error) {
      freshDataDir = undefined;
      await created?.close().catch(() => undefined);
      throw new Error(`Cannot start the embedded PostgreSQL (PGlite): ${(error as Error).message}`, {
        cause: error,
      });
    }
    instance = created as unknown as PGlite;
  }
  return new PGliteDatabase(instance);
}

const DEV_BLOB = "'/dev/blob'";

/** An error's position in the statement with '/dev/blob' in place of STDIN, counted in the statement as written. */
function positionInOriginal(error: unknown, sql: string, stdin: { start: number; end: number }): unknown {
  if (!(error instanceof DatabaseError) || error.position === undefined) return error;
  const at = [...sql.slice(0, stdin.start)].length; // positions count code points
  const offset = error.position - 1;
  const position =
    offset < at
      ? error.position
      : offset < at + DEV_BLOB.length
        ? at + 1
        : error.position - DEV_BLOB.length + [...sql.slice(stdin.start, stdin.end)].length;
  return new DatabaseError(error.message, error.code, position, error.detail, error.hint, {
    cause: error.cause,
    where: error.where,
  });
}

/** The database's data directory as an uncompressed tarball, for openPGlite's loadDataDir. */
export async function dumpPGlite(db: Database): Promise<Blob> {
  if (!(db instanceof PGliteDatabase)) throw new Error('only an embedded PGlite database can be dumped');
  return db.dump();
}

class PGliteDatabase implements Database {
  readonly engine = 'pglite' as const;
  private readonly noticeListeners = new Set<(message: string) => void>();
  /** PGlite hands notices to a callback per call, not to a connection-wide event. */
  private readonly notices = { onNotice: (notice: { message?: string }) => this.notify(notice.message ?? '') };

  constructor(private readonly db: PGlite) {}

  private notify(message: string): void {
    for (const listener of this.noticeListeners) listener(message);
  }

  onNotice(listener: (message: string) => void): () => void {
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  async query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    try {
      const result = await this.db.query<Record<string, unknown>>(sql, [...params], this.notices);
      // rowCount is the command tag's count, as pg reports it; commands without one (DDL) have none.
      return { rows: result.rows, rowCount: result.rowCount ?? null };
    } catch (error) {
      throw asDatabaseError(error);
    }
  }

  async copyFrom(sql: string, data: string, stdin: { start: number; end: number }): Promise<QueryResult> {
    // PGlite has no COPY protocol: a COPY reads the Blob handed to its query from the file /dev/blob.
    const rewritten = `${sql.slice(0, stdin.start)}${DEV_BLOB}${sql.slice(stdin.end)}`;
    try {
      const result = await this.db.query<Record<string, unknown>>(rewritten, [], {
        ...this.notices,
        blob: new Blob([data]),
      });
      return { rows: result.rows, rowCount: result.rowCount ?? null };
    } catch (error) {
      throw positionInOriginal(asDatabaseError(error), sql, stdin);
    }
  }

  async exec(sql: string): Promise<void> {
    try {
      // PGlite's exec sends one simple-query message.
      await this.db.exec(sql, this.notices);
    } catch (error) {
      throw asDatabaseError(error);
    }
  }

  async serverVersion(): Promise<string> {
    const result = await this.query('SELECT current_setting($1) AS version', ['server_version']);
    return versionNumber(String(result.rows[0]?.version));
  }

  async dump(): Promise<Blob> {
    return (await this.db.dumpDataDir('none')) as Blob;
  }

  async close(): Promise<void> {
    if (!this.db.closed) await this.db.close();
  }
}
