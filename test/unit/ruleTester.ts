// Runs a rule's table of cases through the real engine (libpg-query, the splitter, every rule enabled), the way
// ESLint's RuleTester does: valid SQL must not be flagged by the rule; invalid SQL must be flagged exactly at
// the listed 1-based positions.
import * as assert from 'assert';
import { analyze, FileAnalysis, replayMigration } from '../../server/src/analysis';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import type { MigrationTool } from '../../server/src/migrations/tools';
import type { Rule, RuleSetting } from '../../server/src/rules/rule';
import { loadParser } from '../../server/src/syntax/parse';

export interface CaseOptions {
  tool?: MigrationTool;
  direction?: 'up' | 'down';
  pgVersion?: number;
  assumeInTransaction?: boolean;
  rules?: Record<string, RuleSetting>;
  /** Relations the paired up script created (down scripts). */
  createdByUp?: string[];
  /** Earlier migrations, replayed to build the schema the case runs against. */
  history?: string;
  /** The file's path, and what its tool's convention says about its down script. */
  file?: string;
  rollback?: { expected: boolean; missing: boolean };
}

export type ValidCase = string | ({ sql: string; name?: string } & CaseOptions);

export interface ExpectedFinding {
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** A pattern the message must match. */
  message?: RegExp;
  lock?: string;
  /** When the finding reports below the rule's severity. */
  severity?: string;
}

export interface InvalidCase extends CaseOptions {
  sql: string;
  name?: string;
  errors: ExpectedFinding[];
}

export interface RuleTable {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

export interface LintedFinding {
  rule: string;
  severity: string;
  message: string;
  lock?: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Analyses SQL as one migration file, the way lintSql does (for tests that need the whole analysis). */
export function analyzeSql(sql: string, options: CaseOptions = {}): FileAnalysis {
  return analyze(
    sql,
    { isMigration: true, tool: options.tool ?? 'plain', direction: options.direction ?? 'up' },
    {
      pgVersion: options.pgVersion ?? 15,
      assumeInTransaction: options.assumeInTransaction ?? false,
      rules: options.rules ?? {},
    },
    {
      createdByUp: new Set(options.createdByUp ?? []),
      file: options.file,
      rollback: options.rollback ? { ...options.rollback, down: undefined } : undefined,
      schema: options.history
        ? replayMigration(EMPTY_SCHEMA, options.history, { isMigration: true, tool: 'plain', direction: 'up' })
        : undefined,
    },
  );
}

/** Lints SQL as one migration file and returns every finding with 1-based positions. */
export function lintSql(sql: string, options: CaseOptions = {}): LintedFinding[] {
  const analysis = analyzeSql(sql, options);
  return analysis.findings.map((f) => {
    const start = analysis.lines.positionAt(f.start);
    const end = analysis.lines.positionAt(f.end);
    return {
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      lock: f.lock,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
    };
  });
}

function title(sql: string, name?: string): string {
  return name ?? sql.replace(/\s+/g, ' ').trim().slice(0, 90);
}

export function ruleTests(rule: Rule, table: RuleTable): void {
  const id = rule.meta.id;
  describe(`rule ${id}`, () => {
    before(() => loadParser());
    describe('valid', () => {
      for (const c of table.valid) {
        const testCase = typeof c === 'string' ? { sql: c } : c;
        it(title(testCase.sql, testCase.name), () => {
          const found = lintSql(testCase.sql, testCase).filter((f) => f.rule === id);
          assert.deepStrictEqual(found, [], `expected no ${id} finding`);
        });
      }
    });
    describe('invalid', () => {
      for (const c of table.invalid) {
        it(title(c.sql, c.name), () => {
          const found = lintSql(c.sql, c).filter((f) => f.rule === id);
          assert.deepStrictEqual(
            found.map((f) => `${f.line}:${f.column}`),
            c.errors.map((e) => `${e.line}:${e.column}`),
            `positions of ${id} findings; got: ${JSON.stringify(found, null, 1)}`,
          );
          c.errors.forEach((expected, k) => {
            const actual = found[k];
            if (expected.endLine !== undefined) assert.strictEqual(actual.endLine, expected.endLine, 'end line');
            if (expected.endColumn !== undefined)
              assert.strictEqual(actual.endColumn, expected.endColumn, 'end column');
            if (expected.message) assert.match(actual.message, expected.message);
            if (expected.lock) assert.strictEqual(actual.lock, expected.lock);
            const setting = expected.severity ?? c.rules?.[id] ?? rule.meta.severity;
            assert.strictEqual(actual.severity, setting);
          });
        });
      }
    });
  });
}
