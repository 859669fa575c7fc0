import * as assert from 'assert';
import { codePointToUtf16Offset, LineIndex, utf8ToUtf16Offset } from './positions';

describe('positions', () => {
  it('maps offsets to lines for \\n, \\r\\n and \\r endings', () => {
    const index = new LineIndex('a\r\nbc\nd\re');
    assert.deepStrictEqual(index.positionAt(0), { line: 0, character: 0 });
    assert.deepStrictEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(4), { line: 1, character: 1 });
    assert.deepStrictEqual(index.positionAt(8), { line: 3, character: 0 });
    assert.strictEqual(index.lineCount, 4);
    assert.strictEqual(index.offsetAt({ line: 2, character: 1 }), 7);
  });

  it('maps a file whose lines all end in \\n the same way (its faster path), a final newline included', () => {
    const index = new LineIndex('ab\n\ncd\n');
    assert.strictEqual(index.lineCount, 4);
    assert.deepStrictEqual(index.positionAt(3), { line: 1, character: 0 });
    assert.deepStrictEqual(index.positionAt(5), { line: 2, character: 1 });
    assert.deepStrictEqual(index.positionAt(7), { line: 3, character: 0 });
    assert.ok(index.isAt({ line: 2, character: 1 }, 5));
    assert.ok(!index.isAt({ line: 2, character: 0 }, 5));
  });

  it('clamps out-of-range offsets', () => {
    const index = new LineIndex('ab');
    assert.deepStrictEqual(index.positionAt(99), { line: 0, character: 2 });
    assert.deepStrictEqual(index.positionAt(-5), { line: 0, character: 0 });
  });

  it('converts UTF-8 byte offsets and code-point offsets to UTF-16', () => {
    const text = 'é😀x';
    // é = 2 bytes, 😀 = 4 bytes and 2 UTF-16 units
    assert.strictEqual(utf8ToUtf16Offset(text, 2), 1);
    assert.strictEqual(utf8ToUtf16Offset(text, 6), 3);
    assert.strictEqual(codePointToUtf16Offset(text, 2), 3);
    assert.strictEqual(codePointToUtf16Offset('abc', 2), 2);
  });
});
