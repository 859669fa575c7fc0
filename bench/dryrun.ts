// The dry-run engine on embedded PGlite: cold start, history cache, a warm 20-statement dry-run, memory.
//
// Run with `npm run bench:dryrun` (compiles, then runs out/bench/dryrun.js). Prints figures against the budgets of
// issue 5 (cold start ≤ 3 s, warm dry-run of a 20-statement migration after a 100-file history ≤ 500 ms); asserts
// nothing. Each measurement that depends on a fresh process (cold start) runs in its own child process.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runDryRun } from '../server/src/dryrun/engine';
import { openScratchDatabase, SetupScript } from '../server/src/dryrun/history';
import { planStatements } from '../server/src/dryrun/statements';
import { loadParser } from '../server/src/syntax/parse';

const HISTORY_FILES = 100;
const WARM_RUNS = 5;

/** 100 realistic earlier migrations: 40 tables with rows and indexes, then columns, indexes and backfills. */
function historyScripts(): SetupScript[] {
  const texts: string[] = [];
  for (let i = 1; i <= HISTORY_FILES; i++) {
    const t = `t${((i - 1) % 40) + 1}`;
    if (i <= 40) {
      texts.push(
        `CREATE TABLE ${t} (id bigint PRIMARY KEY, account_id int NOT NULL, name varchar(50), created_at timestamptz DEFAULT now());\n` +
          `INSERT INTO ${t} (id, account_id, name) SELECT g, g % 97, 'row ' || g FROM generate_series(1, 200) g;\n` +
          `CREATE INDEX ${t}_account_idx ON ${t} (account_id);\n`,
      );
    } else if (i <= 70) {
      texts.push(`ALTER TABLE ${t} ADD COLUMN extra_${i} text;\nUPDATE ${t} SET extra_${i} = name WHERE id % 3 = 0;\n`);
    } else {
      texts.push(`CREATE INDEX ${t}_created_${i}_idx ON ${t} (created_at);\nCOMMENT ON TABLE ${t} IS 'step ${i}';\n`);
    }
  }
  return texts.map((text, i) => ({
    label: `db/migrations/${String(i + 1).padStart(6, '0')}_step.up.sql`,
    text,
    statements: planStatements(text, { tool: 'golang-migrate', direction: 'up' }),
  }));
}

const MIGRATION = Array.from({ length: 20 }, (_, i) => {
  const t = `t${i + 1}`;
  switch (i % 5) {
    case 0:
      return `CREATE INDEX ${t}_name_idx ON ${t} (name)`;
    case 1:
      return `ALTER TABLE ${t} ADD COLUMN status text`;
    case 2:
      return `UPDATE ${t} SET name = upper(name) WHERE id < 50`;
    case 3:
      return `ALTER TABLE ${t} ALTER COLUMN name TYPE varchar(200)`;
    default:
      return `ALTER TABLE ${t} ALTER COLUMN account_id TYPE bigint`;
  }
}).join(';\n');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const ms = (value: number) => `${Math.round(value)} ms`;

/** A child process that opens PGlite once (cold: WASM compile and initdb) and reports how long it took. */
function coldStartInChild(): number {
  const script = `
    const { openPGlite } = require(${JSON.stringify(path.join(__dirname, '..', 'server', 'src', 'dryrun', 'pglite.js'))});
    const started = performance.now();
    openPGlite().then(async (db) => { await db.query('SELECT 1'); console.log(performance.now() - started); await db.close(); });`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cold start failed: ${result.stderr}`);
  return Number(result.stdout.trim());
}

async function main(): Promise<void> {
  await loadParser();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-dryrun-'));
  console.log(`dry-run engine benchmark (PGlite, ${os.cpus().length} CPUs, load ${os.loadavg()[0].toFixed(1)})`);

  const cold = coldStartInChild();
  console.log(`engine cold start without the shipped cluster (new process, WASM compile + initdb): ${ms(cold)}`);

  const scripts = historyScripts();
  const built = await openScratchDatabase(scripts, { cacheDir });
  console.log(
    `history of ${HISTORY_FILES} files applied and saved (cache ${built.cache}): ${ms(built.setupMs)}` +
      (built.problems.length ? ` — ${built.problems.length} problems: ${built.problems[0]}` : ''),
  );
  await built.db.close();

  const starts: number[] = [];
  const runs: number[] = [];
  const plain: number[] = [];
  const statements = planStatements(MIGRATION, { tool: 'golang-migrate', direction: 'up' });
  let lastStatuses = '';
  for (let i = 0; i < WARM_RUNS; i++) {
    const scratch = await openScratchDatabase(scripts, { cacheDir });
    if (scratch.cache !== 'hit') throw new Error(`expected a cache hit, got ${scratch.cache}`);
    starts.push(scratch.setupMs);
    const started = performance.now();
    const reports = await runDryRun({
      db: scratch.db,
      text: MIGRATION,
      statements,
      scratch: true,
      statementTimeoutMs: 30_000,
    });
    runs.push(performance.now() - started);
    lastStatuses = `${reports.filter((r) => r.status === 'ok').length}/${reports.length} ok`;
    // The same statements with no observation around them: what the dry-run's own queries cost on top.
    const plainStarted = performance.now();
    await scratch.db.query('BEGIN');
    for (const statement of statements) await scratch.db.query(statement.text);
    await scratch.db.query('ROLLBACK');
    plain.push(performance.now() - plainStarted);
    await scratch.db.close();
  }
  console.log(`engine start from the saved history (cache hit), median of ${WARM_RUNS}: ${ms(median(starts))}`);
  console.log(
    `warm dry-run of 20 statements after the ${HISTORY_FILES}-file history, median of ${WARM_RUNS}: ` +
      `${ms(median(runs))} (${lastStatuses})   budget ≤ 500 ms`,
  );
  console.log(`  the same 20 statements alone (BEGIN … ROLLBACK, no lock or rewrite reading): ${ms(median(plain))}`);

  // Without the cache, every dry-run would replay the history first.
  const replay = await openScratchDatabase(scripts, {
    cacheDir: fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-nocache-')),
  });
  await replay.db.close();
  console.log(`for comparison, without a saved copy (start, replay the history, save it): ${ms(replay.setupMs)}`);

  // What an editor waits for: `sluice dry-run --format json` as a new process (worker thread, saved history).
  const bundle = path.join(__dirname, '..', '..', process.env.SLUICE_DIST || 'dist', 'sluice.js');
  if (fs.existsSync(bundle)) {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-project-'));
    for (const script of scripts) {
      fs.mkdirSync(path.dirname(path.join(project, script.label)), { recursive: true });
      fs.writeFileSync(path.join(project, script.label), script.text);
    }
    const file = `db/migrations/${String(HISTORY_FILES + 1).padStart(6, '0')}_change.up.sql`;
    fs.writeFileSync(path.join(project, file), `${MIGRATION};\n`);
    const cliRun = () => {
      const started = performance.now();
      const result = spawnSync(process.execPath, [bundle, 'dry-run', file, '--format', 'json'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, SLUICE_CACHE_DIR: cacheDir },
      });
      if (result.status !== 0) throw new Error(`sluice dry-run failed (${result.status}): ${result.stderr}`);
      return performance.now() - started;
    };
    // The engine as users first meet it: a new process, nothing cached yet, the empty cluster shipped in dist/.
    const firstEver = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-bench-first-'));
    const coldCli = spawnSync(process.execPath, [bundle, 'dry-run', '--no-history', '--progress', file], {
      cwd: project,
      encoding: 'utf8',
      env: { ...process.env, SLUICE_CACHE_DIR: firstEver },
    });
    const setup = /"event":"history".*?"setupMs":(\d+)/.exec(coldCli.stderr ?? '');
    fs.rmSync(firstEver, { recursive: true, force: true });
    console.log(
      `engine cold start in the bundle (new process, first run on the machine, shipped empty cluster): ` +
        `${setup ? ms(Number(setup[1])) : `failed (${coldCli.status})`}   budget ≤ 3000 ms`,
    );
    const first = cliRun();
    const again = [cliRun(), cliRun(), cliRun()];
    console.log(
      `sluice dry-run as a new process (${path.relative(process.cwd(), bundle)}): first ${ms(first)} ` +
        `(history applied and saved), then median ${ms(median(again))} (saved history)`,
    );
    fs.rmSync(project, { recursive: true, force: true });
  } else {
    console.log(`(no bundle at ${bundle}: build it to time the CLI end to end)`);
  }

  const memory = process.memoryUsage();
  console.log(`engine memory: RSS ${Math.round(memory.rss / 1e6)} MB (heap ${Math.round(memory.heapUsed / 1e6)} MB)`);
  const cached = fs.readdirSync(cacheDir).map((f) => fs.statSync(path.join(cacheDir, f)).size);
  console.log(`saved data directories: ${cached.length}, ${Math.round(cached.reduce((a, b) => a + b, 0) / 1e6)} MB`);
  fs.rmSync(cacheDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
