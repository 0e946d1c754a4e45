/** Helpers for browser tests: a fresh element per test, frames, and reaching into its shadow root. */
import '../../src/define.ts';
import type { ClaimAnnotator } from '../../src/index.ts';

/** A new `<claim-annotator>` in the page with the given article loaded. */
export async function createAnnotator(article: { html?: string; text?: string; url?: string; title?: string } = {}): Promise<ClaimAnnotator> {
  const element = document.createElement('claim-annotator');
  element.style.width = '1100px';
  document.body.append(element);
  await element.updateComplete;
  if (article.html !== undefined || article.text !== undefined) await element.loadArticle(article);
  return element;
}

/** Resolves after the next animation frame and a little more, for ProseMirror's async selection reading. */
export function nextFrame(extraMs = 20): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, extraMs)));
}

/** The element's editor view, which must exist once the element is in the page. */
export function viewOf(element: ClaimAnnotator) {
  const view = element.editorView;
  if (!view) throw new Error('The element has no editor view');
  return view;
}

/** Elements of the element's shadow root. */
export function shadow<T extends Element = HTMLElement>(element: ClaimAnnotator, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

export function shadowAll<T extends Element = HTMLElement>(element: ClaimAnnotator, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

/** Selects `needle` (the n-th occurrence) in the article with a real DOM selection, as a mouse would. */
export async function selectText(element: ClaimAnnotator, needle: string, occurrence = 0): Promise<void> {
  const view = viewOf(element);
  view.focus();
  await nextFrame();
  const walker = document.createTreeWalker(view.dom, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  const full = texts.map((t) => t.data).join('');
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = full.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`"${needle}" is not in the article's DOM`);
  const locate = (offset: number): [Text, number] => {
    for (const text of texts) {
      if (offset <= text.data.length) return [text, offset];
      offset -= text.data.length;
    }
    throw new Error('offset past the end');
  };
  const [startNode, startOffset] = locate(at);
  const [endNode, endOffset] = locate(at + needle.length);
  const selection = document.getSelection()!;
  selection.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
  await nextFrame(40);
}
