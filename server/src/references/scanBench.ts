// Benchmark (prints figures; not a test): scans a generated workspace of ~5,000 application source files and
// times the scan and `find`. Run: node out-refs/server/src/references/scanBench.js [files]
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ReferenceScanner } from './scanner';

// Realistic: 40 tables with their own columns; a file works with one or two tables and a few of their columns,
// so users.email shows up in a few percent of the files. Stress (`stress` argument): every file names every
// target, so a cold `find` has to match all 5,000 files.
const TABLE_NAMES = [
  'users',
  'orders',
  'accounts',
  'invoices',
  'products',
  'sessions',
  'events',
  'teams',
  'payments',
  'carts',
  'addresses',
  'shipments',
  'reviews',
  'coupons',
  'refunds',
  'subscriptions',
  'plans',
  'webhooks',
  'audits',
  'tokens',
  'projects',
  'tasks',
  'comments',
  'labels',
  'milestones',
  'releases',
  'builds',
  'deployments',
  'alerts',
  'metrics',
  'messages',
  'threads',
  'channels',
  'members',
  'invites',
  'roles',
  'permissions',
  'settings',
  'files',
  'folders',
];
const SHARED_COLUMNS = ['id', 'name', 'status', 'created_at', 'updated_at'];
const OWN_COLUMNS = ['email', 'last_login_at', 'total_cents', 'sku', 'owner_id', 'title', 'body', 'due_on', 'score'];

let stress = false;

function pick<T>(items: readonly T[], i: number): T {
  return items[i % items.length];
}

function camel(s: string): string {
  return s.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}

function pascal(s: string): string {
  return camel(s).replace(/^\w/, (c) => c.toUpperCase());
}

/** The table and columns a file works with. */
function topic(i: number, f: number): { table: string; column: string } {
  if (stress) return { table: 'users', column: pick(['email', 'last_login_at', 'name'], f) };
  const table = pick(TABLE_NAMES, (i * 7 + (f % 2) * 13) % TABLE_NAMES.length);
  const columns = [
    ...SHARED_COLUMNS,
    pick(OWN_COLUMNS, TABLE_NAMES.indexOf(table)),
    pick(OWN_COLUMNS, TABLE_NAMES.indexOf(table) + 3),
  ];
  return { table, column: pick(columns, i + f) };
}

function tsFile(i: number): string {
  const lines: string[] = [`import { db } from '../db';`, `// module ${i}: generated`];
  for (let f = 0; f < 25; f++) {
    const { table, column } = topic(i, f);
    lines.push(
      `export async function load${f}(id: number, ${camel(column)}: string): Promise<unknown> {`,
      `  const rows = await db.query('SELECT id, ${column} FROM ${table} WHERE id = $1', [id]);`,
      `  const value = rows.map((r: { ${camel(column)}: string }) => r.${camel(column)}).filter(Boolean);`,
      `  if (value.length === 0) throw new Error('not found: ${table} ' + id);`,
      `  return { value, count: value.length, label: \`item \${id}\` };`,
      `}`,
    );
  }
  return lines.join('\n') + '\n';
}

function pyFile(i: number): string {
  const { table } = topic(i, 0);
  const lines = [`from app.db import session, text`, ``, `class Model${i}(Base):`, `    __tablename__ = "${table}"`];
  for (let f = 0; f < 5; f++) lines.push(`    ${topic(i, f).column} = Column(String)`);
  for (let f = 0; f < 20; f++) {
    const t = topic(i, f);
    lines.push(
      ``,
      `def query_${f}(x):`,
      `    # look up by ${t.column}`,
      `    return session.execute(text("SELECT ${t.column} FROM ${t.table} WHERE id = :x"), {"x": x})`,
    );
  }
  return lines.join('\n') + '\n';
}

function goFile(i: number): string {
  const lines = [`package store`, ``, `type Row${i} struct {`];
  for (let f = 0; f < 6; f++) {
    const { column } = topic(i, f);
    lines.push(`\t${pascal(column)}${f} string \`db:"${column}"\``);
  }
  lines.push(`}`);
  for (let f = 0; f < 20; f++) {
    const t = topic(i, f);
    lines.push(
      ``,
      `func Get${f}(db *sql.DB, id int64) (*Row${i}, error) {`,
      `\tvar r Row${i}`,
      `\terr := db.QueryRow(\`SELECT ${t.column} FROM ${t.table} WHERE id = $1\`, id).Scan(&r)`,
      `\treturn &r, err`,
      `}`,
    );
  }
  return lines.join('\n') + '\n';
}

function rbFile(i: number): string {
  const { table } = topic(i, 0);
  const lines = [
    `class ${pascal(table).replace(/s$/, '')}${i} < ApplicationRecord`,
    `  validates :${topic(i, 1).column}, presence: true`,
  ];
  for (let f = 0; f < 20; f++) {
    lines.push(`  def self.scope_${f}(v)`, `    where("${topic(i, f).column} = ?", v).order(:created_at)`, `  end`);
  }
  lines.push(`end`);
  return lines.join('\n') + '\n';
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return Math.round((d.user + d.system) / 1000);
}

async function main(): Promise<void> {
  const count = Number(process.argv.find((a) => /^\d+$/.test(a)) ?? 5000);
  stress = process.argv.includes('stress');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-refs-bench-'));
  const makers: Array<[string, (i: number) => string]> = [
    ['ts', tsFile],
    ['ts', tsFile],
    ['py', pyFile],
    ['go', goFile],
    ['rb', rbFile],
  ];
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const [ext, make] = makers[i % makers.length];
    const file = path.join(root, 'src', `pkg${i % 50}`, `sub${i % 7}`, `file${i}.${ext}`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const text = make(i);
    bytes += text.length;
    fs.writeFileSync(file, text);
  }
  // Noise the scan must skip quickly.
  for (let i = 0; i < 2000; i++) {
    const file = path.join(root, 'node_modules', `dep${i % 100}`, `index${i}.js`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, tsFile(i));
  }

  const heapBefore = process.memoryUsage().heapUsed;
  const scanner = new ReferenceScanner(root);
  let last = Date.now();
  let maxGap = 0;
  let done = false;
  const spin = (): void => {
    const now = Date.now();
    maxGap = Math.max(maxGap, now - last);
    last = now;
    if (!done) setImmediate(spin);
  };
  setImmediate(spin);
  const t0 = Date.now();
  const cpu0 = process.cpuUsage();
  await scanner.start();
  const scanMs = Date.now() - t0;
  const scanCpu = cpuMs(cpu0);
  const scanGap = maxGap;
  if (global.gc) global.gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const stats = scanner.stats();
  console.log(
    `${stress ? 'stress' : 'realistic'} workspace: ${count} source files, ${(bytes / 1e6).toFixed(1)} MB (+2,000 files in node_modules); node ${process.version}, load ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cpus`,
  );
  console.log(
    `scan: ${scanMs} ms wall, ${scanCpu} ms CPU for ${stats.files} files; longest event-loop stall ${scanGap} ms; index heap ≈ ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB`,
  );
  for (const target of [
    { table: 'users', column: 'last_login_at' },
    { table: 'users', column: 'email' },
    { table: 'users', column: 'name' },
    { table: 'users' },
  ]) {
    maxGap = 0;
    last = Date.now();
    const t1 = Date.now();
    const cpu1 = process.cpuUsage();
    const cold = await scanner.find(target);
    const coldMs = Date.now() - t1;
    const coldCpu = cpuMs(cpu1);
    const gap = maxGap;
    const t2 = process.hrtime.bigint();
    await scanner.find(target);
    const warmMs = Number(process.hrtime.bigint() - t2) / 1e6;
    console.log(
      `find ${JSON.stringify(target)}: ${cold.total} places in ${cold.searched} candidate files; first ${coldMs} ms wall / ${coldCpu} ms CPU (stall ≤ ${gap} ms), again ${warmMs.toFixed(2)} ms`,
    );
  }
  const changed = path.join(root, 'src', 'pkg1', 'sub1', 'file1.ts');
  fs.appendFileSync(changed, `export const q = 'SELECT email FROM users';\n`);
  const t3 = Date.now();
  scanner.invalidate(changed);
  const after = await scanner.find({ table: 'users', column: 'email' });
  console.log(`one file changed: find ${Date.now() - t3} ms (${after.total} places)`);
  const t4 = Date.now();
  await scanner.rescan();
  console.log(`rescan (nothing changed: stat only): ${Date.now() - t4} ms`);
  done = true;
  scanner.dispose();
  fs.rmSync(root, { recursive: true, force: true });
}

void main();
