// Precision/recall corpus: realistic migrations, each with the exact set of findings Sluice must report.
//
// Every case in test/corpus/cases/ (format: test/corpus/cases/README.md) is copied into a temporary workspace laid
// out the way its migration tool expects, and linted through `Project.lint` — the engine `sluice lint` and the
// language server share — with the case's settings. The findings at error or warning severity, as {rule@line},
// must equal the case's `-- expect:` header exactly: a missing one costs recall, an extra one is a false positive.
//
// Results are asserted per rule (one test per rule id of the catalogue, plus any rule the registry adds), so a
// failing test names the rule and lists the cases it misses or wrongly flags. Cases for rules that are not
// implemented yet fail until they are; that is the point of writing them first. The last test prints recall and
// false-positive counts computed from the run.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { SluiceConfig } from '../../server/src/config/config';
import { MIGRATION_TOOLS, type MigrationTool } from '../../server/src/migrations/tools';
import { Project } from '../../server/src/project';
import { RULE_IDS } from '../../server/src/rules';
import type { RuleSetting } from '../../server/src/rules/rule';
import { loadParser } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';

// Compiled to out*/test/unit: the sources' corpus is three levels up.
const CASES_DIR = path.resolve(__dirname, '../../../test/corpus/cases');

/** The rule catalogue (the spec's stable public ids), whether or not each rule is implemented yet. */
const CATALOGUE: readonly string[] = [
  // Locks, scans and rewrites
  'require-concurrent-index',
  'require-concurrent-drop-index',
  'require-concurrent-reindex',
  'require-concurrent-refresh',
  'require-concurrent-detach',
  'concurrently-in-transaction',
  'constraint-without-not-valid',
  'validate-in-same-transaction',
  'set-not-null',
  'unique-without-index',
  'exclusion-constraint',
  'add-column-rewrite',
  'column-type-rewrite',
  'require-lock-timeout',
  'lock-held-during-slow-operation',
  'attach-partition-scan',
  'partitioned-index-lock',
  'table-rewrite-maintenance',
  'truncate',
  'foreign-key-without-index',
  // Backward compatibility
  'drop-column',
  'drop-table',
  'rename-column',
  'rename-table',
  'add-required-column',
  'enum-value-change',
  'mixed-expand-contract',
  'unbatched-backfill',
  // Transactions, syntax, rollback
  'transaction-nesting',
  'uncommitted-transaction',
  'syntax-error',
  'missing-rollback',
  // Types
  'prefer-jsonb',
  'prefer-bigint',
  'prefer-identity',
  'prefer-timestamptz',
  'prefer-text',
  'ban-char',
];

const MIN_CASES = 150;

// ---------------------------------------------------------------------------------------------------------------
// Reading cases

interface Expectation {
  rule: string;
  /** 1-based line, or `*` for a finding about the file as a whole (its position is the rule's choice). */
  line: number | '*';
}

interface Header {
  expect?: Expectation[];
  tool: MigrationTool;
  /** Where a single-file case is placed in its workspace (default: the tool's layout). */
  path?: string;
  /** `none`: do not write the down/revert script a single-file case's tool pairs with it. */
  down?: 'none';
  pgVersion?: number;
  assumeInTransaction?: boolean;
  rules: Record<string, RuleSetting>;
  problems: string[];
}

interface Check {
  /** Path of the linted file relative to the cases folder, e.g. `history/widen-varchar/db/.../2.up.sql`. */
  name: string;
  source: string;
  text: string;
  header: Header;
  /** The case's root in the workspace and the linted file's path inside it (both relative). */
  caseRoot: string;
  target: string;
}

const HEADER_KEYS = new Set(['case', 'expect', 'tool', 'path', 'down', 'pg-version', 'assume-in-transaction', 'rules']);

/** Reads the `-- key: value` lines among the comments and blank lines at the top of a migration. */
function readHeader(text: string): Header | undefined {
  const header: Header = { tool: 'plain', rules: {}, problems: [] };
  let expectText: string | undefined;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!trimmed.startsWith('--')) break;
    const m = /^--\s*([a-z-]+):\s*(.*)$/.exec(trimmed);
    if (!m || !HEADER_KEYS.has(m[1])) continue;
    const [, key, raw] = m;
    const value = raw.trim();
    switch (key) {
      case 'expect':
        expectText = expectText === undefined ? value : `${expectText}, ${value}`;
        break;
      case 'tool':
        if ((MIGRATION_TOOLS as readonly string[]).includes(value)) header.tool = value as MigrationTool;
        else header.problems.push(`unknown tool "${value}"`);
        break;
      case 'path':
        header.path = value;
        break;
      case 'down':
        if (value === 'none') header.down = 'none';
        else header.problems.push(`"-- down:" takes only "none", not "${value}"`);
        break;
      case 'pg-version':
        header.pgVersion = Number(value);
        if (!Number.isInteger(header.pgVersion)) header.problems.push(`bad pg-version "${value}"`);
        break;
      case 'assume-in-transaction':
        header.assumeInTransaction = value === 'true';
        break;
      case 'rules':
        for (const item of value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)) {
          const [id, setting] = item.split('=');
          if (!['off', 'info', 'warning', 'error'].includes(setting))
            header.problems.push(`bad rule setting "${item}"`);
          else header.rules[id] = setting as RuleSetting;
        }
        break;
    }
  }
  if (expectText === undefined) return undefined;
  header.expect = [];
  if (expectText !== 'clean') {
    for (const item of expectText
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const m = /^([a-z][a-z0-9-]*)@(\d+|\*)$/.exec(item);
      if (!m) {
        header.problems.push(`cannot read expectation "${item}" (rule@line, rule@*, or clean)`);
        continue;
      }
      header.expect.push({ rule: m[1], line: m[2] === '*' ? '*' : Number(m[2]) });
    }
    if (header.expect.length === 0) header.problems.push('"-- expect:" lists nothing; write "-- expect: clean"');
  }
  return header;
}

function slug(file: string): string {
  return path
    .basename(file, '.sql')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_|_$/g, '');
}

/** Files a single-file case needs in its workspace: the case itself at its tool's place, plus companions. */
function layoutSingle(source: string, header: Header): { target: string; companions: Record<string, string> } {
  const s = slug(source);
  const rollback = '-- The paired rollback (not linted by this case).\nSELECT 1;\n';
  const companions: Record<string, string> = {};
  const withDown = header.down !== 'none';
  let target: string;
  switch (header.tool) {
    case 'golang-migrate':
      target = `db/migrations/000042_${s}.up.sql`;
      if (withDown) companions[`db/migrations/000042_${s}.down.sql`] = rollback;
      break;
    case 'goose':
    case 'dbmate':
      target = `db/migrations/20240611093000_${s}.sql`;
      break;
    case 'flyway':
      target = `src/main/resources/db/migration/V42__${s}.sql`;
      break;
    case 'sqlx':
      target = `migrations/20240611093000_${s}.sql`;
      companions['Cargo.toml'] = '[package]\nname = "app"\nversion = "0.1.0"\nedition = "2021"\n';
      break;
    case 'diesel':
      target = `migrations/2024-06-11-093000_${s}/up.sql`;
      if (withDown) companions[`migrations/2024-06-11-093000_${s}/down.sql`] = rollback;
      break;
    case 'prisma':
      target = `prisma/migrations/20240611093000_${s}/migration.sql`;
      break;
    case 'supabase':
      target = `supabase/migrations/20240611093000_${s}.sql`;
      break;
    case 'liquibase':
      target = `db/changelog/changes/${s}.sql`;
      break;
    case 'sqitch':
      target = `deploy/${s}.sql`;
      companions['sqitch.plan'] =
        `%syntax-version=1.0.0\n%project=app\n\n${s} 2024-06-11T09:30:00Z Dev <dev@example.com> # corpus case\n`;
      if (withDown) companions[`revert/${s}.sql`] = rollback;
      break;
    default:
      target = `migrations/20240611093000_${s}.sql`;
  }
  return { target: header.path ?? target, companions };
}

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else out.push(path.relative(base, full));
  }
  return out;
}

interface Corpus {
  checks: Check[];
  /** Problems with the corpus itself (a case that cannot be read). */
  problems: string[];
  /** Workspace files to write: relative path → content. */
  files: Map<string, string>;
}

/**
 * `cases/<category>/<name>.sql` is a single-file case; `cases/<category>/<name>/` is a folder case (a migration
 * history, copied as it is), in which every `.sql` file with an `-- expect:` header is linted after the files
 * its tool runs before it.
 */
function readCorpus(): Corpus {
  const corpus: Corpus = { checks: [], problems: [], files: new Map() };
  if (!fs.existsSync(CASES_DIR)) {
    corpus.problems.push(`${CASES_DIR} is missing`);
    return corpus;
  }
  for (const category of fs.readdirSync(CASES_DIR, { withFileTypes: true })) {
    if (!category.isDirectory()) continue;
    const categoryDir = path.join(CASES_DIR, category.name);
    for (const entry of fs.readdirSync(categoryDir, { withFileTypes: true })) {
      const rel = `${category.name}/${entry.name}`;
      if (entry.isFile() && entry.name.endsWith('.sql')) {
        const text = fs.readFileSync(path.join(categoryDir, entry.name), 'utf8');
        const header = readHeader(text);
        if (!header) {
          corpus.problems.push(`${rel}: no "-- expect:" header`);
          continue;
        }
        const caseRoot = `${category.name}/${slug(entry.name)}`;
        const { target, companions } = layoutSingle(entry.name, header);
        corpus.files.set(`${caseRoot}/${target}`, text);
        for (const [file, content] of Object.entries(companions)) corpus.files.set(`${caseRoot}/${file}`, content);
        corpus.checks.push({ name: rel, source: path.join(categoryDir, entry.name), text, header, caseRoot, target });
      } else if (entry.isDirectory()) {
        const folder = path.join(categoryDir, entry.name);
        let found = 0;
        for (const file of listFiles(folder)) {
          const content = fs.readFileSync(path.join(folder, file), 'utf8');
          const target = file.split(path.sep).join('/');
          corpus.files.set(`${rel}/${target}`, content);
          if (!file.endsWith('.sql')) continue;
          const header = readHeader(content);
          if (!header) continue;
          found++;
          corpus.checks.push({
            name: `${rel}/${target}`,
            source: path.join(folder, file),
            text: content,
            header,
            caseRoot: rel,
            target,
          });
        }
        if (found === 0) corpus.problems.push(`${rel}/: no file has an "-- expect:" header`);
      }
    }
  }
  corpus.checks.sort((a, b) => a.name.localeCompare(b.name));
  return corpus;
}

// ---------------------------------------------------------------------------------------------------------------
// Linting and comparing

interface Found {
  rule: string;
  line: number;
  severity: string;
  message: string;
}

interface Outcome {
  check: Check;
  detectedTool: string | null;
  isMigration: boolean;
  found: Found[];
  /** Expectations no finding matched. */
  missing: Expectation[];
  /** Findings no expectation covers. */
  unexpected: Found[];
  /** Lines where a statement starts, and lines holding a comment or psql meta-command (for findings on those). */
  statementLines: Set<number>;
  commentLines: Set<number>;
  error?: string;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function lintCheck(root: string, check: Check): Outcome {
  const outcome: Outcome = {
    check,
    detectedTool: null,
    isMigration: false,
    found: [],
    missing: [],
    unexpected: [],
    statementLines: new Set(),
    commentLines: new Set(),
  };
  const split = splitStatements(check.text);
  for (const s of split.statements) outcome.statementLines.add(lineOf(check.text, s.start));
  for (const c of split.comments) outcome.commentLines.add(lineOf(check.text, c.start));
  for (const m of split.metaCommands) outcome.commentLines.add(lineOf(check.text, m.start));

  const overrides: Partial<SluiceConfig> = {};
  if (check.header.pgVersion !== undefined) overrides.pgVersion = check.header.pgVersion;
  if (check.header.assumeInTransaction !== undefined) overrides.assumeInTransaction = check.header.assumeInTransaction;
  if (Object.keys(check.header.rules).length > 0) overrides.rules = check.header.rules;
  const file = path.join(root, ...check.caseRoot.split('/'), ...check.target.split('/'));
  try {
    const linted = new Project({ overrides }).lint(file, check.text);
    outcome.detectedTool = linted.migration.tool;
    outcome.isMigration = linted.migration.isMigration;
    const analysis = linted.analysis;
    // The statements of DO blocks start inside their block.
    for (const s of analysis?.statements ?? []) outcome.statementLines.add(lineOf(check.text, s.start));
    for (const f of analysis?.findings ?? []) {
      if (f.severity !== 'error' && f.severity !== 'warning') continue;
      // A finding about a statement is placed on the line the statement starts, whatever part of it the range
      // covers; other findings (directives, file-level ones) on the line their range starts.
      const at = f.statement !== undefined ? analysis!.statements[f.statement].start : f.start;
      outcome.found.push({ rule: f.rule, line: lineOf(check.text, at), severity: f.severity, message: f.message });
    }
  } catch (e) {
    outcome.error = e instanceof Error ? (e.stack ?? e.message) : String(e);
  }

  const expected = check.header.expect ?? [];
  const rules = new Set([...expected.map((e) => e.rule), ...outcome.found.map((f) => f.rule)]);
  for (const rule of rules) {
    const lines = expected.filter((e) => e.rule === rule);
    const wildcard = lines.some((e) => e.line === '*');
    const actual = outcome.found.filter((f) => f.rule === rule);
    for (const e of lines) {
      if (e.line === '*' ? actual.length === 0 : !actual.some((f) => f.line === e.line)) outcome.missing.push(e);
    }
    if (wildcard) continue;
    const seen = new Set<number>();
    for (const f of actual) {
      if (lines.some((e) => e.line === f.line) || seen.has(f.line)) continue;
      seen.add(f.line);
      outcome.unexpected.push(f);
    }
  }
  return outcome;
}

function writeWorkspace(files: Map<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sluice-corpus-')));
  // An empty config at the root: nothing above the temp folder can change the settings.
  fs.writeFileSync(path.join(root, '.sluicerc.json'), '{}\n');
  for (const [rel, content] of files) {
    const file = path.join(root, ...rel.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

// ---------------------------------------------------------------------------------------------------------------
// The tests

const corpus = readCorpus();
const expectedRules = new Set(corpus.checks.flatMap((c) => (c.header.expect ?? []).map((e) => e.rule)));
const RULES_UNDER_TEST = [...new Set([...CATALOGUE, ...RULE_IDS, ...expectedRules])].sort();

function describeExpectation(check: Check, e: Expectation): string {
  return `${check.name}@${e.line}`;
}

function describeFound(check: Check, f: Found): string {
  return `${check.name}@${f.line} (${f.severity}: ${f.message.length > 140 ? `${f.message.slice(0, 140)}…` : f.message})`;
}

describe('precision/recall corpus (test/corpus/cases)', function () {
  this.timeout(120_000);
  let root: string | undefined;
  const outcomes: Outcome[] = [];

  before(async () => {
    await loadParser();
    root = writeWorkspace(corpus.files);
    for (const check of corpus.checks) outcomes.push(lintCheck(root, check));
  });

  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it(`holds at least ${MIN_CASES} well-formed cases covering every catalogue rule`, () => {
    const problems = [...corpus.problems];
    for (const o of outcomes) {
      const { check } = o;
      for (const p of check.header.problems) problems.push(`${check.name}: ${p}`);
      if (o.error) problems.push(`${check.name}: linting threw: ${o.error.split('\n').slice(0, 2).join(' ')}`);
      else if (!o.isMigration) problems.push(`${check.name}: not recognised as a migration at ${check.target}`);
      else if (o.detectedTool !== check.header.tool)
        problems.push(`${check.name}: declared "-- tool: ${check.header.tool}" but detected ${o.detectedTool}`);
      for (const e of check.header.expect ?? []) {
        if (!RULE_IDS.has(e.rule) && !CATALOGUE.includes(e.rule))
          problems.push(`${check.name}: "${e.rule}" is not a rule id of the catalogue`);
        if (e.line !== '*' && !o.statementLines.has(e.line) && !o.commentLines.has(e.line))
          problems.push(`${check.name}: ${e.rule}@${e.line}: no statement starts on line ${e.line}`);
      }
    }
    const uncovered = CATALOGUE.filter((id) => !expectedRules.has(id));
    if (uncovered.length > 0) problems.push(`no case expects: ${uncovered.join(', ')}`);
    if (corpus.checks.length < MIN_CASES) problems.push(`${corpus.checks.length} cases, want ≥ ${MIN_CASES}`);
    assert.deepStrictEqual(problems, [], `the corpus itself has problems:\n  ${problems.join('\n  ')}`);
  });

  describe('findings by rule (exact {rule@line} per case)', () => {
    for (const rule of RULES_UNDER_TEST) {
      const expecting = corpus.checks.filter((c) => (c.header.expect ?? []).some((e) => e.rule === rule)).length;
      const status = RULE_IDS.has(rule) ? '' : ', not implemented yet';
      it(`${rule} (${expecting} case${expecting === 1 ? '' : 's'} expect it${status})`, () => {
        const missed: string[] = [];
        const unexpected: string[] = [];
        for (const o of outcomes) {
          for (const e of o.missing) if (e.rule === rule) missed.push(describeExpectation(o.check, e));
          for (const f of o.unexpected) if (f.rule === rule) unexpected.push(describeFound(o.check, f));
        }
        if (missed.length === 0 && unexpected.length === 0) return;
        const lines = [`${rule}: ${missed.length} missed, ${unexpected.length} unexpected`];
        if (missed.length > 0) lines.push(`  missed (expected, not reported):`, ...missed.map((m) => `    ${m}`));
        if (unexpected.length > 0)
          lines.push(`  unexpected (reported, not expected):`, ...unexpected.map((u) => `    ${u}`));
        assert.fail(lines.join('\n'));
      });
    }
  });

  describe('summary', () => {
    it('prints recall and false positives (computed from this run)', () => {
      interface Row {
        rule: string;
        expected: number;
        found: number;
        missed: number;
        falsePositives: number;
      }
      const rows: Row[] = RULES_UNDER_TEST.map((rule) => {
        let expected = 0;
        let missed = 0;
        let falsePositives = 0;
        for (const o of outcomes) {
          expected += (o.check.header.expect ?? []).filter((e) => e.rule === rule).length;
          missed += o.missing.filter((e) => e.rule === rule).length;
          falsePositives += o.unexpected.filter((f) => f.rule === rule).length;
        }
        return { rule, expected, found: expected - missed, missed, falsePositives };
      });
      const total = rows.reduce(
        (t, r) => ({
          expected: t.expected + r.expected,
          found: t.found + r.found,
          missed: t.missed + r.missed,
          falsePositives: t.falsePositives + r.falsePositives,
        }),
        { expected: 0, found: 0, missed: 0, falsePositives: 0 },
      );
      const cleanCases = outcomes.filter((o) => (o.check.header.expect ?? []).length === 0);
      const cleanKept = cleanCases.filter((o) => o.unexpected.length === 0 && !o.error).length;
      const unsafeCases = outcomes.filter((o) => (o.check.header.expect ?? []).length > 0);
      const unsafeExact = unsafeCases.filter((o) => o.missing.length === 0 && o.unexpected.length === 0).length;
      const pct = (n: number, d: number): string => (d === 0 ? '   n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

      const width = Math.max(...rows.map((r) => r.rule.length), 5);
      const out: string[] = [];
      out.push(`      ${'rule'.padEnd(width)}  expected  found  missed  recall  false+`);
      for (const r of rows) {
        out.push(
          `      ${r.rule.padEnd(width)}  ${String(r.expected).padStart(8)}  ${String(r.found).padStart(5)}  ${String(r.missed).padStart(6)}  ${pct(r.found, r.expected)}  ${String(r.falsePositives).padStart(6)}${RULE_IDS.has(r.rule) ? '' : '  (not implemented)'}`,
        );
      }
      out.push(
        `      ${'TOTAL'.padEnd(width)}  ${String(total.expected).padStart(8)}  ${String(total.found).padStart(5)}  ${String(total.missed).padStart(6)}  ${pct(total.found, total.expected)}  ${String(total.falsePositives).padStart(6)}`,
      );
      const implemented = rows.filter((r) => RULE_IDS.has(r.rule));
      const implExpected = implemented.reduce((n, r) => n + r.expected, 0);
      const implFound = implemented.reduce((n, r) => n + r.found, 0);
      out.push(
        `      cases: ${outcomes.length} (${unsafeCases.length} unsafe, ${cleanCases.length} clean); unsafe cases reported exactly: ${unsafeExact}/${unsafeCases.length}; clean cases kept clean: ${cleanKept}/${cleanCases.length}`,
        `      recall: ${total.found}/${total.expected} = ${pct(total.found, total.expected).trim()} overall; ${implFound}/${implExpected} = ${pct(implFound, implExpected).trim()} on the ${implemented.length} implemented rules; false positives: ${total.falsePositives} (${outcomes.filter((o) => o.unexpected.length > 0).length} cases)`,
      );
      console.log(out.join('\n'));

      // Well-formed: counts are non-negative integers that add up, and rates lie in [0, 1].
      for (const r of rows) {
        for (const n of [r.expected, r.found, r.missed, r.falsePositives])
          assert.ok(Number.isInteger(n) && n >= 0, r.rule);
        assert.strictEqual(r.found + r.missed, r.expected, r.rule);
      }
      assert.strictEqual(
        total.expected,
        outcomes.reduce((n, o) => n + (o.check.header.expect ?? []).length, 0),
      );
      assert.ok(total.found <= total.expected && cleanKept <= cleanCases.length && unsafeExact <= unsafeCases.length);
      assert.strictEqual(cleanCases.length + unsafeCases.length, outcomes.length);
      assert.strictEqual(outcomes.length, corpus.checks.length);
    });
  });
});
