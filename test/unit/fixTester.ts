// Runs a quick fix's table of cases through the real engine: the rule must flag the SQL; its fix, applied,
// must give exactly `output` (and exactly `steps` as new migrations); the output and each new migration must
// lint clean for the rule with no new error; and, given a `history`, the history, the output and the new
// migrations must run in order on a real PostgreSQL (PGlite), statement by statement as a runner would.
import * as assert from 'assert';
import { PGlite } from '@electric-sql/pglite';
import { applyEdits } from '../../server/src/fixes/quickfix/edits';
import { quickFixFor } from '../../server/src/fixes/quickfix';
import type { Rule } from '../../server/src/rules/rule';
import { loadParser } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { analyzeSql, CaseOptions, lintSql } from './ruleTester';

export interface ExpectedStep {
  up: string;
  down?: string;
  transactional: boolean;
}

export interface FixCase extends CaseOptions {
  name?: string;
  sql: string;
  /** The file after the fix. */
  output: string;
  title?: RegExp;
  /** The new migrations the fix writes, in order (none when absent). */
  steps?: ExpectedStep[];
}

export interface NoFixCase extends CaseOptions {
  name?: string;
  sql: string;
}

export interface FixTable {
  fixes: FixCase[];
  /** Flagged by the rule, but with no mechanical rewrite. */
  noFix?: NoFixCase[];
}

function title(c: { sql: string; name?: string }): string {
  return c.name ?? c.sql.replace(/\s+/g, ' ').trim().slice(0, 90);
}

function fixOf(rule: Rule, c: NoFixCase) {
  const analysis = analyzeSql(c.sql, c);
  const finding = analysis.findings.find((f) => f.rule === rule.meta.id);
  assert.ok(finding, `${rule.meta.id} should flag the case`);
  return quickFixFor(analysis, finding, {
    tool: c.tool ?? 'plain',
    pgVersion: c.pgVersion ?? 15,
    relint: (text) => analyzeSql(text, c),
  });
}

function errorRules(sql: string, options: CaseOptions): string[] {
  return lintSql(sql, options)
    .filter((f) => f.severity === 'error')
    .map((f) => f.rule)
    .sort();
}

let database: Promise<PGlite> | undefined;

/** One PostgreSQL per test process (starting one takes seconds), emptied before each case. */
async function freshDatabase(): Promise<PGlite> {
  database ??= PGlite.create();
  const db = await database;
  const schemas = await db.query<{ name: string }>(
    "SELECT nspname AS name FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
  );
  for (const { name } of schemas.rows) await db.exec(`DROP SCHEMA "${name.replace(/"/g, '""')}" CASCADE`);
  await db.exec('CREATE SCHEMA public');
  return db;
}

after(async () => {
  if (database) await (await database).close();
});

/** Runs SQL on PGlite one statement at a time (no implicit multi-statement transaction). */
async function run(db: PGlite, sql: string, what: string): Promise<void> {
  for (const statement of splitStatements(sql).statements) {
    try {
      await db.exec(statement.text);
    } catch (e) {
      assert.fail(`${what}: ${statement.text}\n→ ${(e as Error).message}`);
    }
  }
}

export function fixTests(rule: Rule, table: FixTable): void {
  const id = rule.meta.id;
  describe(`quick fix for ${id}`, () => {
    before(() => loadParser());
    for (const c of table.fixes) {
      it(title(c), async function () {
        const fix = fixOf(rule, c);
        assert.ok(fix, 'a quick fix should be offered');
        if (c.title) assert.match(fix.title, c.title);
        const output = applyEdits(c.sql, fix.edits);
        assert.strictEqual(output, c.output);
        const steps = fix.plan?.steps ?? [];
        assert.deepStrictEqual(
          steps.map((s) => ({ up: s.up, transactional: s.transactional })),
          (c.steps ?? []).map((s) => ({ up: s.up, transactional: s.transactional })),
        );
        (c.steps ?? []).forEach((expected, k) => {
          if (expected.down !== undefined) assert.strictEqual(steps[k].down, expected.down, `down of step ${k + 1}`);
        });
        // The output lints clean for the rule, with no error the input did not have.
        assert.deepStrictEqual(
          lintSql(output, c).filter((f) => f.rule === id),
          [],
          `${id} still fires on the output`,
        );
        const before = errorRules(c.sql, c);
        const after = errorRules(output, c);
        for (const r of new Set(after)) {
          const was = before.filter((b) => b === r).length;
          assert.ok(after.filter((a) => a === r).length <= was, `the fix adds an error: ${r}`);
        }
        // Each new migration, linted after the history, this file and the steps before it.
        let history = `${c.history ?? ''}\n${output}`;
        for (const step of steps) {
          const options: CaseOptions = { ...c, tool: 'plain', history, assumeInTransaction: step.transactional };
          const found = lintSql(step.up, options).filter((f) => f.rule === id || f.severity === 'error');
          assert.deepStrictEqual(found, [], `new migration ${step.name} is not clean`);
          history += `\n${step.up}`;
        }
        if (c.history !== undefined) {
          this.timeout(120_000); // the first case starts PostgreSQL
          const db = await freshDatabase();
          await run(db, c.history, 'history');
          await run(db, output, 'the fixed file');
          for (const step of steps) await run(db, step.up, `new migration ${step.name}`);
          for (const step of [...steps].reverse()) await run(db, step.down, `down of ${step.name}`);
        }
      });
    }
    for (const c of table.noFix ?? []) {
      it(`no fix: ${title(c)}`, () => {
        assert.strictEqual(fixOf(rule, c), undefined);
      });
    }
  });
}
