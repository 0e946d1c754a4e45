/**
 * The panel's long list drawn through @lit-labs/virtualizer: only the items on
 * screen are in the DOM. Loaded with the on-demand chunk when a list first
 * grows past `plainListLimit` (annotation-panel.ts).
 */
import { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
import { type TemplateResult, html } from 'lit';

/** The list of `items`, virtualized; each item says where it stands itself (aria-posinset, aria-setsize). */
export function renderVirtualList<T>(items: readonly T[], key: (item: T) => string, renderItem: (item: T, index: number) => TemplateResult, label: string): TemplateResult {
  // a template of its own, so the list the virtualizer styled (position, contain) is never reused for a plain one
  return html`
    <ol class="annotation-list virtual" role="list" aria-label=${label}>
      ${virtualize({ items: items as T[], keyFunction: key, renderItem })}
    </ol>
  `;
}

type Virtualized = HTMLElement & { [virtualizerRef]?: { element(index: number): { scrollIntoView(options?: ScrollIntoViewOptions): void } | undefined } };

/** Scrolls virtual list `list` to its item `index` and waits until it is drawn (`find` finds it), for up to 30 frames. */
export async function scrollToIndex<T>(list: HTMLElement, index: number, find: () => T | null): Promise<T | null> {
  (list as Virtualized)[virtualizerRef]?.element(index)?.scrollIntoView({ block: 'center' });
  // the virtualizer lays out and draws the item over the next frames
  for (let frame = 0; frame < 30 && !find(); frame++) await new Promise(requestAnimationFrame);
  return find();
}
