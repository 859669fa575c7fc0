// Grammar newer than pgVersion is reported where PostgreSQL 15's parser stops (each statement and token below as
// PostgreSQL 15.18 reported it), and only before the version that added it. newerSyntax.db.test.ts checks the same
// on the servers themselves.
import * as assert from 'assert';
import { lintSql } from '../../../test/unit/ruleTester';
import { loadParser } from '../syntax/parse';

/** `▸` marks the token PostgreSQL 15 reports (`syntax error at or near "<it>"`); `since`: the version adding it. */
const CASES: { sql: string; since: number }[] = [
  { sql: 'CREATE TABLE g1 (a int, b int GENERATED ALWAYS AS (a * 2)▸, c int);', since: 18 },
  { sql: 'CREATE TABLE g2 (a int, b int GENERATED ALWAYS AS (a * 2) ▸NOT NULL);', since: 18 },
  { sql: 'CREATE TABLE g4 (a int, b int GENERATED ALWAYS AS (a * 2) ▸CHECK (b > 0));', since: 18 },
  { sql: 'CREATE TABLE g8 (a int, b int CONSTRAINT gg GENERATED ALWAYS AS (a) ▸VIRTUAL);', since: 18 },
  { sql: 'CREATE FOREIGN TABLE ft (a int, b int GENERATED ALWAYS AS (a)▸) SERVER s;', since: 18 },
  { sql: 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a)▸, ADD COLUMN d int;', since: 18 },
  {
    sql: 'ALTER TABLE t ADD CONSTRAINT f1 FOREIGN KEY (id) REFERENCES p (id) MATCH FULL ON DELETE CASCADE NOT ▸ENFORCED;',
    since: 18,
  },
  { sql: 'CREATE TABLE e2 (a int REFERENCES p NOT ▸ENFORCED);', since: 18 },
  { sql: 'CREATE TABLE e4 (a int REFERENCES p ▸ENFORCED);', since: 18 },
  { sql: 'CREATE TABLE e3 (a int, CONSTRAINT x CHECK (a > 0) NOT ▸ENFORCED NOT VALID);', since: 18 },
  { sql: 'ALTER TABLE t ALTER CONSTRAINT c1 ▸ENFORCED;', since: 18 },
  { sql: 'ALTER TABLE t ALTER CONSTRAINT c1 DEFERRABLE NOT ▸ENFORCED;', since: 18 },
  { sql: 'CREATE TABLE w1 (id int, valid daterange, PRIMARY KEY (id, valid ▸WITHOUT OVERLAPS));', since: 18 },
  {
    sql: 'ALTER TABLE t ADD CONSTRAINT w3 FOREIGN KEY (id, PERIOD ▸valid) REFERENCES p (id, PERIOD valid);',
    since: 18,
  },
  { sql: 'ALTER TABLE t ADD COLUMN x int, ADD CONSTRAINT n2 ▸NOT NULL a;', since: 18 },
  { sql: 'ALTER TABLE t ADD ▸NOT NULL a;', since: 18 },
  { sql: 'CREATE TABLE n1 (a int, ▸NOT NULL a);', since: 18 },
  { sql: 'CREATE TABLE n3 (a int NOT NULL ▸NO INHERIT);', since: 18 },
  { sql: 'VACUUM (VERBOSE) ▸ONLY t;', since: 18 },
  { sql: 'ANALYZE VERBOSE ▸ONLY t;', since: 18 },
  { sql: 'VACUUM t, ▸ONLY p;', since: 18 },
  { sql: 'ALTER TABLE t ALTER b SET ▸EXPRESSION AS (a * 3);', since: 17 },
  { sql: 'MERGE INTO t USING p ON t.id = p.id WHEN MATCHED THEN DELETE ▸RETURNING t.id;', since: 17 },
  { sql: 'MERGE INTO t USING p ON t.id = p.id WHEN NOT MATCHED ▸BY TARGET THEN INSERT VALUES (p.id);', since: 17 },
  { sql: 'ALTER TABLE t ALTER COLUMN a SET STATISTICS ▸DEFAULT;', since: 17 },
  { sql: 'ALTER TABLE t SET ACCESS METHOD ▸DEFAULT;', since: 17 },
  { sql: 'ALTER TABLE t ADD CONSTRAINT j CHECK (a::text IS NOT ▸JSON);', since: 16 },
  { sql: 'GRANT gen_r TO gen_u WITH ▸SET FALSE;', since: 16 },
  { sql: 'GRANT gen_r TO gen_u WITH ADMIN ▸TRUE;', since: 16 },
  { sql: 'REVOKE INHERIT ▸OPTION FOR gen_r FROM gen_u;', since: 16 },
  { sql: 'CREATE STATISTICS ▸(ndistinct) ON a, id FROM t;', since: 16 },
];

function syntaxErrors(sql: string, pgVersion: number) {
  return lintSql(sql, { pgVersion }).filter((f) => f.rule === 'syntax-error');
}

describe('grammar newer than pgVersion (facts/newerSyntax)', () => {
  before(() => loadParser());

  for (const { sql: marked, since } of CASES) {
    const at = marked.indexOf('▸');
    const sql = marked.replace('▸', '');
    const token = /^(?:[A-Za-z_]+|.)/.exec(sql.slice(at))?.[0] ?? '';
    it(`PostgreSQL ${since}: ${sql}`, () => {
      const before = syntaxErrors(sql, since - 1);
      assert.strictEqual(before.length, 1, JSON.stringify(before));
      assert.strictEqual(before[0].column, at + 1, `at ${token}`);
      assert.strictEqual(before[0].endColumn, at + 1 + token.length);
      assert.ok(
        before[0].message.startsWith(`syntax error at or near "${token}": `) &&
          before[0].message.includes(`new in PostgreSQL ${since} (pgVersion is ${since - 1}): `),
        before[0].message,
      );
      assert.deepStrictEqual(syntaxErrors(sql, since), []);
      assert.deepStrictEqual(syntaxErrors(sql, 18), []);
    });
  }

  it('a statement PostgreSQL would refuse is not analysed further (set-not-null speaks only from 18)', () => {
    const sql = 'ALTER TABLE orders ADD CONSTRAINT orders_status_nn NOT NULL status;';
    assert.deepStrictEqual(
      lintSql(sql, { pgVersion: 17 }).map((f) => f.rule),
      ['syntax-error'],
    );
    assert.ok(lintSql(sql, { pgVersion: 18 }).some((f) => f.rule === 'set-not-null'));
  });

  it('is suppressed like any syntax error', () => {
    const sql =
      '-- sluice-ignore syntax-error: production runs PostgreSQL 18\nCREATE TABLE totals (a int, doubled int GENERATED ALWAYS AS (a * 2));';
    assert.deepStrictEqual(syntaxErrors(sql, 15), []);
  });
});
