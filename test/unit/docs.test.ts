// The rule documentation (docs/rules/<id>.md) is checked against the rules themselves: every rule has a page with
// the agreed sections, and every example in it is run through the real engine — an "Incorrect" example must be
// flagged by the page's rule, a "Correct" one must not be.
//
// History: a ```sql block whose first line is a `-- history` comment is not an example. It stands for the earlier
// migrations: its SQL is replayed into the schema that every later example on the page is linted against (until
// the next history block; an empty one goes back to no history). Rules that need to know what a table looked like
// before (a column's old type, its indexes, its partitions) are documented with it.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, replayMigration } from '../../server/src/analysis';
import { rollbackStatus } from '../../server/src/migrations/rollback';
import { detectMigration } from '../../server/src/migrations/tools';
import { RULES, RULE_IDS, RULES_BY_ID } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/rule';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';

// Compiled to out/test/unit: the sources' docs folder is three levels up.
const DOCS_DIR = path.resolve(__dirname, '../../../docs/rules');
const INDEX_FILE = path.join(DOCS_DIR, 'README.md');

/** The headings every rule page has, in this order (`<id>` is the rule id). */
const REQUIRED_HEADINGS = [
  '# <id>',
  '## Why it is a problem',
  '## The safe way',
  '## Examples',
  '### Incorrect',
  '### Correct',
  '## When it does not apply',
  '## Options',
];

interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The headings the block sits under, by level (index 1 = `#`, 2 = `##`, 3 = `###`). */
  headings: string[];
  /** The SQL of the last history block before this one on the page, if any. */
  history?: string;
}

interface Page {
  id: string;
  file: string;
  text: string;
  /** Headings outside code fences, as written (`## Examples`). */
  headings: string[];
  blocks: CodeBlock[];
}

/** Splits Markdown into headings and fenced code blocks, ignoring `#` lines inside fences. */
function parseMarkdown(text: string): { headings: string[]; blocks: CodeBlock[] } {
  const headings: string[] = [];
  const blocks: CodeBlock[] = [];
  const current: string[] = [];
  const lines = text.split(/\r?\n/);
  let fence: { marker: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((line, i) => {
    if (fence) {
      if (line.trim() === fence.marker) {
        blocks.push({ lang: fence.lang, code: fence.body.join('\n') + '\n', line: fence.line, headings: [...current] });
        fence = undefined;
      } else {
        fence.body.push(line);
      }
      return;
    }
    const open = /^\s*(`{3,})\s*([\w-]*)/.exec(line);
    if (open) {
      fence = { marker: open[1], lang: open[2].toLowerCase(), line: i + 1, body: [] };
      return;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      headings.push(`${heading[1]} ${heading[2]}`);
      current.length = level + 1;
      current[level] = heading[2];
      for (let k = 0; k < level; k++) current[k] ??= '';
    }
  });
  assert.ok(!fence, `a code fence opened on line ${fence?.line} is never closed`);
  return { headings, blocks };
}

function readPage(id: string): Page | undefined {
  const file = path.join(DOCS_DIR, `${id}.md`);
  if (!fs.existsSync(file)) return undefined;
  const text = fs.readFileSync(file, 'utf8');
  const parsed = parseMarkdown(text);
  let history: string | undefined;
  for (const block of parsed.blocks) {
    if (isHistory(block)) history = block.code;
    else if (block.lang === 'sql') block.history = history;
  }
  return { id, file, text, ...parsed };
}

/** A ```sql block starting with a `-- history` comment: the earlier migrations, replayed for the later examples. */
function isHistory(block: CodeBlock): boolean {
  return block.lang === 'sql' && /^\s*--\s*history\b/i.test(block.code);
}

/** The ```sql blocks under `## Examples` → `### <kind>`. */
function examples(page: Page, kind: 'Incorrect' | 'Correct'): CodeBlock[] {
  return page.blocks.filter(
    (b) => b.lang === 'sql' && !isHistory(b) && b.headings[2] === 'Examples' && b.headings[3] === kind,
  );
}

/**
 * Lints SQL the way the CLI would lint `migrations/0001_example.sql`, with default settings; `history`, when
 * given, is replayed first as `migrations/0000_history.sql`, so the schema it leaves is what the example runs on.
 */
const EXAMPLE_FILE = '/docs-example/migrations/0001_example.sql';

function lint(sql: string, history?: string, enable?: string): Finding[] {
  const migration = detectMigration(EXAMPLE_FILE, sql, { list: () => [] });
  assert.ok(migration.isMigration, 'the example is not recognised as a migration');
  const schema =
    history === undefined
      ? undefined
      : replayMigration(
          EMPTY_SCHEMA,
          history,
          detectMigration('/docs-example/migrations/0000_history.sql', history, { list: () => [] }),
        );
  // A page about a rule that is off by default shows what it flags once enabled.
  const rules = enable && RULES_BY_ID.get(enable)?.meta.severity === 'off' ? { [enable]: 'warning' as const } : {};
  // What the tool's convention says about the example's down script (a goose file: its Down section).
  const rollback = rollbackStatus(EXAMPLE_FILE, migration.tool, { list: () => [] }, sql);
  return analyze(sql, migration, { pgVersion: 15, assumeInTransaction: false, rules }, { schema, rollback }).findings;
}

/** The example as the failure message shows it, with its history. */
function shown(block: CodeBlock): string {
  return block.history === undefined ? block.code : `${block.history}\n-- then:\n${block.code}`;
}

function describeFindings(findings: Finding[]): string {
  return findings.length === 0 ? 'no findings' : findings.map((f) => `${f.rule}: ${f.message}`).join('\n  ');
}

/** The text between two headings (exclusive), or to the end. */
function section(page: Page, heading: string): string {
  const lines = page.text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return '';
  const level = heading.indexOf(' ');
  let end = lines.length;
  let inFence = false;
  for (let i = start + 1; i < lines.length; i++) {
    if (/^\s*```/.test(lines[i])) inFence = !inFence;
    const m = /^(#{1,6})\s/.exec(lines[i]);
    if (!inFence && m && m[1].length <= level) {
      end = i;
      break;
    }
  }
  return lines.slice(start + 1, end).join('\n');
}

/** The paragraph(s) between the title and the first other heading. */
function introduction(page: Page): string {
  const lines = page.text.split(/\r?\n/);
  const body: string[] = [];
  for (const line of lines.slice(1)) {
    if (/^#{1,6}\s/.test(line)) break;
    body.push(line);
  }
  return body.join('\n').trim();
}

describe('rule documentation (docs/rules)', () => {
  before(async () => {
    await loadParser();
  });

  it('has an index that links every rule page', () => {
    assert.ok(fs.existsSync(INDEX_FILE), `${INDEX_FILE} is missing`);
    const index = fs.readFileSync(INDEX_FILE, 'utf8');
    const missing = RULES.map((r) => r.meta.id).filter((id) => !index.includes(`](${id}.md)`));
    assert.deepStrictEqual(missing, [], `docs/rules/README.md does not link: ${missing.join(', ')}`);
  });

  it('has no page for an id that is not a rule', () => {
    const pages = fs
      .readdirSync(DOCS_DIR)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.slice(0, -'.md'.length));
    const strays = pages.filter((id) => !RULE_IDS.has(id));
    assert.deepStrictEqual(strays, [], `pages for unknown rule ids: ${strays.join(', ')}`);
  });

  it('has no links to missing pages', () => {
    const dead: string[] = [];
    for (const file of fs.readdirSync(DOCS_DIR).filter((f) => f.endsWith('.md'))) {
      const text = fs.readFileSync(path.join(DOCS_DIR, file), 'utf8');
      for (const m of text.matchAll(/\]\(([^)#\s]+\.md)(#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(m[1])) continue;
        if (!fs.existsSync(path.resolve(DOCS_DIR, m[1]))) dead.push(`${file} → ${m[1]}`);
      }
    }
    assert.deepStrictEqual(dead, []);
  });

  for (const rule of RULES) {
    const id = rule.meta.id;
    const page = readPage(id);

    describe(id, () => {
      it(`${id}: has a page with the required sections in order`, () => {
        assert.ok(page, `docs/rules/${id}.md is missing`);
        const wanted = REQUIRED_HEADINGS.map((h) => h.replace('<id>', id));
        assert.strictEqual(page.headings[0], `# ${id}`, 'the page must start with "# <id>"');
        let from = 0;
        for (const heading of wanted) {
          const at = page.headings.indexOf(heading, from);
          assert.ok(
            at >= 0,
            `heading "${heading}" is missing or out of order (headings: ${page.headings.join(' | ')})`,
          );
          from = at + 1;
        }
      });

      it(`${id}: states the default severity in its first paragraph`, () => {
        assert.ok(page, `docs/rules/${id}.md is missing`);
        const intro = introduction(page);
        assert.ok(intro.length > 0, 'the summary paragraph under the title is empty');
        assert.ok(
          intro.includes(`**${rule.meta.severity}**`),
          `the summary should say "Default severity: **${rule.meta.severity}**"`,
        );
      });

      it(`${id}: explains how to configure and suppress it`, () => {
        assert.ok(page, `docs/rules/${id}.md is missing`);
        const options = section(page, '## Options');
        assert.ok(options.includes(`"${id}"`), 'Options should show the .sluicerc.json "rules" key');
        assert.ok(options.includes(`sluice-ignore-file ${id}`), 'Options should show -- sluice-ignore-file <id>');
        for (const block of page.blocks.filter((b) => b.lang === 'json')) {
          const parsed = JSON.parse(block.code) as { rules?: Record<string, string> };
          for (const key of Object.keys(parsed.rules ?? {}))
            assert.ok(RULE_IDS.has(key), `unknown rule "${key}" in a json example`);
        }
      });

      it(`${id}: has at least one Incorrect and one Correct sql example`, () => {
        assert.ok(page, `docs/rules/${id}.md is missing`);
        assert.ok(examples(page, 'Incorrect').length > 0, 'no ```sql block under ### Incorrect');
        assert.ok(examples(page, 'Correct').length > 0, 'no ```sql block under ### Correct');
      });

      if (!page) return;

      examples(page, 'Incorrect').forEach((block, k) => {
        it(`${id}: incorrect example ${k + 1} (line ${block.line}) is flagged`, () => {
          const findings = lint(block.code, block.history, id);
          assert.ok(
            findings.some((f) => f.rule === id),
            `expected a ${id} finding for:\n${shown(block)}\ngot:\n  ${describeFindings(findings)}`,
          );
        });
      });

      examples(page, 'Correct').forEach((block, k) => {
        it(`${id}: correct example ${k + 1} (line ${block.line}) is not flagged`, () => {
          const findings = lint(block.code, block.history, id);
          const own = findings.filter((f) => f.rule === id);
          assert.deepStrictEqual(
            own,
            [],
            `expected no ${id} finding for:\n${shown(block)}\ngot:\n  ${describeFindings(own)}`,
          );
        });
      });

      it(`${id}: every sql block outside "Incorrect" parses`, () => {
        const broken = page.blocks
          .filter(
            (b) =>
              b.lang === 'sql' && (isHistory(b) || !(b.headings[2] === 'Examples' && b.headings[3] === 'Incorrect')),
          )
          .map((b) => ({ block: b, errors: lint(b.code).filter((f) => f.rule === 'syntax-error') }))
          .filter((r) => r.errors.length > 0)
          .map((r) => `line ${r.block.line}: ${describeFindings(r.errors)}`);
        assert.deepStrictEqual(broken, []);
      });
    });
  }
});
