/**
 * The values of a kind definition that end up in CSS and in the keymap, read
 * strictly: a colour (the kind stylesheet writes it into a rule) and a
 * shortcut (ProseMirror's keymap parses it). Anything else would break the
 * stylesheet for every kind (`red /*` opens a comment to its end) or throw
 * half-way through applying a vocabulary. See `normalizeKinds`.
 */

/** A number with an optional unit, or `none`, as colour functions take them. */
const n = '(?:[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:e[+-]?\\d+)?(?:%|deg|grad|rad|turn)?|none)';
/**
 * Hex (`#rgb` to `#rrggbbaa`); a named colour, `transparent` or `currentcolor`
 * (one word: which words are colours the browser says, `CSS.supports` in
 * vocabulary.ts, since the list of names would cost start-up 0.6 KB gzipped);
 * or a colour function of three numbers and an optional alpha, modern
 * (`rgb(1 2 3 / 50%)`) or legacy (`rgba(1, 2, 3, 0.5)`).
 */
const plainColour = new RegExp(
  `^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?!(?:inherit|initial|unset|revert)$)[a-z]{3,20}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\\(\\s*${n}(?:(\\s*,\\s*)${n}\\1${n}(?:\\1${n})?|\\s+${n}\\s+${n}(?:\\s*/\\s*${n})?)\\s*\\))$`,
  'i',
);
const mix = /^color-mix\(\s*in [a-z0-9-]+(?: [a-z]+ hue)?\s*,(.*)\)$/i;

/**
 * Whether `value` is a CSS colour: a plain one (above) or `color-mix()` of two
 * plain ones, each with an optional percentage. No comments, quotes,
 * semicolons, braces, `var()` or anything else that could end or change the
 * rule it goes into.
 */
export function isColour(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 200) return false;
  const colour = value.trim();
  const mixed = mix.exec(colour);
  if (!mixed) return plainColour.test(colour);
  // the commas between the two colours, not those inside a colour's parentheses
  const parts = mixed[1].split(/,(?![^(]*\))/).map((part) => part.trim().replace(/^[\d.]+%\s+|\s+[\d.]+%$/, ''));
  return parts.length === 2 && parts.every((part) => plainColour.test(part));
}

/** Modifiers (prosemirror-keymap's `normalizeKeyName` throws at any other), then one character or a named key. */
const shortcut =
  /^(?:(?:cmd|meta|m|a|alt|c|ctrl|control|s|shift|mod)-)*(?:[^\s]|Backspace|Tab|Enter|Escape|Space|PageUp|PageDown|End|Home|Arrow(?:Left|Up|Right|Down)|Insert|Delete|ContextMenu|F(?:[1-9]|1\d|2[0-4]))$/iu;

/**
 * Whether `key` is a shortcut in ProseMirror's key notation that a keymap
 * accepts and a keyboard can press: modifiers (`Alt-`, `Shift-`, `Ctrl-`,
 * `Cmd-`, `Mod-` and their short forms) before one character or a named key
 * (`Enter`, `ArrowDown`, `F1` to `F24`). `Hyper-x` is not.
 */
export function isShortcut(key: unknown): boolean {
  return typeof key === 'string' && shortcut.test(key);
}
