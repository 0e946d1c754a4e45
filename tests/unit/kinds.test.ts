import { describe, expect, it } from 'vitest';
import { KindError, defaultKinds, findKind, isColour, isQuoteKind, isShortcut, kindLabel, normalizeKinds } from '../../src/model/index.ts';

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

describe('a kind definition is checked whole', () => {
  it.each([
    '#d97706',
    '#FFF',
    '#11223344',
    'red',
    'RebeccaPurple',
    'transparent',
    'rgb(1, 2, 3)',
    'rgba(1, 2, 3, 0.5)',
    'rgb(1 2 3 / 50%)',
    'hsl(210deg 40% 50%)',
    'hsla(210, 40%, 50%, .4)',
    'oklch(0.7 0.1 200)',
    'color-mix(in srgb, rgb(1 2 3) 50%, white)',
    'color-mix(in oklch longer hue, 30% #fff, red)',
  ])('takes the colour %s', (colour) => {
    expect(isColour(colour)).toBe(true);
    expect(normalizeKinds([{ id: 'a', colour }])[0].colour).toBe(colour);
  });

  it.each([
    'red /*',
    "red '",
    'red "x"',
    'red;',
    'red}',
    '{red}',
    'red blue',
    '#12',
    '#ggg',
    'rgb(1 2)',
    'rgb(1, 2 3)',
    'rgb(1 2 3 / 4 / 5)',
    'rgb(1 2 3',
    'url(x)',
    'var(--brand)',
    'expression(alert(1))',
    'inherit',
    'color-mix(in srgb, red, blue, green)',
    'color-mix(red, blue)',
    '',
  ])('refuses the colour %j, naming the kind and the field', (colour) => {
    expect(isColour(colour)).toBe(false);
    const error = caught(() => normalizeKinds([{ id: 'claim' }, { id: 'statistic', colour }]));
    expect(error).toBeInstanceOf(KindError);
    expect(error).toBeInstanceOf(TypeError);
    expect(error).toMatchObject({ kind: 'statistic', field: 'colour' });
    expect(error.message).toContain(`Kind "statistic" has an invalid colour ${JSON.stringify(colour)}`);
  });

  it.each(['Alt-Shift-s', 'Mod-Enter', 'Ctrl-Alt-ArrowDown', 'Shift-F5', 'a-s-x', 'Alt--', 'Cmd-.'])('takes the shortcut %s', (shortcut) => {
    expect(isShortcut(shortcut)).toBe(true);
    expect(normalizeKinds([{ id: 'a', shortcut }])[0].shortcut).toBe(shortcut);
  });

  it.each(['Hyper-x', 'Alt-Shift-', 'Alt-Shift-xy', 'Alt-Shift-F25', 'Control+Shift+s', 'Alt- ', ''])('refuses the shortcut %j, naming the kind and the field', (shortcut) => {
    expect(isShortcut(shortcut)).toBe(false);
    const error = caught(() => normalizeKinds([{ id: 'statistic', shortcut }]));
    expect(error).toMatchObject({ name: 'KindError', kind: 'statistic', field: 'shortcut' });
    expect(error.message).toContain(`Kind "statistic" has an invalid shortcut ${JSON.stringify(shortcut)}`);
  });

  it.each([
    [{ id: 'a', label: 3 }, 'label'],
    [{ id: 'a', description: {} }, 'description'],
    [{ id: 'a', inclusiveEnd: 'yes' }, 'inclusiveEnd'],
    [{ id: 'a', fields: 'note' }, 'fields'],
    [{ id: 'A' }, 'id'],
  ])('refuses a definition whose other fields are of the wrong type %#', (kind, field) => {
    expect(caught(() => normalizeKinds([kind as never]))).toMatchObject({ name: 'KindError', field });
  });
});

function caught(run: () => unknown): Error & { kind?: string; field?: string } {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}
