/**
 * The editor's one key table: each row a key in ProseMirror's notation, the
 * command it runs and what it does in the element's words. It feeds the
 * keymap (`keymapOf`), the `aria-keyshortcuts` and tooltips of the toolbar's
 * and the header's buttons (`keyHint`), and the Keys tables of
 * docs/architecture.md and the README (`keysMarkdown` in keys-markdown.ts, checked by
 * tests/unit/keys.test.ts). A kind's shortcut enters it from the vocabulary.
 */
import { toggleMark } from 'prosemirror-commands';
import { redo, undo } from 'prosemirror-history';
import { keydownHandler } from 'prosemirror-keymap';
import type { Command } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import {
  articleSchema,
  deselectAnnotation,
  selectNextAnnotation,
  selectPreviousAnnotation,
  tagSelection,
} from '../../../editor/index.ts';
import type { KindDefinition } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import type { OnDemandStrings } from '../../shared/strings/on-demand-strings.ts';
import { shortcutLabel } from './shortcuts.ts';

/** What a key does, shared by the rows of one action (redo has two keys) and named by the button that offers it. */
export type KeyAction = `tag:${string}` | 'next-annotation' | 'previous-annotation' | 'deselect' | 'undo' | 'redo' | 'bold' | 'italic';

/** One key of the table. */
export interface KeyBinding {
  /** ProseMirror's key notation: "Alt-Shift-c", "Mod-z" (Mod is Cmd on macOS, Ctrl elsewhere). */
  readonly key: string;
  readonly command: Command;
  /** What the key does, in the element's words (those of the docs' Keys tables, keys-markdown.ts: the on-demand words). */
  readonly label: (strings: ClaimStrings & OnDemandStrings) => string;
  readonly action: KeyAction;
}

/** The action of tagging the selection as kind `kindId`. */
export function tagAction(kindId: string): KeyAction {
  return `tag:${kindId}`;
}

const tables = new WeakMap<readonly KindDefinition[], readonly KeyBinding[]>();

/**
 * The key table for a kind vocabulary: its kinds' shortcuts first, then
 * moving, letting go, undo and emphasis. Made once per vocabulary array.
 */
export function keyTable(kinds: readonly KindDefinition[]): readonly KeyBinding[] {
  let table = tables.get(kinds);
  if (!table) tables.set(kinds, (table = buildTable(kinds)));
  return table;
}

function buildTable(kinds: readonly KindDefinition[]): KeyBinding[] {
  const table: KeyBinding[] = [];
  for (const kind of kinds) {
    if (!kind.shortcut) continue;
    table.push({ key: kind.shortcut, command: tagSelection(kind), label: (strings) => strings.keyTag(kind.label), action: tagAction(kind.id) });
  }
  table.push(
    { key: 'Alt-Shift-ArrowDown', command: selectNextAnnotation, label: (strings) => strings.keyNextAnnotation, action: 'next-annotation' },
    { key: 'Alt-Shift-ArrowUp', command: selectPreviousAnnotation, label: (strings) => strings.keyPreviousAnnotation, action: 'previous-annotation' },
    { key: 'Escape', command: deselectAnnotation, label: (strings) => strings.keyDeselect, action: 'deselect' },
    { key: 'Mod-z', command: undo, label: (strings) => strings.undo, action: 'undo' },
    { key: 'Shift-Mod-z', command: redo, label: (strings) => strings.redo, action: 'redo' },
    { key: 'Mod-y', command: redo, label: (strings) => strings.redo, action: 'redo' },
    { key: 'Mod-b', command: toggleMark(articleSchema.marks.strong), label: (strings) => strings.keyBold, action: 'bold' },
    { key: 'Mod-i', command: toggleMark(articleSchema.marks.em), label: (strings) => strings.keyItalic, action: 'italic' },
  );
  return table;
}

/** The bindings for `keymap()`; where two rows name one key (a site's kind on a built-in key), the first wins. */
export function keymapOf(table: readonly KeyBinding[]): Record<string, Command> {
  const bindings: Record<string, Command> = {};
  for (const { key, command } of table) bindings[key] ??= command;
  return bindings;
}

const historyHandlers = new WeakMap<readonly KeyBinding[], (view: EditorView, event: KeyboardEvent) => boolean>();

/**
 * The table's Undo and Redo keys as a keydown handler, for focus outside the
 * article (the panel after Delete): true when a key ran its command.
 */
export function historyKeydown(table: readonly KeyBinding[]): (view: EditorView, event: KeyboardEvent) => boolean {
  let handler = historyHandlers.get(table);
  if (!handler) historyHandlers.set(table, (handler = keydownHandler(keymapOf(table.filter((row) => row.action === 'undo' || row.action === 'redo')))));
  return handler;
}

/**
 * How a button shows its action's keys: `label`, the first key as the reader
 * reads it (for the tooltip and `<kbd>`), and `aria`, every key in
 * `aria-keyshortcuts` form, space-separated. Null when no key does it.
 */
export function keyHint(table: readonly KeyBinding[], action: KeyAction): { label: string; aria: string } | null {
  const rows = table.filter((row) => row.action === action);
  if (rows.length === 0) return null;
  return { label: shortcutLabel(rows[0].key), aria: rows.map((row) => shortcutLabel(row.key, true)).join(' ') };
}

/** `text` with the action's first key in brackets ("Undo (Ctrl+Z)"), or `text` alone when no key does it. */
export function withKeyHint(table: readonly KeyBinding[], action: KeyAction, text: string): string {
  const hint = keyHint(table, action);
  return hint ? `${text} (${hint.label})` : text;
}
