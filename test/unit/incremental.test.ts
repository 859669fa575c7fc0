// The editor re-analyses a file on every edit and looks again only at the statements whose inputs changed
// (server/src/walk/). Whatever the edit, it must report exactly what a fresh analysis of the same text reports:
// here random migrations built from the corpus statements are edited at random (statements replaced, renamed,
// inserted, deleted, broken, transactions opened and closed) and each version is analysed both ways.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyze, AnalysisContext, REMEMBERED_STATEMENTS_MAX, replayMigration } from '../../server/src/analysis';
import type { MigrationInfo } from '../../server/src/migrations/tools';
import type { Finding } from '../../server/src/rules/rule';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { loadParser } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { prng } from '../support/prng';

const CASES = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'cases');
const SETTINGS = { pgVersion: 15, assumeInTransaction: false, rules: {} };
const OLD_PG = { ...SETTINGS, pgVersion: 11 };

/** Every statement of every corpus case: the kinds of statements real migrations hold, on shared table names. */
function statementPool(): string[] {
  const pool: string[] = [];
  for (const group of fs.readdirSync(CASES)) {
    const dir = path.join(CASES, group);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.sql'))
      .sort()) {
      for (const s of splitStatements(fs.readFileSync(path.join(dir, file), 'utf8')).statements) pool.push(s.text);
    }
  }
  return pool;
}

const TABLES = ['orders', 'users', 'accounts', 'invoices', 'events'];

type Edit = (statements: string[], rand: () => number, pool: string[]) => void;

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)];

const EDITS: Edit[] = [
  // Replace one statement with another (the statement count stays: the incremental path).
  (st, rand, pool) => {
    st[Math.floor(rand() * st.length)] = pick(pool, rand);
  },
  // Point a statement at another table.
  (st, rand) => {
    const i = Math.floor(rand() * st.length);
    const from = TABLES.find((t) => st[i].includes(t));
    if (from) st[i] = st[i].split(from).join(pick(TABLES, rand));
  },
  // Rename a column or change a type in place.
  (st, rand) => {
    const i = Math.floor(rand() * st.length);
    st[i] = st[i].replace(/\b(note|status|email|amount|name)\b/, (m) => `${m}_v${Math.floor(rand() * 3)}`);
    st[i] = st[i].replace(/\b(text|integer|bigint|varchar\(\d+\))\b/, () =>
      pick(['text', 'bigint', 'varchar(20)'], rand),
    );
  },
  // Add or remove NOT NULL, NOT VALID, CONCURRENTLY.
  (st, rand) => {
    const i = Math.floor(rand() * st.length);
    const toggles: [RegExp, string][] = [
      [/ NOT NULL\b/, ''],
      [/ NOT VALID\b/, ''],
      [/ CONCURRENTLY\b/, ''],
      [/\bINDEX (\w)/, 'INDEX CONCURRENTLY $1'],
      [/(ADD COLUMN \w+ \w+)/, '$1 NOT NULL'],
    ];
    const [pattern, replacement] = pick(toggles, rand);
    st[i] = st[i].replace(pattern, replacement);
  },
  // Open or close a transaction somewhere.
  (st, rand) => {
    st[Math.floor(rand() * st.length)] = pick(['BEGIN', 'COMMIT', "SET lock_timeout = '2s'", 'ROLLBACK'], rand);
  },
  // Point the search path elsewhere (where unqualified names are created and found), or back.
  (st, rand) => {
    const settings = ['SET search_path TO app, public', 'SET search_path = public', 'RESET search_path'];
    st.splice(Math.floor(rand() * st.length), 0, pick(settings, rand));
  },
  // Set the session's time zone (under UTC, timestamp → timestamptz keeps the table), or change that column's type.
  (st, rand) => {
    const changes = [
      "SET TIME ZONE 'UTC'",
      "SET LOCAL timezone = 'UTC'",
      "SET TIME ZONE 'Europe/Paris'",
      'RESET timezone',
      'ALTER TABLE events ALTER COLUMN happened_at TYPE timestamptz',
      'ALTER TABLE events ALTER COLUMN happened_at TYPE timestamp',
    ];
    st.splice(Math.floor(rand() * st.length), 0, pick(changes, rand));
  },
  // Break a statement (a syntax error), or mend it.
  (st, rand) => {
    const i = Math.floor(rand() * st.length);
    st[i] = st[i].endsWith(' (') ? st[i].slice(0, -2) : `${st[i]} (`;
  },
  // Insert or delete a statement (the count changes: everything is looked at again).
  (st, rand, pool) => {
    if (rand() < 0.5 && st.length > 2) st.splice(Math.floor(rand() * st.length), 1);
    else st.splice(Math.floor(rand() * st.length), 0, pick(pool, rand));
  },
];

function comparable(findings: readonly Finding[]): string[] {
  return findings.map(
    (f) => `${f.start}-${f.end} ${f.rule} ${f.severity} ${f.lock ?? ''} ${f.statement ?? ''} ${f.message}`,
  );
}

interface Layout {
  name: string;
  migration: MigrationInfo;
  /** Wraps the statements into the file's text. */
  text(statements: string[]): string;
  context?: Partial<AnalysisContext>;
  settings?: typeof SETTINGS;
}

const HISTORY =
  'CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL, note text);\n' +
  'CREATE INDEX events_happened_at_idx ON events (happened_at);\n';

const joined = (st: string[]): string => `${st.join(';\n')};\n`;

const LAYOUTS: Layout[] = [
  { name: 'golang-migrate (one implicit transaction)', migration: up('golang-migrate'), text: joined },
  { name: 'plain folder (statement by statement)', migration: up('plain'), text: joined },
  { name: 'Flyway (a transaction), PostgreSQL 11', migration: up('flyway'), text: joined, settings: OLD_PG },
  {
    name: 'goose (up and down sections)',
    migration: up('goose'),
    text: (st) => {
      const half = Math.ceil(st.length / 2);
      return `-- +goose Up\n${joined(st.slice(0, half))}\n-- +goose Down\n${joined(st.slice(half))}`;
    },
  },
  {
    // Each direction is one unit of statements that are not next to each other: the walk's order is not the file's.
    name: 'sql-migrate (Up, Down, Up sections: each direction one unit)',
    migration: up('sql-migrate'),
    text: (st) => {
      const third = Math.ceil(st.length / 3);
      return [
        `-- +migrate Up\n${joined(st.slice(0, third))}`,
        `-- +migrate Down\n${joined(st.slice(third, 2 * third))}`,
        `-- +migrate Up\n${joined(st.slice(2 * third))}`,
      ].join('\n');
    },
  },
  {
    name: 'a down script with its up script beside it',
    migration: { isMigration: true, tool: 'golang-migrate', direction: 'down' },
    text: joined,
    context: {
      upScript: 'ALTER TABLE orders ADD COLUMN note text;\nCREATE INDEX orders_note_idx ON orders (note);\n',
      createdByUp: new Set(['public.orders_note_idx']),
    },
  },
];

function up(tool: MigrationInfo['tool']): MigrationInfo {
  return { isMigration: true, tool, direction: 'up' };
}

describe('incremental analysis (the editor) reports exactly what a fresh analysis reports', function () {
  this.timeout(120_000);
  let pool: string[];
  before(async () => {
    await loadParser();
    pool = statementPool();
  });

  for (const [n, layout] of LAYOUTS.entries()) {
    it(`${layout.name}: 20 random migrations, 25 edits each`, () => {
      const rand = prng(1000 + n);
      const settings = layout.settings ?? SETTINGS;
      // The schema the history built: a table whose column type the time zone edits change.
      const schema = replayMigration(EMPTY_SCHEMA, HISTORY, up('golang-migrate'));
      let reused = 0;
      for (let doc = 0; doc < 20; doc++) {
        const file = `/incremental-test/${n}/${doc}.sql`;
        const statements = Array.from({ length: 30 + Math.floor(rand() * 60) }, () => pick(pool, rand));
        for (let step = 0; step <= 25; step++) {
          if (step > 0) pick(EDITS, rand)(statements, rand, pool);
          const text = layout.text(statements);
          const context = { schema, ...layout.context };
          const edited = analyze(text, layout.migration, settings, { ...context, file, incremental: true });
          const fresh = analyze(text, layout.migration, settings, context);
          const got = comparable(edited.findings);
          const want = comparable(fresh.findings);
          if (got.join('\n') !== want.join('\n')) {
            const missing = want.filter((f) => !got.includes(f));
            const extra = got.filter((f) => !want.includes(f));
            assert.fail(
              `document ${doc}, after edit ${step}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}\n${text}`,
            );
          }
          reused += edited.walk.reused;
        }
      }
      // The edits did take the incremental path (not only the fallback of a full walk).
      assert.ok(reused > 0, 'no statement was reused');
    });
  }

  it(`a file of more than ${REMEMBERED_STATEMENTS_MAX.toLocaleString('en-US')} statements is analysed afresh each time (remembering it would take gigabytes)`, function () {
    this.timeout(60_000);
    const pool = statementPool();
    const statements = Array.from({ length: REMEMBERED_STATEMENTS_MAX + 500 }, (_, i) => pool[i % pool.length]);
    const text = `${statements.join(';\n')};\n`;
    const migration = up('plain');
    const file = '/incremental-test/huge.sql';
    const fresh = analyze(text, migration, SETTINGS);
    assert.ok(fresh.findings.length > 1000, `${fresh.findings.length} findings`);
    for (const version of [text, `${text}SELECT 1;\n`]) {
      const edited = analyze(version, migration, SETTINGS, { file, incremental: true });
      assert.deepStrictEqual(edited.walk, { reused: 0, looked: 0 }, 'nothing remembered, nothing replayed');
      const again = version === text ? fresh : analyze(version, migration, SETTINGS);
      assert.deepStrictEqual(comparable(edited.findings), comparable(again.findings));
    }
  });
});
