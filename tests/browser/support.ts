/** Helpers for browser tests: a fresh element per test, frames, and reaching into its shadow root. */
import '../../src/define.ts';
import type { Annotation, ClaimAnnotator } from '../../src/index.ts';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { closeHistory } from 'prosemirror-history';

/** A new `<claim-annotator>` in the page with the given article loaded. */
export async function createAnnotator(
  article: { html?: string; text?: string; url?: string; title?: string } = {},
  setup: (element: ClaimAnnotator) => void = (element) => (element.storage = 'memory'),
): Promise<ClaimAnnotator> {
  const element = document.createElement('claim-annotator');
  // Editor tests keep articles in memory; storage tests pass their own setup (a database of their own).
  setup(element);
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
  // the selection toolbar's code loads when the article takes focus
  await element.updateComplete;
}

// ---- helpers added for the tagging, editing, panel, api and layout suites


/** Text nodes of the article's DOM, in order, and their concatenated text. */
function articleTexts(element: ClaimAnnotator): { texts: Text[]; full: string } {
  const walker = document.createTreeWalker(viewOf(element).dom, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  return { texts, full: texts.map((t) => t.data).join('') };
}

/**
 * The DOM point at `offset` characters into the article's DOM text (text nodes
 * concatenated, no separators between paragraphs). `preferNext` picks the start
 * of the following text node at a node boundary instead of the end of the previous one.
 */
function domPoint(texts: Text[], offset: number, preferNext = false): [Text, number] {
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i];
    const last = i === texts.length - 1;
    if (offset < text.data.length || (offset === text.data.length && (!preferNext || last))) return [text, offset];
    offset -= text.data.length;
  }
  throw new Error('offset past the end of the article');
}

function findIn(full: string, needle: string, occurrence: number): number {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = full.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the article's DOM`);
  }
  return at;
}

/** Focuses the editor and waits until ProseMirror has seen the focus. */
export async function focusEditor(element: ClaimAnnotator): Promise<void> {
  viewOf(element).focus();
  await nextFrame();
}

/**
 * Puts a collapsed DOM caret `offset` characters after the start of `needle`
 * (its n-th occurrence), as a click would. At a text node boundary (the edge of
 * a highlight), `preferNext` chooses the start of the next text node over the
 * end of the previous one; by default it does so only when `offset` is 0.
 */
export async function placeCaret(
  element: ClaimAnnotator,
  needle: string,
  offset = 0,
  options: { occurrence?: number; preferNext?: boolean } = {},
): Promise<void> {
  await focusEditor(element);
  const { texts, full } = articleTexts(element);
  const at = findIn(full, needle, options.occurrence ?? 0) + offset;
  // before a needle, the caret goes to the start of its text node unless told otherwise
  const [node, nodeOffset] = domPoint(texts, at, options.preferNext ?? offset === 0);
  document.getSelection()!.setBaseAndExtent(node, nodeOffset, node, nodeOffset);
  await nextFrame(40);
}

/** Selects from the start of `startNeedle` to the end of `endNeedle` (which may be in a later paragraph). */
export async function selectBetween(element: ClaimAnnotator, startNeedle: string, endNeedle: string): Promise<void> {
  await focusEditor(element);
  const { texts, full } = articleTexts(element);
  const start = findIn(full, startNeedle, 0);
  const endAt = full.indexOf(endNeedle, start);
  if (endAt < 0) throw new Error(`"${endNeedle}" is not after "${startNeedle}"`);
  const [startNode, startOffset] = domPoint(texts, start, true);
  const [endNode, endOffset] = domPoint(texts, endAt + endNeedle.length);
  document.getSelection()!.setBaseAndExtent(startNode, startOffset, endNode, endOffset);
  await nextFrame(40);
}

/** Presses `key` with modifiers held (sendKeys cannot parse "Control+z" with this launcher). */
export async function pressCombo(modifiers: string[], key: string): Promise<void> {
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of [...modifiers].reverse()) await sendKeys({ up: modifier });
  await nextFrame();
}

/** Ctrl+Z and Ctrl+Shift+Z with real key presses. */
export const undoKeys = () => pressCombo(['Control'], 'z');
export const redoKeys = () => pressCombo(['Control', 'Shift'], 'Z');

/** Ends the current undo group, so the next edit is a separate undo step. */
export function endUndoGroup(element: ClaimAnnotator): void {
  const view = viewOf(element);
  view.dispatch(closeHistory(view.state.tr));
}

/** Presses a key `count` times. */
export async function pressTimes(key: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) await sendKeys({ press: key });
  await nextFrame();
}

/** The `<mark>` highlights of the article, in document order. */
export function marksOf(element: ClaimAnnotator, id?: string): HTMLElement[] {
  const selector = id ? `mark.cm-annotation[data-annotation-id="${CSS.escape(id)}"]` : 'mark.cm-annotation';
  return [...viewOf(element).dom.querySelectorAll<HTMLElement>(selector)];
}

/** The text a highlight covers: the text of all its marks, joined with "\n" between blocks. */
export function markedText(element: ClaimAnnotator, id: string): string {
  const marks = marksOf(element, id);
  let result = '';
  let previousBlock: Element | null = null;
  for (const mark of marks) {
    const block = mark.closest('p, h1, h2, h3, h4, h5, h6, li');
    if (previousBlock && block !== previousBlock) result += '\n';
    result += mark.textContent;
    previousBlock = block;
  }
  return result;
}

/** Copies of the annotations, for before/after comparisons. */
export function snapshot(element: ClaimAnnotator): Annotation[] {
  return JSON.parse(JSON.stringify(element.annotations)) as Annotation[];
}

/** Records the element's events as `type:origin` plus the event itself. */
export function recordEvents(element: ClaimAnnotator) {
  const types = [
    'claim-annotation-add',
    'claim-annotation-update',
    'claim-annotation-remove',
    'claim-annotation-select',
    'claim-article-load',
    'claim-article-edit',
  ] as const;
  const events: (Event & { origin?: string; annotation?: Annotation; annotationId?: string | null })[] = [];
  const listener = (event: Event) => events.push(event);
  for (const type of types) element.addEventListener(type, listener);
  return {
    events,
    /** `type:origin` of each event so far. */
    summary: () => events.map((e) => `${e.type}:${e.origin}`),
    clear: () => events.splice(0),
    stop: () => {
      for (const type of types) element.removeEventListener(type, listener);
    },
  };
}

/** Waits until `predicate` holds (checked every frame), or throws after `timeoutMs`. */
export async function waitUntil(predicate: () => boolean | Promise<boolean>, message: string, timeoutMs = 2000): Promise<void> {
  const started = performance.now();
  while (!(await predicate())) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting: ${message}`);
    await nextFrame(5);
  }
}

/** The element's focused shadow descendant. */
export function activeInShadow(element: ClaimAnnotator): Element | null {
  return element.shadowRoot!.activeElement;
}

/** Center of an element in viewport coordinates, for sendMouse. */
export function centerOf(target: Element): [number, number] {
  const box = target.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** Removes every `<claim-annotator>` left in the page. */
export function removeAnnotators(): void {
  for (const element of document.querySelectorAll('claim-annotator')) element.remove();
}

/** Pastes like a browser does: a `paste` ClipboardEvent carrying text/html (and text/plain) on the editor's DOM. */
export async function pasteHtml(element: ClaimAnnotator, html: string, plain = ''): Promise<boolean> {
  const data = new DataTransfer();
  data.setData('text/html', html);
  if (plain) data.setData('text/plain', plain);
  const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  viewOf(element).dom.dispatchEvent(event);
  await nextFrame();
  return event.defaultPrevented;
}

/** Clicks the middle of `target` with the real mouse. */
export async function clickOn(target: Element | null, what = 'click target'): Promise<void> {
  if (!target) throw new Error(`No ${what} to click`);
  target.scrollIntoView({ block: 'center' });
  await nextFrame(0);
  await sendMouse({ type: 'click', position: centerOf(target) });
  await nextFrame();
}

/**
 * A short label for an element ("button.jump", "mark#urn:…"), or null. Assert on
 * labels, never on elements: a failing `expect(element)` makes the runner serialise
 * the element's whole object graph (Lit parts, ProseMirror view descs), and the
 * browser disconnects instead of reporting the failure.
 */
export function label(node: Element | null | undefined): string | null {
  if (!node) return null;
  const id = (node as HTMLElement).dataset?.annotationId ?? (node.getAttribute('name') ? `[name=${node.getAttribute('name')}]` : '');
  const classes = [...node.classList].map((c) => `.${c}`).join('');
  const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${node.tagName.toLowerCase()}${classes}${id ? ` ${id}` : ''} "${text}"`;
}

/** Opens the actions bar's menu `menu` ('article' or 'export') and chooses the item labelled `item`, with real clicks. */
export async function chooseFromMenu(element: ClaimAnnotator, menu: string, item: string): Promise<void> {
  await clickOn(element.shadowRoot!.querySelector(`[data-menu="${menu}"] > button`), `the ${menu} menu`);
  await element.updateComplete;
  const entry = [...element.shadowRoot!.querySelectorAll<HTMLElement>(`#${menu}-menu [role="menuitem"]`)].find((b) => b.textContent === item);
  await clickOn(entry ?? null, item);
}

/** Annotation `id`'s item in the panel's list. */
export function listItem(element: ClaimAnnotator, id: string): HTMLElement {
  return shadow(element, `li.annotation[data-annotation-id="${CSS.escape(id)}"]`)!;
}

/** Clicks Edit on annotation `id`'s item, waits until the item holds `ready` (the form, or a part of it) and gives the edit form. */
export async function openEditForm(element: ClaimAnnotator, id: string, ready = 'form.annotation-form'): Promise<HTMLFormElement> {
  await clickOn(listItem(element, id).querySelector('.item-actions button:not(.danger)'), 'Edit');
  await element.updateComplete;
  await waitUntil(() => listItem(element, id).querySelector(ready) !== null, `the edit form (${ready})`);
  return listItem(element, id).querySelector<HTMLFormElement>('form.annotation-form')!;
}
