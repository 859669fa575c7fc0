// Runs a quick fix's table of cases through the real engine: the rule must flag the SQL; its fix, applied,
// must give exactly `output` (and exactly `steps` as new migrations); the output and each new migration must
// lint clean for the rule with no new error; and, given a `history`, the history, the output and the new
// migrations must run in order on a real PostgreSQL (PGlite), statement by statement as a runner would: up,
// then every down in reverse order (the new migrations', then this file's down section or `down` file), then
// up again, each down giving back the schema from before its up.
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
  /** The migration's down script, a file of its own (a down section is part of `sql`). */
  down?: string;
  /** That down file after the fix (unchanged when absent). */
  downOutput?: string;
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

function fixOf(rule: Rule, c: NoFixCase & { down?: string }) {
  const analysis = analyzeSql(c.sql, c);
  const finding = analysis.findings.find((f) => f.rule === rule.meta.id);
  assert.ok(finding, `${rule.meta.id} should flag the case`);
  return quickFixFor(analysis, finding, {
    tool: c.tool ?? 'plain',
    pgVersion: c.pgVersion ?? 15,
    relint: (text) => analyzeSql(text, c),
    downFile: () => (c.down === undefined ? undefined : analyzeSql(c.down, { ...c, direction: 'down' })),
  });
}

/** The statements of a file's up and down sections (goose, dbmate), or the whole file as up. */
function sections(sql: string, options: CaseOptions): { up: string; down: string } {
  const analysis = analyzeSql(sql, options);
  const of = (direction: 'up' | 'down'): string =>
    analysis.units
      .filter((u) => u.direction === direction)
      .flatMap((u) => u.statements)
      .filter((i) => analysis.statements[i].block === undefined)
      .map((i) => `${analysis.statements[i].text};\n`)
      .join('');
  return { up: of('up'), down: of('down') };
}

/** Tables, columns, indexes, constraints and partitions, to compare the schema before an up and after its down. */
async function schemaOf(db: PGlite): Promise<string> {
  const user = "NOT IN ('pg_catalog', 'information_schema', 'pg_toast')";
  const { rows } = await db.query<{ line: string }>(`
    SELECT 'column ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' ||
      is_nullable || ' ' || coalesce(column_default, '') AS line
      FROM information_schema.columns WHERE table_schema ${user}
    UNION ALL SELECT 'index ' || schemaname || '.' || indexname || ' ' || indexdef
      FROM pg_indexes WHERE schemaname ${user}
    UNION ALL SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' ' ||
      -- VALIDATE cannot be undone (and need not be): a constraint is the same one valid or not
      replace(pg_get_constraintdef(oid), ' NOT VALID', '')
      FROM pg_constraint WHERE connamespace::regnamespace::text ${user}
    UNION ALL SELECT 'partition ' || c.oid::regclass::text || ' ' || pg_get_expr(c.relpartbound, c.oid)
      FROM pg_class c WHERE c.relispartition
    ORDER BY 1`);
  return rows.map((r) => r.line).join('\n');
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
        const downOutput = c.down === undefined ? undefined : applyEdits(c.down, fix.downEdits ?? []);
        assert.strictEqual(downOutput, c.downOutput ?? c.down, 'the down file after the fix');
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
        const fixed = sections(output, c);
        let history = `${c.history ?? ''}\n${fixed.up}`;
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
          const fixedDown = downOutput ?? fixed.down;
          const up = async (): Promise<string[]> => {
            const schemas = [await schemaOf(db)];
            await run(db, fixed.up, 'the fixed file');
            schemas.push(await schemaOf(db));
            for (const step of steps) {
              await run(db, step.up, `new migration ${step.name}`);
              schemas.push(await schemaOf(db));
            }
            return schemas;
          };
          const before = await up();
          // Each down gives back the schema from before its up.
          for (let k = steps.length - 1; k >= 0; k--) {
            // A down that is only a comment says what cannot be undone: the rollback stops there.
            if (splitStatements(steps[k].down).statements.length === 0) return;
            await run(db, steps[k].down, `down of ${steps[k].name}`);
            assert.strictEqual(await schemaOf(db), before[k + 1], `down of ${steps[k].name} undoes its up`);
          }
          if (c.down === undefined && fixedDown.trim() === '') return; // no down: up again is not possible
          await run(db, fixedDown, 'the down script after the fix');
          assert.strictEqual(await schemaOf(db), before[0], 'the down script undoes the fixed file');
          assert.deepStrictEqual(await up(), before, 'up again after the downs');
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
