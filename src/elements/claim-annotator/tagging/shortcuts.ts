/** Key names as people read them, from ProseMirror's key notation ("Alt-Shift-c", "Mod-z"). */

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * "Alt-Shift-c" as "Alt+Shift+C" (or "⌥⇧C" on a Mac); with `forAria`, the
 * `aria-keyshortcuts` form ("Alt+Shift+C", "Control+Z"). `mac` says which
 * platform's names to use (the reader's, unless the docs ask for the others').
 */
export function shortcutLabel(key: string, forAria = false, mac = isMac): string {
  const parts = key.split(/-(?!$)/);
  const keyName = parts.pop() as string;
  const names = parts.map((modifier) => {
    const name = modifier === 'Mod' ? (mac ? 'Meta' : 'Control') : modifier === 'Ctrl' ? 'Control' : modifier === 'Cmd' ? 'Meta' : modifier;
    if (forAria) return name;
    if (mac) return ({ Meta: '⌘', Control: '⌃', Alt: '⌥', Shift: '⇧' } as Record<string, string>)[name] ?? name;
    return name === 'Control' ? 'Ctrl' : name;
  });
  const last = keyName.length === 1 ? keyName.toUpperCase() : keyName;
  return mac && !forAria ? names.join('') + last : [...names, last].join('+');
}
