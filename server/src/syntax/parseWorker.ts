// The parse-ahead worker (syntax/parseAhead.ts): PostgreSQL's parser on a second core, a little ahead of the walk
// that needs the trees. It replies with each tree as the JSON text the parser wrote: the walk's thread turns that
// into objects faster than it could receive the objects themselves (a structured clone). Bundled as
// dist/parse-worker.js.
import * as os from 'os';
import { MessagePort, parentPort } from 'worker_threads';
import type { ParserReply } from './parse';
import type { ParseAheadJob, ParsedBatch } from './parseAhead';
import { loadParserModule, parseOne, ParserModule } from './rawParse';

/** How many replies go in one message: small, so the walk's thread gets its first ones soon. */
const BATCH = 64;
/** Where to go on from when the walk's thread has caught up: far enough ahead to be ahead again. */
const LEAD = 256;
/**
 * How far ahead of the walk to get at most. Replies waiting that long would outlive the walk thread's young
 * generation and cost it a full collection each: better to wait (a few milliseconds at a time).
 */
const MAX_AHEAD = 2048;
/** Below the walk's priority (0), well above idle: measured ~6 % faster on the 50,000-statement bench. */
const WORKER_NICENESS = 10;

function run(parser: ParserModule, job: ParseAheadJob): void {
  const { texts, port } = job;
  const walked = new Int32Array(job.walked);
  let i = 0;
  while (i < texts.length) {
    // Replies for statements the walk's thread has already parsed itself would only be thrown away.
    let at = Atomics.load(walked, 0);
    if (at > i) i = Math.min(texts.length, at + LEAD);
    while (i - at > MAX_AHEAD) {
      Atomics.wait(walked, 0, at, 5);
      at = Atomics.load(walked, 0);
    }
    const from = i;
    const replies: (ParserReply | undefined)[] = [];
    for (; i < texts.length && replies.length < BATCH; i++) replies.push(parseOne(parser, texts[i]));
    if (replies.length > 0) port.postMessage({ from, replies } satisfies ParsedBatch);
  }
  port.close();
}

// The walk's thread is the one the run waits for: on two cores this thread, the walk's and V8's background
// compiler and collector compete, and the walk (which parses for itself whatever this one has not) should win.
// On Linux the nice value is per thread (setpriority on the calling thread); elsewhere it may be refused.
try {
  os.setPriority(WORKER_NICENESS);
} catch {
  // Left at the process's priority.
}
const ready = loadParserModule();
parentPort?.on('message', (job: ParseAheadJob & { port: MessagePort }) => {
  void ready.then((parser) => run(parser, job));
});
