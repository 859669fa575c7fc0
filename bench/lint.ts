// `sluice lint` on large migrations, against squawk's native binary on the same files.
//
// Run with `npm run bench:lint` (builds dist/, compiles, then runs out/bench/lint.js). Generates realistic migration
// files of 5,000 and 50,000 statements (mixed DDL and DML, some of it unsafe), then times, as separate processes:
//   sluice: node bin/sluice.js lint --format json FILE
//   squawk: the squawk-cli package's native binary, squawk --reporter json FILE
// Each is run several times per file; the median wall time (process start to exit, output read) is reported, with
// min..max. Prints both times, the ratio sluice/squawk, and linearity (time at 50k / time at 5k; budget ≤ 11×).
// Prints figures only: it asserts nothing, and exits 0 unless it cannot run at all.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { prng } from '../test/support/prng';

// Compiled to out*/bench/lint.js: the repository root is two levels up.
const ROOT = path.resolve(__dirname, '..', '..');
const SLUICE_BIN = path.join(ROOT, 'bin', 'sluice.js');
// bin/sluice.js runs SLUICE_DIST's bundle when set (a development build kept apart from dist/), as here.
const DIST = process.env.SLUICE_DIST || 'dist';
const SIZES = [5_000, 50_000] as const;
const RUNS: Record<number, number> = { 5_000: 7, 50_000: 5 };
const LINEARITY_BUDGET = 11;

// ---------------------------------------------------------------------------------------------------------------
// Realistic migration text

const EXISTING_TABLES = [
  'users',
  'accounts',
  'orders',
  'order_items',
  'payments',
  'invoices',
  'products',
  'subscriptions',
  'events',
  'sessions',
  'shipments',
  'customers',
];
const STATUSES = ['new', 'pending', 'paid', 'shipped', 'cancelled', 'refunded'];

interface Template {
  weight: number;
  /** Returns one statement (with its `;`), possibly several lines long, or undefined when it does not apply yet. */
  make(g: GeneratorState): string | undefined;
}

interface GeneratorState {
  rand: () => number;
  n: number;
  newTables: string[];
  functions: string[];
  constraints: { table: string; name: string }[];
}

function pick<T>(g: GeneratorState, items: readonly T[]): T {
  return items[Math.floor(g.rand() * items.length)];
}

function int(g: GeneratorState, lo: number, hi: number): number {
  return lo + Math.floor(g.rand() * (hi - lo + 1));
}

const TEMPLATES: Template[] = [
  // Safe, the bulk of a real history: new tables and their indexes, seed data, bounded backfills, comments.
  {
    weight: 8,
    make: (g) => {
      const t = `feature_${g.n}_${pick(g, ['logs', 'items', 'rules', 'events', 'links'])}`;
      g.newTables.push(t);
      return `CREATE TABLE ${t} (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  account_id bigint NOT NULL,
  name text NOT NULL,
  status text NOT NULL DEFAULT '${pick(g, STATUSES)}',
  payload jsonb,
  created_at timestamptz NOT NULL DEFAULT now()
);`;
    },
  },
  {
    weight: 6,
    make: (g) => {
      if (g.newTables.length === 0) return undefined;
      const t = pick(g, g.newTables);
      return `CREATE INDEX ${t}_account_id_${g.n}_idx ON ${t} (account_id, created_at);`;
    },
  },
  {
    weight: 10,
    make: (g) => `ALTER TABLE ${pick(g, EXISTING_TABLES)} ADD COLUMN note_${g.n} text;`,
  },
  {
    weight: 4,
    make: (g) =>
      `ALTER TABLE ${pick(g, EXISTING_TABLES)} ADD COLUMN flag_${g.n} boolean NOT NULL DEFAULT ${g.rand() < 0.5 ? 'false' : 'true'};`,
  },
  {
    weight: 5,
    make: (g) => {
      const t = pick(g, EXISTING_TABLES);
      return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${t}_col_${g.n}_idx ON ${t} (created_at) WHERE status <> '${pick(g, STATUSES)}';`;
    },
  },
  {
    weight: 15,
    make: (g) => {
      const t = g.newTables.length > 0 && g.rand() < 0.6 ? pick(g, g.newTables) : pick(g, EXISTING_TABLES);
      const rows = Array.from(
        { length: int(g, 1, 4) },
        (_, k) => `(${int(g, 1, 99999)}, 'seed ${g.n}-${k}', '${pick(g, STATUSES)}')`,
      );
      return `INSERT INTO ${t} (account_id, name, status) VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING;`;
    },
  },
  {
    weight: 12,
    make: (g) => {
      const lo = int(g, 1, 9_000_000);
      return `UPDATE ${pick(g, EXISTING_TABLES)}
   SET status = '${pick(g, STATUSES)}', updated_at = now()
 WHERE id BETWEEN ${lo} AND ${lo + 5000} AND status = '${pick(g, STATUSES)}';`;
    },
  },
  {
    weight: 4,
    make: (g) =>
      `DELETE FROM ${pick(g, EXISTING_TABLES)} WHERE created_at < DATE '2019-01-01' AND id < ${int(g, 1000, 900000)};`,
  },
  {
    weight: 6,
    make: (g) =>
      `COMMENT ON COLUMN ${pick(g, EXISTING_TABLES)}.note_${int(g, 0, g.n)} IS 'Added for ticket OPS-${int(g, 100, 9999)}; see the runbook';`,
  },
  {
    weight: 3,
    make: (g) => {
      const t = pick(g, EXISTING_TABLES);
      const name = `${t}_check_${g.n}`;
      g.constraints.push({ table: t, name });
      return `ALTER TABLE ${t} ADD CONSTRAINT ${name} CHECK (amount_cents >= ${int(g, 0, 10)}) NOT VALID;`;
    },
  },
  {
    weight: 3,
    make: (g) => {
      const c = g.constraints.shift();
      return c ? `ALTER TABLE ${c.table} VALIDATE CONSTRAINT ${c.name};` : undefined;
    },
  },
  {
    weight: 3,
    make: (g) => {
      const f = `touch_${g.n}`;
      g.functions.push(f);
      return `CREATE OR REPLACE FUNCTION ${f}() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW.updated_at := now();
  IF NEW.status IS NULL THEN
    NEW.status := '${pick(g, STATUSES)}';
  END IF;
  RETURN NEW;
END;
$$;`;
    },
  },
  {
    weight: 2,
    make: (g) => {
      if (g.newTables.length === 0 || g.functions.length === 0) return undefined;
      const t = pick(g, g.newTables);
      return `CREATE TRIGGER ${t}_touch_${g.n} BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${pick(g, g.functions)}();`;
    },
  },
  {
    weight: 3,
    make: (g) => `DROP INDEX CONCURRENTLY IF EXISTS ${pick(g, EXISTING_TABLES)}_legacy_${g.n}_idx;`,
  },
  { weight: 2, make: (g) => `SET lock_timeout = '${int(g, 1, 5)}s';` },
  {
    weight: 2,
    make: (g) => {
      const t = pick(g, EXISTING_TABLES);
      return `CREATE OR REPLACE VIEW ${t}_recent_${g.n} AS
SELECT id, status, created_at FROM ${t} WHERE created_at > now() - interval '${int(g, 1, 90)} days';`;
    },
  },
  {
    weight: 3,
    make: (g) => (g.newTables.length > 0 ? `GRANT SELECT ON ${pick(g, g.newTables)} TO reporting;` : undefined),
  },
  // Unsafe: what the linter is for.
  {
    weight: 3,
    make: (g) => {
      const t = pick(g, EXISTING_TABLES);
      return `CREATE INDEX ${t}_status_${g.n}_idx ON ${t} (status, created_at);`;
    },
  },
  {
    weight: 2,
    make: (g) => `ALTER TABLE ${pick(g, EXISTING_TABLES)} ALTER COLUMN note_${int(g, 0, g.n)} SET NOT NULL;`,
  },
  {
    weight: 2,
    make: (g) => `ALTER TABLE ${pick(g, EXISTING_TABLES)} ALTER COLUMN amount_${int(g, 0, g.n)} TYPE numeric(14, 2);`,
  },
  {
    weight: 1,
    make: (g) =>
      `ALTER TABLE ${pick(g, EXISTING_TABLES)} ADD COLUMN public_id_${g.n} uuid NOT NULL DEFAULT gen_random_uuid();`,
  },
  {
    weight: 1,
    make: (g) => `ALTER TABLE ${pick(g, EXISTING_TABLES)} DROP COLUMN legacy_${int(g, 0, g.n)};`,
  },
  {
    weight: 1,
    make: (g) => `ALTER TABLE ${pick(g, EXISTING_TABLES)} RENAME COLUMN old_${g.n} TO new_${g.n};`,
  },
  {
    weight: 1,
    make: (g) => `UPDATE ${pick(g, EXISTING_TABLES)} SET synced = false;`,
  },
];

const TOTAL_WEIGHT = TEMPLATES.reduce((n, t) => n + t.weight, 0);

/** A plain migration of exactly `statements` statements, separated by blank lines and the odd comment. */
export function generateMigration(statements: number, seed = 42): string {
  const g: GeneratorState = { rand: prng(seed), n: 0, newTables: [], functions: [], constraints: [] };
  const out: string[] = [`-- Generated benchmark migration: ${statements} statements (seed ${seed}).`];
  while (g.n < statements) {
    let roll = g.rand() * TOTAL_WEIGHT;
    const template = TEMPLATES.find((t) => (roll -= t.weight) < 0) ?? TEMPLATES[0];
    const sql = template.make(g);
    if (sql === undefined) continue;
    if (g.rand() < 0.08) out.push(`-- step ${g.n + 1}: ${pick(g, ['backfill', 'expand', 'cleanup', 'reporting'])}`);
    out.push(sql);
    g.n++;
  }
  return out.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------------------------
// Running the linters

interface Timing {
  median: number;
  min: number;
  max: number;
  runs: number[];
  exitCode: number | null;
  findings: number;
  outputBytes: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timeCommand(
  command: string,
  args: string[],
  runs: number,
  countFindings: (stdout: string) => number,
): Timing | { error: string } {
  const times: number[] = [];
  let last: ReturnType<typeof spawnSync> | undefined;
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    last = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NO_COLOR: '1' } });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (last.error) return { error: last.error.message };
    if (last.status !== 0 && last.status !== 1) {
      return {
        error: `exit code ${last.status}${last.signal ? ` (${last.signal})` : ''}: ${String(last.stderr).trim().slice(0, 300)}`,
      };
    }
    times.push(ms);
  }
  const stdout = String(last!.stdout);
  let findings = -1;
  try {
    findings = countFindings(stdout);
  } catch {
    // reported as -1: the output was not the JSON we expected
  }
  return {
    median: median(times),
    min: Math.min(...times),
    max: Math.max(...times),
    runs: times,
    exitCode: last!.status,
    findings,
    outputBytes: Buffer.byteLength(stdout),
  };
}

const SQUAWK_VERSION = '2.66.0';
/** squawk is a benchmark peer, not a dependency: installed on demand into a cache outside the repository. */
const SQUAWK_CACHE = path.join(
  process.env.SLUICE_BENCH_CACHE ?? path.join(os.homedir(), '.cache', 'sluice-bench'),
  `squawk-${SQUAWK_VERSION}`,
);

/** The native squawk binary of squawk-cli's platform package (installed into the cache if needed), or why not. */
function findSquawk(): { path: string; version: string } | { error: string } {
  const platformPackage = `@squawk-cli/${process.platform}-${process.arch}`;
  const resolve = (): string | undefined => {
    try {
      const pkg = require.resolve(`${platformPackage}/package.json`, { paths: [SQUAWK_CACHE] });
      const candidate = path.join(path.dirname(pkg), 'bin', process.platform === 'win32' ? 'squawk.exe' : 'squawk');
      return fs.existsSync(candidate) ? candidate : undefined;
    } catch {
      return undefined;
    }
  };
  let binary = resolve();
  if (!binary) {
    // Only the platform package is needed (the registry may not carry the other platforms' packages).
    fs.mkdirSync(SQUAWK_CACHE, { recursive: true });
    fs.writeFileSync(path.join(SQUAWK_CACHE, 'package.json'), '{"private":true}\n');
    console.log(`installing ${platformPackage}@${SQUAWK_VERSION} into ${SQUAWK_CACHE} …`);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    spawnSync(
      npm,
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `${platformPackage}@${SQUAWK_VERSION}`],
      {
        cwd: SQUAWK_CACHE,
        stdio: 'inherit',
      },
    );
    binary = resolve();
  }
  if (!binary) return { error: `no native squawk binary: ${platformPackage}@${SQUAWK_VERSION} could not be installed` };
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return { error: `${binary} does not run here: ${version.error?.message ?? String(version.stderr).trim()}` };
  }
  return { path: binary, version: String(version.stdout).trim() };
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}

function describe(t: Timing | { error: string }): string {
  if ('error' in t) return `cannot run: ${t.error}`;
  return `${fmt(t.median).padStart(8)} median (${fmt(t.min)}..${fmt(t.max)}, ${t.runs.length} runs), ${t.findings} findings, exit ${t.exitCode}`;
}

function main(): void {
  if (!fs.existsSync(path.join(ROOT, DIST, 'sluice.js'))) {
    console.error(`bench:lint: ${DIST}/sluice.js is missing: run \`npm run build\` first`);
    process.exit(2);
  }
  const squawk = findSquawk();
  const sluiceVersion = spawnSync(process.execPath, [SLUICE_BIN, '--version'], { encoding: 'utf8' }).stdout.trim();
  const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-lint-')));

  console.log('sluice lint vs squawk on generated migrations');
  console.log(
    `  machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, node ${process.version}, ${os.platform()} ${os.arch()}`,
  );
  console.log(`  sluice:  node bin/sluice.js lint --format json FILE   (${sluiceVersion || 'version unknown'})`);
  console.log(
    'error' in squawk
      ? `  squawk:  cannot run: ${squawk.error}`
      : `  squawk:  ${path.relative(ROOT, squawk.path)} --reporter json FILE   (${squawk.version})`,
  );
  // Process start-up is part of every run below; shown on its own so the per-statement cost can be read off.
  const startup = timeCommand(process.execPath, [SLUICE_BIN, '--version'], 5, () => 0);
  if (!('error' in startup)) console.log(`  sluice start-up alone (sluice --version): ${fmt(startup.median)} median`);
  console.log('');

  const results = new Map<number, { sluice: Timing | { error: string }; squawk?: Timing | { error: string } }>();
  try {
    for (const size of SIZES) {
      // Each file in its own migrations folder: no other file is replayed as its history.
      const dir = path.join(tmp, `bench-${size}`, 'migrations');
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, `20240101000000_bench_${size}.sql`);
      const text = generateMigration(size);
      fs.writeFileSync(file, text);
      const lines = text.split('\n').length - 1;
      console.log(
        `${size.toLocaleString('en-US')} statements: ${lines.toLocaleString('en-US')} lines, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(2)} MB`,
      );
      const sluice = timeCommand(process.execPath, [SLUICE_BIN, 'lint', '--format', 'json', file], RUNS[size], (out) =>
        JSON.parse(out).files.reduce((n: number, f: { diagnostics: unknown[] }) => n + f.diagnostics.length, 0),
      );
      console.log(`  sluice  ${describe(sluice)}`);
      let squawkTiming: Timing | { error: string } | undefined;
      if (!('error' in squawk)) {
        squawkTiming = timeCommand(squawk.path, ['--reporter', 'json', file], RUNS[size], (out) => {
          const parsed = JSON.parse(out);
          return Array.isArray(parsed) ? parsed.length : (parsed.violations?.length ?? -1);
        });
        console.log(`  squawk  ${describe(squawkTiming)}`);
        if (!('error' in sluice) && !('error' in squawkTiming)) {
          console.log(`  ratio sluice/squawk: ${(sluice.median / squawkTiming.median).toFixed(2)}×`);
        }
      } else {
        console.log(`  squawk  cannot run: ${squawk.error}`);
      }
      results.set(size, { sluice, squawk: squawkTiming });
      console.log('');
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  const small = results.get(SIZES[0]);
  const large = results.get(SIZES[1]);
  const ratio = (a?: Timing | { error: string }, b?: Timing | { error: string }): string =>
    a && b && !('error' in a) && !('error' in b) ? `${(b.median / a.median).toFixed(1)}×` : 'n/a';
  console.log('Summary');
  console.log(
    `  sluice: ${small && !('error' in small.sluice) ? fmt(small.sluice.median) : 'n/a'} at 5k, ${large && !('error' in large.sluice) ? fmt(large.sluice.median) : 'n/a'} at 50k; linearity (50k / 5k): ${ratio(small?.sluice, large?.sluice)} (budget ≤ ${LINEARITY_BUDGET}×)`,
  );
  if (!('error' in squawk)) {
    console.log(
      `  squawk: ${small?.squawk && !('error' in small.squawk) ? fmt(small.squawk.median) : 'n/a'} at 5k, ${large?.squawk && !('error' in large.squawk) ? fmt(large.squawk.median) : 'n/a'} at 50k; linearity (50k / 5k): ${ratio(small?.squawk, large?.squawk)}`,
    );
    for (const size of SIZES) {
      const r = results.get(size);
      if (r?.squawk && !('error' in r.sluice) && !('error' in r.squawk)) {
        const ratioAt = r.sluice.median / r.squawk.median;
        const verdict = size === SIZES[1] ? ` (budget < 1: ${ratioAt < 1 ? 'within' : 'MISSED'})` : '';
        console.log(`  ratio sluice/squawk at ${size.toLocaleString('en-US')}: ${ratioAt.toFixed(2)}×${verdict}`);
      }
    }
  } else {
    console.log(`  squawk: not measured (${squawk.error})`);
  }
}

if (require.main === module) main();
