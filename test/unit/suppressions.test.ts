// Which statement a `-- sluice-ignore` covers.
import * as assert from 'assert';
import { loadParser } from '../../server/src/syntax/parse';
import { lintSql } from './ruleTester';

const HISTORY = 'CREATE TABLE orders (id bigint PRIMARY KEY, note text, email text);';

function dropsReported(sql: string): number[] {
  return lintSql(sql, { history: HISTORY })
    .filter((f) => f.rule === 'drop-column')
    .map((f) => f.line);
}

describe('sluice-ignore', () => {
  before(loadParser);

  it('on the lines before a statement covers that statement', () => {
    const sql =
      "SET lock_timeout = '2s';\n-- sluice-ignore drop-column: nothing reads note\nALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders DROP COLUMN email;";
    assert.deepStrictEqual(dropsReported(sql), [4]);
  });

  it('at the end of a statement’s line covers that statement, not the next one', () => {
    const sql =
      "SET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN note; -- sluice-ignore drop-column: nothing reads note\nALTER TABLE orders DROP COLUMN email;";
    assert.deepStrictEqual(dropsReported(sql), [3]);
  });

  it('at the end of the last line of a statement written over several lines covers it', () => {
    const sql =
      "SET lock_timeout = '2s';\nALTER TABLE orders\n  DROP COLUMN note; -- sluice-ignore drop-column: nothing reads note\nALTER TABLE orders DROP COLUMN email;";
    assert.deepStrictEqual(dropsReported(sql), [4]);
  });

  it('naming an unknown rule (a reason missing its colon) suppresses nothing, as invalid-directive says', () => {
    const line =
      "SET lock_timeout = '2s';\n-- sluice-ignore drop-column nothing reads note\nALTER TABLE orders DROP COLUMN note;";
    assert.deepStrictEqual(dropsReported(line), [3]);
    const file =
      "-- sluice-ignore-file drop-column legacy cleanup\nSET lock_timeout = '2s';\nALTER TABLE orders DROP COLUMN note;";
    assert.deepStrictEqual(dropsReported(file), [3]);
    // Written as meant, both suppress.
    assert.deepStrictEqual(dropsReported(line.replace('drop-column nothing', 'drop-column: nothing')), []);
    assert.deepStrictEqual(dropsReported(file.replace('drop-column legacy', 'drop-column: legacy')), []);
  });
});
