/**
 * The read-only view's annotation card, drawn: what was tagged at a highlight
 * (kind, speaker, claim, verdict, sources, note). Links are the sources'
 * http(s) URLs only; everything else is text. In the on-demand chunk: a reader
 * page starts without it, and the first card a reader opens loads it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import { type Annotation, type KindDefinition, type LinkType, type Verdict, findKind, findLinkType, findVerdict, isHttpUrl, verdictTone } from '../../../model/index.ts';
import { kindClass } from '../../../editor/index.ts';
import { type ClaimStrings, authorshipWords } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

/** What the card shows and how it reports the reader's moves. */
export interface CardContext {
  annotation: Annotation;
  strings: ClaimStrings;
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  linkTypes: readonly LinkType[];
  /** Annotation `id` of the article, for the ones linked to (null when it is not here). */
  linked(id: string): Annotation | null;
  /** The card's element, which the controller places. */
  card: Ref<HTMLElement>;
  /** Keeps the card open (the pointer or focus is in it). */
  keep(): void;
  hideSoon(): void;
  hide(): void;
}

export function renderCard(context: CardContext): TemplateResult {
  const { annotation } = context;
  const kind = findKind(context.kinds, annotation.kind);
  const verdict = annotation.verdict ? findVerdict(context.verdicts, annotation.verdict) : null;
  const speaker = annotation.attribution;
  const sources = (annotation.sources ?? []).filter((source) => isHttpUrl(source.url));
  const strings = onDemandWords(context.strings);
  const authorship = authorshipWords(strings, annotation);
  return html`
    <div
      class="annotation-card ${kindClass(annotation.kind)}"
      ${ref(context.card)}
      part="card"
      role="dialog"
      aria-label="${kind?.label ?? annotation.kind}: ${annotation.exact}"
      @mouseenter=${context.keep}
      @mouseleave=${context.hideSoon}
      @focusin=${context.keep}
      @focusout=${context.hideSoon}
      @keydown=${(event: KeyboardEvent) => event.key === 'Escape' && context.hide()}
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
                ${verdict ? html`<span class="verdict verdict-${verdict.id} tone-${verdictTone(context.verdicts, verdict.id)}">${verdict.label}</span> ${verdict.description}` : nothing}
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
        ${renderLinked(context)}
      </dl>
      ${annotation.note ? html`<p class="card-note">${annotation.note}</p>` : nothing}
      ${authorship ? html`<p class="card-authorship">${authorship}</p>` : nothing}
    </div>
  `;
}

/** The annotations linked from this one that are in the article: each by its link's words and quoted, with its sources' links (evidence first). */
function renderLinked(context: CardContext): TemplateResult | typeof nothing {
  const strings = onDemandWords(context.strings);
  const linked = (context.annotation.links ?? [])
    .map((link) => ({ type: findLinkType(context.linkTypes, link.type), other: context.linked(link.to) }))
    .filter((entry): entry is { type: LinkType; other: Annotation } => entry.type !== null && entry.other !== null)
    .sort((a, b) => Number(!a.type.evidence) - Number(!b.type.evidence));
  if (!linked.length) return nothing;
  return html`<dt>${strings.links}</dt>
    <dd>
      <ul class="card-linked">
        ${linked.map(
          ({ type, other }) => html`<li>
            ${type.label} <q>${other.exact}</q>${(other.sources ?? [])
              .filter((source) => isHttpUrl(source.url))
              .map((source) => html` <a href=${source.url} target="_blank" rel="noopener noreferrer nofollow">${source.title ?? source.url}</a>`)}
          </li>`,
        )}
      </ul>
    </dd>`;
}
