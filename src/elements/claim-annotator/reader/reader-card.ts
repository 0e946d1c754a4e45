/**
 * The read-only view's card, as start-up knows it: the card itself
 * (`AnnotationCardController`, annotation-card.ts) comes with the on-demand chunk
 * when a reader first points at or focuses a highlight, and is shown then.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { AnnotationCardController, CardNeeds } from './annotation-card.ts';

export class ReaderCard {
  #card: AnnotationCardController | null = null;
  #loading = false;
  /** The highlight pointed at or focused while the card loads, until the pointer or focus leaves. */
  #pending: { target: EventTarget | null; article: HTMLElement } | null = null;

  constructor(
    readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    readonly needs: CardNeeds & { load<T>(chunk: Promise<T>): Promise<T>; readonly(): boolean },
  ) {}

  /** The article's listeners: in the read-only view a highlight under the pointer or focus shows its card; leaving it, or Escape, hides it. */
  readonly articleEvents = {
    pointer: (event: Event): void => {
      if (this.needs.readonly()) this.showFor(event.composedPath()[0] ?? null, event.currentTarget as HTMLElement);
    },
    leave: (): void => {
      if (this.needs.readonly()) this.hideSoon();
    },
    keydown: (event: KeyboardEvent): void => {
      if (this.needs.readonly() && event.key === 'Escape') this.hide();
    },
  };

  /** Shows the card of the highlight at `target` (see `AnnotationCardController.showFor`), loading it first if need be. */
  showFor(target: EventTarget | null, article: HTMLElement): void {
    if (this.#card) return this.#card.showFor(target, article);
    if (!(target as Element | null)?.closest?.('mark[data-annotation-id]')) return;
    this.#pending = { target, article };
    if (this.#loading) return;
    this.#loading = true;
    void this.needs.load(import('../on-demand.ts')).then(
      (chunk) => {
        this.#card ??= new chunk.AnnotationCardController(this.host, this.needs);
        if (this.#pending?.article.isConnected) this.#card.showFor(this.#pending.target, this.#pending.article);
      },
      () => undefined, // the next highlight tries again
    ).finally(() => (this.#loading = false));
  }

  hideSoon(): void {
    this.#pending = null;
    this.#card?.hideSoon();
  }

  hide(): void {
    this.#pending = null;
    this.#card?.hide();
  }

  render(): TemplateResult | typeof nothing {
    return this.#card?.render() ?? nothing;
  }
}
