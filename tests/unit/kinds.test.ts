import { describe, expect, it } from 'vitest';
import { defaultKinds, findKind, isQuoteKind, kindLabel, normalizeKinds } from '../../src/model/index.ts';

const kinds = [...defaultKinds, ...normalizeKinds([{ id: 'soundbite', label: 'Soundbite', fields: ['attribution', 'quoteStyle'] }])];

describe('kind lookup', () => {
  it('finds a kind by id, or null', () => {
    expect(findKind(kinds, 'fact')?.label).toBe('Fact');
    expect(findKind(kinds, 'rumour')).toBeNull();
  });

  it('names a kind by its label, or by its id when the vocabulary lacks it', () => {
    expect(kindLabel(kinds, 'soundbite')).toBe('Soundbite');
    expect(kindLabel(kinds, 'rumour')).toBe('rumour');
  });

  it('decides in one place which kinds record quotes', () => {
    expect(isQuoteKind(kinds, 'quote')).toBe(true);
    expect(isQuoteKind(kinds, 'soundbite')).toBe(true);
    expect(isQuoteKind(kinds, 'claim')).toBe(false);
    expect(isQuoteKind(kinds, 'rumour')).toBe(false);
  });
});
