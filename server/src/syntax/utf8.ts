// Migration files are read as UTF-8. PostgreSQL rejects a statement holding bytes that are not valid UTF-8
// ("invalid byte sequence for encoding "UTF8""), while a decoder quietly turns them into U+FFFD: the first such
// byte is found here, so the CLI can say where it is. A leading byte-order mark is dropped (syntax/bom.ts).
import { withoutByteOrderMark } from './bom';

export interface DecodedText {
  text: string;
  /** The first byte that is not valid UTF-8: its value, and the UTF-16 offset in `text` of what replaced it. */
  invalid?: { byte: number; offset: number };
}

const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: withoutByteOrderMark(strict.decode(bytes)) };
  } catch {
    const bad = firstInvalidByte(bytes);
    if (bad >= bytes.length) return { text: withoutByteOrderMark(Buffer.from(bytes).toString('utf8')) };
    const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const text = withoutByteOrderMark(raw.toString('utf8'));
    const before = raw.subarray(0, bad).toString('utf8');
    const offset = before.length - (before.charCodeAt(0) === 0xfeff ? 1 : 0);
    return { text, invalid: { byte: bytes[bad], offset } };
  }
}

/** The index of the first byte that does not start (or continue) a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // Lead byte: the sequence's length and the range its second byte must fall in (no overlongs, no surrogates,
    // nothing above U+10FFFF).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    } else return i;
    if (i + length > bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k < length; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}
