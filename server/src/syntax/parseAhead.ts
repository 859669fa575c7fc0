// Parsing on a second core for a one-off analysis of a long file (the CLI's, and the editor's for a file too long
// to remember: analysis.ts): a worker thread parses the statements in order, a little ahead of the walk, while the
// walk's thread runs the rules. The walk stays synchronous: it takes whatever replies have arrived
// (receiveMessageOnPort) and parses a statement itself when the worker has not got there yet, so a slow, busy or
// failed worker costs time, never a result.
import * as fs from 'fs';
import * as path from 'path';
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker } from 'worker_threads';
import { outcomeOf, ParseOutcome, parseStatement, ParserReply } from './parse';

/** One file's statements, sent to the worker with the port its replies come back on. */
export interface ParseAheadJob {
  texts: readonly string[];
  /** Int32Array over it: the index of the statement the walk is at, so the worker skips what is behind it. */
  walked: SharedArrayBuffer;
  port: MessagePort;
}

/** Replies for statements from..from + replies.length; undefined where the walk's thread is to parse itself. */
export interface ParsedBatch {
  from: number;
  replies: (ParserReply | undefined)[];
}

/** Below this many statements the worker's start costs more than it saves. */
export const PARSE_AHEAD_MIN_STATEMENTS = 2000;
/** A file this big (bytes) has about that many statements: worth starting the worker before reading it. */
export const PARSE_AHEAD_MIN_BYTES = 200_000;

/** The worker's script: beside the bundle (dist/parse-worker.js), or compiled beside this file. */
function workerScript(): string {
  const bundled = path.join(__dirname, 'parse-worker.js');
  return fs.existsSync(bundled) ? bundled : path.join(__dirname, 'parseWorker.js');
}

let worker: Worker | undefined;

/**
 * One worker for the process, started on first use (or earlier, to have it ready when the first long file has
 * been read and split); it does not keep the process alive. Throws when no thread can be started.
 */
function parseWorker(): Worker {
  if (!worker) {
    worker = new Worker(workerScript());
    worker.unref();
    // A worker that failed is replaced on next use; meanwhile the walk parses for itself.
    const failed = worker;
    const forget = () => {
      if (worker === failed) worker = undefined;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
  }
  return worker;
}

/** Starts the worker ahead of the first long file, when a thread can be started (else files are parsed here). */
export function startParseWorker(): void {
  try {
    parseWorker();
  } catch {
    // Each file's walk parses its statements itself.
  }
}

/** The statements of one file, parsed ahead of the walk. Call `done` when the walk is over. */
export class ParseAhead {
  private readonly replies: (ParserReply | undefined)[];
  private readonly walked: Int32Array;
  private readonly port: MessagePort;
  private open = true;
  /** Statements parsed from the worker's replies, and here (the worker had not got there). */
  readonly counts = { worker: 0, here: 0 };

  constructor(texts: readonly string[]) {
    this.replies = new Array<ParserReply | undefined>(texts.length);
    const shared = new SharedArrayBuffer(4);
    this.walked = new Int32Array(shared);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    try {
      parseWorker().postMessage({ texts, walked: shared, port: port2 } satisfies ParseAheadJob, [port2]);
    } catch {
      this.done(); // no worker: the walk parses every statement itself
    }
  }

  /** The parse of statement `index` (whose text is `text`). */
  parse(text: string, index: number): ParseOutcome {
    Atomics.store(this.walked, 0, index);
    const reply = this.received(index) ? this.replies[index] : undefined;
    if (reply === undefined) {
      this.counts.here++;
      return parseStatement(text);
    }
    this.replies[index] = undefined;
    this.counts.worker++;
    return outcomeOf(text, reply);
  }

  /** Whether the worker's reply for statement `index` is here (taking what has arrived, up to its batch). */
  received(index: number): boolean {
    if (this.replies[index] === undefined && this.open) {
      for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
        const batch = m.message as ParsedBatch;
        const replies = batch.replies;
        for (let k = 0; k < replies.length; k++) this.replies[batch.from + k] = replies[k];
        if (batch.from + replies.length > index) break;
      }
    }
    return this.replies[index] !== undefined;
  }

  /** The walk is over: the worker stops on this file, and goes on to the next one it is given. */
  done(): void {
    Atomics.store(this.walked, 0, this.replies.length);
    this.open = false;
    this.port.close();
  }
}
