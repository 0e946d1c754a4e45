/**
 * Building an article document from HTML or plain text. HTML goes through the
 * schema's parser, so only what the schema knows survives.
 */
import { DOMParser as SchemaParser, type Node } from 'prosemirror-model';
import { paragraphsOfPlainText } from '../model/index.ts';
import { articleSchema } from './schema.ts';

const parser = SchemaParser.fromSchema(articleSchema);

/**
 * The document for an HTML article. The HTML is parsed into an inert document
 * (no scripts run, nothing is fetched) and then read through the schema.
 */
export function articleFromHtml(html: string): Node {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  // a line break separates words as a space does; the schema has no break node
  for (const br of dom.body.querySelectorAll('br')) br.replaceWith(' ');
  const doc = parser.parse(dom.body);
  return doc.textContent.trim() === '' && doc.childCount <= 1 ? emptyArticle() : doc;
}

/** The document for a plain-text article: blank lines separate paragraphs. */
export function articleFromText(text: string): Node {
  const paragraphs = paragraphsOfPlainText(text);
  if (paragraphs.length === 0) return emptyArticle();
  const { paragraph } = articleSchema.nodes;
  return articleSchema.node(
    'doc',
    null,
    paragraphs.map((content) => paragraph.create(null, articleSchema.text(content))),
  );
}

/** An article with one empty paragraph. */
export function emptyArticle(): Node {
  return articleSchema.node('doc', null, [articleSchema.nodes.paragraph.create()]);
}

/** The first h1 of an HTML article's text, to offer as its headline. */
export function headlineOfHtml(html: string): string | undefined {
  const dom = new DOMParser().parseFromString(html, 'text/html');
  const heading = dom.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  return heading || undefined;
}

/** Whether the article's text begins with its headline (`title`) as a heading: a header that shows it again says it twice. */
export function beginsWithHeadline(doc: Node, title: string | undefined): boolean {
  const first = doc.firstChild;
  return Boolean(title) && first?.type === articleSchema.nodes.heading && first.textContent.replace(/\s+/g, ' ').trim() === title;
}

/** Pasted HTML with line breaks turned into spaces, as `articleFromHtml` does. */
export function pastedHtmlWithoutBreaks(html: string): string {
  return html.replace(/<br\s*\/?>/gi, ' ');
}
