/**
 * The values of a kind definition that end up in CSS and in the keymap, read
 * strictly: a colour (the kind stylesheet writes it into a rule) and a
 * shortcut (ProseMirror's keymap parses it). Anything else would break the
 * stylesheet for every kind (`red /*` opens a comment to its end) or throw
 * half-way through applying a vocabulary. See `normalizeKinds`.
 */

const hexColour = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
/** A named colour, `transparent` or `currentcolor`: one word of letters. Which words are colours the browser says (`CSS.supports`, vocabulary.ts): the list of names would cost start-up 0.6 KB gzipped. */
const colourName = /^[a-z]{3,20}$/i;
/** Words that are not colours but would pass for one in CSS (the CSS-wide keywords). */
const notColours = new Set(['inherit', 'initial', 'unset', 'revert']);
/** Functions whose arguments are three numbers and an optional alpha. */
const colourFunctions = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch']);
const number = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?(?:%|deg|grad|rad|turn)?$|^none$/i;
const mixSpace = /^in [a-z0-9-]+(?: (?:shorter|longer|increasing|decreasing) hue)?$/i;
const percentage = /^(?:\d+\.?\d*|\.\d+)%$/;

/**
 * Whether `value` is a CSS colour: hex (`#rgb`, `#rrggbb`, with alpha), a named
 * colour, `rgb()`/`hsl()` and the other colour functions of three numbers
 * with an optional alpha (`rgb(1 2 3 / 50%)`, `rgba(1, 2, 3, 0.5)`), or
 * `color-mix()` of two such colours. No comments, quotes, semicolons, braces,
 * `var()` or anything else that could end or change the rule it goes into.
 */
export function isColour(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 200) return false;
  const colour = value.trim();
  if (hexColour.test(colour)) return true;
  if (colourName.test(colour)) return !notColours.has(colour.toLowerCase());
  const call = /^([a-z-]+)\(([^()]*(?:\([^()]*\)[^()]*)*)\)$/i.exec(colour);
  if (!call) return false;
  const name = call[1].toLowerCase();
  if (name === 'color-mix') return isColourMix(call[2]);
  return colourFunctions.has(name) && areComponents(call[2]);
}

/** `1 2 3`, `1 2 3 / 0.5` or the legacy `1, 2, 3` and `1, 2, 3, 0.5`. */
function areComponents(args: string): boolean {
  const legacy = args.split(',').map((part) => part.trim());
  if (legacy.length > 1) return (legacy.length === 3 || legacy.length === 4) && legacy.every((part) => number.test(part));
  const [channels, alpha, ...rest] = args.split('/');
  const parts = channels.trim().split(/\s+/);
  return rest.length === 0 && parts.length === 3 && parts.every((part) => number.test(part)) && (alpha === undefined || number.test(alpha.trim()));
}

/** `in srgb, <colour> [<percentage>], <colour> [<percentage>]`, the colours without nested functions of their own. */
function isColourMix(args: string): boolean {
  const parts = splitTopLevel(args);
  if (parts.length !== 3 || !mixSpace.test(parts[0])) return false;
  return parts.slice(1).every((part) => {
    const words = part.split(/\s+(?![^(]*\))/);
    const colours = words.filter((word) => !percentage.test(word));
    return colours.length === 1 && words.length <= 2 && isColour(colours[0]);
  });
}

/** `text` split at the commas outside parentheses, each part trimmed. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** The modifiers prosemirror-keymap knows (`normalizeKeyName`): anything else makes it throw. */
const modifier = /^(?:cmd|meta|m|a|alt|c|ctrl|control|s|shift|mod)$/i;
/** The keys with names that a shortcut may end with (KeyboardEvent.key values, and ProseMirror's `Space`). */
const namedKeys = new Set(
  'Backspace Tab Enter Escape Space PageUp PageDown End Home ArrowLeft ArrowUp ArrowRight ArrowDown Insert Delete ContextMenu'.split(' '),
);

/**
 * Whether `key` is a shortcut in ProseMirror's key notation that a keymap
 * accepts and a keyboard can press: modifiers (`Alt-`, `Shift-`, `Ctrl-`,
 * `Cmd-`, `Mod-` and their short forms) before one character or a named key
 * (`Enter`, `ArrowDown`, `F1` to `F24`). `Hyper-x` is not.
 */
export function isShortcut(key: unknown): boolean {
  if (typeof key !== 'string') return false;
  const parts = key.split(/-(?!$)/);
  const name = parts.pop() as string;
  if (!parts.every((part) => modifier.test(part))) return false;
  return ([...name].length === 1 && name.trim() !== '') || namedKeys.has(name) || /^F(?:[1-9]|1\d|2[0-4])$/.test(name);
}
