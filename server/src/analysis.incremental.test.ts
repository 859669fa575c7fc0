// The editor re-analyses a file on every keystroke and resumes the walk from a checkpoint before the edit: what it
// shows must be exactly what a from-scratch analysis of the same text says. Random edits of realistic migrations
// (statements inserted, deleted and replaced, BEGIN/COMMIT, lock_timeout, goose sections, broken SQL, tables
// created and then altered) are each checked against a fresh analysis.
import * as assert from 'assert';
import { analyze, AnalysisContext, AnalysisSettings, replayMigration } from './analysis';
import type { MigrationInfo } from './migrations/tools';
import { EMPTY_SCHEMA } from './schema/model';
import { loadParser } from './syntax/parse';

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TABLES = ['users', 'orders', 'accounts', 'payments'];

/** Statement makers; `n` makes names distinct, `t` picks an existing table, `mine` a table the file created. */
const MAKERS: ((n: number, t: string, mine: string) => string)[] = [
  (n) => `CREATE TABLE feature_${n} (id bigint PRIMARY KEY, account_id bigint NOT NULL, note text);`,
  (_, __, mine) => `ALTER TABLE ${mine} ADD COLUMN extra text NOT NULL;`,
  (_, __, mine) => `CREATE INDEX ON ${mine} (account_id);`,
  (n, t) => `CREATE INDEX ${t}_idx_${n} ON ${t} (created_at);`,
  (n, t) => `CREATE INDEX CONCURRENTLY ${t}_cidx_${n} ON ${t} (created_at);`,
  (n, t) => `DROP INDEX ${t}_idx_${n % 7};`,
  (n, t) => `ALTER TABLE ${t} ADD COLUMN note_${n} text;`,
  (n, t) => `ALTER TABLE ${t} ADD COLUMN flag_${n} boolean NOT NULL;`,
  (n, t) => `ALTER TABLE ${t} ALTER COLUMN note_${n % 5} SET NOT NULL;`,
  (n, t) => `ALTER TABLE ${t} ADD CONSTRAINT ${t}_chk_${n % 4} CHECK (note_${n % 5} IS NOT NULL) NOT VALID;`,
  (n, t) => `ALTER TABLE ${t} VALIDATE CONSTRAINT ${t}_chk_${n % 4};`,
  (n, t) => `ALTER TABLE ${t} ALTER COLUMN amount TYPE numeric(${10 + (n % 3)}, 2);`,
  (n, t) => `ALTER TABLE ${t} DROP COLUMN legacy_${n % 3};`,
  (n, t) => `ALTER TABLE ${t} RENAME COLUMN old_${n % 3} TO new_${n % 3};`,
  (n, t) => `ALTER TABLE ${t} RENAME TO ${t}_v${n % 2};`,
  (n, t) => `UPDATE ${t} SET note_${n % 5} = 'x';`,
  (n, t) => `UPDATE ${t} SET note_${n % 5} = 'x' WHERE id < ${n};`,
  (n, t) => `ALTER TABLE ${t} ADD CONSTRAINT ${t}_fk_${n} FOREIGN KEY (account_id) REFERENCES accounts (id);`,
  (n) => `CREATE TYPE mood_${n % 3} AS ENUM ('a', 'b');`,
  (n) => `ALTER TYPE mood_${n % 3} ADD VALUE 'c${n}';`,
  (n) => `CREATE MATERIALIZED VIEW mv_${n % 3} AS SELECT 1 AS one;`,
  (n) => `REFRESH MATERIALIZED VIEW mv_${n % 3};`,
  () => 'BEGIN;',
  () => 'COMMIT;',
  () => 'ROLLBACK;',
  () => "SET lock_timeout = '2s';",
  () => "SET LOCAL lock_timeout = '1s';",
  () => 'RESET lock_timeout;',
  (_, t) => `TRUNCATE ${t};`,
  (_, t) => `VACUUM ${t};`,
  (_, t) => `DROP TABLE ${t};`,
  (n, t) => `ALTER TABLE ${t} ADD COLUMN uid_${n} uuid DEFAULT gen_random_uuid();`,
  (n) => `CREATE DOMAIN d_${n % 2} AS text NOT NULL;`,
  (n, t) => `ALTER TABLE ${t} ADD COLUMN dom_${n} d_${n % 2};`,
  (n, t) => `SELEC broken_${n} FROM ${t};`,
  (n, t) => `ALTER TABLE ${t} ADD COLUMN (oops_${n};`,
  (n) => `-- sluice-ignore require-concurrent-index: fine here ${n}`,
  (n) => `-- a comment ${n}`,
];

const GOOSE_MARKERS = ['-- +goose Up', '-- +goose Down', '-- +goose NO TRANSACTION'];

interface Scenario {
  name: string;
  migration: MigrationInfo;
  settings: AnalysisSettings;
  context: Omit<AnalysisContext, 'incremental' | 'file'>;
  markers: string[];
  start?: string[];
}

const SETTINGS: AnalysisSettings = { pgVersion: 15, assumeInTransaction: false, rules: {} };
let HISTORY = EMPTY_SCHEMA;
const historyText = (): string =>
  TABLES.map(
    (t) =>
      `CREATE TABLE ${t} (id bigint PRIMARY KEY, account_id bigint, amount numeric(10,2), note_0 text, legacy_0 text, old_0 text, created_at timestamptz);`,
  ).join('\n');

const SCENARIOS: Scenario[] = [
  {
    name: 'golang-migrate up script (implicit transaction)',
    migration: { isMigration: true, tool: 'golang-migrate', direction: 'up' },
    settings: SETTINGS,
    context: { schema: HISTORY },
    markers: [],
  },
  {
    name: 'plain file, assumed in a transaction, PostgreSQL 11',
    migration: { isMigration: true, tool: 'plain', direction: 'up' },
    settings: { pgVersion: 11, assumeInTransaction: true, rules: { 'prefer-text': 'warning' } },
    context: { schema: HISTORY },
    markers: [],
  },
  {
    name: 'goose file with up and down sections',
    migration: { isMigration: true, tool: 'goose', direction: 'up' },
    settings: SETTINGS,
    context: { schema: HISTORY },
    markers: GOOSE_MARKERS,
    start: ['-- +goose Up'],
  },
  {
    name: 'down script beside its up script',
    migration: { isMigration: true, tool: 'golang-migrate', direction: 'down' },
    settings: SETTINGS,
    context: {
      schema: HISTORY,
      upScript: 'ALTER TABLE users ADD COLUMN note_9 text;\nCREATE TABLE feature_up (id int);\n',
      createdByUp: new Set(['public.feature_up']),
    },
    markers: [],
  },
];

describe('incremental analysis equals a fresh analysis', function () {
  this.timeout(120_000);
  before(async () => {
    await loadParser();
    HISTORY = replayMigration(EMPTY_SCHEMA, historyText(), { isMigration: true, tool: 'plain', direction: 'up' });
    for (const scenario of SCENARIOS) scenario.context.schema = HISTORY;
  });

  for (const [s, scenario] of SCENARIOS.entries()) {
    it(`${scenario.name}: 120 random edits`, () => {
      const rand = prng(1000 + s);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];
      let n = 0;
      const created: string[] = ['feature_0'];
      const statement = (): string => {
        n++;
        const make = pick(MAKERS);
        const sql = make(n, pick(TABLES), pick(created));
        if (sql.startsWith('CREATE TABLE feature_')) created.push(`feature_${n}`);
        return sql;
      };
      const lines: string[] = [...(scenario.start ?? [])];
      for (let i = 0; i < 300; i++) lines.push(statement());
      const file = `/tmp/incremental-${s}.sql`;
      const edits: string[] = [];
      let resumed = 0;
      for (let edit = 0; edit < 120; edit++) {
        const at = Math.floor(rand() * (lines.length + 1));
        const roll = rand();
        let what: string;
        if (roll < 0.3) {
          const count = 1 + Math.floor(rand() * 3);
          lines.splice(at, 0, ...Array.from({ length: count }, statement));
          what = `insert ${count} at ${at}`;
        } else if (roll < 0.5 && lines.length > 1) {
          lines.splice(Math.min(at, lines.length - 1), 1 + Math.floor(rand() * 2));
          what = `delete at ${at}`;
        } else if (roll < 0.75 && lines.length > 0) {
          lines[Math.min(at, lines.length - 1)] = statement();
          what = `replace at ${at}`;
        } else if (roll < 0.85 && lines.length > 0) {
          // Typing inside a statement: a character added to or removed from its text.
          const i = Math.min(at, lines.length - 1);
          lines[i] = rand() < 0.5 ? lines[i].replace(';', ' ;') : lines[i].slice(0, -2) + ';';
          what = `type at ${at}`;
        } else if (scenario.markers.length > 0 && roll < 0.92) {
          lines.splice(at, 0, pick(scenario.markers));
          what = `marker at ${at}`;
        } else {
          lines.splice(at, 0, '');
          what = `blank line at ${at}`;
        }
        edits.push(what);
        const text = lines.join('\n');
        const incremental = analyze(text, scenario.migration, scenario.settings, {
          ...scenario.context,
          file,
          incremental: true,
        });
        if (incremental.walkedFrom > 0) resumed++;
        const fresh = analyze(text, scenario.migration, scenario.settings, { ...scenario.context, file });
        assert.deepStrictEqual(
          incremental.findings,
          fresh.findings,
          `after edit ${edit} (${edits.slice(-3).join('; ')}) the findings differ`,
        );
        assert.strictEqual(fresh.walkedFrom, 0);
      }
      // Most edits land after the first checkpoint: the walk resumed instead of starting over.
      assert.ok(resumed > 60, `only ${resumed} of 120 analyses resumed from a checkpoint`);
    });
  }

  it('the findings change with the edit (the comparison is not vacuous)', () => {
    const migration: MigrationInfo = { isMigration: true, tool: 'golang-migrate', direction: 'up' };
    const file = '/tmp/incremental-vacuous.sql';
    const base = Array.from({ length: 300 }, (_, i) => `ALTER TABLE users ADD COLUMN c_${i} text;`);
    const first = analyze(base.join('\n'), migration, SETTINGS, { schema: HISTORY, file, incremental: true });
    base.splice(200, 0, 'CREATE INDEX users_late_idx ON users (c_1);');
    const second = analyze(base.join('\n'), migration, SETTINGS, { schema: HISTORY, file, incremental: true });
    const index = second.findings.filter((f) => f.rule === 'require-concurrent-index');
    assert.strictEqual(first.findings.filter((f) => f.rule === 'require-concurrent-index').length, 0);
    assert.strictEqual(index.length, 1);
    assert.strictEqual(index[0].statement, 200);
  });
});
