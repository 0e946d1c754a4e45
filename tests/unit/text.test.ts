import { describe, expect, it } from 'vitest';
import { CodePointIndex, codePointLength } from '../../src/model/index.ts';

describe('code point offsets', () => {
  it('counts an astral character as one code point', () => {
    expect(codePointLength('a😀b')).toBe(3);
    expect(codePointLength('naïve')).toBe(5);
  });

  it.each([
    ['plain', 'hello world', 6, 6],
    ['after an emoji', '😀 hello', 4, 3],
    ['after two emoji', '😀😀 x', 5, 3],
    ['before an emoji', 'ab😀', 2, 2],
  ])('converts UTF-16 to code points %s', (_name, text, utf16, codePoint) => {
    const index = new CodePointIndex(text);
    expect(index.toCodePoint(utf16)).toBe(codePoint);
    expect(index.toUtf16(codePoint)).toBe(utf16);
  });

  it('slices by code points', () => {
    const index = new CodePointIndex('🇳🇴 says 𝔸 is fine');
    expect(index.length).toBe(17);
    expect(index.slice(3, 7)).toBe('says');
    expect(index.slice(8, 9)).toBe('𝔸');
  });

  it('treats a lone surrogate as one code point', () => {
    const index = new CodePointIndex('a\ud800b');
    expect(index.length).toBe(3);
    expect(index.slice(2, 3)).toBe('b');
  });
});
