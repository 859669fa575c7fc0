// bin/sluice.js runs the bundle from the V8 code cache the build leaves beside it (dist/sluice.js.cache), and
// compiles the bundle as usual when that cache does not fit: a cache of another bundle, or a damaged one, must never
// change what the CLI does.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, SLUICE_BIN, tempProject } from '../support/sluiceCli';

const DIST = path.join(REPO_ROOT, 'dist');
const sha256 = (data: Buffer | string): Buffer => crypto.createHash('sha256').update(data).digest();

/** `sluice lint --format json migrations` in `cwd`, with the bundle of `dist` (a folder under the repository). */
function lint(dist: string, cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [SLUICE_BIN, 'lint', '--format', 'json', 'migrations'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', SLUICE_DIST: path.relative(REPO_ROOT, dist) },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the CLI’s code cache', function () {
  this.timeout(60_000);

  it('the bundles hold only ASCII, so V8 keeps each source a one-byte string (half the memory, for the process’s life)', () => {
    for (const bundle of ['sluice.js', 'parse-worker.js', 'pglite-worker.js', 'extension.js']) {
      const source = fs.readFileSync(path.join(DIST, bundle), 'utf8');
      const at = source.search(/[^\x00-\x7f]/);
      assert.equal(at, -1, `${bundle} has a non-ASCII character: …${source.slice(at - 40, at + 10)}…`);
    }
  });

  it('the build leaves one that fits the bundle, and V8 takes it under the flags a lint runs with', () => {
    const saved = fs.readFileSync(path.join(DIST, 'sluice.js.cache'));
    const source = fs.readFileSync(path.join(DIST, 'sluice.js'), 'utf8');
    assert.ok(saved.subarray(0, 32).equals(sha256(source)), 'made for this bundle');
    assert.ok(saved.subarray(32, 64).equals(sha256(saved.subarray(64))), 'whole');
    // As bin/sluice.js compiles it for `lint`: a cache V8 rejects would only cost time, silently.
    const check = [
      "const fs = require('fs'), vm = require('vm'), Module = require('module');",
      "require('v8').setFlagsFromString('--liftoff-only');",
      `const file = ${JSON.stringify(path.join(DIST, 'sluice.js'))};`,
      `const data = fs.readFileSync(file + '.cache').subarray(64);`,
      "const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: data });",
      'process.stdout.write(String(script.cachedDataRejected));',
    ].join('\n');
    const result = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    assert.strictEqual(result.stdout, 'false', result.stderr);
  });

  it('on a Node 20 before 20.12 (no vm.constants to run dynamic imports) the bundle loads as a plain module', () => {
    const project = tempProject({
      'migrations/000001_init.up.sql': 'CREATE INDEX orders_email_idx ON orders (email);\n',
    });
    const expected = lint(DIST, project);
    const older = path.join(project, 'older-node.js');
    fs.writeFileSync(older, "Object.defineProperty(require('vm'), 'constants', { value: undefined });\n");
    const result = spawnSync(process.execPath, ['-r', older, SLUICE_BIN, 'lint', '--format', 'json', 'migrations'], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    assert.deepStrictEqual({ code: result.status, stdout: result.stdout, stderr: result.stderr }, expected);
    assert.strictEqual(expected.code, 1, expected.stderr);
  });

  it('a cache of another bundle, a damaged or a cut one is left alone: the same findings, exit code and output', () => {
    const project = tempProject({
      'migrations/000001_init.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, email text);\n',
      'migrations/000001_init.down.sql': 'DROP TABLE orders;\n',
      'migrations/000002_index.up.sql': 'CREATE INDEX orders_email_idx ON orders (email);\n',
      'migrations/000002_index.down.sql': 'DROP INDEX orders_email_idx;\n',
    });
    const expected = lint(DIST, project);
    assert.strictEqual(expected.code, 1, expected.stderr);
    assert.match(expected.stdout, /require-concurrent-index/);

    const dist = fs.mkdtempSync(path.join(REPO_ROOT, 'out', 'code-cache-test-'));
    try {
      for (const file of ['sluice.js', 'libpg-query.wasm', 'parse-worker.js'])
        fs.copyFileSync(path.join(DIST, file), path.join(dist, file));
      const good = fs.readFileSync(path.join(DIST, 'sluice.js.cache'));
      const garbage = crypto.randomBytes(4096);
      const caches: Record<string, Buffer> = {
        'another bundle’s': Buffer.concat([sha256('another bundle'), good.subarray(32)]),
        'random bytes': garbage,
        'whole by its own hash, but not V8’s data': Buffer.concat([good.subarray(0, 32), sha256(garbage), garbage]),
        'cut short': good.subarray(0, good.length >> 1),
        empty: Buffer.alloc(0),
      };
      for (const [name, cache] of Object.entries(caches)) {
        fs.writeFileSync(path.join(dist, 'sluice.js.cache'), cache);
        const run = lint(dist, project);
        assert.deepStrictEqual(run, expected, name);
      }
    } finally {
      fs.rmSync(dist, { recursive: true, force: true });
    }
  });
});
