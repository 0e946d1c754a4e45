/**
 * The panel's long list drawn through @lit-labs/virtualizer: only the items on
 * screen are in the DOM. Loaded with the on-demand chunk when a list first
 * grows past `plainListLimit` (annotation-panel.ts).
 */
import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { provideResizeObserver } from '@lit-labs/virtualizer/polyfillLoaders/ResizeObserver.js';
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { type TemplateResult, html, nothing } from 'lit';

/**
 * A ResizeObserver that gathers what it observes and calls back once, in the
 * next animation frame. The virtualizer measures its items in its observer's
 * callback and sizes the list from there, which Chromium then reports as
 * "ResizeObserver loop completed with undelivered notifications", an uncaught
 * error on the page (https://github.com/w3c/csswg-drafts/issues/5488); a
 * frame later the loop is gone. The virtualizer takes a replacement observer
 * through `provideResizeObserver`, its hook for polyfills.
 */
class NextFrameResizeObserver extends ResizeObserver {
  constructor(callback: ResizeObserverCallback) {
    let frame = 0;
    let pending: ResizeObserverEntry[] = [];
    super((entries, observer) => {
      pending.push(...entries);
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        const delivered = pending;
        pending = [];
        callback(delivered, observer);
      });
    });
  }
}

provideResizeObserver(NextFrameResizeObserver);

/**
 * The virtualizer's flow layout with a narrower margin of items drawn beyond
 * the column's edges: 400 px rather than 1000 px each way. Every item in range
 * is drawn, measured and placed on each scrolled frame (placing them walks the
 * list's children once per item), so the margin sets most of a frame's work;
 * 400 px still holds the next items at the pace of a page per frame, since
 * the items are drawn in the frame of the scroll that brings them in.
 */
class PanelLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = 400;
  }
}

const panelLayout = { type: PanelLayout };

/**
 * The list of `items`, virtualized; each item says where it stands itself
 * (aria-posinset, aria-setsize). The virtualizer finds the column it scrolls
 * in among the list's ancestors when it starts, so it starts only once the
 * list is in the page (`inPage`): the first time, the list is drawn empty and
 * `isVirtualized` tells the panel to draw it again.
 */
export function renderVirtualList<T>(
  items: readonly T[],
  key: (item: T) => string,
  renderItem: (item: T, index: number) => TemplateResult,
  label: string,
  inPage: boolean,
): TemplateResult {
  // a template of its own, so the list the virtualizer styled (position, contain) is never reused for a plain one
  return html`
    <ol class="annotation-list virtual" role="list" aria-label=${label}>
      ${inPage ? virtualize({ items: items as T[], keyFunction: key, renderItem, layout: panelLayout }) : nothing}
    </ol>
  `;
}

/** Whether the virtualizer has started on `list`. */
export function isVirtualized(list: HTMLElement): boolean {
  return (list as Virtualized)[virtualizerRef] !== undefined;
}

type Virtualized = HTMLElement & { [virtualizerRef]?: { element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined } };

/**
 * Scrolls `scroller` until virtual list `list` draws its item `index` (`find`
 * finds it), for up to 30 frames: each frame moves by the distance from the
 * items drawn to the one wanted, at the list's average item height. (The
 * virtualizer's own `element(index).scrollIntoView()` went to the end of the
 * list from a side column that scrolls.)
 */
export async function scrollToIndex<T>(list: HTMLElement, index: number, find: () => T | null, scroller: Element): Promise<T | null> {
  for (let frame = 0; frame < 30 && !find(); frame++) {
    const drawn = [...list.children].map((item) => Number(item.getAttribute('aria-posinset')) - 1).filter((at) => at >= 0);
    const count = Number(list.firstElementChild?.getAttribute('aria-setsize')) || 1;
    const middle = drawn.length ? (Math.min(...drawn) + Math.max(...drawn)) / 2 : 0;
    scroller.scrollTop += ((index - middle) * list.offsetHeight) / count;
    await new Promise(requestAnimationFrame);
  }
  return find();
}
