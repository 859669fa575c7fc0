// Names are written as PostgreSQL's own quote_ident writes them: checked against the function itself on both
// engines (PGlite, which is PostgreSQL 18 like the parser's grammar, and the PostgreSQL server the suite starts),
// for every keyword the server knows and for names that need quotes for their characters alone.
import * as assert from 'assert';
import { ENGINES } from '../../../test/support/engines';
import { loadParser, parseStatement } from './parse';
import { quoteIdent, quoteKey, quoteQualified, quoteTypeName } from './quoteIdent';

/** Names that are no keyword anywhere, each needing quotes (or not) for its characters alone. */
const NAMES = [
  'orders',
  'Orders',
  'ORDERS',
  '_tmp',
  'order_items2',
  '2fa_codes',
  'a$b',
  'café',
  'two words',
  'say "hi"',
  'a.b',
  '',
  'x-y',
  'ß',
];

describe('quoteIdent', () => {
  before(() => loadParser());

  for (const engine of ENGINES) {
    it(`writes every keyword and odd name as quote_ident does on ${engine.name}`, async function () {
      this.timeout(60_000);
      const db = await engine.open();
      try {
        const { rows } = await db.query('SELECT word, catcode::text AS category FROM pg_get_keywords()');
        assert.ok(rows.length > 400, `${engine.name} lists its keywords`);
        const words = [...rows.map((r) => String(r.word)), ...NAMES];
        const expected = await db.query('SELECT w, quote_ident(w) AS quoted FROM unnest($1::text[]) AS w', [words]);
        const wrong = expected.rows
          .filter((r) => quoteIdent(String(r.w)) !== r.quoted)
          .map((r) => `${r.w}: ${quoteIdent(String(r.w))} instead of ${r.quoted}`);
        assert.deepStrictEqual(wrong, []);
        // A type name is quoted only for a reserved or type/function-name keyword (R, T), as no type can be those.
        const typeWrong = rows
          .filter((r) => (quoteTypeName(String(r.word)) !== r.word) !== (r.category === 'R' || r.category === 'T'))
          .map((r) => `${r.word} (${r.category}): ${quoteTypeName(String(r.word))}`);
        assert.deepStrictEqual(typeWrong, []);
      } finally {
        await db.close();
      }
    });
  }

  it('writes names that PostgreSQL reads back as the same name', () => {
    for (const name of ['orders', 'Orders', 'user', 'name', 'select', 'between', 'left', 'a"b', 'café', 'a.b']) {
      const parsed = parseStatement(`SELECT ${quoteIdent(name)} FROM ${quoteQualified('Sales', name)}`);
      assert.ok(parsed.ok, name);
      assert.strictEqual(parsed.ast.targetList[0].ResTarget.val.ColumnRef.fields[0].String.sval, name);
      assert.strictEqual(parsed.ast.fromClause[0].RangeVar.schemaname, 'Sales');
      assert.strictEqual(parsed.ast.fromClause[0].RangeVar.relname, name);
    }
  });

  it('quotes each part of a qualified name and of a schema model key', () => {
    assert.strictEqual(quoteQualified('Sales', 'Orders'), '"Sales"."Orders"');
    assert.strictEqual(quoteQualified(undefined, 'user'), '"user"');
    assert.strictEqual(quoteQualified('public', 'orders'), 'public.orders');
    assert.strictEqual(quoteKey('Sales.Orders'), '"Sales"."Orders"');
    assert.strictEqual(quoteKey('public.user'), 'public."user"');
    assert.strictEqual(quoteKey('public.user', true), '"user"');
    assert.strictEqual(quoteKey('billing.orders', true), 'billing.orders');
  });

  it('leaves the SQL type names that are keywords bare, and quotes what no type is called bare', () => {
    for (const type of ['timestamp', 'numeric', 'varchar', 'interval', 'int4', 'text'])
      assert.strictEqual(quoteTypeName(type), type);
    assert.strictEqual(quoteTypeName('Money'), '"Money"');
    assert.strictEqual(quoteTypeName('user'), '"user"');
    assert.strictEqual(quoteTypeName('left'), '"left"');
  });
});
