/**
 * The article schema: what a news article may contain in the editor. Anything
 * else in pasted or loaded HTML (scripts, styles, forms, images, unknown tags)
 * is dropped by the parser; links keep only http(s) targets.
 */
import { type DOMOutputSpec, type MarkSpec, type NodeSpec, Schema } from 'prosemirror-model';
import { isHttpUrl } from '../model/index.ts';

/**
 * Attribute checks: ProseMirror runs them when a node or mark is made and in
 * `Node.check()`, so a stored or backed-up document with a heading level of
 * 1e21 or a link title that is an object is refused before it is drawn (it
 * would render as <h1e+21>, or throw in setAttribute).
 */
function attrCheck(what: string, ok: (value: unknown) => boolean): (value: unknown) => void {
  return (value) => {
    if (!ok(value)) throw new RangeError(`${what}, not ${value && typeof value === 'object' ? 'an object' : String(value).slice(0, 40)}`);
  };
}

const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+' },
  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: (): DOMOutputSpec => ['p', 0],
  },
  heading: {
    attrs: { level: { default: 2, validate: attrCheck('heading level: 1 to 6', (v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 6) } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
    toDOM: (node): DOMOutputSpec => [`h${node.attrs.level}`, 0],
  },
  blockquote: {
    content: 'block+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: (): DOMOutputSpec => ['blockquote', 0],
  },
  bullet_list: {
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: (): DOMOutputSpec => ['ul', 0],
  },
  ordered_list: {
    content: 'list_item+',
    group: 'block',
    attrs: { order: { default: 1, validate: attrCheck('list start: a whole number', Number.isSafeInteger) } },
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom: HTMLElement) => {
          const start = Number(dom.getAttribute('start') ?? 1);
          return { order: Number.isSafeInteger(start) ? start : 1 };
        },
      },
    ],
    toDOM: (node): DOMOutputSpec => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
  },
  list_item: {
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: (): DOMOutputSpec => ['li', 0],
  },
  text: { group: 'inline' },
};

const marks: Record<string, MarkSpec> = {
  link: {
    attrs: {
      href: { validate: attrCheck('link href: http(s) only', isHttpUrl) },
      title: { default: null, validate: attrCheck('link title: text', (v) => v === null || typeof v === 'string') },
    },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom: HTMLElement) => {
          const href = dom.getAttribute('href') ?? '';
          // javascript:, data: and relative links are dropped, the text is kept
          return isHttpUrl(href) ? { href, title: dom.getAttribute('title') } : false;
        },
      },
    ],
    // checked again here: a document can also come from stored or imported JSON
    toDOM: (mark): DOMOutputSpec => [
      'a',
      {
        href: isHttpUrl(mark.attrs.href) ? mark.attrs.href : null,
        title: mark.attrs.title,
        rel: 'noopener noreferrer nofollow',
        target: '_blank',
      },
      0,
    ],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }],
    toDOM: (): DOMOutputSpec => ['em', 0],
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      { tag: 'b', getAttrs: (node: HTMLElement) => node.style.fontWeight !== 'normal' && null },
      { style: 'font-weight', getAttrs: (value: string) => /^(bold(er)?|[5-9]\d{2,})$/.test(value) && null },
    ],
    toDOM: (): DOMOutputSpec => ['strong', 0],
  },
};

/** The schema of every article Claimmark edits. */
export const articleSchema = new Schema({ nodes, marks });
