/**
 * The tagging toolbar beside a selection: where it goes (centred over the
 * selection, inside the article, below the selection when there is no room
 * above), when it shows (a selection in the focused text), and how it looks.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { EditorView } from 'prosemirror-view';
import { kindClass } from '../../../editor/index.ts';
import type { KindDefinition } from '../../../model/index.ts';
import { shortcutLabel } from './shortcuts.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** Where the selection is, in the article's coordinates. */
interface ToolbarPlace {
  left: number;
  top: number;
  bottom: number;
  /** The selection's top in the viewport, to tell whether the toolbar fits above it. */
  viewportTop: number;
}

/** What the toolbar offers: a button per kind, and re-attaching a detached annotation when one waits for it. */
export interface ToolbarContent {
  strings: ClaimStrings;
  kinds: readonly KindDefinition[];
  reattaching: boolean;
  onTag(kindId: string): void;
  onReattach(): void;
}

export class SelectionToolbarController implements ReactiveController {
  #place: ToolbarPlace | null = null;

  constructor(
    readonly element: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    readonly view: () => EditorView | null,
  ) {
    element.addController(this);
  }

  /** Whether the toolbar shows. */
  get visible(): boolean {
    return this.#place !== null;
  }

  hostConnected(): void {}

  /** Keeps the drawn toolbar inside the article after each render. */
  hostUpdated(): void {
    const toolbar = this.element.renderRoot?.querySelector<HTMLElement>('.selection-toolbar');
    const article = this.#article();
    const place = this.#place;
    if (!toolbar || !article || !place) return;
    const { width, height } = toolbar.getBoundingClientRect();
    const room = article.clientWidth;
    const left = width >= room ? width / 2 : Math.min(Math.max(place.left, width / 2), room - width / 2);
    const below = place.viewportTop < height + 12;
    toolbar.style.left = `${left}px`;
    toolbar.style.top = `${below ? place.bottom : place.top}px`;
    toolbar.classList.toggle('below', below);
  }

  /** Follows the editor's selection: call after each transaction and on focus. */
  update(): void {
    const view = this.view();
    let next: ToolbarPlace | null = null;
    // most transactions are keystrokes with an empty selection: no layout is read for them
    const article = view && !view.state.selection.empty && view.hasFocus() ? this.#article() : null;
    if (view && article) {
      const { from, to } = view.state.selection;
      const box = article.getBoundingClientRect();
      const start = view.coordsAtPos(from);
      const end = view.coordsAtPos(to);
      const sameLine = Math.abs(start.top - end.top) < 4;
      const centre = sameLine ? (start.left + end.left) / 2 : start.left;
      next = { left: centre - box.left, top: start.top - box.top, bottom: end.bottom - box.top, viewportTop: start.top };
    }
    const current = this.#place;
    if (next?.left !== current?.left || next?.top !== current?.top || next?.bottom !== current?.bottom) {
      this.#place = next;
      this.element.requestUpdate();
    }
  }

  hide(): void {
    if (!this.#place) return;
    this.#place = null;
    this.element.requestUpdate();
  }

  /** For the article's focusout: focus leaving the article (not into the toolbar) hides it. */
  onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && this.#article()?.contains(next)) return;
    this.hide();
  };

  render(content: ToolbarContent): TemplateResult | typeof nothing {
    if (!this.#place) return nothing;
    const keep = (event: MouseEvent) => event.preventDefault(); // keep the editor's selection and focus
    return html`
      <div class="selection-toolbar" part="toolbar" role="toolbar" aria-label=${content.strings.tagToolbar} @mousedown=${keep}>
        ${content.kinds.map(
          (kind) => html`
            <button
              type="button"
              class=${kindClass(kind.id)}
              title="${kind.description ?? kind.label}${kind.shortcut ? ` (${shortcutLabel(kind.shortcut)})` : ''}"
              aria-keyshortcuts=${kind.shortcut ? shortcutLabel(kind.shortcut, true) : nothing}
              data-kind=${kind.id}
              @click=${() => content.onTag(kind.id)}
            >
              <span class="kind-swatch" aria-hidden="true"></span>${kind.label}
              ${kind.shortcut ? html`<kbd aria-hidden="true">${shortcutLabel(kind.shortcut)}</kbd>` : nothing}
            </button>
          `,
        )}
        ${content.reattaching ? html`<button type="button" class="primary" @click=${content.onReattach}>${content.strings.reattachHere}</button>` : nothing}
      </div>
    `;
  }

  #article(): HTMLElement | null {
    // before the first render there is no root yet
    return this.element.renderRoot?.querySelector<HTMLElement>('.article') ?? null;
  }
}
