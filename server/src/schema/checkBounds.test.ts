import * as assert from 'assert';
import { loadParser, parseStatement } from '../syntax/parse';
import { checkBounds, compareConstants, detachedBoundCheck, partitionBoundOf, sameConstant } from './checkBounds';

function boundsOf(check: string) {
  const parsed = parseStatement(`ALTER TABLE t ADD CHECK (${check})`);
  if (!parsed.ok) throw new Error(parsed.message);
  return checkBounds(parsed.ast.cmds[0].AlterTableCmd.def.Constraint.raw_expr);
}

describe('check bounds (what a CHECK allows, for attaching a partition)', () => {
  before(() => loadParser());

  it('orders dates and timestamps written differently as times, numbers as numbers', () => {
    assert.strictEqual(compareConstants({ text: '2027-01-01' }, { text: '2027-01-01 00:00:00' }), 0);
    assert.strictEqual(compareConstants({ text: '2027-01-01T10:00' }, { text: '2027-01-01 09:59:59.5' }), 1);
    assert.strictEqual(compareConstants({ number: 10 }, { text: '9' }), 1);
    assert.strictEqual(compareConstants({ text: 'b' }, { text: 'a' }), undefined, 'text order depends on collation');
    assert.strictEqual(compareConstants({ text: '2027-01-01 00:00+02' }, { text: '2027-01-01' }), undefined);
    assert.strictEqual(sameConstant({ text: 'eu' }, { text: 'us' }), false);
  });

  it('reads ranges and sets from AND-ed conditions, and nothing from what it cannot order', () => {
    assert.deepStrictEqual(boundsOf("at IS NOT NULL AND at >= '2027-01-01'::date AND at < '2028-01-01'"), {
      at: {
        lower: { value: { text: '2027-01-01', type: 'date' }, inclusive: true },
        upper: { value: { text: '2028-01-01' }, inclusive: false },
      },
    });
    assert.deepStrictEqual(boundsOf("region IN ('eu', 'uk') AND 5 > n"), {
      region: { values: [{ text: 'eu' }, { text: 'uk' }] },
      n: { upper: { value: { number: 5, type: 'int4' }, inclusive: false } },
    });
    assert.strictEqual(boundsOf("at >= '2027-01-01' OR at IS NULL"), undefined, 'an OR says nothing');
    assert.strictEqual(boundsOf('n > 1 AND n > 2'), undefined, 'two lower limits: not ordered, so nothing');
    assert.strictEqual(boundsOf("date_part('year', at) = 2026"), undefined, 'a function of the column');
  });

  it('reads = ANY (ARRAY[...]) as IN, and the type of each constant', () => {
    assert.deepStrictEqual(boundsOf("region = ANY (ARRAY['eu'::text, 'uk'])"), {
      region: { values: [{ text: 'eu', type: 'text' }, { text: 'uk' }] },
    });
    assert.deepStrictEqual(boundsOf('n >= 1.5 AND n < 3000000000'), {
      n: {
        lower: { value: { number: 1.5, type: 'numeric' }, inclusive: true },
        upper: { value: { number: 3000000000, type: 'int8' }, inclusive: false },
      },
    });
  });

  it('reads a partition bound, and the CHECK that DETACH ... CONCURRENTLY copies it to', () => {
    const boundOf = (sql: string) => {
      const parsed = parseStatement(`ALTER TABLE p ATTACH PARTITION c ${sql}`);
      if (!parsed.ok) throw new Error(parsed.message);
      return partitionBoundOf(parsed.ast.cmds[0].AlterTableCmd.def.PartitionCmd.bound);
    };
    const range = boundOf("FOR VALUES FROM ('2022-01-01') TO (MAXVALUE)");
    assert.deepStrictEqual(range, { strategy: 'range', from: [{ text: '2022-01-01' }], to: ['maxvalue'] });
    assert.deepStrictEqual(detachedBoundCheck(['at'], range!), {
      columns: ['at'],
      provesNotNull: ['at'],
      bounds: { at: { lower: { value: { text: '2022-01-01' }, inclusive: true } } },
    });
    const withNull = boundOf("FOR VALUES IN ('eu', NULL)");
    assert.deepStrictEqual(withNull, { strategy: 'list', values: [{ text: 'eu' }, null] });
    assert.deepStrictEqual(detachedBoundCheck(['region'], withNull!), { columns: ['region'], provesNotNull: [] });
    assert.strictEqual(detachedBoundCheck(['id'], boundOf('FOR VALUES WITH (MODULUS 2, REMAINDER 0)')!), undefined);
    assert.strictEqual(boundOf('DEFAULT'), undefined);
    assert.strictEqual(boundOf('FOR VALUES FROM (now()) TO (MAXVALUE)'), undefined);
  });
});
