import * as assert from 'assert';
import { decodeUtf8 } from './utf8';

describe('decodeUtf8', () => {
  it('decodes valid UTF-8 (a leading byte-order mark dropped) and finds nothing wrong', () => {
    const bytes = Buffer.from("\ufeffCOMMENT ON TABLE t IS 'café 😀';", 'utf8');
    assert.deepStrictEqual(decodeUtf8(bytes), { text: "COMMENT ON TABLE t IS 'café 😀';" });
  });

  it('finds the first byte that is not UTF-8, at its offset in the decoded text', () => {
    const bytes = Buffer.concat([
      Buffer.from("SELECT '😀 caf", 'utf8'),
      Buffer.from([0xe9]),
      Buffer.from("';", 'utf8'),
    ]);
    const decoded = decodeUtf8(bytes);
    assert.deepStrictEqual(decoded.invalid, { byte: 0xe9, offset: "SELECT '😀 caf".length });
    assert.strictEqual(decoded.text.charAt(decoded.invalid?.offset ?? -1), '\ufffd');
  });

  it('rejects overlong forms, surrogates and truncated sequences', () => {
    for (const bad of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xe2, 0x82],
    ]) {
      const decoded = decodeUtf8(Buffer.from([0x41, ...bad]));
      assert.deepStrictEqual(decoded.invalid, { byte: bad[0], offset: 1 }, JSON.stringify(bad));
    }
  });
});
