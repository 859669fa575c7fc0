// The SQL snippets (snippets/sql.json): well-formed for VS Code, and what they insert is safe by Sluice's own
// rules. Each body is expanded the way VS Code inserts it when the user only presses Tab (every placeholder
// keeps its default, a choice its first option) and linted by the real engine in the layout the snippet is
// meant for (a plain migration folder, a goose or dbmate file). The expand → backfill → contract snippets then
// run, with their defaults, on PGlite and on a real PostgreSQL server: the sync trigger keeps both shapes
// written, the backfill commits batch by batch and resumes after a failure without touching finished rows.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/analysis';
import type { Database } from '../../server/src/dryrun/database';
import { rollbackStatus } from '../../server/src/migrations/rollback';
import { detectMigration } from '../../server/src/migrations/tools';
import { RULE_IDS } from '../../server/src/rules';
import type { Finding } from '../../server/src/rules/rule';
import { loadParser } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { ENGINES } from '../support/engines';

// Compiled to out-*/test/unit: the sources are three levels up.
const ROOT = path.resolve(__dirname, '../../..');
const SNIPPETS_FILE = path.join(ROOT, 'snippets/sql.json');

interface Snippet {
  prefix: string | string[];
  body: string | string[];
  description: string;
}

const snippets = JSON.parse(fs.readFileSync(SNIPPETS_FILE, 'utf8')) as Record<string, Snippet>;

function bodyOf(snippet: Snippet): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

function prefixesOf(snippet: Snippet): string[] {
  return Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
}

function byPrefix(prefix: string): Snippet {
  const found = Object.values(snippets).find((s) => prefixesOf(s).includes(prefix));
  assert.ok(found, `no snippet with prefix ${prefix}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// A TextMate/VS Code snippet expander: $1, ${1}, ${1:default} (defaults nest), ${1|a,b|}, $0, variables, escapes.

type SnippetNode =
  | { kind: 'text'; text: string }
  | { kind: 'tabstop'; index: number; children?: SnippetNode[]; choices?: string[] }
  | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** Variables VS Code resolves; they are empty when a snippet is inserted from its prefix. */
const KNOWN_VARIABLES = new Set(['TM_SELECTED_TEXT', 'TM_CURRENT_LINE', 'TM_CURRENT_WORD', 'TM_FILENAME_BASE']);

class SnippetParser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): SnippetNode[] {
    const nodes = this.nodes(false);
    if (this.pos < this.src.length) this.fail('unexpected "}"');
    return nodes;
  }

  private fail(what: string): never {
    throw new Error(`snippet syntax, offset ${this.pos}: ${what} in ${JSON.stringify(this.src.slice(0, 80))}…`);
  }

  /** Nodes up to the end, or (inside a placeholder) up to its unescaped `}`. */
  private nodes(nested: boolean): SnippetNode[] {
    const out: SnippetNode[] = [];
    let text = '';
    const flush = (): void => {
      if (text) out.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      if (c === '\\' && '$}\\'.includes(this.src[this.pos + 1] ?? '')) {
        text += this.src[this.pos + 1];
        this.pos += 2;
      } else if (c === '}' && nested) {
        break;
      } else if (c === '}') {
        this.fail('unescaped "}" outside a placeholder (write \\})');
      } else if (c === '$') {
        flush();
        out.push(this.dollar());
      } else {
        text += c;
        this.pos++;
      }
    }
    flush();
    return out;
  }

  private dollar(): SnippetNode {
    this.pos++; // $
    const simple = /^(\d+|[A-Za-z_]\w*)/.exec(this.src.slice(this.pos));
    if (simple) {
      this.pos += simple[0].length;
      return this.named(simple[0]);
    }
    if (this.src[this.pos] !== '{') this.fail('"$" is neither a tab stop nor a variable (write \\$ for a dollar sign)');
    this.pos++;
    const head = /^(\d+|[A-Za-z_]\w*)/.exec(this.src.slice(this.pos));
    if (!head) this.fail('"${" without a number or variable name');
    this.pos += head[0].length;
    const node = this.named(head[0]);
    const next = this.src[this.pos];
    if (next === '}') {
      this.pos++;
      return node;
    }
    if (next === ':') {
      this.pos++;
      const children = this.nodes(true);
      if (this.src[this.pos] !== '}') this.fail('placeholder without its closing "}"');
      this.pos++;
      return { ...node, children };
    }
    if (next === '|' && node.kind === 'tabstop') {
      const end = this.src.indexOf('|}', this.pos + 1);
      if (end < 0) this.fail('choice without its closing "|}"');
      const choices = this.src
        .slice(this.pos + 1, end)
        .split(/(?<!\\),/)
        .map((c) => c.replace(/\\([,|\\$}])/g, '$1'));
      this.pos = end + 2;
      return { ...node, choices };
    }
    return this.fail(`"${next}" after \${${head[0]}: transforms are not supported here`);
  }

  private named(name: string): Exclude<SnippetNode, { kind: 'text' }> {
    if (/^\d+$/.test(name)) return { kind: 'tabstop', index: Number(name) };
    if (!KNOWN_VARIABLES.has(name)) this.fail(`unknown variable $${name} (a literal dollar sign is written \\$)`);
    return { kind: 'variable', name };
  }
}

/** The text VS Code inserts when every placeholder keeps its default (a choice: its first option). */
export function expandSnippet(body: string): string {
  const nodes = new SnippetParser(body).parse();
  // A tab stop's value is given by its first occurrence with a default; the others mirror it.
  const defaults = new Map<number, SnippetNode[] | string>();
  const collect = (list: SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'text') continue;
      if (n.kind === 'tabstop' && !defaults.has(n.index)) {
        if (n.children) defaults.set(n.index, n.children);
        else if (n.choices) defaults.set(n.index, n.choices[0]);
      }
      if (n.children) collect(n.children);
    }
  };
  collect(nodes);
  const render = (list: SnippetNode[]): string =>
    list
      .map((n) => {
        if (n.kind === 'text') return n.text;
        if (n.kind === 'variable') return n.children ? render(n.children) : '';
        if (n.index === 0) return n.children ? render(n.children) : '';
        const value = defaults.get(n.index) ?? '';
        return typeof value === 'string' ? value : render(value);
      })
      .join('');
  return render(nodes);
}

/** Every tab stop with its default(s) as written: a number given two different defaults confuses the user. */
function placeholderDefaults(body: string): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  const visit = (list: SnippetNode[]): void => {
    for (const n of list) {
      if (n.kind === 'tabstop' && (n.children || n.choices)) {
        const shown = n.choices ? `|${n.choices.join(',')}|` : JSON.stringify(n.children);
        out.set(n.index, (out.get(n.index) ?? new Set()).add(shown));
      }
      if (n.kind !== 'text' && n.children) visit(n.children);
    }
  };
  visit(new SnippetParser(body).parse());
  return out;
}

describe('snippet expander (test helper)', () => {
  it('expands defaults, nested defaults, mirrors, choices, $0, variables and escapes', () => {
    assert.strictEqual(expandSnippet('a ${1:x} $1 ${2:${1:y}_z} $2 $0'), 'a x x x_z x_z ');
    assert.strictEqual(expandSnippet('${1|one,two|} $1'), 'one one');
    assert.strictEqual(expandSnippet('DO \\$x\\$ ${TM_SELECTED_TEXT}\\} \\\\'), 'DO $x$ } \\');
    assert.strictEqual(expandSnippet('${1:a\\}b}'), 'a}b');
  });

  it('rejects what VS Code would turn into something else', () => {
    assert.throws(() => expandSnippet('DO $body$ BEGIN END $body$'), /unknown variable \$body/);
    assert.throws(() => expandSnippet('${1:open'), /closing/);
    assert.throws(() => expandSnippet('price in $'), /neither a tab stop/);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Layouts: where each snippet is meant to be inserted, and the file it is linted as.

interface Layout {
  /** The migration file the expanded snippet is linted as. */
  file: string;
  /** Text around the snippet in that file. */
  before?: string;
  after?: string;
}

const PLAIN = '/project/migrations/0002_snippet.sql';
const GOOSE = '/project/db/migrations/20240102030405_snippet.sql';
const DBMATE = '/project/db/migrations/20240102030405_snippet.sql';
const IGNORED_DROP = {
  before: "SET lock_timeout = '2s';\n",
  after: '\nALTER TABLE table_name DROP COLUMN column_name;\n',
};

const LAYOUTS: Record<string, Layout> = {
  'sluice-lock-timeout': { file: PLAIN, after: '\nALTER TABLE table_name ADD COLUMN column_name text;\n' },
  'sluice-index-concurrently': { file: PLAIN },
  'sluice-drop-index-concurrently': { file: PLAIN },
  'sluice-not-valid-check': { file: PLAIN },
  'sluice-not-valid-foreign-key': { file: PLAIN },
  'sluice-set-not-null': { file: PLAIN },
  'sluice-expand-column': { file: PLAIN },
  'sluice-backfill': { file: PLAIN },
  'sluice-contract-column': { file: PLAIN },
  'sluice-goose': { file: GOOSE },
  'sluice-goose-no-transaction': { file: GOOSE },
  'sluice-goose-statement': { file: GOOSE, before: '-- +goose Up\n', after: '\n\n-- +goose Down\n' },
  'sluice-goose-backfill': { file: GOOSE },
  'sluice-dbmate': { file: DBMATE },
  'sluice-dbmate-no-transaction': { file: DBMATE },
  'sluice-ignore': { file: PLAIN, ...IGNORED_DROP },
  'sluice-ignore-file': { file: PLAIN, ...IGNORED_DROP },
};

function lint(
  text: string,
  file: string,
): { findings: Finding[]; tool: string | null; units: number; notInTx: number } {
  const migration = detectMigration(file, text, { list: () => [] });
  assert.ok(migration.isMigration, `${file} is not recognised as a migration`);
  const rollback = rollbackStatus(file, migration.tool, { list: () => [] }, text);
  const analysis = analyze(text, migration, { pgVersion: 15, assumeInTransaction: false, rules: {} }, { rollback });
  return {
    findings: analysis.findings,
    tool: migration.tool,
    units: analysis.units.length,
    notInTx: analysis.units.filter((u) => !u.toolTransaction).length,
  };
}

function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  ${f.rule}: ${f.message}`).join('\n');
}

/** The snippet expanded with its defaults, in its layout. */
function expandedInLayout(prefix: string): { text: string; file: string } {
  const layout = LAYOUTS[prefix];
  return {
    text: (layout.before ?? '') + expandSnippet(bodyOf(byPrefix(prefix))) + (layout.after ?? ''),
    file: layout.file,
  };
}

describe('snippets/sql.json', () => {
  before(async () => {
    await loadParser();
  });

  it('is contributed for SQL by package.json', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      contributes: { snippets: { language: string; path: string }[] };
    };
    const entry = manifest.contributes.snippets.find((s) => path.resolve(ROOT, s.path) === SNIPPETS_FILE);
    assert.strictEqual(entry?.language, 'sql');
  });

  it('every snippet has a sluice- prefix, a body and a description; prefixes are unique', () => {
    const seen = new Map<string, string>();
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.ok(typeof snippet.description === 'string' && snippet.description.length > 20, `${name}: description`);
      assert.ok(bodyOf(snippet).trim().length > 0, `${name}: empty body`);
      const prefixes = prefixesOf(snippet);
      assert.ok(prefixes.length > 0, `${name}: no prefix`);
      for (const prefix of prefixes) {
        assert.match(prefix, /^sluice-[a-z-]+$/, `${name}: prefix ${prefix}`);
        assert.ok(!seen.has(prefix), `prefix ${prefix} is used by "${seen.get(prefix)}" and "${name}"`);
        seen.set(prefix, name);
      }
    }
  });

  it('every body parses as a snippet, and a tab stop has the same default wherever it appears', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      for (const [index, shown] of placeholderDefaults(bodyOf(snippet))) {
        assert.strictEqual(
          shown.size,
          1,
          `${name}: tab stop ${index} has different defaults: ${[...shown].join(' / ')}`,
        );
      }
    }
  });

  it('the sluice-ignore choices are exactly the rule ids, drop-column first', () => {
    for (const prefix of ['sluice-ignore', 'sluice-ignore-file']) {
      const choice = /\$\{1\|([^|]*)\|\}/.exec(bodyOf(byPrefix(prefix)));
      assert.ok(choice, `${prefix}: no rule choice`);
      const offered = choice[1].split(',');
      assert.strictEqual(offered[0], 'drop-column');
      assert.deepStrictEqual([...offered].sort(), [...RULE_IDS].sort(), `${prefix}: the choice is out of date`);
    }
  });

  it('every snippet has a layout to be linted in', () => {
    const prefixes = Object.values(snippets).flatMap(prefixesOf);
    assert.deepStrictEqual(
      prefixes.filter((p) => !LAYOUTS[p]),
      [],
    );
  });

  for (const prefix of Object.keys(LAYOUTS)) {
    it(`${prefix}: expanded with its defaults, it lints clean`, () => {
      const { text, file } = expandedInLayout(prefix);
      const { findings } = lint(text, file);
      assert.deepStrictEqual(findings, [], `findings:\n${describeFindings(findings)}\nin:\n${text}`);
    });
  }

  it('the deliberate drops are clean only through their sluice-ignore (each names drop-column and a reason)', () => {
    for (const prefix of ['sluice-contract-column', 'sluice-ignore', 'sluice-ignore-file']) {
      const { text, file } = expandedInLayout(prefix);
      assert.match(text, /-- sluice-ignore(-file)? drop-column: \S.{10,}/, `${prefix}: no reason`);
      const without = text.replace(/^-- sluice-ignore.*\n/m, '');
      assert.notStrictEqual(without, text);
      const rules = lint(without, file).findings.map((f) => f.rule);
      assert.deepStrictEqual(rules, ['drop-column'], `${prefix} without its directive`);
    }
  });

  it('goose and dbmate skeletons are read as the tool runs them: up and down sections, with or without a transaction', () => {
    const cases: [string, string, number, number][] = [
      ['sluice-goose', 'goose', 2, 0],
      ['sluice-goose-no-transaction', 'goose', 2, 2],
      ['sluice-goose-backfill', 'goose', 2, 2],
      ['sluice-dbmate', 'dbmate', 2, 0],
      ['sluice-dbmate-no-transaction', 'dbmate', 2, 2],
    ];
    for (const [prefix, tool, units, notInTx] of cases) {
      const { text, file } = expandedInLayout(prefix);
      assert.deepStrictEqual(lint(text, file), { findings: [], tool, units, notInTx }, prefix);
    }
  });

  it('the concurrent index snippets are flagged where they cannot run: inside a goose transaction', () => {
    // The same statement the NO TRANSACTION skeleton holds, without the marker: PostgreSQL refuses it (25001).
    const { text, file } = expandedInLayout('sluice-goose-no-transaction');
    const rules = lint(text.replace('-- +goose NO TRANSACTION\n', ''), file).findings.map((f) => f.rule);
    assert.ok(rules.includes('concurrently-in-transaction'), `got ${rules.join(', ')}`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// expand → backfill → contract, with the snippets' defaults, on both engines.

const ROWS = 4500;
const BATCH = 1000;

/** Runs a migration file as psql does: statement by statement, each sent on its own (autocommit). */
async function runAsPsql(db: Database, text: string): Promise<void> {
  for (const statement of splitStatements(text).statements) await db.exec(statement.text);
}

async function scalar(db: Database, sql: string): Promise<string> {
  const result = await db.query(sql);
  return String(Object.values(result.rows[0])[0]);
}

/** Row id → the transaction that last wrote it, for the rows the backfill has done. */
async function writers(db: Database): Promise<Map<string, string>> {
  const result = await db.query(
    'SELECT id::text AS row_id, xmin::text AS writer FROM table_name WHERE new_column IS NOT NULL ORDER BY table_name.id',
  );
  return new Map(result.rows.map((r) => [String(r.row_id), String(r.writer)]));
}

for (const engine of ENGINES) {
  describe(`snippets on ${engine.name}: expand → backfill → contract`, function () {
    this.timeout(60_000);
    let db: Database;

    before(async () => {
      await loadParser();
      db = await engine.open();
    });
    after(async () => {
      await db?.close();
    });

    it('expand adds the column and keeps both shapes written', async () => {
      await db.exec(`CREATE TABLE table_name (id bigint PRIMARY KEY, old_column text);
        INSERT INTO table_name (id, old_column) SELECT g, 'value ' || g FROM generate_series(1, ${ROWS}) AS g;`);
      await runAsPsql(db, expandSnippet(bodyOf(byPrefix('sluice-expand-column'))));
      // The running version writes the old shape, the next one the new shape; each sees the other's writes.
      await db.query(`INSERT INTO table_name (id, old_column) VALUES (${ROWS + 1}, 'from old code')`);
      await db.query(`INSERT INTO table_name (id, new_column) VALUES (${ROWS + 2}, 'from new code')`);
      await db.query(`UPDATE table_name SET old_column = 'old edit' WHERE id = ${ROWS + 2}`);
      const rows = await db.query(
        `SELECT id::int AS id, old_column, new_column FROM table_name WHERE id > ${ROWS} ORDER BY id`,
      );
      assert.deepStrictEqual(rows.rows, [
        { id: ROWS + 1, old_column: 'from old code', new_column: 'from old code' },
        { id: ROWS + 2, old_column: 'old edit', new_column: 'old edit' },
      ]);
      await db.exec(`DELETE FROM table_name WHERE id > ${ROWS}`);
    });

    it('the backfill cannot run inside a transaction (why the snippet says: alone, outside one)', async () => {
      const script = `SELECT 1;\n${expandSnippet(bodyOf(byPrefix('sluice-backfill')))}`;
      await assert.rejects(db.exec(script), (e: Error & { code?: string }) => e.code === '2D000');
      assert.strictEqual(await scalar(db, 'SELECT count(new_column) FROM table_name'), '0');
    });

    it('the backfill commits each batch of 1000 rows, stops on a failure, and a rerun finishes without redoing rows', async () => {
      const backfill = expandSnippet(bodyOf(byPrefix('sluice-backfill')));
      // A failure in the third batch (a deploy killed, a bad row): the batches before it are committed.
      await db.exec(`CREATE TABLE fail_at (id bigint);
        INSERT INTO fail_at VALUES (2500);
        CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF NEW.id IN (SELECT id FROM fail_at) THEN RAISE EXCEPTION 'interrupted at %', NEW.id; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER fail_once BEFORE UPDATE ON table_name FOR EACH ROW EXECUTE FUNCTION fail_once();`);
      await assert.rejects(runAsPsql(db, backfill), /interrupted at 2500/);
      const first = await writers(db);
      assert.strictEqual(first.size, 2 * BATCH, 'rows committed before the failure');
      assert.deepStrictEqual(
        [...first.keys()].map(Number),
        Array.from({ length: 2 * BATCH }, (_, i) => i + 1),
      );

      await db.exec('DELETE FROM fail_at');
      await runAsPsql(db, backfill);
      const all = await writers(db);
      assert.strictEqual(all.size, ROWS);
      assert.strictEqual(
        await scalar(db, 'SELECT count(*) FROM table_name WHERE new_column IS DISTINCT FROM old_column'),
        '0',
      );
      // Rows done by the first run were not written again.
      for (const [id, writer] of first) assert.strictEqual(all.get(id), writer, `row ${id} was rewritten`);
      // One transaction per batch: 2 before the failure, 3 after it (1000, 1000, 500 rows).
      const perWriter = new Map<string, number>();
      for (const writer of all.values()) perWriter.set(writer, (perWriter.get(writer) ?? 0) + 1);
      assert.deepStrictEqual(
        [...perWriter.values()].sort((a, b) => b - a),
        [1000, 1000, 1000, 1000, 500],
      );

      // Idempotent: a third run changes nothing.
      await runAsPsql(db, backfill);
      assert.deepStrictEqual(await writers(db), all);
      await db.exec('DROP TRIGGER fail_once ON table_name; DROP FUNCTION fail_once(); DROP TABLE fail_at;');
    });

    it('contract drops the sync trigger, its function and the old column; the new shape keeps working', async () => {
      await runAsPsql(db, expandSnippet(bodyOf(byPrefix('sluice-contract-column'))));
      const columns = await db.query(
        "SELECT column_name::text AS name FROM information_schema.columns WHERE table_name = 'table_name' ORDER BY ordinal_position",
      );
      assert.deepStrictEqual(
        columns.rows.map((r) => r.name),
        ['id', 'new_column'],
      );
      assert.strictEqual(
        await scalar(db, "SELECT count(*) FROM pg_trigger WHERE tgrelid = 'table_name'::regclass"),
        '0',
      );
      assert.strictEqual(
        await scalar(db, "SELECT count(*) FROM pg_proc WHERE proname = 'table_name_sync_new_column'"),
        '0',
      );
      await db.query(`INSERT INTO table_name (id, new_column) VALUES (${ROWS + 3}, 'new only')`);
      assert.strictEqual(await scalar(db, 'SELECT count(new_column) FROM table_name'), String(ROWS + 1));
    });
  });
}
