/**
 * The read-only view's annotation card: focusing or hovering a highlight shows
 * what was tagged there (kind, speaker, claim, verdict, sources, note) beside
 * it. Links are the sources' http(s) URLs only; everything else is text.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import { type Annotation, type KindDefinition, type Verdict, findKind, findVerdict, isHttpUrl } from '../../../model/index.ts';
import { kindClass } from '../../../editor/index.ts';
import { type ClaimStrings, authorshipWords } from '../../shared/strings/annotator-strings.ts';

/** What the card needs of the element. */
export interface CardNeeds {
  strings(): ClaimStrings;
  annotation(id: string): Annotation | null;
  kinds(): readonly KindDefinition[];
  verdicts(): readonly Verdict[];
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
    const kind = findKind(this.needs.kinds(), annotation.kind);
    const verdict = annotation.verdict ? findVerdict(this.needs.verdicts(), annotation.verdict) : null;
    const speaker = annotation.attribution;
    const sources = (annotation.sources ?? []).filter((source) => isHttpUrl(source.url));
    const strings = this.needs.strings();
    const authorship = authorshipWords(strings, annotation);
    return html`
      <div
        class="annotation-card ${kindClass(annotation.kind)}"
        ${ref(this.#card)}
        part="card"
        role="dialog"
        aria-label="${kind?.label ?? annotation.kind}: ${annotation.exact}"
        @mouseenter=${this.#keep}
        @mouseleave=${() => this.hideSoon()}
        @focusin=${this.#keep}
        @focusout=${() => this.hideSoon()}
        @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && this.hide()}
      >
        <p class="card-kind"><span class="kind-swatch" aria-hidden="true"></span>${kind?.label ?? annotation.kind}</p>
        ${annotation.claim ? html`<p class="card-claim">${annotation.claim}</p>` : nothing}
        <dl class="card-facts">
          ${speaker
            ? html`<dt>${strings.claimedBy}</dt>
                <dd class="card-speaker">${[speaker.name, speaker.role, speaker.organization].filter(Boolean).join(', ')}</dd>`
            : nothing}
          ${verdict || annotation.foreignRating
            ? html`<dt>${strings.verdict}</dt>
                <dd class="card-verdict">
                  ${verdict ? html`<span class="verdict verdict-${verdict.id}">${verdict.label}</span> ${verdict.description}` : nothing}
                  ${annotation.foreignRating
                    ? html`<span class="foreign-rating">${strings.ratedElsewhere(annotation.foreignRating.label, annotation.foreignRating.scale)}</span>`
                    : nothing}
                </dd>`
            : nothing}
          ${sources.length
            ? html`<dt>${strings.sources}</dt>
                <dd>
                  <ul class="card-sources">
                    ${sources.map(
                      (source) => html`<li>
                        <a href=${source.url} target="_blank" rel="noopener noreferrer nofollow">${source.title ?? source.url}</a>${source.stance
                          ? html` (${strings.stances[source.stance]})`
                          : nothing}
                      </li>`,
                    )}
                  </ul>
                </dd>`
            : nothing}
        </dl>
        ${annotation.note ? html`<p class="card-note">${annotation.note}</p>` : nothing}
        ${authorship ? html`<p class="card-authorship">${authorship}</p>` : nothing}
      </div>
    `;
  }
}
