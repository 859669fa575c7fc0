// Messages between the dry-run and the worker thread that owns an embedded PGlite (worker.ts, pgliteWorker.ts).

/** Replies with this id carry a NOTICE/WARNING text, not the answer to a request. */
export const NOTICE_ID = -1;

export interface WorkerRequest {
  id: number;
  op: 'query' | 'exec' | 'copyFrom' | 'serverVersion' | 'dump' | 'close';
  sql?: string;
  params?: unknown[];
  /** copyFrom: the COPY's data and where its STDIN keyword is. */
  data?: string;
  stdin?: { start: number; end: number };
}

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { message: string; code?: string; position?: number; detail?: string; hint?: string; where?: string };
    };

export interface WorkerOptions {
  extensions?: string[];
  /** A saved data directory to start from. */
  dataDir?: ArrayBuffer;
}
