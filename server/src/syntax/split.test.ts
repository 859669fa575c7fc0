import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as pg from 'libpg-query';
import { utf8ToUtf16Offset } from './positions';
import { splitStatements } from './split';

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'corpus', 'statements');

const texts = (sql: string): string[] => splitStatements(sql).statements.map((s) => s.text);

describe('splitStatements', () => {
  before(() => pg.loadModule());

  it('splits on top-level semicolons and drops empty statements', () => {
    assert.deepStrictEqual(texts('SELECT 1;;  SELECT 2 ;\n\nSELECT 3'), ['SELECT 1', 'SELECT 2', 'SELECT 3']);
  });

  it('ends a statement at the next --changeset line of a Liquibase file, with or without its semicolon', () => {
    const liquibase =
      '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE items (id bigint)\n--changeset a:2\nSELECT 1\n  -- changeset a:3 (indented: still a changeset line)\nSELECT 2;';
    assert.deepStrictEqual(texts(liquibase), ['CREATE TABLE items (id bigint)', 'SELECT 1', 'SELECT 2']);
    // A line holding only GO or / ends a statement too (Liquibase's delimiters), and is none itself.
    assert.deepStrictEqual(
      texts(
        '--liquibase formatted sql\n--changeset a:1 endDelimiter:GO\nCREATE INDEX CONCURRENTLY i ON t (a)\nGO\nSELECT 1 / 2\n/\nGRANT SELECT ON t TO app',
      ),
      ['CREATE INDEX CONCURRENTLY i ON t (a)', 'SELECT 1 / 2', 'GRANT SELECT ON t TO app'],
    );
    // In any other file it is a comment inside the statement.
    assert.deepStrictEqual(texts('SELECT 1\n--changeset a:2\nFROM t;'), ['SELECT 1\n--changeset a:2\nFROM t']);
  });

  it('keeps semicolons inside quotes, quoted identifiers, dollar quotes and comments', () => {
    const sql = [
      "SELECT 'a;b', E'c\\';d', 'e'';f';",
      'CREATE TABLE "x;y" ("q""uote;" int);',
      'SELECT $fn$ ; $$ ; $fn$, $$;$$;',
      'SELECT 1 /* ; /* nested ; */ ; */ + 1; -- trailing ; comment',
      'SELECT a$b, $1 FROM t;',
    ].join('\n');
    assert.deepStrictEqual(texts(sql), [
      "SELECT 'a;b', E'c\\';d', 'e'';f'",
      'CREATE TABLE "x;y" ("q""uote;" int)',
      'SELECT $fn$ ; $$ ; $fn$, $$;$$',
      'SELECT 1 /* ; /* nested ; */ ; */ + 1',
      'SELECT a$b, $1 FROM t',
    ]);
  });

  it('treats backslashes as escapes only in E strings', () => {
    assert.deepStrictEqual(texts("SELECT 'C:\\';\nSELECT 2;"), ["SELECT 'C:\\'", 'SELECT 2']);
  });

  it('keeps an E string continued on a later line in escape mode', () => {
    assert.deepStrictEqual(texts("INSERT INTO n VALUES (E'a:\\n'\n  'don\\'t; we\\'re');\nSELECT 2;"), [
      "INSERT INTO n VALUES (E'a:\\n'\n  'don\\'t; we\\'re')",
      'SELECT 2',
    ]);
    // Not after an operator: a plain string again.
    assert.deepStrictEqual(texts("SELECT E'a' || 'C:\\';\nSELECT 2;"), ["SELECT E'a' || 'C:\\'", 'SELECT 2']);
  });

  it('skips the data lines after COPY ... FROM stdin, up to the line \\.', () => {
    const sql =
      "COPY currencies (code, name) FROM stdin;\nEUR\tEuro\nCI\tCôte d'Ivoire\n\\.\r\nCREATE INDEX i ON t (a);";
    assert.deepStrictEqual(texts(sql), ['COPY currencies (code, name) FROM stdin', 'CREATE INDEX i ON t (a)']);
    assert.deepStrictEqual(texts('COPY t FROM stdin;\n1\n2'), ['COPY t FROM stdin']);
    assert.deepStrictEqual(texts('COPY t TO stdout;\nSELECT 1;'), ['COPY t TO stdout', 'SELECT 1']);
  });

  it('skips psql meta-commands between statements, to the end of their line', () => {
    assert.deepStrictEqual(
      texts("\\set ON_ERROR_STOP on\nSET lock_timeout = '2s';\n\\echo index\nCREATE INDEX i ON t (a);"),
      ["SET lock_timeout = '2s'", 'CREATE INDEX i ON t (a)'],
    );
  });

  it('records where each skipped meta-command is (only psql runs them: other tools send them to the server)', () => {
    const sql = '\\restrict abc\r\nSELECT 1; \\gset\nSELECT 2 \\g;\n\\unrestrict abc';
    const result = splitStatements(sql);
    assert.deepStrictEqual(
      result.metaCommands.map((m) => sql.slice(m.start, m.end)),
      ['\\restrict abc', '\\gset', '\\unrestrict abc'],
    );
    // Inside a statement a backslash is a token of it (PostgreSQL rejects it there): not a skipped line.
    assert.deepStrictEqual(texts(sql), ['SELECT 1', 'SELECT 2 \\g']);
  });

  it('keeps a no-break space at a statement’s edge in the statement, as PostgreSQL does', () => {
    assert.deepStrictEqual(texts('SELECT 1;\n\u00a0ALTER TABLE t ADD COLUMN c int;'), [
      'SELECT 1',
      '\u00a0ALTER TABLE t ADD COLUMN c int',
    ]);
  });

  it('opens a routine body at BEGIN ATOMIC, not at a column named begin', () => {
    const sql =
      "CREATE FUNCTION shift() RETURNS void LANGUAGE sql\nBEGIN ATOMIC\n  UPDATE w SET begin = begin + interval '1 day' WHERE id > 0;\nEND;\nCREATE INDEX i ON t (a);";
    assert.strictEqual(texts(sql).length, 2);
    assert.strictEqual(texts(sql)[1], 'CREATE INDEX i ON t (a)');
  });

  it('keeps BEGIN ATOMIC ... END bodies (with CASE ... END inside) whole', () => {
    const sql =
      'CREATE OR REPLACE FUNCTION f(x int) RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT CASE WHEN x > 0 THEN 1 ELSE 0 END;\nEND;\nSELECT 2;';
    const result = texts(sql);
    assert.strictEqual(result.length, 2);
    assert.ok(result[0].endsWith('END'));
    assert.strictEqual(result[1], 'SELECT 2');
  });

  it('keeps the actions of CREATE RULE ... DO ( ...; ... ) together, but not other parentheses', () => {
    const rule = 'CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); NOTIFY t)';
    assert.deepStrictEqual(texts(`${rule};\nSELECT 1;`), [rule, 'SELECT 1']);
    // An unbalanced parenthesis elsewhere must not swallow the rest of the file.
    assert.deepStrictEqual(texts('SELECT (1;\nSELECT 2;'), ['SELECT (1', 'SELECT 2']);
  });

  it('reports ranges in UTF-16 offsets and excludes the semicolon', () => {
    const sql = "  SELECT '😀';\n";
    const [s] = splitStatements(sql).statements;
    assert.strictEqual(s.start, 2);
    assert.strictEqual(s.end, sql.indexOf(';'));
    assert.strictEqual(sql.slice(s.start, s.end), "SELECT '😀'");
  });

  it('leaves a byte-order mark the editor sent out of the first statement, keeping offsets into the text', () => {
    const sql = '\uFEFFCREATE TABLE t (id int);\nSELECT 1;';
    const [first, second] = splitStatements(sql).statements;
    assert.deepStrictEqual([first.start, first.text], [1, 'CREATE TABLE t (id int)']);
    assert.strictEqual(sql.slice(second.start, second.end), 'SELECT 1');
    // Only at the very start: elsewhere U+FEFF is a character PostgreSQL rejects.
    assert.strictEqual(splitStatements('SELECT 1;\uFEFFSELECT 2;').statements[1].text, '\uFEFFSELECT 2');
  });

  it('marks comments inside a statement and in the gaps between statements', () => {
    const { comments } = splitStatements('-- before\nSELECT 1 -- inside\n  + 1; -- after\n');
    assert.deepStrictEqual(
      comments.map((c) => [c.text, c.inStatement]),
      [
        ['-- before', false],
        ['-- inside', true],
        ['-- after', false],
      ],
    );
  });

  it('reports unterminated constructs and never throws on them', () => {
    for (const [sql, message] of [
      ["SELECT 'open", 'unterminated quoted string'],
      ['SELECT "open', 'unterminated quoted identifier'],
      ['SELECT $x$ open', 'unterminated dollar-quoted string $x$'],
      ['/* open /* nested */', 'unterminated /* comment'],
    ]) {
      const result = splitStatements(sql);
      assert.strictEqual(result.problems[0]?.message, message, sql);
    }
  });

  it('finds exactly the statements PostgreSQL finds in every corpus file, at the same offsets', () => {
    const files = fs.readdirSync(CORPUS).filter((f) => f.endsWith('.sql'));
    assert.ok(files.length >= 10, 'the corpus is present');
    let total = 0;
    for (const file of files) {
      const sql = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      const ours = splitStatements(sql).statements;
      const theirs = pg.parseSync(sql).stmts ?? [];
      assert.strictEqual(ours.length, theirs.length, `${file}: statement count`);
      theirs.forEach((t, k) => {
        const start = utf8ToUtf16Offset(sql, t.stmt_location ?? 0);
        const end = utf8ToUtf16Offset(sql, (t.stmt_location ?? 0) + (t.stmt_len ?? 0));
        assert.strictEqual(ours[k].start, start, `${file} statement ${k + 1} start`);
        if (t.stmt_len) assert.strictEqual(ours[k].end, end, `${file} statement ${k + 1} end`);
      });
      total += ours.length;
    }
    assert.ok(total >= 150, `corpus has ${total} statements`);
  });
});
