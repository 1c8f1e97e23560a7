// strconv.Quote over bytes and UTF-8 decoding, as Go 1.19 does them.
import { describe, expect, it } from 'vitest';
import { decodeRune, quoteBytes, quoteRuneLiteral, utf8Encode } from '../../src/compiler/types/quote.js';

describe('quote', () => {
  it.each([
    ['abc', '"abc"'],
    ['\x00\x07\x1b\x7f', '"\\x00\\a\\x1b\\x7f"'],
    [utf8Encode('é☺\u00a0\u200b'), '"é☺\\u00a0\\u200b"'],
    [utf8Encode('\u{1F600}\u{E0001}'), '"😀\\U000e0001"'],
    ['\xed\xa0\x80', '"\\xed\\xa0\\x80"'], // an encoded surrogate is invalid UTF-8
    ['\xc0\xaf', '"\\xc0\\xaf"'], // overlong
    [utf8Encode('\ufffd'), '"�"'],
  ])('%j', (bytes, want) => expect(quoteBytes(bytes)).toBe(want));
  it('quotes runes', () => {
    expect(quoteRuneLiteral(39)).toBe("'\\''");
    expect(quoteRuneLiteral(0x22)).toBe("'\"'");
    expect(quoteRuneLiteral(0xd800)).toBe("'�'");
  });
  it('decodes like utf8.DecodeRune', () => {
    expect(decodeRune('\xf4\x90\x80\x80', 0)).toEqual([0xfffd, 1]);
    expect(decodeRune('\xf0\x9f\x98\x80', 0)).toEqual([0x1f600, 4]);
    expect(decodeRune('\xe2\x82', 0)).toEqual([0xfffd, 1]);
  });
});
