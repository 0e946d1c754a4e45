/**
 * A small, DOM-free HTML sanitizer for the text/html bodies other tools write
 * (a W3C TextualBody with `format: "text/html"`): a tokenizer that keeps a few
 * inline and block tags, links to http(s) only, no attribute but `href` and
 * `title`, and drops scripts, styles and comments with what is inside them.
 * Its output is kept and exported again; people read `htmlText` of it, as text
 * (the element never renders imported markup).
 */

/** Tags kept, without their attributes but `title` (and `href` on `a`). */
const keptTags = new Set([
  'a', 'b', 'strong', 'i', 'em', 'u', 's', 'del', 'ins', 'mark', 'small', 'sub', 'sup', 'code', 'q', 'cite', 'span',
  'p', 'br', 'blockquote', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);
/** Tags whose text ends a line when read as text. */
const blockTags = new Set(['p', 'br', 'blockquote', 'pre', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Tags dropped with everything inside them: what they hold is code or not text of the body. */
const droppedWithContent = new Set(['script', 'style', 'template', 'textarea', 'title', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math', 'head', 'select']);
const voidTags = new Set(['br']);

/** One piece of markup: text (raw, entities as written), or a kept tag opening or closing. */
type Token = { text: string } | { open: string; attributes: [string, string][] } | { close: string };

/**
 * `html` with only the kept tags, `href` (http(s) only) and `title`: every
 * other tag is dropped (its text kept, except inside script, style and the
 * like), tags are balanced, and text is escaped. Idempotent: clean HTML comes
 * back unchanged.
 */
export function sanitizeHtml(html: string): string {
  const open: string[] = [];
  let out = '';
  for (const token of tokens(html)) {
    if ('text' in token) out += escapeText(token.text);
    else if ('open' in token) {
      const attributes = token.attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');
      out += `<${token.open}${attributes}>`;
      if (!voidTags.has(token.open)) open.push(token.open);
    } else {
      const at = open.lastIndexOf(token.close);
      if (at < 0) continue; // a closing tag with nothing to close
      for (const name of open.splice(at).reverse()) out += `</${name}>`;
    }
  }
  for (const name of open.reverse()) out += `</${name}>`;
  return out;
}

/** The words of (sanitized) HTML as plain text: entities decoded, a line break after each block, no tags. */
export function htmlText(html: string): string {
  let out = '';
  for (const token of tokens(html)) {
    if ('text' in token) out += decodeEntities(token.text).replace(/\s+/g, ' ');
    else if (blockTags.has('open' in token ? token.open : token.close) && !out.endsWith('\n')) out += '\n';
  }
  return out.split('\n').map((line) => line.trim()).join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

const tagPattern = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/;
const attributePattern = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The kept tokens of `html`, in order; dropped tags vanish, and so does what the dropped-with-content ones hold. */
function* tokens(html: string): Generator<Token> {
  let at = 0;
  let skipping: string | null = null;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > at && !skipping) yield { text: html.slice(at, textEnd) };
    if (lt < 0) return;
    const rest = html.slice(lt);
    if (rest.startsWith('<!--')) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? html.length : end + 3;
      continue;
    }
    if (rest.startsWith('<!') || rest.startsWith('<?')) {
      const end = html.indexOf('>', lt);
      at = end < 0 ? html.length : end + 1;
      continue;
    }
    const tag = tagPattern.exec(rest);
    if (!tag) {
      // a `<` that starts no tag is text
      if (!skipping) yield { text: '<' };
      at = lt + 1;
      continue;
    }
    at = lt + tag[0].length;
    const name = tag[2].toLowerCase();
    const closing = tag[1] === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (droppedWithContent.has(name)) {
      if (!closing && !/\/\s*$/.test(tag[3])) skipping = name;
      continue;
    }
    if (!keptTags.has(name)) continue;
    if (closing) yield { close: name };
    else yield { open: name, attributes: keptAttributes(name, tag[3]) };
  }
}

function keptAttributes(tag: string, source: string): [string, string][] {
  const kept: [string, string][] = [];
  for (const match of source.matchAll(attributePattern)) {
    const name = match[1].toLowerCase();
    const value = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
    if (kept.some(([given]) => given === name)) continue;
    if (name === 'title') kept.push([name, value]);
    else if (name === 'href' && tag === 'a' && /^https?:\/\/[^\s]/i.test(value.trim())) kept.push([name, value.trim()]);
  }
  return kept;
}

const namedEntities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
    }
    return Object.hasOwn(namedEntities, name.toLowerCase()) ? namedEntities[name.toLowerCase()] : whole;
  });
}

/** Text as HTML: `<` and `>` escaped, and `&` unless it starts an entity (which stays as written: it names a character, never markup). */
function escapeText(text: string): string {
  return text.replace(/&(?!(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});)/gi, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
