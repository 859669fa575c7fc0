import * as assert from 'assert';
import { loadParser, parseStatement } from '../../syntax/parse';
import { quoteIdent } from '../../syntax/quoteIdent';
import {
  derivedIdentifier,
  MAX_IDENTIFIER_BYTES,
  parseColumnName,
  parseTableName,
  qualifiedSql,
  stepName,
  tableKey,
} from './names';
import { ScaffoldError } from './plan';

describe('scaffold names', () => {
  before(() => loadParser());

  it('reads table names as PostgreSQL does: bare names fold to lower case, quoted ones are kept', () => {
    assert.deepStrictEqual(parseTableName('Orders'), { name: 'orders' });
    assert.deepStrictEqual(parseTableName('billing.orders'), { schema: 'billing', name: 'orders' });
    assert.deepStrictEqual(parseTableName('"Billing"."Order ""x"""'), { schema: 'Billing', name: 'Order "x"' });
    assert.strictEqual(tableKey(parseTableName('orders')), 'public.orders');
    assert.strictEqual(tableKey(parseTableName('billing.orders')), 'billing.orders');
    assert.strictEqual(parseColumnName(' Total '), 'total');
  });

  it('rejects malformed names with a message saying what to write', () => {
    for (const bad of ['', 'a.b.c', '"unterminated', 'orders.', 'or ders', '""', 'x'.repeat(64)])
      assert.throws(
        () => parseTableName(bad),
        (e: unknown) => e instanceof ScaffoldError && /table name/.test(e.message),
        bad,
      );
    assert.throws(() => parseColumnName('orders.total'), /single name/);
  });

  it('quotes only where PostgreSQL would read the name differently, and the SQL parses back to the same name', () => {
    assert.strictEqual(quoteIdent('total_cents'), 'total_cents');
    assert.strictEqual(quoteIdent('Total'), '"Total"');
    assert.strictEqual(quoteIdent('user'), '"user"');
    assert.strictEqual(quoteIdent('a"b'), '"a""b"');
    assert.strictEqual(qualifiedSql({ schema: 'billing', name: 'order' }), 'billing."order"');
    for (const name of ['total', 'Total', 'user', 'select', 'a b', 'a"b', 'café', '1st', 'left', 'name', 'x$1']) {
      const parsed = parseStatement(`SELECT ${quoteIdent(name)} FROM ${qualifiedSql({ schema: 's', name })}`);
      assert.ok(parsed.ok, `${name} parses`);
      const ast = parsed.ast;
      assert.strictEqual(ast.targetList[0].ResTarget.val.ColumnRef.fields[0].String.sval, name);
      assert.strictEqual(ast.fromClause[0].RangeVar.relname, name);
    }
  });

  it('derives identifiers within the 63-byte limit, distinct and stable for long inputs', () => {
    assert.strictEqual(derivedIdentifier('orders', 'total', 'sync'), 'orders_total_sync');
    const long1 = derivedIdentifier('a'.repeat(60), 'first', 'sync');
    const long2 = derivedIdentifier('a'.repeat(60), 'second', 'sync');
    assert.ok(new TextEncoder().encode(long1).length <= MAX_IDENTIFIER_BYTES);
    assert.notStrictEqual(long1, long2);
    assert.strictEqual(long1, derivedIdentifier('a'.repeat(60), 'first', 'sync'));
    assert.ok(new TextEncoder().encode(derivedIdentifier('é'.repeat(40), 'x')).length <= MAX_IDENTIFIER_BYTES);
  });

  it('makes snake_case step names from any words', () => {
    assert.strictEqual(stepName('add', 'billing.Orders', 'Total Cents'), 'add_billing_orders_total_cents');
    assert.strictEqual(stepName('rename', 'totalCents'), 'rename_total_cents');
    assert.strictEqual(stepName('"%%"'), 'change');
  });
});
