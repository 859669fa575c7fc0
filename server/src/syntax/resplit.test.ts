import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { prng } from '../../../test/support/prng';
import { splitEdited } from './resplit';
import { splitStatements } from './split';

const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'test', 'corpus', 'statements');

/** What can change how everything after it splits, and ordinary text. */
const PIECES = [
  ...[
    ';',
    "'",
    '"',
    '$$',
    '$f$',
    '/*',
    '*/',
    '--',
    '\n',
    'E',
    "E'\\'",
    "E'a'\n 'b\\'",
    ' BEGIN ATOMIC ',
    ' END',
    '(',
    ')',
  ],
  ...['COPY t FROM stdin;\n', '\\.\n', '\\echo x\n', '\\'],
];
const WORDS = ['SELECT 1', 'ALTER TABLE t ADD COLUMN c int', 'x', ' ', '\r\n', 'é', '😀'];

describe('splitEdited', () => {
  const base = fs
    .readdirSync(CORPUS)
    .sort()
    .slice(0, 4)
    .map((f) => fs.readFileSync(path.join(CORPUS, f), 'utf8'))
    .join('\n');

  it('gives exactly what splitting the edited text from scratch gives, over a thousand random edits', function () {
    this.timeout(20_000); // the reference split of every edited text is the slow part
    const random = prng(20261122);
    let previous = { source: base, result: splitStatements(base) };
    for (let n = 0; n < 1000; n++) {
      const text = previous.source;
      const at = Math.floor(random() * (text.length + 1));
      const removed = random() < 0.4 ? Math.floor(random() * 12) : 0;
      const pool = random() < 0.5 ? PIECES : WORDS;
      const inserted = random() < 0.8 ? pool[Math.floor(random() * pool.length)] : '';
      const source = text.slice(0, at) + inserted + text.slice(at + removed);
      const result = splitEdited(previous, source);
      assert.deepStrictEqual(
        result,
        splitStatements(source),
        `edit ${n}: at ${at}, -${removed}, +${JSON.stringify(inserted)}`,
      );
      // Now and then start again from a clean text, so unterminated quotes do not swallow every later edit.
      previous = { source: n % 200 === 199 ? base : source, result: n % 200 === 199 ? splitStatements(base) : result };
    }
  });

  it('keeps the statements before the edit and after it, shifted, when one statement changes', () => {
    const before = 'SELECT 1;\nALTER TABLE t ADD COLUMN a int;\nSELECT 3;\n';
    const after = before.replace('ADD COLUMN a', 'ADD COLUMN abc');
    const result = splitEdited({ source: before, result: splitStatements(before) }, after);
    assert.deepStrictEqual(
      result.statements.map((s) => [s.text, s.start]),
      [
        ['SELECT 1', 0],
        ['ALTER TABLE t ADD COLUMN abc int', 10],
        ['SELECT 3', 44],
      ],
    );
  });

  it('splits the rest of the file again when an edit opens a dollar quote', () => {
    const before = 'SELECT 1;\nSELECT 2;\nSELECT 3;\n';
    const after = 'SELECT $$1;\nSELECT 2;\nSELECT 3;\n';
    const result = splitEdited({ source: before, result: splitStatements(before) }, after);
    assert.strictEqual(result.statements.length, 1);
    assert.match(result.problems[0].message, /unterminated dollar-quoted string/);
  });
});
