// Embedded PGlite in a worker thread, behind the Database interface. The calling thread stays free while a
// statement runs (a language server never blocks), and it can stop a statement that runs too long or that the
// user cancels — PGlite ignores statement_timeout and has no cancel, so stopping means ending the worker and the
// scratch database with it (nothing of value is lost: it is thrown away after the dry-run anyway).
import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { Database, DatabaseError, QueryResult } from './database';
import { NOTICE_ID } from './workerProtocol';
import type { WorkerOptions, WorkerReply, WorkerRequest } from './workerProtocol';

/** The worker's script: beside the bundle (dist/pglite-worker.js), or compiled beside this file. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'pglite-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'worker.js');
}

export interface WorkerDatabase extends Database {
  /** The data directory, for the history cache. */
  dump(): Promise<Blob>;
  /**
   * Every later call fails with 57014 once it has run `ms` (0: no limit) — the embedded engine's
   * statement_timeout — and the database is gone.
   */
  setCallTimeout(ms: number): void;
  /** NOTICE/WARNING texts the server sends, until the returned function is called. */
  onNotice(listener: (message: string) => void): () => void;
  /** Stops the running call now (57014, "canceling statement due to user request"); the database is gone. */
  cancel(): void;
}

export async function openPGliteWorker(options: { extensions?: readonly string[]; loadDataDir?: Blob } = {}) {
  const dataDir = options.loadDataDir ? await options.loadDataDir.arrayBuffer() : undefined;
  const workerData: WorkerOptions = { extensions: [...(options.extensions ?? [])], dataDir };
  const worker = new Worker(workerScript(), { workerData, transferList: dataDir ? [dataDir] : [] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: unknown) => void }>();
  let nextId = 1;
  let gone: Error | undefined;

  const failAll = (error: Error): void => {
    gone ??= error;
    for (const call of pending.values()) call.reject(error);
    pending.clear();
  };
  const noticeListeners = new Set<(message: string) => void>();
  worker.on('message', (reply: WorkerReply) => {
    if (reply.id === NOTICE_ID) {
      if (reply.ok) for (const listener of noticeListeners) listener(String(reply.value));
      return;
    }
    const call = pending.get(reply.id);
    if (!call) return;
    pending.delete(reply.id);
    if (reply.ok) call.resolve(reply.value);
    else {
      const { message, code, position, detail, hint, where } = reply.error;
      call.reject(code ? new DatabaseError(message, code, position, detail, hint, { where }) : new Error(message));
    }
  });
  worker.on('error', (error) => failAll(new Error(`the embedded PostgreSQL (PGlite) worker failed: ${error.message}`)));
  worker.on('exit', () => failAll(new Error('the embedded PostgreSQL (PGlite) worker has stopped')));

  const stop = (error: DatabaseError): void => {
    failAll(error);
    void worker.terminate();
  };
  await new Promise((resolve, reject) => pending.set(0, { resolve, reject }));

  let callTimeoutMs = 0;
  const call = (request: Omit<WorkerRequest, 'id'>): Promise<unknown> => {
    if (gone) return Promise.reject(gone);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer =
        callTimeoutMs > 0
          ? setTimeout(
              () =>
                stop(
                  new DatabaseError(
                    'canceling statement due to statement timeout',
                    '57014',
                    undefined,
                    undefined,
                    undefined,
                  ),
                ),
              callTimeoutMs,
            )
          : undefined;
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          if (timer) clearTimeout(timer);
          done(value);
        };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject) });
      worker.postMessage({ id, ...request } satisfies WorkerRequest);
    });
  };

  const db: WorkerDatabase = {
    engine: 'pglite',
    query: async (sql, params) => (await call({ op: 'query', sql, params: params ? [...params] : [] })) as QueryResult,
    exec: async (sql) => {
      await call({ op: 'exec', sql });
    },
    copyFrom: async (sql, data, stdin) => (await call({ op: 'copyFrom', sql, data, stdin })) as QueryResult,
    serverVersion: async () => String(await call({ op: 'serverVersion' })),
    dump: async () => new Blob([(await call({ op: 'dump' })) as ArrayBuffer]),
    onNotice(listener) {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    },
    setCallTimeout(ms) {
      callTimeoutMs = ms;
    },
    cancel() {
      stop(new DatabaseError('canceling statement due to user request', '57014', undefined, undefined, undefined));
    },
    async close() {
      if (!gone) await call({ op: 'close' }).catch(() => undefined);
      gone ??= new Error('the embedded database is closed');
      await worker.terminate();
    },
  };
  return db;
}
