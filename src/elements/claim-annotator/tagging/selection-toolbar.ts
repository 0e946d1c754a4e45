/**
 * The tagging toolbar beside a selection, as a ProseMirror plugin view (made by
 * the plugin of toolbar-plugin.ts once this code has loaded, with the on-demand chunk): it
 * follows the editor's selection (`update`) and focus, and draws itself with
 * Lit into a layer beside the editor's DOM, inside the element's shadow root.
 * Where it goes: centred over the selection, inside the article and the
 * viewport, below the selection when there is no room above. When it shows: text selected in the
 * focused, editable article, until Escape lets go of it (`selectionOffered`).
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import type { PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import {
  annotationState,
  kindClass,
  reattachToSelection,
  selectionOffered,
  tagSelection,
  taggingState,
} from '../../../editor/index.ts';
import type { KindDefinition } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { type KeyBinding, keyHint, tagAction, withKeyHint } from './keys.ts';
import { adoptDialogStyles } from '../dialog.styles.ts';

/** Where the selection is, in the article's coordinates. */
interface ToolbarPlace {
  left: number;
  top: number;
  bottom: number;
  /** The selection's top in the viewport, to tell whether the toolbar fits above it. */
  viewportTop: number;
}

/** What the toolbar is given: the element's words (read at each drawing) and the key table, for each kind's shortcut. */
export interface SelectionToolbarOptions {
  strings(): ClaimStrings;
  readonly keys: readonly KeyBinding[];
}

export class SelectionToolbarView implements PluginView {
  #place: ToolbarPlace | null = null;
  /** Where the toolbar is drawn: a sibling of the editor's DOM, so that the article positions it. */
  readonly #layer = document.createElement('div');

  constructor(
    readonly view: EditorView,
    readonly options: SelectionToolbarOptions,
  ) {
    adoptDialogStyles(view.root as ShadowRoot);
    this.#layer.className = 'toolbar-layer';
    view.dom.after(this.#layer);
    view.dom.addEventListener('focus', this.#follow);
    view.dom.addEventListener('focusout', this.#onFocusOut);
    this.#layer.addEventListener('focusout', this.#onFocusOut);
    this.#follow();
  }

  update(): void {
    this.#follow();
  }

  destroy(): void {
    this.view.dom.removeEventListener('focus', this.#follow);
    this.view.dom.removeEventListener('focusout', this.#onFocusOut);
    render(nothing, this.#layer);
    this.#layer.remove();
  }

  /** Shows the toolbar over an offered selection in the focused text, or hides it. */
  #follow = (): void => {
    const { view } = this;
    // most transactions are keystrokes with an empty selection: no layout is read for them
    const article = view.editable && selectionOffered(view.state) && view.hasFocus() ? this.#article() : null;
    let next: ToolbarPlace | null = null;
    if (article) {
      const { from, to } = view.state.selection;
      const box = article.getBoundingClientRect();
      const start = view.coordsAtPos(from);
      const end = view.coordsAtPos(to);
      const sameLine = Math.abs(start.top - end.top) < 4;
      const centre = sameLine ? (start.left + end.left) / 2 : start.left;
      next = { left: centre - box.left, top: start.top - box.top, bottom: end.bottom - box.top, viewportTop: start.top };
    }
    if (!next && !this.#place) return;
    this.#place = next;
    this.#draw();
  };

  /** Focus leaving the text and the toolbar (not moving between them) hides the toolbar. */
  #onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && (this.view.dom.contains(next) || this.#layer.contains(next))) return;
    if (!this.#place) return;
    this.#place = null;
    this.#draw();
  };

  /**
   * Draws the toolbar (or nothing) inside the part of the article that is on
   * screen: centred on the selection where it fits, else against the nearer
   * edge; above the selection, or below when there is no room above.
   */
  #draw(): void {
    render(this.#place ? this.#template() : nothing, this.#layer);
    const toolbar = this.#layer.firstElementChild as HTMLElement | null;
    const article = this.#article();
    const place = this.#place;
    if (!toolbar || !article || !place) return;
    const frame = article.getBoundingClientRect();
    // the article's part inside the viewport, in the article's coordinates
    const start = Math.max(0, -frame.left);
    const end = Math.min(article.clientWidth, document.documentElement.clientWidth - frame.left);
    // a vocabulary of many kinds wraps onto more rows rather than leave the screen
    toolbar.style.maxWidth = `${Math.max(0, end - start)}px`;
    // measured where it has the whole width: an absolute box further right would wrap narrower than it is drawn
    toolbar.style.left = `${start}px`;
    const { width, height } = toolbar.getBoundingClientRect();
    toolbar.style.left = `${Math.max(start, Math.min(place.left - width / 2, end - width))}px`;
    const below = place.viewportTop < height + 12;
    toolbar.style.top = `${below ? place.bottom : place.top}px`;
    toolbar.classList.toggle('below', below);
  }

  /** A button per kind, and Re-attach while a detached annotation waits for a selection. */
  #template(): TemplateResult {
    const { view } = this;
    const strings = this.options.strings();
    const annotations = annotationState(view.state);
    const waiting = taggingState(view.state).reattaching;
    const reattaching = waiting !== null && annotations.has(waiting) ? waiting : null;
    const keep = (event: MouseEvent) => event.preventDefault(); // keep the editor's selection and focus
    return html`
      <div class="selection-toolbar" part="toolbar" role="toolbar" aria-label=${strings.tagToolbar} @mousedown=${keep}>
        ${annotations.config.kinds.map((kind) => this.#kindButton(kind))}
        ${reattaching
          ? html`<button type="button" class="primary" @click=${() => reattachToSelection(reattaching)(view.state, view.dispatch)}>${strings.reattachHere}</button>`
          : nothing}
      </div>
    `;
  }

  #kindButton(kind: KindDefinition): TemplateResult {
    const { view } = this;
    const hint = keyHint(this.options.keys, tagAction(kind.id));
    return html`
      <button
        type="button"
        class=${kindClass(kind.id)}
        title=${withKeyHint(this.options.keys, tagAction(kind.id), kind.description ?? kind.label)}
        aria-keyshortcuts=${hint?.aria ?? nothing}
        data-kind=${kind.id}
        @click=${() => tagSelection(kind)(view.state, view.dispatch)}
      >
        <span class="kind-swatch" aria-hidden="true"></span>${kind.label}
        ${hint ? html`<kbd aria-hidden="true">${hint.label}</kbd>` : nothing}
      </button>
    `;
  }

  /** The article, which positions the toolbar (the layer's offset parent). */
  #article(): HTMLElement | null {
    return this.#layer.offsetParent as HTMLElement | null;
  }
}
