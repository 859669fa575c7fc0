// Names that need double quotes (mixed case, keywords) are written with them wherever Sluice shows a name or writes
// SQL: in messages and hovers, and in the SQL of quick fixes, rollbacks, scaffolds and sqitch verify scripts,
// which must still mean the same objects when PostgreSQL parses them (`Orders` bare means `orders`).
import * as assert from 'assert';
import { replayMigration } from '../../server/src/analysis';
import { verifyChecks } from '../../server/src/fixes/layout/sqitchVerify';
import { quickFixFor } from '../../server/src/fixes/quickfix';
import { generateRollback } from '../../server/src/fixes/rollback/generate';
import { scaffold } from '../../server/src/fixes/scaffold';
import { changeRequestOf } from '../../server/src/fixes/scaffold/fromStatement';
import { hoverAt } from '../../server/src/lsp/hover';
import { EMPTY_SCHEMA } from '../../server/src/schema/model';
import { AstNode, loadParser, parseStatement } from '../../server/src/syntax/parse';
import { splitStatements } from '../../server/src/syntax/split';
import { analyzeSql, lintSql } from './ruleTester';

const HISTORY = [
  'CREATE SCHEMA "Sales";',
  'CREATE TABLE "Sales"."Orders" (id bigint PRIMARY KEY, "Total" numeric NOT NULL, note text);',
  'CREATE TABLE "user" (id bigint PRIMARY KEY, name text);',
].join('\n');

const PLAIN = { isMigration: true, tool: 'plain', direction: 'up' } as const;

/** Every statement of generated SQL, parsed (each must parse). */
function parsedStatements(sql: string): { kind: string; ast: AstNode }[] {
  return splitStatements(sql).statements.map((s) => {
    const parsed = parseStatement(s.text);
    assert.ok(parsed.ok, `${s.text} parses`);
    return { kind: parsed.kind, ast: parsed.ast };
  });
}

/** The relation a parsed statement names, as [schema, name]. */
function relationOf(ast: AstNode): [string | undefined, string] {
  const rv = ast.relation;
  return [rv.schemaname, rv.relname];
}

describe('names that need quotes', () => {
  before(() => loadParser());

  it('are quoted in rule messages: a mixed-case table, a schema and a reserved word', () => {
    const messages = lintSql(
      'CREATE INDEX ON "Sales"."Orders" ("Total");\nALTER TABLE "user" ADD COLUMN "Email" text NOT NULL;',
      { history: HISTORY },
    ).map((f) => `${f.rule}: ${f.message}`);
    assert.ok(
      messages.includes(
        'require-concurrent-index: CREATE INDEX without CONCURRENTLY takes a ShareLock on "Sales"."Orders": writes wait until the build ends',
      ),
      messages.join('\n'),
    );
    const required = messages.find((m) => m.startsWith('add-required-column: '));
    assert.match(required ?? '', /^add-required-column: ADD COLUMN "Email" NOT NULL without a default on "user": /);
    assert.match(required ?? '', /which does not know "Email"\).* It takes an AccessExclusiveLock on "user"\.$/);
  });

  it('keep lower-case names that need none bare', () => {
    const [finding] = lintSql('CREATE INDEX ON orders (total);', {
      history: 'CREATE TABLE orders (id bigint, total numeric);',
      rules: { 'require-lock-timeout': 'off' },
    });
    assert.strictEqual(
      finding.message,
      'CREATE INDEX without CONCURRENTLY takes a ShareLock on orders: writes wait until the build ends',
    );
  });

  it('are quoted in hovers', () => {
    const analysis = analyzeSql('ALTER TABLE "user" DROP COLUMN name;', { history: HISTORY });
    const hover = hoverAt(analysis, analysis.statements[0].start)?.contents as { value: string } | undefined;
    assert.match(hover?.value ?? '', /`AccessExclusiveLock` \(ACCESS EXCLUSIVE\) on "user"\./);
  });

  it('a quick fix that names the index PostgreSQL would give writes SQL for the mixed-case table', () => {
    const sql = 'BEGIN;\nCREATE INDEX ON "Sales"."Orders" ("Total");\nCOMMIT;';
    const analysis = analyzeSql(sql, { history: HISTORY });
    const finding = analysis.findings.find((f) => f.rule === 'require-concurrent-index');
    assert.ok(finding);
    const fix = quickFixFor(analysis, finding, {
      tool: 'plain',
      pgVersion: 15,
      relint: (text) => analyzeSql(text, { history: HISTORY }),
    });
    const step = fix?.plan?.steps[0];
    assert.ok(step, 'the index build moves to a new migration');
    const [create] = parsedStatements(step.up);
    assert.strictEqual(create.kind, 'IndexStmt');
    assert.deepStrictEqual(relationOf(create.ast), ['Sales', 'Orders']);
    assert.strictEqual(create.ast.idxname, 'Orders_Total_idx');
    assert.strictEqual(create.ast.indexParams[0].IndexElem.name, 'Total');
    const [drop] = parsedStatements(step.down);
    assert.deepStrictEqual(
      drop.ast.objects[0].List.items.map((i: AstNode) => i.String.sval),
      ['Sales', 'Orders_Total_idx'],
    );
    assert.match(step.summary, /^Builds "Orders_Total_idx" without blocking writes/);
  });

  it('a generated rollback undoes what was done to the mixed-case and keyword names', () => {
    const up =
      'ALTER TABLE "Sales"."Orders" ADD COLUMN "Note" text;\n' +
      'ALTER TABLE "Sales"."Orders" RENAME COLUMN "Total" TO "TotalCents";\n' +
      'ALTER TABLE "user" DROP COLUMN name;';
    const rollback = generateRollback(up, PLAIN, { history: [HISTORY] });
    const statements = parsedStatements(rollback.sql).filter(
      (s) => s.kind === 'AlterTableStmt' || s.kind === 'RenameStmt',
    );
    assert.deepStrictEqual(
      statements.map((s) => [s.kind, ...relationOf(s.ast)]),
      [
        ['AlterTableStmt', undefined, 'user'],
        ['RenameStmt', 'Sales', 'Orders'],
        ['AlterTableStmt', 'Sales', 'Orders'],
      ],
    );
    assert.strictEqual(statements[0].ast.cmds[0].AlterTableCmd.def.ColumnDef.colname, 'name');
    assert.deepStrictEqual([statements[1].ast.subname, statements[1].ast.newname], ['TotalCents', 'Total']);
    assert.strictEqual(statements[2].ast.cmds[0].AlterTableCmd.name, 'Note');
    assert.deepStrictEqual(
      rollback.warnings.map((w) => w.message),
      [
        `DROP COLUMN "user".name — the data is gone; restore from backup; its shape is re-created empty, as the table's last column`,
      ],
    );
  });

  it('a scaffold made from a statement keeps the names it was given', () => {
    const schema = replayMigration(EMPTY_SCHEMA, HISTORY, PLAIN);
    const request = changeRequestOf('CREATE INDEX ON "Sales"."Orders" ("Total")');
    assert.ok(request);
    const plan = scaffold(request, { pgVersion: 15, schema });
    assert.strictEqual(plan.title, 'index "Sales"."Orders" ("Total")');
    const [step] = plan.steps;
    assert.strictEqual(
      step.summary,
      'Queries on "Sales"."Orders" by "Total" can use "Orders_Total_idx"; reads and writes went on while it was built.',
    );
    const [create] = parsedStatements(step.up);
    assert.deepStrictEqual(relationOf(create.ast), ['Sales', 'Orders']);
    assert.deepStrictEqual(
      [create.ast.idxname, create.ast.indexParams[0].IndexElem.name],
      ['Orders_Total_idx', 'Total'],
    );
  });

  it('a sqitch verify script selects from a table named by a reserved word', () => {
    const checks = parsedStatements(verifyChecks('CREATE TABLE "user" (id bigint, "Name" text);'));
    assert.strictEqual(checks.length, 1);
    const select = checks[0].ast;
    assert.strictEqual(select.fromClause[0].RangeVar.relname, 'user');
    assert.deepStrictEqual(
      select.targetList.map((t: AstNode) => t.ResTarget.val.ColumnRef.fields[0].String.sval),
      ['id', 'Name'],
    );
  });
});
