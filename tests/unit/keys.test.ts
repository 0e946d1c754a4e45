/**
 * The one key table (src/elements/claim-annotator/tagging/keys.ts): what it
 * binds, how buttons show it, and the Keys tables in docs/architecture.md and
 * the README, which must say what the table says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyHint, keyTable, keymapOf, tagAction, withKeyHint } from '../../src/elements/claim-annotator/tagging/keys.ts';
import { keysMarkdown } from '../../src/elements/claim-annotator/tagging/keys-markdown.ts';
import { claim as french } from '../../src/elements/shared/strings/fr.ts';
import { type KindDefinition, defaultKinds } from '../../src/model/index.ts';

const repo = join(import.meta.dirname, '../..');

/** The text between the keys markers of a Markdown file. */
function keysSection(file: string): string {
  const text = readFileSync(join(repo, file), 'utf8');
  const match = /<!-- keys: [^>]*-->\n([\s\S]*?)\n<!-- \/keys -->/.exec(text);
  if (!match) throw new Error(`${file} has no <!-- keys: … --> … <!-- /keys --> section`);
  return match[1];
}

describe('the key table', () => {
  it('binds each kind’s shortcut, moving, Escape, undo, redo and emphasis', () => {
    const bindings = keymapOf(keyTable(defaultKinds));
    expect(Object.keys(bindings)).toEqual([
      'Alt-Shift-c',
      'Alt-Shift-q',
      'Alt-Shift-f',
      'Alt-Shift-ArrowDown',
      'Alt-Shift-ArrowUp',
      'Escape',
      'Mod-z',
      'Shift-Mod-z',
      'Mod-y',
      'Mod-b',
      'Mod-i',
    ]);
  });

  it('takes a site’s kinds and their shortcuts from the vocabulary; a kind without one has no key', () => {
    const statistic: KindDefinition = { id: 'statistic', label: 'Statistic', colour: '#7c3aed', underline: 'dashed', fields: ['note'], shortcut: 'Alt-Shift-s' };
    const opinion: KindDefinition = { id: 'opinion', label: 'Opinion', colour: '#be185d', underline: 'double', fields: ['note'] };
    const table = keyTable([statistic, opinion]);
    expect(table.filter((row) => row.action.startsWith('tag:')).map((row) => [row.key, row.action])).toEqual([['Alt-Shift-s', 'tag:statistic']]);
    expect(keyHint(table, tagAction('opinion'))).toBe(null);
    expect(withKeyHint(table, tagAction('opinion'), 'Opinion')).toBe('Opinion');
  });

  it('gives buttons every key of their action for aria-keyshortcuts and the first for the tooltip', () => {
    const table = keyTable(defaultKinds);
    expect(keyHint(table, 'redo')).toEqual({ label: 'Shift+Ctrl+Z', aria: 'Shift+Control+Z Control+Y' });
    expect(keyHint(table, tagAction('quote'))).toEqual({ label: 'Alt+Shift+Q', aria: 'Alt+Shift+Q' });
    expect(withKeyHint(table, 'undo', 'Undo')).toBe('Undo (Ctrl+Z)');
  });

  it('is one table per vocabulary, so the keymap and the buttons read the same rows', () => {
    expect(keyTable(defaultKinds)).toBe(keyTable(defaultKinds));
  });

  it('has its words in French too', () => {
    const kinds = defaultKinds.map((kind) => ({ ...kind, label: french.kindLabels?.[kind.id] ?? kind.label }));
    const markdown = keysMarkdown(keyTable(kinds), french);
    expect(markdown).toContain('| Alt+Shift+C | Annoter la sélection : affirmation |');
    expect(markdown).toContain('| Alt+Shift+ArrowDown | Sélectionner l’annotation suivante |');
  });
});

describe('the docs say what the key table says', () => {
  const expected = keysMarkdown(keyTable(defaultKinds));

  for (const file of ['docs/architecture.md', 'README.md']) {
    it(`${file}'s Keys table is the key table`, () => {
      // to fix: paste keysMarkdown(keyTable(defaultKinds)) between the markers
      expect(keysSection(file)).toBe(expected);
    });
  }
});
