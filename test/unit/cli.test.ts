// The CLI contract (../../shared/spec/cli.md): output formats, positions and exit codes, through the real
// `sluice` command built by `npm run build`.
import * as assert from 'assert';
import { execFileSync, spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv2020 from 'ajv/dist/2020';
import { artifactUri } from '../../server/src/cli/reporters/sarif';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const BIN = path.join(ROOT, 'bin', 'sluice.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function sluice(args: string[], options: { cwd?: string; input?: string } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function tempProject(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const lintSchema = new Ajv2020({ strict: false }).compile(
  JSON.parse(fs.readFileSync(path.join(ROOT, 'docs', 'schemas', 'lint-output.schema.json'), 'utf8')),
);
/** Validates against the spec's schema; a plain boolean so `report` keeps its type. */
function validateLint(report: unknown): boolean {
  return lintSchema(report) as boolean;
}

describe('sluice lint (CLI)', function () {
  this.timeout(20000);

  it('prints the spec JSON for the examples, with 1-based ranges, and exits 1 on errors', () => {
    const run = sluice(['lint', '--format', 'json', 'examples']);
    assert.strictEqual(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.ok(validateLint(report), JSON.stringify(lintSchema.errors));
    const file = report.files.find(
      (f: { path: string }) => f.path === 'examples/db/migrations/000002_index_orders_by_date.up.sql',
    );
    assert.ok(file, 'the index migration is reported with its path relative to the current folder');
    assert.strictEqual(file.tool, 'golang-migrate');
    assert.deepStrictEqual(file.diagnostics, [
      {
        rule: 'require-concurrent-index',
        severity: 'error',
        message: 'CREATE INDEX without CONCURRENTLY takes a ShareLock on orders: writes wait until the build ends',
        range: { start: { line: 4, column: 1 }, end: { line: 4, column: 58 } },
        lock: 'ShareLock',
        docs: 'docs/rules/require-concurrent-index.md',
      },
    ]);
    assert.ok(
      !report.files.some((f: { path: string }) => f.path.includes('queries/')),
      'non-migrations under a folder are not linted',
    );
    const count = (s: string) =>
      report.files
        .flatMap((f: { diagnostics: { severity: string }[] }) => f.diagnostics)
        .filter((d: { severity: string }) => d.severity === s).length;
    assert.deepStrictEqual(report.summary, {
      files: report.files.length,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    });
  });

  it('exits 0 on a clean migration and prints a text summary', () => {
    const run = sluice(['lint', 'examples/db/migrations/000005_index_orders_by_status.up.sql']);
    assert.strictEqual(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /1 file checked, no problems/);
  });

  it('says so when a folder holds .sql files but none is a migration it recognises', () => {
    const dir = tempProject({ 'drizzle/0000_init.sql': 'CREATE TABLE t (id int);\n' });
    const run = sluice(['lint', 'drizzle'], { cwd: dir });
    assert.strictEqual(run.code, 0);
    assert.match(run.stdout, /0 files checked/);
    assert.match(run.stderr, /the \.sql file found is not a migration Sluice recognises: .*migrationDirs/);
    // Named explicitly, the file is linted.
    assert.strictEqual(sluice(['lint', 'drizzle/0000_init.sql'], { cwd: dir }).stderr, '');
  });

  it('honours --fail-on: warnings fail only when asked', () => {
    const dir = tempProject({ 'migrations/0001_note.sql': 'ALTER TABLE orders ADD COLUMN note text;\n' });
    assert.strictEqual(sluice(['lint', 'migrations'], { cwd: dir }).code, 0);
    const run = sluice(['lint', '--fail-on', 'warning', 'migrations'], { cwd: dir });
    assert.strictEqual(run.code, 1);
    assert.match(run.stdout, /1:1\s+warning\s+AccessExclusiveLock on orders .* require-lock-timeout/);
  });

  it('lints a file named explicitly even outside migration folders', () => {
    const run = sluice(['lint', '--format', 'json', 'examples/queries/monthly_report.sql']);
    const report = JSON.parse(run.stdout);
    assert.strictEqual(report.files[0].tool, null);
    assert.deepStrictEqual(
      report.files[0].diagnostics.map((d: { rule: string }) => d.rule),
      ['require-concurrent-index', 'require-lock-timeout'],
    );
  });

  it('reads standard input with --stdin --stdin-filename', () => {
    const run = sluice(['lint', '--format', 'json', '--stdin', '--stdin-filename', 'db/migrations/000009_x.up.sql'], {
      input: 'SELECT 1;\nALTER TABLE orders ALTER COLUMN status SET NOT NULL;\n',
    });
    const report = JSON.parse(run.stdout);
    assert.strictEqual(report.files[0].path, 'db/migrations/000009_x.up.sql');
    assert.strictEqual(report.files[0].tool, 'golang-migrate');
    assert.deepStrictEqual(
      report.files[0].diagnostics.map((d: { rule: string; range: { start: { line: number } } }) => [
        d.rule,
        d.range.start.line,
      ]),
      [
        ['missing-rollback', 1], // no db/migrations/000009_x.down.sql on disk
        ['require-lock-timeout', 2],
        ['set-not-null', 2],
      ],
    );
  });

  it('applies --rule, --pg-version and --assume-in-transaction over the config', () => {
    const dir = tempProject({
      '.sluicerc.json': '{"rules": {"require-lock-timeout": "off"}}',
      'migrations/0001_status.sql':
        "ALTER TABLE orders ADD COLUMN status text DEFAULT 'new';\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);\n",
    });
    const rules = (args: string[]) =>
      JSON.parse(
        sluice(['lint', '--format', 'json', ...args, 'migrations'], { cwd: dir }).stdout,
      ).files[0].diagnostics.map((d: { rule: string; severity: string }) => `${d.rule}:${d.severity}`);
    assert.deepStrictEqual(rules([]), []);
    assert.deepStrictEqual(rules(['--pg-version', '10']), ['add-column-rewrite:error']);
    assert.deepStrictEqual(rules(['--pg-version', '10', '--rule', 'add-column-rewrite=info']), [
      'add-column-rewrite:info',
    ]);
    assert.deepStrictEqual(rules(['--assume-in-transaction']), ['concurrently-in-transaction:error']);
    assert.deepStrictEqual(rules(['--rule', 'require-lock-timeout']), ['require-lock-timeout:warning']);
  });

  it('uses --config instead of the nearest .sluicerc.json', () => {
    const dir = tempProject({
      'strict.json': '{"rules": {"require-lock-timeout": "error"}}',
      'migrations/0001_note.sql': 'ALTER TABLE orders ADD COLUMN note text;\n',
    });
    const run = sluice(['lint', '--config', 'strict.json', 'migrations'], { cwd: dir });
    assert.strictEqual(run.code, 1);
  });

  it('prints SARIF 2.1.0 with rule metadata and regions', () => {
    const sarif = JSON.parse(sluice(['lint', '--format', 'sarif', 'examples/db/migrations']).stdout);
    assert.strictEqual(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.strictEqual(run.tool.driver.name, 'sluice');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'require-concurrent-index');
    assert.deepStrictEqual(result.locations[0].physicalLocation.region, {
      startLine: 4,
      startColumn: 1,
      endLine: 4,
      endColumn: 58,
    });
    assert.strictEqual(run.tool.driver.rules[result.ruleIndex].id, 'require-concurrent-index');
    assert.strictEqual(result.level, 'error');
    // Each rule's default level is the catalogue's (truncate is a warning; only its CASCADE case is an error).
    const level = (id: string): string =>
      run.tool.driver.rules.find((r: { id: string }) => r.id === id).defaultConfiguration.level;
    assert.deepStrictEqual(['truncate', 'enum-value-change', 'drop-column'].map(level), [
      'warning',
      'warning',
      'error',
    ]);
    // A rule that is off by default is disabled.
    assert.deepStrictEqual(
      run.tool.driver.rules.find((r: { id: string }) => r.id === 'prefer-bigint').defaultConfiguration,
      { enabled: false },
    );
    assert.strictEqual(
      result.locations[0].physicalLocation.artifactLocation.uri,
      'examples/db/migrations/000002_index_orders_by_date.up.sql',
    );
  });

  it('reports a byte that is not UTF-8 where it is, as PostgreSQL would reject it', () => {
    const dir = tempProject({ 'migrations/0001_comment.sql': '' });
    fs.writeFileSync(
      path.join(dir, 'migrations/0001_comment.sql'),
      Buffer.concat([
        Buffer.from("SET lock_timeout = '2s';\nCOMMENT ON TABLE orders IS 'caf"),
        Buffer.from([0xe9, 0x27, 0x3b, 0x0a]),
      ]),
    );
    const run = sluice(['lint', '--format', 'json', 'migrations'], { cwd: dir });
    assert.strictEqual(run.code, 1);
    const [diagnostic] = JSON.parse(run.stdout).files[0].diagnostics;
    assert.strictEqual(diagnostic.rule, 'syntax-error');
    assert.match(diagnostic.message, /invalid UTF-8 byte 0xe9/);
    assert.deepStrictEqual(diagnostic.range.start, { line: 2, column: 32 });
  });

  it('writes SARIF file locations as URI references', () => {
    assert.strictEqual(artifactUri('migrations/000002_add col#1%.up.sql'), 'migrations/000002_add%20col%231%25.up.sql');
    assert.strictEqual(artifactUri('/srv/app/db/001 init.sql'), 'file:///srv/app/db/001%20init.sql');
  });

  it('prints GitHub workflow annotations', () => {
    const out = sluice([
      'lint',
      '--format',
      'github',
      'examples/db/migrations/000002_index_orders_by_date.up.sql',
    ]).stdout;
    assert.strictEqual(
      out,
      '::error file=examples/db/migrations/000002_index_orders_by_date.up.sql,line=4,col=1,endLine=4,endColumn=58,title=sluice require-concurrent-index::CREATE INDEX without CONCURRENTLY takes a ShareLock on orders: writes wait until the build ends (require-concurrent-index)\n',
    );
  });

  it('follows symbolic links to migration files and folders, once each', () => {
    const dir = tempProject({
      'shared/idx.sql': 'CREATE INDEX b_idx ON orders (b);\n',
      'migrations/0001_a.sql': 'CREATE TABLE orders (id bigint, b int);\n',
    });
    fs.symlinkSync(path.join(dir, 'shared/idx.sql'), path.join(dir, 'migrations/0002_b.sql'));
    fs.symlinkSync(dir, path.join(dir, 'migrations/loop')); // a link back up the tree
    const report = JSON.parse(sluice(['lint', '--format', 'json', 'migrations'], { cwd: dir }).stdout);
    const linked = report.files.find((f: { path: string }) => f.path === 'migrations/0002_b.sql');
    assert.ok(linked, JSON.stringify(report.files.map((f: { path: string }) => f.path)));
    assert.deepStrictEqual(
      linked.diagnostics.map((d: { rule: string }) => d.rule),
      ['require-concurrent-index', 'require-lock-timeout'],
    );
  });

  it('lints only migrations changed since a git ref, with --changed-since', () => {
    const dir = tempProject({ 'migrations/0001_a.sql': 'CREATE INDEX a_idx ON orders (a);\n' });
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { cwd: dir, stdio: 'pipe' });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    fs.writeFileSync(path.join(dir, 'migrations/0002_b.sql'), 'CREATE INDEX b_idx ON orders (b);\n');
    const report = JSON.parse(
      sluice(['lint', '--format', 'json', '--changed-since', 'HEAD', 'migrations'], { cwd: dir }).stdout,
    );
    assert.deepStrictEqual(
      report.files.map((f: { path: string }) => f.path),
      ['migrations/0002_b.sql'],
    );
    fs.writeFileSync(path.join(dir, 'migrations/0003_c.sql'), 'CREATE INDEX c_idx ON orders (c);\n');
    git('add', 'migrations/0003_c.sql');
    // A name with non-ASCII letters (git quotes those unless told not to).
    fs.writeFileSync(path.join(dir, 'migrations/0004_café.sql'), 'CREATE INDEX d_idx ON orders (d);\n');
    // Run from outside the repository: the repository is the one that holds the folder given.
    const outside = JSON.parse(
      sluice(['lint', '--format', 'json', '--changed-since', 'HEAD', path.join(dir, 'migrations')], {
        cwd: os.tmpdir(),
      }).stdout,
    );
    assert.deepStrictEqual(
      outside.files.map((f: { path: string }) => path.basename(f.path)),
      ['0002_b.sql', '0003_c.sql', '0004_café.sql'],
    );
    const bad = sluice(['lint', '--changed-since', 'no-such-ref', 'migrations'], { cwd: dir });
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /^sluice: --changed-since no-such-ref: git diff failed/);
  });

  it('lists where application code still uses a dropped column, as related locations', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-cli-refs-'));
    fs.cpSync(path.join(ROOT, 'test', 'fixtures', 'app-references'), dir, { recursive: true });
    fs.mkdirSync(path.join(dir, '.git')); // a repository: the project whose code is searched
    fs.writeFileSync(
      path.join(dir, 'db/migrations/0002_drop_email.up.sql'),
      "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN email;\n",
    );
    fs.writeFileSync(
      path.join(dir, 'db/migrations/0002_drop_email.down.sql'),
      'ALTER TABLE users ADD COLUMN email text;\n',
    );
    const run = sluice(['lint', '--format', 'json', 'db/migrations/0002_drop_email.up.sql'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    assert.ok(validateLint(report), JSON.stringify(lintSchema.errors));
    const drop = report.files[0].diagnostics.find((d: { rule: string }) => d.rule === 'drop-column');
    assert.ok(drop, run.stdout);
    assert.match(drop.message, /Application code still uses users\.email in \d+ places \(see related information\)\.$/);
    const paths: string[] = drop.related.map((r: { path: string }) => r.path);
    for (const expected of [
      'src/models/user.ts',
      'internal/store/users.go',
      'prisma/schema.prisma',
      'app/models/user.rb',
    ]) {
      assert.ok(paths.includes(expected), `${expected} in ${paths.join(', ')}`);
    }
    assert.ok(!paths.some((p) => p.startsWith('db/')), 'migration folders are not application code');
    for (const r of drop.related) assert.ok(r.range.start.line >= 1 && r.range.start.column >= 1);
    // SARIF carries the same places as the result's related locations.
    const sarif = JSON.parse(
      sluice(['lint', '--format', 'sarif', 'db/migrations/0002_drop_email.up.sql'], { cwd: dir }).stdout,
    );
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'drop-column');
    assert.deepStrictEqual(
      result.relatedLocations.map(
        (l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri,
      ),
      paths,
    );
    assert.deepStrictEqual(result.relatedLocations[0].physicalLocation.region, {
      startLine: drop.related[0].range.start.line,
      startColumn: drop.related[0].range.start.column,
      endLine: drop.related[0].range.end.line,
      endColumn: drop.related[0].range.end.column,
    });
  });

  it('exits 2 when an earlier migration cannot be read: the schema of every later one would be wrong', () => {
    const dir = tempProject({
      'db/migrations/000002_index.up.sql': "SET lock_timeout = '2s';\nCREATE INDEX orders_at_idx ON orders (at);",
      'db/migrations/000002_index.down.sql': 'DROP INDEX orders_at_idx;',
    });
    // A folder where the first migration should be: it is listed, and reading it fails (as EACCES would, but
    // also for root, who reads every file).
    fs.mkdirSync(path.join(dir, 'db/migrations/000001_init.up.sql'));
    const run = sluice(['lint', 'db/migrations/000002_index.up.sql'], { cwd: dir });
    assert.strictEqual(run.code, 2, run.stdout + run.stderr);
    assert.match(
      run.stderr,
      /^sluice: db\/migrations\/000001_init\.up\.sql: cannot read \(EISDIR\), and the migrations after it need it\n$/,
    );
  });

  it('exits 2 with a one-line message on bad usage or input, never a stack trace', () => {
    const dir = tempProject({
      '.sluicerc.json': '{\n "rules": {\n  "set-not-nul": "error"\n }\n}',
      'migrations/0001.sql': 'SELECT 1;',
      'broken.json': '{\n  "rules": {\n    "prefer-jsonb": off\n  }\n}\n',
      'empty/.keep': '',
    });
    const cases: [string[], RegExp, string?][] = [
      [['lint', '--config', ''], /^sluice: --config needs a file name/],
      // A broken --config fails the run even when there is nothing to lint.
      [['lint', '--config', 'broken.json', 'empty'], /^sluice: broken\.json:3: not valid JSON: .*double quotes/, dir],
      [['lint', '--changed-since=--output=/tmp/x', 'migrations'], /^sluice: --changed-since needs a git ref/],
      [['lint', '--changed-since', '', 'migrations'], /^sluice: --changed-since needs a git ref/],
      [['lint', '--rule', 'prefer-jsonb=error=x'], /^sluice: --rule prefer-jsonb=error=x: one setting per rule/],
      [['dry-run', 'x.sql', '--database-url', ''], /^sluice: --database-url is empty/],
      [['lsp', '--socket=abc'], /^sluice: lsp --socket=abc: the port must be a number/],
      [['lint', '--frobnicate'], /^sluice: unknown option --frobnicate/],
      [['lint', '--format', 'xml'], /^sluice: --format must be one of text, json, sarif, github/],
      [['lint', 'no/such/path.sql'], /^sluice: no\/such\/path\.sql: no such file or folder/],
      [['lint', ''], /^sluice: an empty path: name a migration file or folder/],
      [['lint', '--rule', 'nope=error'], /^sluice: --rule nope=error: unknown rule "nope"/],
      [['lint', '--stdin'], /^sluice: --stdin needs --stdin-filename/],
      [['lint', '--pg-version', '1e1', 'migrations'], /^sluice: --pg-version must be a PostgreSQL major version/],
      [['lint', '--pg-version', '0x0f', 'migrations'], /^sluice: --pg-version must be a PostgreSQL major version/],
      [['lint', '--pg-version', '15.2', 'migrations'], /^sluice: --pg-version must be a PostgreSQL major version/],
      [['lint', 'migrations'], /^sluice: \.sluicerc\.json:3: unknown rule "set-not-nul"/, dir],
      [['frobnicate'], /^sluice: unknown command "frobnicate"/],
      [['lsp'], /^sluice: sluice lsp needs a transport: --stdio/],
      [[], /^sluice: a command is needed: lint, lsp, dry-run, verify-rollback or scaffold/],
    ];
    for (const [args, message, cwd] of cases) {
      const run = sluice(args, { cwd });
      assert.strictEqual(run.code, 2, `${args.join(' ')}: ${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      if (args.length > 0) assert.strictEqual(run.stderr.trimEnd().split('\n').length, 1, `one line: ${run.stderr}`);
    }
    const help = sluice(['lint', '--help']);
    assert.strictEqual(help.code, 0);
    assert.match(help.stdout, /^Usage: sluice <command>/);
  });

  it('stops quietly when the reader closes the pipe early (sluice lint | head), keeping the exit code', async () => {
    const statements = Array.from({ length: 3000 }, (_, i) => `CREATE INDEX orders_c${i}_idx ON orders (c${i});`);
    const dir = tempProject({ 'migrations/0001_indexes.sql': statements.join('\n') });
    const child = spawn(process.execPath, [BIN, 'lint', '--format', 'json', 'migrations'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.strictEqual(stderr, '', 'nothing on stderr');
    assert.strictEqual(code, 1, 'the findings still decide the exit code');
  });

  it('counts columns as the editor shows them in a file that starts with a byte-order mark', () => {
    const dir = tempProject({ 'migrations/0001_index.sql': '\ufeffCREATE INDEX orders_at_idx ON orders (at);\n' });
    const run = sluice(['lint', '--format', 'json', 'migrations'], { cwd: dir });
    const diagnostic = JSON.parse(run.stdout).files[0].diagnostics.find(
      (d: { rule: string }) => d.rule === 'require-concurrent-index',
    );
    assert.deepStrictEqual(diagnostic.range.start, { line: 1, column: 1 });
  });

  it('turns garbage, invalid UTF-8 and unterminated input into findings, not crashes', () => {
    const garbage = Buffer.alloc(20000);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) % 256;
    const dir = tempProject({
      'migrations/0001_garbage.sql': garbage,
      'migrations/0002_unterminated.sql': "SELECT 1;\nSELECT 'never closed;\n",
      'migrations/0003_crlf.sql': 'SELECT 1;\r\n\r\nCREATE INDEX i ON orders (a);\r\n',
    });
    const run = sluice(['lint', '--format', 'json', 'migrations'], { cwd: dir });
    assert.strictEqual(run.code, 1, run.stderr);
    const report = JSON.parse(run.stdout);
    assert.ok(validateLint(report), JSON.stringify(lintSchema.errors));
    const byPath = Object.fromEntries(
      report.files.map((f: { path: string; diagnostics: unknown[] }) => [f.path, f.diagnostics]),
    );
    assert.ok(byPath['migrations/0001_garbage.sql'].length > 0);
    assert.deepStrictEqual(
      byPath['migrations/0002_unterminated.sql'].map(
        (d: { rule: string; range: { start: { line: number; column: number } } }) => [
          d.rule,
          d.range.start.line,
          d.range.start.column,
        ],
      ),
      [['syntax-error', 2, 8]],
    );
    assert.deepStrictEqual(
      byPath['migrations/0003_crlf.sql'].map((d: { rule: string; range: { start: { line: number } } }) => [
        d.rule,
        d.range.start.line,
      ]),
      [
        ['require-concurrent-index', 3],
        ['require-lock-timeout', 3],
      ],
    );
  });
});
