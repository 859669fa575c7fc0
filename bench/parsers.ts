// Parser benchmark: keeps Sluice's choice of libpg-query over pgsql-ast-parser measured.
//
// Run with `npm run bench:parsers`. Reads every test/corpus/statements/*.sql file, splits it with Sluice's own
// splitter, and reports for each parser: coverage, failures by `-- category:`, speed, and how well the statement
// ranges it reports agree with the splitter's. Prints figures only: it asserts nothing and exits 0 unless it cannot run.

import * as fs from 'fs';
import * as path from 'path';
import * as pgQuery from 'libpg-query';
import { parse as astParse } from 'pgsql-ast-parser';
import { splitStatements, type Comment } from '../server/src/syntax/split';

// Compiled to out/bench/parsers.js, so the corpus is two levels up from here.
const CORPUS_DIR = path.resolve(__dirname, '../../test/corpus/statements');
const MIN_RUN_NS = 1_000_000_000n; // measure each parser for at least 1 s ...
const WARMUP_NS = 300_000_000n; // ... after 0.3 s of warm-up, so the JIT and the WASM heap settle first,
const ROUNDS = 3; // ... three times, taking the median.

interface CorpusStatement {
  file: string;
  category: string;
  text: string; // as the splitter returns it: first token to last token, no `;`
  start: number; // UTF-16 offsets in the file
  end: number;
}

interface CorpusFile {
  name: string;
  text: string;
  statements: CorpusStatement[];
  comments: Comment[];
}

interface ParserUnderTest {
  name: string;
  /** Parses one statement; throws on a syntax error. Returns how many statements the parser saw. */
  parseOne(sql: string): number;
}

const libpg: ParserUnderTest = {
  name: 'libpg-query',
  parseOne: (sql) => pgQuery.parseSync(sql).stmts?.length ?? 0,
};

// locationTracking is on because Sluice needs ranges; it is part of what would be paid in production.
const astParser: ParserUnderTest = {
  name: 'pgsql-ast-parser',
  parseOne: (sql) => astParse(sql, { locationTracking: true }).length,
};

// Only timed, to show what location tracking costs it; ranges are not optional for Sluice.
const astParserNoLocations: ParserUnderTest = {
  name: 'pgsql-ast-parser (no locations)',
  parseOne: (sql) => astParse(sql).length,
};

// ---------------------------------------------------------------------------------------------------------------
// Corpus

function loadCorpus(): CorpusFile[] {
  const names = fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  return names.map((name) => {
    const text = fs.readFileSync(path.join(CORPUS_DIR, name), 'utf8');
    const split = splitStatements(text);
    // Each statement is labelled by the nearest `-- category:` line before it. A statement the splitter cut in
    // two thus labels both halves alike, which keeps such splits visible under the right heading.
    const labels = [...text.matchAll(/^[ \t]*-- category: (\S+)/gm)].map((m) => ({ at: m.index ?? 0, name: m[1] }));
    const statements = split.statements.map((s) => {
      const label = labels.filter((l) => l.at < s.start).pop();
      return { file: name, category: label ? label.name : '(none)', text: s.text, start: s.start, end: s.end };
    });
    return { name, text, statements, comments: split.comments };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Coverage

interface Failure {
  statement: CorpusStatement;
  reason: string;
}

function coverage(
  parser: ParserUnderTest,
  statements: CorpusStatement[],
): { parsed: Set<CorpusStatement>; failures: Failure[] } {
  const parsed = new Set<CorpusStatement>();
  const failures: Failure[] = [];
  for (const s of statements) {
    try {
      const n = parser.parseOne(s.text);
      if (n === 1) parsed.add(s);
      else failures.push({ statement: s, reason: `parsed as ${n} statements` });
    } catch (e) {
      failures.push({ statement: s, reason: errorSummary(e) });
    }
  }
  return { parsed, failures };
}

/** One line out of either parser's error (pgsql-ast-parser's run to dozens of lines of parse-table dump). */
function errorSummary(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  const where = /at line (\d+) col (\d+)/.exec(message);
  const what = /^Unexpected[^\n]*?(?=\. |\n|$)/m.exec(message);
  if (where && what) return `${where[1]}:${where[2]} ${what[0]}`;
  const cursor = (e as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
  const first = message.split('\n')[0];
  return cursor !== undefined ? `${first} (cursor ${cursor})` : first;
}

// ---------------------------------------------------------------------------------------------------------------
// Speed

interface SpeedRun {
  parser: ParserUnderTest;
  set: string;
  texts: string[];
  rates: number[]; // statements per second, one per round
}

let sink = 0; // parse results feed this, so no call can be optimised away

/** Parses `texts` one statement per call, in whole passes, for at least `ns`; returns statements per second. */
function runFor(parser: ParserUnderTest, texts: string[], ns: bigint): number {
  const t0 = process.hrtime.bigint();
  let passes = 0;
  let elapsed = 0n;
  do {
    for (const t of texts) sink += parser.parseOne(t);
    passes++;
    elapsed = process.hrtime.bigint() - t0;
  } while (elapsed < ns);
  return (passes * texts.length) / (Number(elapsed) / 1e9);
}

/**
 * Warms every run up, then measures them in interleaved rounds: drift on a busy machine (GC, CPU frequency,
 * neighbours) then hits every parser alike instead of whichever happened to run last. Reports the median round.
 */
function measureSpeed(runs: SpeedRun[]): void {
  for (const r of runs) runFor(r.parser, r.texts, WARMUP_NS);
  for (let round = 0; round < ROUNDS; round++)
    for (const r of runs) r.rates.push(runFor(r.parser, r.texts, MIN_RUN_NS));
  if (sink < 0) console.log(sink);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// ---------------------------------------------------------------------------------------------------------------
// Range accuracy

type RangeClass =
  | 'exact'
  | 'earlier: adds only leading whitespace/comments'
  | 'later: starts inside the statement'
  | 'earlier: covers other text';
const RANGE_CLASSES: RangeClass[] = [
  'exact',
  'earlier: adds only leading whitespace/comments',
  'later: starts inside the statement',
  'earlier: covers other text',
];

interface RangeReport {
  compared: number;
  starts: Map<RangeClass, number>;
  endsExact: number;
  startExamples: string[]; // a few statements whose start differs
  endExamples: string[]; // and a few whose end differs
  notes: string[]; // statements that could not be compared one to one
}

function newRangeReport(): RangeReport {
  return { compared: 0, starts: new Map(), endsExact: 0, startExamples: [], endExamples: [], notes: [] };
}

/** True when text[from, to) holds nothing but whitespace and comments (as the splitter found them). */
function onlyTrivia(file: CorpusFile, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    if (/\s/.test(file.text[i])) {
      i++;
      continue;
    }
    const c = file.comments.find((k) => k.start === i);
    if (!c) return false;
    i = c.end;
  }
  return true;
}

function record(report: RangeReport, file: CorpusFile, s: CorpusStatement, start: number, end: number): void {
  report.compared++;
  let cls: RangeClass;
  if (start === s.start) cls = 'exact';
  else if (start > s.start) cls = 'later: starts inside the statement';
  else if (onlyTrivia(file, start, s.start)) cls = 'earlier: adds only leading whitespace/comments';
  else cls = 'earlier: covers other text';
  report.starts.set(cls, (report.starts.get(cls) ?? 0) + 1);
  if (cls !== 'exact' && report.startExamples.length < 3) {
    report.startExamples.push(
      `${file.name} [${s.category}]\n` +
        `      splitter start ${s.start}: ${show(file.text.slice(s.start, s.start + 40), 40)}\n` +
        `      parser start   ${start} (${signed(start - s.start)}): ${show(file.text.slice(start, start + 40), 40)}`,
    );
  }
  if (end === s.end) report.endsExact++;
  else if (report.endExamples.length < 3) {
    report.endExamples.push(
      `${file.name} [${s.category}]\n` +
        `      splitter end ${s.end}: …${show(file.text.slice(Math.max(0, s.end - 40), s.end), 40)}\n` +
        `      parser end   ${end} (${signed(end - s.end)}): …${show(file.text.slice(Math.max(0, end - 40), end), 40)}`,
    );
  }
}

function signed(n: number): string {
  return n >= 0 ? `+${n}` : String(n);
}

/** UTF-8 byte offset (what libpg-query reports) to UTF-16 offset (what the splitter and editors use). */
function utf16Offset(bytes: Buffer, byteOffset: number): number {
  return bytes.subarray(0, byteOffset).toString('utf8').length;
}

/** libpg-query on whole files: its stmt_location/stmt_len against the splitter's ranges. */
function libpgRanges(files: CorpusFile[]): RangeReport {
  const report = newRangeReport();
  for (const file of files) {
    const bytes = Buffer.from(file.text, 'utf8');
    let stmts;
    try {
      stmts = pgQuery.parseSync(file.text).stmts ?? [];
    } catch (e) {
      report.notes.push(`${file.name}: whole file does not parse: ${errorSummary(e)}`);
      continue;
    }
    const ranges = stmts.map((st) => {
      const loc = st.stmt_location ?? 0;
      const endByte = st.stmt_len ? loc + st.stmt_len : bytes.length; // stmt_len 0 means "to the end"
      return { start: utf16Offset(bytes, loc), end: utf16Offset(bytes, endByte) };
    });
    // Pair each splitter statement with the libpg-query statement(s) overlapping it.
    for (const s of file.statements) {
      const overlapping = ranges.filter((r) => r.start < s.end && s.start < r.end);
      if (overlapping.length === 1) {
        const r = overlapping[0];
        const shared = file.statements.filter((o) => r.start < o.end && o.start < r.end).length;
        if (shared === 1) record(report, file, s, r.start, r.end);
        else if (s === file.statements.find((o) => r.start < o.end && o.start < r.end))
          report.notes.push(
            `${file.name} [${s.category}] one libpg-query statement, ${shared} splitter statements: ${show(s.text)}`,
          );
      } else {
        report.notes.push(
          `${file.name} [${s.category}] splitter statement overlaps ${overlapping.length} libpg-query statements: ${show(s.text)}`,
        );
      }
    }
    if (ranges.length !== file.statements.length)
      report.notes.push(
        `${file.name}: libpg-query sees ${ranges.length} statements, the splitter ${file.statements.length}`,
      );
  }
  return report;
}

/**
 * pgsql-ast-parser gives up on a whole file at its first unsupported statement, so each statement is parsed
 * inside a copy of its file where every other statement is blanked to spaces (newlines kept). Offsets stay
 * file offsets, and the comments and whitespace since the previous `;` stay in front of it as in the file.
 */
function astRanges(files: CorpusFile[], parsed: Set<CorpusStatement>): { report: RangeReport; wholeFiles: number } {
  const report = newRangeReport();
  let wholeFiles = 0;
  for (const file of files) {
    try {
      astParse(file.text, { locationTracking: true });
      wholeFiles++;
    } catch {
      // expected for most files; handled per statement below
    }
    let from = 0; // just past the previous statement's `;`
    for (const s of file.statements) {
      const semicolon = terminator(file, s);
      if (parsed.has(s)) {
        const masked =
          blank(file.text.slice(0, from)) +
          file.text.slice(from, semicolon + 1) +
          blank(file.text.slice(semicolon + 1));
        try {
          const stmts = astParse(masked, { locationTracking: true });
          const loc = stmts.length === 1 ? stmts[0]._location : undefined;
          if (loc) record(report, file, s, loc.start, loc.end);
          else
            report.notes.push(
              `${file.name} [${s.category}] ${stmts.length} statements or no _location: ${show(s.text)}`,
            );
        } catch (e) {
          report.notes.push(`${file.name} [${s.category}] parses alone but not in place: ${errorSummary(e)}`);
        }
      }
      from = semicolon + 1;
    }
  }
  return { report, wholeFiles };
}

/** Offset of the `;` ending `s` (the first one after its last token that is not inside a comment). */
function terminator(file: CorpusFile, s: CorpusStatement): number {
  let i = s.end;
  while (i < file.text.length) {
    const c = file.comments.find((k) => k.start <= i && i < k.end);
    if (c) i = c.end;
    else if (file.text[i] === ';') return i;
    else i++;
  }
  return file.text.length - 1;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Output

function show(text: string, width = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return JSON.stringify(one.length > width ? one.slice(0, width) + '…' : one);
}

function table(rows: (string | number)[][]): void {
  const cells = rows.map((r) => r.map(String));
  const widths = cells[0].map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  cells.forEach((r, i) => {
    console.log('  ' + r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
    if (i === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  });
}

function heading(title: string): void {
  console.log(`\n== ${title} ${'='.repeat(Math.max(2, 100 - title.length))}`);
}

function pct(n: number, total: number): string {
  return total === 0 ? '-' : `${((100 * n) / total).toFixed(1)}%`;
}

function printFailures(parser: ParserUnderTest, failures: Failure[]): void {
  console.log(`\n${parser.name}: ${failures.length} failing statement(s)`);
  const byCategory = new Map<string, Failure[]>();
  for (const f of failures) byCategory.set(f.statement.category, [...(byCategory.get(f.statement.category) ?? []), f]);
  for (const [category, list] of [...byCategory].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  )) {
    console.log(`  ${category} (${list.length})`);
    for (const f of list) console.log(`    ${show(f.statement.text)}  (${f.statement.file})\n        ${f.reason}`);
  }
}

function printRanges(name: string, report: RangeReport): void {
  console.log(`\n${name}: ${report.compared} statements compared`);
  table([
    ['start vs splitter', 'statements'],
    ...RANGE_CLASSES.map((c) => [c, report.starts.get(c) ?? 0]),
    ['end exact', report.endsExact],
    ['end differs', report.compared - report.endsExact],
  ]);
  if (report.startExamples.length)
    console.log('  start examples:\n' + report.startExamples.map((e) => '    ' + e).join('\n'));
  if (report.endExamples.length)
    console.log('  end examples:\n' + report.endExamples.map((e) => '    ' + e).join('\n'));
  if (report.notes.length) console.log('  not compared one to one:\n' + report.notes.map((n) => '    ' + n).join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  await pgQuery.loadModule();
  const files = loadCorpus();
  const statements = files.flatMap((f) => f.statements);

  heading(`Corpus: ${CORPUS_DIR}`);
  table([
    ['file', 'statements', 'categories'],
    ...files.map((f) => [f.name, f.statements.length, new Set(f.statements.map((s) => s.category)).size]),
    ['total', statements.length, new Set(statements.map((s) => s.category)).size],
  ]);

  heading('Coverage (each statement parsed on its own, as the splitter cut it)');
  const results = [libpg, astParser].map((p) => ({ parser: p, ...coverage(p, statements) }));
  table([
    ['parser', 'parsed', 'total', 'coverage'],
    ...results.map((r) => [r.parser.name, r.parsed.size, statements.length, pct(r.parsed.size, statements.length)]),
  ]);
  for (const r of results) printFailures(r.parser, r.failures);

  heading(
    `Speed (statements/s, one statement per call; median of ${ROUNDS} interleaved rounds of >= 1 s after warm-up)`,
  );
  // Compare on the statements both parse, so neither pays for the other's failures (throwing is slow).
  const [lib, ast] = results;
  const common = statements.filter((s) => lib.parsed.has(s) && ast.parsed.has(s));
  const run = (parser: ParserUnderTest, set: string, list: CorpusStatement[]): SpeedRun => ({
    parser,
    set,
    texts: list.map((s) => s.text),
    rates: [],
  });
  const libAll = run(
    libpg,
    'all it parses',
    statements.filter((s) => lib.parsed.has(s)),
  );
  const libCommon = run(libpg, 'parsed by both', common);
  const astCommon = run(astParser, 'parsed by both', common);
  const astNoLoc = run(astParserNoLocations, 'parsed by both', common);
  const runs = [libAll, libCommon, astCommon, astNoLoc];
  measureSpeed(runs);
  table([
    ['parser', 'statement set', 'statements', 'statements/s', 'µs/statement', 'rounds min..max'],
    ...runs.map((r) => [
      r.parser.name,
      r.set,
      r.texts.length,
      Math.round(median(r.rates)),
      (1e6 / median(r.rates)).toFixed(1),
      `${Math.round(Math.min(...r.rates))}..${Math.round(Math.max(...r.rates))}`,
    ]),
  ]);
  const ratio = median(libCommon.rates) / median(astCommon.rates);
  const ratioNoLoc = median(libCommon.rates) / median(astNoLoc.rates);
  console.log(
    `  on the statements both parse, libpg-query is ${ratio.toFixed(1)}× as fast as pgsql-ast-parser with locations ` +
      `(${ratioNoLoc.toFixed(1)}× as fast as without)`,
  );

  heading('Statement ranges vs the splitter (UTF-16 offsets in the file)');
  const libReport = libpgRanges(files);
  console.log('libpg-query: whole files parsed; stmt_location/stmt_len are UTF-8 bytes, converted to UTF-16.');
  printRanges('libpg-query', libReport);
  const { report: astReport, wholeFiles } = astRanges(files, ast.parsed);
  console.log(
    `\npgsql-ast-parser: ${wholeFiles} of ${files.length} files parse whole; each statement it parses was located ` +
      'in its file with the other statements blanked out.',
  );
  printRanges('pgsql-ast-parser', astReport);

  heading('Summary');
  table([
    ['', libpg.name, astParser.name],
    [
      'coverage',
      `${lib.parsed.size}/${statements.length} (${pct(lib.parsed.size, statements.length)})`,
      `${ast.parsed.size}/${statements.length} (${pct(ast.parsed.size, statements.length)})`,
    ],
    ['statements/s (parsed by both)', Math.round(median(libCommon.rates)), Math.round(median(astCommon.rates))],
    ['relative speed', `${ratio.toFixed(1)}×`, '1×'],
    [
      'exact start offsets',
      `${libReport.starts.get('exact') ?? 0}/${libReport.compared}`,
      `${astReport.starts.get('exact') ?? 0}/${astReport.compared}`,
    ],
    [
      'exact end offsets',
      `${libReport.endsExact}/${libReport.compared}`,
      `${astReport.endsExact}/${astReport.compared}`,
    ],
  ]);
}

main().then(
  () => process.exit(0),
  (e) => {
    // A benchmark that cannot run is still worth a readable message rather than a stack in the middle of a table.
    console.error('bench/parsers failed:', e);
    process.exit(1);
  },
);
