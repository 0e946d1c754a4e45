/**
 * The actions bar's menus, after the WAI-ARIA APG menu button pattern: a button
 * (`aria-haspopup`, `aria-expanded`, `aria-controls`) opens a `role="menu"` of
 * `role="menuitem"` buttons with focus on its first item (ArrowUp: its last); in it
 * ArrowDown and ArrowUp move round, Home and End go to the ends, Escape closes it
 * and gives focus back to its button; Tab, or a click or focus anywhere else, closes it.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/** One entry of a menu. */
export interface MenuItem {
  label: string;
  run(): void;
}

export class MenuButtons {
  /** The open menu's id, or null. */
  #open: string | null = null;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
  }

  /** Menu `id`: its button labelled `label` and, while open, its items. */
  render(id: string, label: string, items: readonly MenuItem[]): TemplateResult {
    const open = this.#open === id;
    return html`<div class="menu" data-menu=${id} @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, id)} @focusout=${(event: FocusEvent) => this.#onFocusOut(event, id)}>
      <button type="button" id="${id}-menu-button" aria-haspopup="menu" aria-expanded=${open ? 'true' : 'false'} aria-controls="${id}-menu" @click=${() => (open ? this.#close(true) : this.#openMenu(id, 0))}>${label}</button>
      <div role="menu" id="${id}-menu" aria-labelledby="${id}-menu-button" ?hidden=${!open}>
        ${items.map(
          (item) =>
            html`<button type="button" role="menuitem" tabindex="-1" @click=${() => {
              this.#close(true);
              item.run();
            }}>${item.label}</button>`,
        )}
      </div>
    </div>`;
  }

  /** Opens menu `id` with focus on item `index` (-1: the last). */
  async #openMenu(id: string, index: number): Promise<void> {
    this.#open = id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const items = this.#items(id);
    items.at(index)?.focus();
  }

  #close(focusButton: boolean): void {
    const id = this.#open;
    if (id === null) return;
    this.#open = null;
    this.#host.requestUpdate();
    if (focusButton) this.#root().querySelector<HTMLElement>(`#${id}-menu-button`)?.focus();
  }

  #root(): ShadowRoot | HTMLElement {
    return this.#host.shadowRoot ?? this.#host;
  }

  #items(id: string): HTMLElement[] {
    return [...this.#root().querySelectorAll<HTMLElement>(`#${id}-menu [role="menuitem"]`)];
  }

  #onKeydown(event: KeyboardEvent, id: string): void {
    const target = event.composedPath()[0] as HTMLElement;
    if (target.getAttribute('aria-haspopup')) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        void this.#openMenu(id, event.key === 'ArrowDown' ? 0 : -1);
      }
      return;
    }
    const items = this.#items(id);
    const at = items.indexOf(target);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[event.key];
    if (next !== undefined) {
      event.preventDefault();
      items.at(next % items.length)?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.#close(true);
    }
  }

  /** Focus leaving the menu and its button (Tab, a click elsewhere) closes it. */
  #onFocusOut(event: FocusEvent, id: string): void {
    if (this.#open !== id) return;
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as HTMLElement).contains(to)) this.#close(false);
  }
}
