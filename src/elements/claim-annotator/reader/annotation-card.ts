/**
 * The read-only view's annotation card (in the on-demand chunk: reader-card.ts
 * loads it on the first card a reader opens): focusing or hovering a highlight shows
 * what was tagged there (kind, speaker, claim, verdict, sources, note) beside
 * it. Links are the sources' http(s) URLs only; everything else is text.
 */
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import type { Annotation, KindDefinition, LinkType, Verdict } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { adoptDialogStyles } from '../dialog.styles.ts';
import { renderCard } from './card-template.ts';

/** What the card needs of the element. */
export interface CardNeeds {
  strings(): ClaimStrings;
  annotation(id: string): Annotation | null;
  kinds(): readonly KindDefinition[];
  verdicts(): readonly Verdict[];
  linkTypes(): readonly LinkType[];
}

export class AnnotationCardController implements ReactiveController {
  #shown: { id: string; left: number; top: number } | null = null;
  #hideTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #card = createRef<HTMLElement>();

  constructor(
    readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    readonly needs: CardNeeds,
  ) {
    host.addController(this);
    adoptDialogStyles(host.renderRoot);
  }

  /**
   * Places the card beside its highlight through the CSSOM after each render:
   * a `style` attribute (what styleMap writes first) is an inline style that a
   * page's Content-Security-Policy may block.
   */
  hostUpdated(): void {
    const card = this.#card.value;
    if (!card || !this.#shown) return;
    card.style.left = `${this.#shown.left}px`;
    card.style.top = `${this.#shown.top}px`;
  }

  hostDisconnected(): void {
    clearTimeout(this.#hideTimer);
  }

  /** The annotation whose card shows, or null. */
  get shownId(): string | null {
    return this.#shown?.id ?? null;
  }

  /** Shows the card of the innermost highlight at `target` (a mark, or text inside one), placed inside `article`. */
  showFor(target: EventTarget | null, article: HTMLElement): void {
    const mark = (target as Element | null)?.closest?.('mark[data-annotation-id]') as HTMLElement | null;
    if (!mark) return;
    clearTimeout(this.#hideTimer);
    const id = mark.dataset.annotationId as string;
    const box = mark.getBoundingClientRect();
    const frame = article.getBoundingClientRect();
    const place = { id, left: Math.max(0, Math.min(box.left - frame.left, frame.width - 320)), top: box.bottom - frame.top + 6 };
    if (this.#shown?.id === place.id && this.#shown.left === place.left && this.#shown.top === place.top) return;
    this.#shown = place;
    this.host.requestUpdate();
  }

  /** Hides the card soon (so the pointer can move from the highlight into the card). */
  hideSoon(): void {
    clearTimeout(this.#hideTimer);
    this.#hideTimer = setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    clearTimeout(this.#hideTimer);
    if (!this.#shown) return;
    this.#shown = null;
    this.host.requestUpdate();
  }

  /** Keeps the card open while the pointer or focus is in it. */
  #keep = (): void => clearTimeout(this.#hideTimer);

  render(): TemplateResult | typeof nothing {
    const shown = this.#shown;
    const annotation = shown ? this.needs.annotation(shown.id) : null;
    if (!shown || !annotation) return nothing;
    return renderCard({
      annotation,
      strings: this.needs.strings(),
      kinds: this.needs.kinds(),
      verdicts: this.needs.verdicts(),
      linkTypes: this.needs.linkTypes(),
      linked: (id) => this.needs.annotation(id),
      card: this.#card,
      keep: this.#keep,
      hideSoon: () => this.hideSoon(),
      hide: () => this.hide(),
    });
  }
}
