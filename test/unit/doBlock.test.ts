// The statements of DO blocks are analysed where they run: at their own text, in the DO statement's place.
import * as assert from 'assert';
import { createdRelations } from '../../server/src/analysis';
import { quickFixFor } from '../../server/src/fixes/quickfix';
import { bodyPlace, doBlockBody } from '../../server/src/syntax/doBlock';
import { loadParser, parseStatement } from '../../server/src/syntax/parse';
import { analyzeSql, lintSql } from './ruleTester';

const USERS_AND_ORDERS =
  'CREATE TABLE users (id bigint PRIMARY KEY);\nCREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL, code varchar(20));';

/** Drizzle's form for every foreign key. */
const drizzleForeignKey = (table: string, name: string): string =>
  `DO $$ BEGIN\n ALTER TABLE "${table}" ADD CONSTRAINT "${name}" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id");\nEXCEPTION\n WHEN duplicate_object THEN null;\nEND $$;`;

function body(sql: string) {
  const parsed = parseStatement(sql);
  assert.ok(parsed.ok && parsed.kind === 'DoStmt');
  return doBlockBody(parsed.ast);
}

describe('DO blocks', () => {
  before(loadParser);

  it('reads the SQL statements of a PL/pgSQL body in order, and where each is', () => {
    const sql =
      "DO $do$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'x') THEN\n    CREATE INDEX x ON t (a);\n  END IF;\n  UPDATE t SET a = 1 WHERE id < 10;\nEXCEPTION WHEN others THEN\n  DELETE FROM t WHERE false;\nEND\n$do$;";
    const read = body(sql);
    assert.deepStrictEqual(
      read.statements.map((s) => s.text),
      ['CREATE INDEX x ON t (a)', 'UPDATE t SET a = 1 WHERE id < 10', 'DELETE FROM t WHERE false'],
    );
    const place = bodyPlace(sql, read.source);
    assert.ok(place);
    assert.strictEqual(place(0), sql.indexOf('\nBEGIN'));
    for (const s of read.statements) {
      assert.ok(s.at);
      assert.strictEqual(sql.slice(place(s.at.start), place(s.at.end)), s.text);
    }
    assert.strictEqual(read.opaque, false);
  });

  it('knows when a body may do more than its statements show', () => {
    assert.strictEqual(body("DO $$ BEGIN EXECUTE 'ALTER TABLE t ADD c int'; END $$").opaque, true);
    assert.strictEqual(body('DO $$ BEGIN CALL cleanup(); END $$').opaque, true);
    assert.strictEqual(body("DO LANGUAGE plperl $$ print 'x' $$").opaque, true);
    assert.strictEqual(body('DO $$ BEGIN ALTER TABLE t ADD c int; END $$').opaque, false);
    // PL/pgSQL's own grammar rejects it (no END IF): what it would run is unknown.
    assert.strictEqual(body('DO $$ BEGIN IF true THEN UPDATE t SET a = 1; END $$').opaque, true);
  });

  it('reads a body PL/pgSQL rejects for SQL statements that do not parse: those, then the rest in order', () => {
    const sql =
      'DO $$\nBEGIN\n  IF true THEN\n    ALTER TABLE t ADD COLUMN;\n  END IF;\n  UPDATE t SET a = 1;\n  SELEC 1;\n  CREATE INDEX i ON t (a);\nEND $$;';
    const read = body(sql);
    assert.deepStrictEqual(
      read.statements.map((s) => [s.text, s.rejected ?? false, s.parse.ok ? s.parse.kind : s.parse.message]),
      [
        ['ALTER TABLE t ADD COLUMN', true, 'syntax error at end of input'],
        ['UPDATE t SET a = 1', false, 'UpdateStmt'],
        ['SELEC 1', true, 'syntax error at or near "SELEC"'],
        ['CREATE INDEX i ON t (a)', false, 'IndexStmt'],
      ],
    );
    const place = bodyPlace(sql, read.source);
    assert.ok(place);
    for (const s of read.statements) {
      assert.ok(s.at);
      assert.strictEqual(sql.slice(place(s.at.start), place(s.at.end)), s.text);
    }
    assert.strictEqual(read.opaque, false);
  });

  it('reports a statement of a DO block that does not parse at its token, and still analyses the others', () => {
    // IQSS/dataverse V5.5.0.5: PostgreSQL 15 fails the whole DO with `syntax error at or near "IF"`.
    const sql = [
      'DO $$',
      'BEGIN',
      '  ALTER TABLE orders ADD COLUMN embargo_id bigint IF NOT EXISTS;',
      '  BEGIN',
      '    ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);',
      '  EXCEPTION WHEN duplicate_object THEN NULL;',
      '  END;',
      'END $$;',
    ].join('\n');
    const found = lintSql(`SET lock_timeout = '2s';\n${sql}`, { history: USERS_AND_ORDERS });
    const lines = sql.split('\n');
    const ifAt = lines[2].indexOf(' IF ') + 2;
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.line, f.column, f.endColumn]),
      [
        ['syntax-error', 4, ifAt, ifAt + 2],
        ['constraint-without-not-valid', 6, 5, lines[4].length],
        ['foreign-key-without-index', 6, 5, lines[4].length],
      ],
    );
    assert.strictEqual(found[0].message, 'syntax error at or near "IF"');
    // The same statements outside a block: the same findings.
    const outside = lintSql(
      "SET lock_timeout = '2s';\nALTER TABLE orders ADD COLUMN embargo_id bigint IF NOT EXISTS;\nALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);",
      { history: USERS_AND_ORDERS },
    );
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.message]),
      outside.map((f) => [f.rule, f.message]),
    );
  });

  it('reports the statement that does not parse where it is in a single-quoted body, or on the DO in an E string', () => {
    const quoted =
      "SET lock_timeout = '2s';\nDO 'BEGIN\n  UPDATE orders SET code = ''x'' WHERE code = ''y'' IF;\nEND';";
    const ifAt = quoted.split('\n')[2].indexOf(' IF') + 2;
    assert.deepStrictEqual(
      lintSql(quoted, { history: USERS_AND_ORDERS }).map((f) => [f.rule, f.line, f.column, f.endColumn]),
      [['syntax-error', 3, ifAt, ifAt + 2]],
    );
    const escaped = "SET lock_timeout = '2s';\nDO E'BEGIN\\n  UPDATE orders SET code = 1 IF;\\nEND';";
    assert.deepStrictEqual(
      lintSql(escaped, { history: USERS_AND_ORDERS }).map((f) => [f.rule, f.line, f.column, f.message]),
      [['syntax-error', 2, 1, 'syntax error at or near "IF"']],
    );
  });

  it('says nothing of a body PL/pgSQL rejects for its own grammar, which PostgreSQL reports when it runs', () => {
    const sql =
      "SET lock_timeout = '2s';\nDO $$\nBEGIN\n  IF true THEN\n    UPDATE orders SET code = 'x' WHERE id = 1;\nEND $$;";
    assert.deepStrictEqual(lintSql(sql, { history: USERS_AND_ORDERS }), []);
  });

  it('reports a foreign key added in a DO block to a pre-existing table, at its statement', () => {
    const sql = `SET lock_timeout = '2s';\n${drizzleForeignKey('orders', 'orders_user_fk')}`;
    const found = lintSql(sql, { history: USERS_AND_ORDERS }).filter((f) => f.rule === 'constraint-without-not-valid');
    assert.deepStrictEqual(
      found.map((f) => [f.line, f.column, f.endLine, f.endColumn]),
      [[3, 2, 3, 2 + sql.split('\n')[2].trim().length - 1]],
    );
  });

  it('stays quiet about a foreign key added in a DO block to a table created in the same migration', () => {
    const sql = `SET lock_timeout = '2s';\nCREATE TABLE invoices (id bigint PRIMARY KEY, user_id bigint NOT NULL);\nCREATE INDEX ON invoices (user_id);\n${drizzleForeignKey('invoices', 'invoices_user_fk')}`;
    assert.deepStrictEqual(lintSql(sql, { history: USERS_AND_ORDERS }), []);
  });

  it('reports CONCURRENTLY inside a DO block, which PostgreSQL refuses in a function', () => {
    const sql = 'DO $$\nBEGIN\n  CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_code_idx ON orders (code);\nEND\n$$;';
    const found = lintSql(sql, { history: USERS_AND_ORDERS });
    const refused = found.find((f) => f.rule === 'concurrently-in-transaction');
    assert.ok(refused, JSON.stringify(found));
    assert.strictEqual(refused.line, 3);
    assert.match(refused.message, /cannot be executed from a function/);
    assert.ok(!found.some((f) => f.rule === 'require-concurrent-index'));
  });

  it('lets a DO block guard an index build, and still reports the lock it takes', () => {
    const sql =
      "SET lock_timeout = '2s';\nDO $$\nBEGIN\n  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'orders_code_idx') THEN\n    CREATE INDEX orders_code_idx ON orders (code);\n  END IF;\nEND\n$$;";
    const found = lintSql(sql, { history: USERS_AND_ORDERS });
    assert.deepStrictEqual(
      found.map((f) => [f.rule, f.line, f.column]),
      [['require-concurrent-index', 5, 5]],
    );
  });

  it('replays what a DO block in an earlier migration did', () => {
    // The column is varchar(200) after the history's DO block: widening it further rewrites nothing.
    const history = `${USERS_AND_ORDERS}\nDO $$ BEGIN ALTER TABLE orders ALTER COLUMN code TYPE varchar(200); END $$;`;
    const widen = "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN code TYPE varchar(300);";
    assert.deepStrictEqual(
      lintSql(widen, { history }).filter((f) => f.rule === 'column-type-rewrite'),
      [],
    );
    const narrow = "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN code TYPE varchar(100);";
    assert.deepStrictEqual(
      lintSql(narrow, { history })
        .filter((f) => f.rule === 'column-type-rewrite')
        .map((f) => f.line),
      [2],
    );
  });

  it('walks the schema through a DO block statement by statement', () => {
    // The type change inside the block is judged against the column as the block found it.
    const sql =
      "SET lock_timeout = '2s';\nDO $$ BEGIN\n  ALTER TABLE orders ALTER COLUMN code TYPE varchar(10);\nEND $$;";
    assert.deepStrictEqual(
      lintSql(sql, { history: USERS_AND_ORDERS })
        .filter((f) => f.rule === 'column-type-rewrite')
        .map((f) => [f.line, f.column]),
      [[3, 3]],
    );
  });

  it('is ignored with its DO block, and offers no rewrite inside it', () => {
    const block = drizzleForeignKey('orders', 'orders_user_fk');
    const ignored = `SET lock_timeout = '2s';\n-- sluice-ignore constraint-without-not-valid: checked by hand\n${block}`;
    assert.ok(!lintSql(ignored, { history: USERS_AND_ORDERS }).some((f) => f.rule === 'constraint-without-not-valid'));

    const analysis = analyzeSql(`SET lock_timeout = '2s';\n${block}`, { history: USERS_AND_ORDERS });
    const finding = analysis.findings.find((f) => f.rule === 'constraint-without-not-valid');
    assert.ok(finding?.statement !== undefined);
    assert.strictEqual(analysis.statements[finding.statement].block, 1);
    const fix = quickFixFor(analysis, finding, { tool: 'plain', pgVersion: 15, relint: () => analysis });
    assert.strictEqual(fix, undefined);
  });

  it('runs a DO block as a transaction of its own: SET LOCAL inside it lasts to its end, locks end with it', () => {
    const add = 'ALTER TABLE orders ADD COLUMN note text;';
    const local = `DO $$ BEGIN\n  SET LOCAL lock_timeout = '2s';\n  ${add}\nEND $$;`;
    assert.deepStrictEqual(lintSql(local, { history: USERS_AND_ORDERS }), []);
    // The SET LOCAL of one block does not reach the next statement.
    const after = `${local}\nALTER TABLE users ADD COLUMN nickname text;`;
    assert.deepStrictEqual(
      lintSql(after, { history: USERS_AND_ORDERS }).map((f) => `${f.rule}:${f.line}`),
      ['require-lock-timeout:5'],
    );
    // The block's lock is released when it ends: the UPDATE after it holds no lock of the block's.
    const released = `SET lock_timeout = '2s';\nDO $$ BEGIN ${add} END $$;\nUPDATE orders SET note = '' WHERE id < 1000;`;
    assert.deepStrictEqual(lintSql(released, { history: USERS_AND_ORDERS }), []);
  });

  it('fails a new enum value used in the DO block that added it', () => {
    const history = `${USERS_AND_ORDERS}\nCREATE TYPE order_state AS ENUM ('open');\nALTER TABLE orders ADD COLUMN state order_state;`;
    const sql =
      "SET lock_timeout = '2s';\nDO $$ BEGIN\n  ALTER TYPE order_state ADD VALUE 'closed';\n  UPDATE orders SET state = 'closed' WHERE id = 1;\nEND $$;";
    const found = lintSql(sql, { history }).filter((f) => f.rule === 'enum-value-change');
    assert.deepStrictEqual(
      found.map((f) => [f.line, f.severity]),
      [[4, 'error']],
    );
    // Used by the next statement, after the block committed, it works.
    const later =
      "SET lock_timeout = '2s';\nDO $$ BEGIN ALTER TYPE order_state ADD VALUE 'closed'; END $$;\nSELECT 'closed'::order_state;";
    assert.deepStrictEqual(lintSql(later, { history }), []);
  });

  it('reads sluice-ignore comments inside the body, for the statement that follows them', () => {
    const sql = [
      "SET lock_timeout = '2s';",
      'DO $$ BEGIN',
      '  -- sluice-ignore require-concurrent-index: orders is a lookup table of ten rows',
      '  CREATE INDEX orders_code_idx ON orders (code);',
      '  CREATE INDEX orders_user_id_idx ON orders (user_id);',
      'END $$;',
    ].join('\n');
    assert.deepStrictEqual(
      lintSql(sql, { history: USERS_AND_ORDERS }).map((f) => `${f.rule}:${f.line}`),
      ['require-concurrent-index:5'],
    );
  });

  it('places the statements of a single-quoted body, whose quotes are doubled, where they are', () => {
    const sql =
      "SET lock_timeout = '2s';\nDO 'BEGIN\n  RAISE NOTICE ''building %'', ''orders_code_idx'';\n  CREATE INDEX orders_code_idx ON orders (code);\nEND';";
    assert.deepStrictEqual(
      lintSql(sql, { history: USERS_AND_ORDERS }).map((f) => [f.rule, f.line, f.column]),
      [['require-concurrent-index', 4, 3]],
    );
  });

  it('tells a separate down script what the up script’s DO blocks created', () => {
    const up =
      'DO $$ BEGIN\n  CREATE TABLE IF NOT EXISTS order_notes (id bigint PRIMARY KEY, body text);\n  CREATE INDEX order_notes_body_idx ON order_notes (body);\nEXCEPTION WHEN duplicate_table THEN null;\nEND $$;';
    const created = createdRelations(up);
    assert.ok(created.has('public.order_notes'), [...created].join());
    assert.ok(created.has('public.order_notes_body_idx'), [...created].join());
    // An index on a table the up script did not create: dropping it still locks that table.
    assert.deepStrictEqual([...createdRelations('CREATE INDEX CONCURRENTLY orders_code_idx ON orders (code);')], []);
  });

  it('does not look into a function body, which runs only when called', () => {
    const sql =
      "SET lock_timeout = '2s';\nCREATE FUNCTION f() RETURNS void LANGUAGE plpgsql AS $$ BEGIN CREATE INDEX x ON orders (code); END $$;";
    assert.deepStrictEqual(
      lintSql(sql, { history: USERS_AND_ORDERS }).map((f) => f.rule),
      [],
    );
  });
});
