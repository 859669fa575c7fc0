import * as assert from 'assert';
import * as fs from 'fs';
import fsModule = require('fs');
import * as os from 'os';
import * as path from 'path';
import type { ReferenceTarget } from './match';
import { FindResult, guessWorkspaceRoot, indexKeys, ReferenceScanner } from './scanner';

const FIXTURE = path.resolve(__dirname, '../../../../test/fixtures/app-references');

const EMAIL: ReferenceTarget = { table: 'users', column: 'email' };
const NAME: ReferenceTarget = { table: 'users', column: 'name' };
const USERS: ReferenceTarget = { table: 'users' };

function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `sluice-refs-${prefix}-`));
}

function write(root: string, rel: string, text: string): string {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** A copy of the fixture workspace, with the folders git does not carry (node_modules/, dist/) restored. */
function fixtureCopy(): string {
  const root = tempDir('app');
  fs.cpSync(FIXTURE, root, { recursive: true });
  write(root, 'node_modules/fake-orm/index.js', "module.exports = { sql: 'SELECT email, name FROM users' };\n");
  write(root, 'dist/bundle.js', 'const q = "SELECT email FROM users";\n');
  write(root, 'vendor/lib/user.rb', 'class User < ApplicationRecord\n  validates :email\nend\n');
  write(root, '.cache/user.py', 'q = "SELECT email FROM users"\n');
  return root;
}

/** Calls `seen` for every file read through fs.readFile (what the scanner uses); returns the undo. */
function countReads(seen: (file: string) => void): () => void {
  const module = fsModule as { readFile: typeof fs.readFile };
  const original = module.readFile;
  module.readFile = ((file: fs.PathOrFileDescriptor, ...rest: unknown[]) => {
    seen(String(file));
    return (original as (...a: unknown[]) => void).call(fsModule, file, ...rest);
  }) as typeof fs.readFile;
  return () => {
    module.readFile = original;
  };
}

function where(root: string, result: FindResult): string[] {
  return result.places.map((p) => `${path.relative(root, p.path).split(path.sep).join('/')}:${p.range.start.line}`);
}

describe('references: scanner', function () {
  this.timeout(20000);
  const made: string[] = [];
  const scanners: ReferenceScanner[] = [];
  const workspace = (): string => {
    const root = fixtureCopy();
    made.push(root);
    return root;
  };
  const scan = (root: string, options = {}): ReferenceScanner => {
    const scanner = new ReferenceScanner(root, options);
    scanners.push(scanner);
    return scanner;
  };
  after(() => {
    for (const s of scanners) s.dispose();
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds a column in every language of the fixture app, and nothing in migrations, dependencies or build output', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    const result = await scanner.find(EMAIL, 100);
    assert.strictEqual(result.complete, true);
    assert.deepStrictEqual(where(root, result).sort(), [
      'app/models/user.rb:10',
      'app/models/user.rb:4',
      'backend/models.py:13',
      'backend/models.py:29',
      'internal/store/users.go:12',
      'internal/store/users.go:27',
      'internal/store/users.go:31',
      'lib/app/user.ex:6',
      'prisma/schema.prisma:13',
      'prisma/schema.prisma:18',
      'src/models/user.ts:14',
      'src/repositories/userRepository.ts:21',
      'src/repositories/userRepository.ts:9',
    ]);
    assert.strictEqual(result.total, 13);
    // Strong places first; the PascalCase Go field access (u.Email) is the one weak match, so it comes last.
    assert.deepStrictEqual(
      result.places.map((p) => p.weak),
      [...Array(12).fill(false), true],
    );
    assert.strictEqual(result.places[12].kind, 'variant');
    const stats = scanner.stats();
    assert.strictEqual(stats.files, 7);
    assert.strictEqual(stats.scanned, true);
  });

  it('finds a common column name only where the context ties it to the table', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    assert.deepStrictEqual(where(root, await scanner.find(NAME)).sort(), [
      'app/models/user.rb:5',
      'backend/models.py:14',
      'internal/store/users.go:13',
      'internal/store/users.go:27',
      'lib/app/user.ex:7',
      'prisma/schema.prisma:14',
      'src/models/user.ts:16',
      'src/repositories/userRepository.ts:9',
    ]);
  });

  it('finds a table: explicit mappings, convention-named models and SQL', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    const result = await scanner.find(USERS);
    assert.deepStrictEqual(where(root, result).sort(), [
      'app/models/user.rb:15',
      'app/models/user.rb:2',
      'backend/models.py:10',
      'backend/models.py:29',
      'internal/store/users.go:10',
      'internal/store/users.go:27',
      'lib/app/user.ex:5',
      'prisma/schema.prisma:19',
      'src/models/user.ts:8',
      'src/repositories/userRepository.ts:13',
      'src/repositories/userRepository.ts:9',
    ]);
    const rails = result.places.find((p) => p.path.endsWith('user.rb') && p.range.start.line === 2);
    assert.strictEqual(rails?.kind, 'model');
    assert.strictEqual(rails?.weak, true);
  });

  it('answers at most `limit` places, strongest first, with the total', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    const result = await scanner.find(EMAIL, 5);
    assert.strictEqual(result.places.length, 5);
    assert.strictEqual(result.total, 13);
    assert.ok(result.places.every((p) => !p.weak && (p.kind === 'orm' || p.kind === 'qualified')));
    const again = await scanner.find(EMAIL, 5);
    assert.strictEqual(again, result, 'a warm index answers the same target from its memo');
  });

  it('answers before the scan completes, and says so', async () => {
    const root = workspace();
    const scanner = scan(root);
    let completed = 0;
    scanner.onComplete(() => completed++);
    const started = scanner.start();
    const early = await scanner.find(EMAIL);
    assert.strictEqual(early.complete, false);
    assert.ok(early.total <= 13);
    await started;
    await new Promise((r) => setImmediate(r));
    assert.strictEqual(completed, 1);
    assert.strictEqual((await scanner.find(EMAIL)).complete, true);
  });

  it('re-reads only changed files (mtime + size), and follows invalidated files', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    const reads: string[] = [];
    const restore = countReads((file) => reads.push(file));
    try {
      await scanner.rescan();
      assert.deepStrictEqual(reads, [], 'nothing changed: nothing is read again');
      const changed = write(root, 'backend/models.py', 'class Nothing:\n    pass\n');
      await scanner.rescan();
      assert.deepStrictEqual(reads, [changed]);
    } finally {
      restore();
    }
    assert.ok(!where(root, await scanner.find(EMAIL, 100)).some((w) => w.startsWith('backend/')));

    // New, changed and deleted files reported by a watcher.
    const job = write(root, 'src/jobs/digest.ts', "export const q = 'SELECT email FROM users WHERE active';\n");
    scanner.invalidate(job);
    fs.rmSync(path.join(root, 'internal/store/users.go'));
    scanner.invalidate(path.join(root, 'internal/store/users.go'));
    scanner.invalidate(path.join(root, 'node_modules/fake-orm/index.js')); // not covered: ignored
    const after = where(root, await scanner.find(EMAIL, 100));
    assert.ok(after.includes('src/jobs/digest.ts:1'));
    assert.ok(!after.some((w) => w.startsWith('internal/')));
    assert.ok(!after.some((w) => w.startsWith('node_modules/')));
    assert.strictEqual(scanner.covers(path.join(root, 'node_modules/fake-orm/index.js')), false);
    assert.strictEqual(scanner.covers(path.join(root, 'db/migrations/0002_backfill_emails.py')), false);
    assert.strictEqual(scanner.covers(job), true);
  });

  it('after a change, matches only the changed files again', async () => {
    const root = workspace();
    const scanner = scan(root);
    await scanner.start();
    const before = await scanner.find(EMAIL, 100);
    const reads: string[] = [];
    const restore = countReads((file) => reads.push(path.relative(root, file)));
    try {
      const changed = path.join(root, 'src/repositories/userRepository.ts');
      fs.appendFileSync(changed, "export const count = 'SELECT count(email) FROM users';\n");
      scanner.invalidate(changed);
      const after = await scanner.find(EMAIL, 100);
      assert.strictEqual(after.total, before.total + 1);
      // Read once to index it, once to match it; every other file's answer came from the cache.
      assert.deepStrictEqual(reads, [
        path.join('src', 'repositories', 'userRepository.ts'),
        path.join('src', 'repositories', 'userRepository.ts'),
      ]);
      assert.strictEqual(scanner.peek(EMAIL, 100), after);
    } finally {
      restore();
    }
  });

  it('skips configured migration folders, files over maxFileBytes, and stops at maxTotalBytes', async () => {
    const root = workspace();
    const excluded = scan(root, { migrationDirs: [path.join(root, 'backend')] });
    await excluded.start();
    assert.ok(!where(root, await excluded.find(EMAIL, 100)).some((w) => w.startsWith('backend/')));

    write(root, 'src/big.ts', `export const q = 'SELECT email FROM users';\n${'// padding\n'.repeat(400)}`);
    const small = scan(root, { maxFileBytes: 2000 });
    await small.start();
    assert.strictEqual(small.stats().skippedLarge, 1);
    assert.ok(!where(root, await small.find(EMAIL, 100)).some((w) => w.startsWith('src/big.ts')));

    write(root, 'src/bundle.ts', `const q = 'SELECT email FROM users';${' '.repeat(12000)}\n`);
    const plain = scan(root);
    await plain.start();
    assert.strictEqual(plain.stats().skippedGenerated, 1, 'bundle.ts has a 12,000-character line');
    assert.ok(!where(root, await plain.find(EMAIL, 100)).some((w) => w.startsWith('src/bundle.ts')));

    const bounded = scan(root, { maxTotalBytes: 1500 });
    await bounded.start();
    assert.strictEqual(bounded.stats().truncated, true);
    assert.strictEqual(bounded.complete, false);
    assert.strictEqual((await bounded.find(EMAIL)).complete, false);
  });

  it('keeps the event loop responsive while scanning', async () => {
    const root = tempDir('many');
    made.push(root);
    const body = Array.from(
      { length: 300 },
      (_, i) => `export function f${i}(db: Db) { return db.query('SELECT id, email FROM users WHERE n = ${i}'); }`,
    ).join('\n');
    for (let i = 0; i < 300; i++) write(root, `src/m${i % 10}/file${i}.ts`, body);
    // sliceMs 0: yield after every batch, so the count of event-loop turns below does not depend on the machine.
    const scanner = scan(root, { sliceMs: 0 });
    let done = false;
    let turns = 0;
    let last = Date.now();
    let maxGap = 0;
    const spin = (): void => {
      const now = Date.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      turns++;
      if (!done) setImmediate(spin);
    };
    setImmediate(spin);
    try {
      await scanner.start();
      assert.ok(turns >= 300 / 16, `the event loop turned ${turns} times while 300 files were scanned`);
      turns = 0;
      const found = await scanner.find(EMAIL);
      assert.strictEqual(found.total, 300 * 300);
      assert.strictEqual(found.places.length, 20);
      assert.ok(turns >= 300 / 16, `the event loop turned ${turns} times while 300 files were matched`);
    } finally {
      done = true;
    }
    assert.strictEqual(scanner.stats().files, 300);
    // Generous: machines running tests in parallel stall processes; a synchronous scan would take seconds here.
    assert.ok(maxGap < 1000, `the event loop was blocked for ${maxGap} ms`);
  });

  it('indexes words lower-cased and camelCase words also as snake_case', () => {
    assert.deepStrictEqual(indexKeys('user.createdAt = CREATED_AT; Email').sort(), [
      'created_at',
      'createdat',
      'email',
      'user',
    ]);
  });

  it('guesses the workspace root of a migration from project markers', () => {
    const root = tempDir('root');
    made.push(root);
    write(root, 'go.mod', 'module x\n');
    const migration = write(root, 'db/migrations/001_x.up.sql', 'SELECT 1;');
    assert.strictEqual(guessWorkspaceRoot(migration), root);
  });
});
