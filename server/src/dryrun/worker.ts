// Worker-thread entry that owns one embedded PGlite database. PGlite runs queries synchronously inside its WASM
// module, so the thread that runs one can neither time it out nor cancel it: the thread that started this worker
// can, by terminating it (see pgliteWorker.ts). Bundled as dist/pglite-worker.js.
import { parentPort, workerData } from 'worker_threads';
import { Database, DatabaseError } from './database';
import { dumpPGlite, openPGlite } from './pglite';
import { NOTICE_ID, WorkerOptions, WorkerReply, WorkerRequest } from './workerProtocol';

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const options = workerData as WorkerOptions;
  let db: Database;
  try {
    db = await openPGlite({
      extensions: options.extensions,
      loadDataDir: options.dataDir ? new Blob([options.dataDir]) : undefined,
    });
  } catch (error) {
    port.postMessage({ id: 0, ok: false, error: { message: (error as Error).message } } satisfies WorkerReply);
    return;
  }
  port.postMessage({ id: 0, ok: true, value: null } satisfies WorkerReply);
  // Notices (RAISE NOTICE progress of a backfill) go to the thread that asked.
  (db as Database & { onNotice?: (listener: (message: string) => void) => () => void }).onNotice?.((message) =>
    port.postMessage({ id: NOTICE_ID, ok: true, value: message } satisfies WorkerReply),
  );
  // One request at a time, in order: the database is single-session anyway.
  let queue = Promise.resolve();
  port.on('message', (request: WorkerRequest) => {
    queue = queue.then(async () => {
      try {
        let value: unknown = null;
        if (request.op === 'query') value = await db.query(request.sql ?? '', request.params);
        else if (request.op === 'exec') await db.exec(request.sql ?? '');
        else if (request.op === 'copyFrom') {
          value = await db.copyFrom(request.sql ?? '', request.data ?? '', request.stdin ?? { start: 0, end: 0 });
        } else if (request.op === 'serverVersion') value = await db.serverVersion();
        else if (request.op === 'dump') value = await (await dumpPGlite(db)).arrayBuffer();
        else await db.close();
        const transfer = value instanceof ArrayBuffer ? [value] : [];
        port.postMessage({ id: request.id, ok: true, value } satisfies WorkerReply, transfer);
        if (request.op === 'close') port.close();
      } catch (error) {
        const e = error as Error;
        const fields =
          error instanceof DatabaseError
            ? { code: error.code, position: error.position, detail: error.detail, hint: error.hint, where: error.where }
            : {};
        port.postMessage({ id: request.id, ok: false, error: { message: e.message, ...fields } } satisfies WorkerReply);
      }
    });
  });
}

void serve();
