/**
 * The key table as the docs give it (docs/architecture.md's and the README's
 * Keys tables, checked by tests/unit/keys.test.ts). Nothing on the page shows
 * these words, so they are on-demand words, outside start-up.
 */
import { type ClaimStrings, englishStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';
import type { KeyAction, KeyBinding } from './keys.ts';
import { shortcutLabel } from './shortcuts.ts';

/**
 * The table as Markdown, one line per action, keys named as on Windows and
 * Linux (the docs say that Ctrl is Cmd on macOS).
 */
export function keysMarkdown(table: readonly KeyBinding[], given: ClaimStrings = englishStrings): string {
  const strings = onDemandWords(given);
  const actions = new Map<KeyAction, KeyBinding[]>();
  for (const row of table) actions.set(row.action, [...(actions.get(row.action) ?? []), row]);
  const lines = ['| keys | action |', '| --- | --- |'];
  for (const rows of actions.values()) {
    lines.push(`| ${rows.map((row) => shortcutLabel(row.key, false, false)).join(' or ')} | ${rows[0].label(strings)} |`);
  }
  return lines.join('\n');
}
