// The editor's side of a dry-run, outside VS Code: client/src/dryRunner.ts runs the real built CLI (bin/sluice.js,
// honouring SLUICE_DIST) as the extension does, reads its --progress lines and JSON, and cancelling it (what the
// progress notification's Cancel does) stops a running statement and still yields the rolled-back report.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CancellationToken } from 'vscode';
import { runCli } from '../../client/src/dryRunner';
import { panelModel, readDryRunDocument } from '../../client/src/panel/model';
import { ProgressEvent } from '../../client/src/panel/progress';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'sluice.js');
// The CLI caches the history's database by content hash; keep that out of the user's cache.
const SLUICE_CACHE_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-runner-cache-'));

function tempProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-runner-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** The part of vscode.CancellationToken runCli uses, driven by the test like the notification's Cancel button. */
function cancellation(): { token: CancellationToken; cancel(): void } {
  const listeners: (() => void)[] = [];
  const token = {
    isCancellationRequested: false,
    onCancellationRequested: (listener: () => void) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
  } as unknown as CancellationToken;
  return {
    token,
    cancel: () => {
      (token as { isCancellationRequested: boolean }).isCancellationRequested = true;
      [...listeners].forEach((l) => l());
    },
  };
}

const HISTORY = {
  'db/migrations/000001_orders.up.sql':
    'CREATE TABLE orders (id int PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now());\n',
  'db/migrations/000001_orders.down.sql': 'DROP TABLE orders;\n',
};

describe('dry-run runner (the extension spawning the CLI)', function () {
  this.timeout(180_000);

  it('reports progress per statement and the contract JSON the panel shows', async () => {
    const cwd = tempProject({
      ...HISTORY,
      'db/migrations/000002_idx.up.sql':
        "SET lock_timeout = '2s';\nCREATE INDEX orders_created_idx ON orders (created_at);\n",
    });
    const events: ProgressEvent[] = [];
    const run = await runCli({
      cliPath: BIN,
      args: ['dry-run', path.join(cwd, 'db/migrations/000002_idx.up.sql'), '--format', 'json', '--progress'],
      cwd,
      env: { SLUICE_DATABASE_URL: undefined, PGPASSWORD: undefined, SLUICE_CACHE_DIR },
      token: cancellation().token,
      onProgress: (e) => events.push(e),
    });
    assert.strictEqual(run.exitCode, 0, run.messages.join('\n'));
    assert.strictEqual(run.cancelled, false);
    assert.deepStrictEqual(
      events.filter((e) => e.event === 'statement').map((e) => `${e.index} ${e.state}`),
      ['1 started', '1 finished', '2 started', '2 finished'],
    );
    assert.strictEqual(events.at(-1)?.event, 'done');
    const document = readDryRunDocument(run.stdout);
    const model = panelModel({ runId: 1, kind: 'dry-run', state: 'done', file: 'x', dryRun: document });
    assert.deepStrictEqual(model.rows[1].locks, [
      { relation: 'public.orders', mode: 'ShareLock', sqlMode: 'SHARE', blocks: ['INSERT', 'UPDATE', 'DELETE'] },
    ]);
  });

  it('cancelling stops the running statement, skips the rest and still prints the rolled-back report', async () => {
    const cwd = tempProject({
      ...HISTORY,
      'db/migrations/000002_slow.up.sql': 'SELECT pg_sleep(60);\nDROP TABLE orders;\n',
    });
    const { token, cancel } = cancellation();
    const started = Date.now();
    let cancelledAt = 0;
    const run = await runCli({
      cliPath: BIN,
      args: ['dry-run', path.join(cwd, 'db/migrations/000002_slow.up.sql'), '--format', 'json', '--progress'],
      cwd,
      env: { SLUICE_DATABASE_URL: undefined, SLUICE_CACHE_DIR },
      token,
      onProgress: (e) => {
        if (e.event === 'statement' && e.state === 'started' && !cancelledAt) {
          cancelledAt = Date.now();
          cancel();
        }
      },
    });
    assert.ok(cancelledAt > 0, `the statement never started: ${run.messages.join('\n')}`);
    assert.strictEqual(run.cancelled, true);
    // The CLI ended itself on the SIGTERM (143), not the kill after the grace period (null).
    assert.strictEqual(run.exitCode, 143, run.messages.join('\n'));
    assert.ok(Date.now() - cancelledAt < 30_000, `took ${Date.now() - started} ms: pg_sleep(60) was not stopped`);
    const document = readDryRunDocument(run.stdout);
    assert.notStrictEqual(document.statements[0].status, 'ok');
    assert.strictEqual(document.statements[1].status, 'skipped', 'DROP TABLE ran after the cancel');
  });

  it("a bad invocation comes back as the CLI's one-line message, not a crash", async () => {
    const run = await runCli({
      cliPath: BIN,
      args: ['dry-run', path.join(os.tmpdir(), 'no-such-migration.sql'), '--format', 'json'],
      cwd: os.tmpdir(),
      env: {},
      token: cancellation().token,
      onProgress: () => undefined,
    });
    assert.strictEqual(run.exitCode, 2);
    assert.strictEqual(run.stdout, '');
    assert.match(run.messages[0], /no-such-migration\.sql: no such file/);
  });
});
