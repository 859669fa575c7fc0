// `sluice scaffold` (../../shared/spec/cli.md): usage errors, the files it writes per migration tool, JSON and
// text output, --dry-run, and that it never overwrites a file. Runs the real `sluice` command (bin/sluice.js).
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, runSluice as sluice, tempProject as makeProject } from '../support/sluiceCli';

const tempProject = (files: Record<string, string>) => makeProject(files, 'sluice-scaffold-');

/** Every file under `dir`, relative, with `/`. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const e of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${e.name}` : e.name;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

const ORDERS =
  'CREATE TABLE orders (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, total integer NOT NULL, placed_at timestamptz);\n';

interface JsonFile {
  path: string;
  phase: string;
  kind: string;
  deploy: number;
}

describe('sluice scaffold (CLI): bad usage', function () {
  this.timeout(20000);

  const cases: [string, string[], RegExp][] = [
    ['no change', ['scaffold', '--dir', '.'], /scaffold needs a change: rename-column, change-type/],
    ['an unknown change', ['scaffold', 'rename-table', '--dir', '.'], /unknown change "rename-table"/],
    ['no --dir', ['scaffold', 'add-index', '--table', 't', '--columns', 'a'], /needs --dir DIR/],
    [
      'a missing change option',
      ['scaffold', 'rename-column', '--table', 't', '--column', 'a', '--dir', '.'],
      /scaffold rename-column needs --to NEW/,
    ],
    [
      'an option of another change',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--to', 'b', '--dir', '.'],
      /--to does not apply to add-index/,
    ],
    [
      'a bad --references',
      ['scaffold', 'add-foreign-key', '--table', 't', '--column', 'a', '--references', 'customers', '--dir', '.'],
      /--references must be TABLE\(COLUMN\)/,
    ],
    [
      'a bad --batch-size',
      ['scaffold', 'backfill', '--table', 't', '--set', 'a = 1', '--batch-size', '0', '--dir', '.'],
      /--batch-size must be a positive whole number/,
    ],
    ['an empty column list', ['scaffold', 'add-index', '--table', 't', '--columns', 'a,,b', '--dir', '.'], /--columns/],
    [
      'a bad --format',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--dir', '.', '--format', 'xml'],
      /--format must be one of text, json/,
    ],
    [
      'a bad --tool',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--dir', '.', '--tool', 'alembic'],
      /--tool must be one of golang-migrate/,
    ],
    [
      'an unknown option',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--dir', '.', '--yes'],
      /unknown option --yes/,
    ],
    [
      'a folder that does not exist',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--dir', 'nope'],
      /--dir nope: no such folder/,
    ],
    [
      'a file where the folder should be',
      ['scaffold', 'add-index', '--table', 't', '--columns', 'a', '--dir', 'keep.txt'],
      /--dir keep\.txt: a file, not a folder/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`exits 2 naming the problem: ${what}`, () => {
      const cwd = tempProject({ 'keep.txt': '' });
      const run = sluice(args, cwd);
      assert.strictEqual(run.code, 2, run.stderr);
      const first = run.stderr.split('\n')[0];
      assert.match(first, /^sluice: /);
      assert.match(first, message);
      assert.strictEqual(run.stdout, '');
      assert.deepStrictEqual(tree(cwd), ['keep.txt'], 'nothing written');
    });
  }

  it('lists scaffold and its changes in --help', () => {
    const run = sluice(['--help'], REPO_ROOT);
    assert.strictEqual(run.code, 0);
    assert.match(run.stdout, /scaffold CHANGE {9}write expand\/migrate\/contract migrations/);
    assert.match(run.stdout, /rename-column --table T --column C --to NEW/);
  });
});

describe('sluice scaffold (CLI): writing migrations', function () {
  this.timeout(30000);

  it('add-index in a golang-migrate folder: JSON lists the files relative to the current folder, numbered after the last', () => {
    const cwd = tempProject({
      'db/migrations/000001_orders.up.sql': ORDERS,
      'db/migrations/000001_orders.down.sql': 'DROP TABLE orders;\n',
    });
    const run = sluice(
      [
        'scaffold',
        'add-index',
        '--table',
        'orders',
        '--columns',
        'placed_at',
        '--dir',
        'db/migrations',
        '--format',
        'json',
      ],
      cwd,
    );
    assert.strictEqual(run.code, 0, run.stderr);
    const report = JSON.parse(run.stdout) as { version: number; files: JsonFile[] };
    assert.strictEqual(report.version, 1);
    assert.deepStrictEqual(Object.keys(report), ['version', 'files']);
    assert.ok(report.files.length >= 2);
    for (const file of report.files) {
      assert.deepStrictEqual(Object.keys(file), ['path', 'phase', 'kind', 'deploy']);
      assert.match(file.path, /^db[\\/]migrations[\\/]0000\d\d_\w+\.(up|down)\.sql$/);
      assert.ok(fs.existsSync(path.join(cwd, file.path)), file.path);
    }
    const up = report.files.find((f) => f.kind === 'up')!;
    assert.match(up.path, /000002_/);
    const text = fs.readFileSync(path.join(cwd, up.path), 'utf8');
    assert.match(text, /^-- \w+ — deploy 1 of \d: /);
    assert.match(text, /CREATE INDEX CONCURRENTLY/);
    // The written files lint clean under Sluice's own rules, history included.
    const lint = sluice(['lint', 'db/migrations'], cwd);
    assert.strictEqual(lint.code, 0, lint.stdout + lint.stderr);
  });

  it('rename-column in a dbmate folder: text output grouped by deployment with phases; up and down sections', () => {
    const cwd = tempProject({
      'db/migrations/20240101000000_orders.sql': `-- migrate:up\n${ORDERS}\n-- migrate:down\nDROP TABLE orders;\n`,
    });
    const run = sluice(
      [
        'scaffold',
        'rename-column',
        '--table',
        'orders',
        '--column',
        'total',
        '--to',
        'total_cents',
        '--dir',
        'db/migrations',
      ],
      cwd,
    );
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /\(dbmate\): wrote \d+ files in 3 deployments/);
    assert.match(run.stdout, /\ndeploy 1 of 3 — expand \+ migrate\n {2}up {4}db[\\/]migrations[\\/]\d{14}_\w+\.sql\n/);
    assert.match(run.stdout, /\ndeploy 3 of 3 — contract\n/);
    const written = tree(cwd).filter((f) => !f.includes('20240101000000'));
    assert.ok(written.length >= 3, written.join(', '));
    for (const file of written) {
      const text = fs.readFileSync(path.join(cwd, file), 'utf8');
      assert.match(text, /^-- migrate:up( transaction:false)?\n-- (expand|migrate|contract) — deploy \d of 3: /, file);
      assert.match(text, /\n-- migrate:down( transaction:false)?\n/, file);
    }
    assert.ok(written.some((f) => /total_cents/.test(fs.readFileSync(path.join(cwd, f), 'utf8'))));
  });

  it('--dry-run prints every file and writes nothing', () => {
    const cwd = tempProject({
      'migrations/0001_orders.sql': ORDERS,
      'migrations/0001_orders.down.sql': 'DROP TABLE orders;\n',
    });
    const before = tree(cwd);
    const run = sluice(
      ['scaffold', 'set-not-null', '--table', 'orders', '--column', 'placed_at', '--dir', 'migrations', '--dry-run'],
      cwd,
    );
    assert.strictEqual(run.code, 0, run.stderr);
    assert.match(run.stdout, /\(plain\): would write \d+ files/);
    assert.match(run.stdout, /Dry run: nothing was written\./);
    assert.match(run.stdout, /==> migrations[\\/]0002_\w+\.sql <==\n-- \w+ — deploy 1 of \d/);
    assert.deepStrictEqual(tree(cwd), before);
    const json = sluice(
      [
        'scaffold',
        'set-not-null',
        '--table',
        'orders',
        '--column',
        'placed_at',
        '--dir',
        'migrations',
        '--dry-run',
        '--format',
        'json',
      ],
      cwd,
    );
    assert.strictEqual(json.code, 0, json.stderr);
    assert.ok((JSON.parse(json.stdout).files as JsonFile[]).some((f) => f.kind === 'down'));
    assert.deepStrictEqual(tree(cwd), before);
  });

  it('sqitch: deploy/revert/verify and plan lines; refuses (exit 2, nothing written) when a file exists', () => {
    const plan = '%syntax-version=1.0.0\n%project=shop\n\norders 2024-01-01T00:00:00Z Ann <ann@example.com> # orders\n';
    const cwd = tempProject({
      'sqitch.plan': plan,
      'deploy/orders.sql': `BEGIN;\n${ORDERS}COMMIT;\n`,
      'revert/orders.sql': 'DROP TABLE orders;\n',
      'verify/orders.sql': 'SELECT id FROM orders WHERE false;\n',
    });
    const args = [
      'scaffold',
      'add-index',
      '--table',
      'orders',
      '--columns',
      'placed_at',
      '--dir',
      '.',
      '--format',
      'json',
    ];
    const dry = sluice([...args, '--dry-run'], cwd);
    assert.strictEqual(dry.code, 0, dry.stderr);
    const planned = JSON.parse(dry.stdout).files as JsonFile[];
    const revert = planned.find((f) => f.kind === 'down')!;
    assert.match(revert.path, /^revert[\\/]\w+\.sql$/);
    // A stray revert script with the same name: nothing may be overwritten, and nothing at all is written.
    fs.writeFileSync(path.join(cwd, revert.path), '-- mine\n');
    const before = tree(cwd);
    const refused = sluice(args, cwd);
    assert.strictEqual(refused.code, 2);
    assert.match(refused.stderr.split('\n')[0], /^sluice: revert[\\/]\w+\.sql already exists; nothing was written$/);
    assert.deepStrictEqual(tree(cwd), before);
    assert.strictEqual(fs.readFileSync(path.join(cwd, 'sqitch.plan'), 'utf8'), plan);
    fs.rmSync(path.join(cwd, revert.path));

    const run = sluice(args, cwd);
    assert.strictEqual(run.code, 0, run.stderr);
    const files = JSON.parse(run.stdout).files as JsonFile[];
    assert.deepStrictEqual(files, planned);
    const name = path.basename(revert.path, '.sql');
    const newPlan = fs.readFileSync(path.join(cwd, 'sqitch.plan'), 'utf8');
    assert.ok(newPlan.startsWith(plan));
    assert.match(
      newPlan,
      new RegExp(`\\n${name} .*\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ Ann <ann@example.com> # `),
    );
    assert.match(fs.readFileSync(path.join(cwd, 'verify', `${name}.sql`), 'utf8'), /::regclass;/);
  });

  it('uses the replayed history: a column the folder never created is a clear error, exit 2', () => {
    const cwd = tempProject({ 'migrations/0001_orders.sql': ORDERS });
    const run = sluice(
      ['scaffold', 'rename-column', '--table', 'orders', '--column', 'nope', '--to', 'x', '--dir', 'migrations'],
      cwd,
    );
    assert.strictEqual(run.code, 2, run.stdout);
    assert.match(run.stderr.split('\n')[0], /^sluice: scaffold rename-column: .*nope/);
    assert.deepStrictEqual(tree(cwd), ['migrations/0001_orders.sql']);
  });

  it('--tool overrides the detected convention', () => {
    const cwd = tempProject({ 'db/migrations/.keep': '' });
    const run = sluice(
      [
        'scaffold',
        'add-index',
        '--table',
        'orders',
        '--columns',
        'placed_at',
        '--dir',
        'db/migrations',
        '--tool',
        'goose',
        '--format',
        'json',
      ],
      cwd,
    );
    assert.strictEqual(run.code, 0, run.stderr);
    const files = JSON.parse(run.stdout).files as JsonFile[];
    for (const file of files) {
      assert.strictEqual(file.kind, 'up');
      assert.match(fs.readFileSync(path.join(cwd, file.path), 'utf8'), /-- \+goose Up\n/);
    }
  });
});
