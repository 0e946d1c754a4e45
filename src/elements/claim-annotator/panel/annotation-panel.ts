/**
 * The side panel: the annotations in document order with their kind, quote,
 * speaker and verdict; a kind filter; the detached (orphaned) ones apart; and
 * an empty state that says what to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { kindClass, needsCheck } from '../../../editor/index.ts';
import { type Annotation, type KindDefinition, type LinkType, type ReviewStatus, type Verdict, defaultVerdictId, evidenceCounts, findKind, findVerdict, kindLabel, statusLabel, verdictTone } from '../../../model/index.ts';
import { type ClaimStrings, authorshipWords } from '../../shared/strings/annotator-strings.ts';

/**
 * What the panel needs of an annotation. `exact` may be a getter that reads the
 * text only when an item is drawn or searched, so a long list stays cheap.
 */
export type PanelEntry = Pick<Annotation, 'id' | 'kind' | 'status' | 'attribution' | 'verdict' | 'foreignRating' | 'exact' | 'placementCheck' | 'creator' | 'coCreators' | 'modifiedBy' | 'private' | 'claim' | 'note' | 'sources' | 'reviewStatus' | 'assignee' | 'reviewer' | 'links' | 'replies'>;

/** What the panel shows and how it reports the user's choices. */
export interface PanelContext {
  /** The element's words. */
  strings: ClaimStrings;
  /** How many annotations there are, anchored and orphaned, and of each kind. */
  total: number;
  counts: ReadonlyMap<string, number>;
  anchoredCount: number;
  /** The anchored annotations that pass the filters, in document order. */
  shown: readonly PanelEntry[];
  /** The detached annotations that pass the filters. */
  orphans: readonly PanelEntry[];
  /** Whether the filters hide any annotation (the heading then says how many it shows). */
  filtered: boolean;
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  /** The status scale, for a list item's status. */
  statuses: readonly ReviewStatus[];
  /** The link types, for a list item's evidence. */
  linkTypes: readonly LinkType[];
  /** When the list is grouped (by status, assignee or reviewer): an entry's group, and a group's heading. */
  groups?: { of(entry: PanelEntry): string; heading(group: string): string };
  /** The review filters' row (review-filter.ts). */
  reviewFilters: TemplateResult | typeof nothing;
  hiddenKinds: ReadonlySet<string>;
  /** Show only annotations with this verdict ('' for any). */
  verdictFilter: string;
  /** Show only annotations whose speaker, quoted text, claim, note or source contains this (case-insensitive). */
  query: string;
  activeId: string | null;
  editingId: string | null;
  /** The virtualizer, once loaded: a long list draws only the items on screen (all of them if it failed to load). */
  virtualizer: VirtualizerModule | 'loading' | 'failed';
  /** Whether the virtual list is already in the page, where the virtualizer can start. */
  virtualListInPage: boolean;
  articleEmpty: boolean;
  onConfirmPlace(id: string): void;
  onToggleKind(kind: string, shown: boolean): void;
  onVerdictFilter(verdict: string): void;
  onQuery(query: string): void;
  onJump(id: string): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
  onReattach(id: string): void;
  renderForm(id: string): TemplateResult | typeof nothing;
  /** The detached list and the import's checks (panel-checks.ts), once the on-demand chunk has loaded; asking loads it. */
  checks(): PanelChecks | null;
}

/** What panel-checks.ts draws: rare (after an edit deleted tagged text, or an import), so it loads on demand. */
export type PanelChecks = Pick<typeof import('../on-demand.ts'), 'renderDetached' | 'renderPlacementCheck'>;

/** @lit-labs/virtualizer's directive, from the on-demand chunk, loaded when a list first grows past `plainListLimit`. */
export type VirtualizerModule = Pick<typeof import('../on-demand.ts'), 'renderVirtualList' | 'scrollToIndex' | 'isVirtualized'>;

/** Lists up to this long are drawn whole; longer ones through the virtualizer. */
export const plainListLimit = 50;

/** The quote shortened for a list line. */
export function shortQuote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * An entry's quote for its list line and for its buttons' names, worked out
 * once per entry: a long list draws the items that scroll into view on every
 * frame, and the entry (its words) stays the same object until they change.
 */
const itemQuotes = new WeakMap<PanelEntry, { line: string; short: string }>();
export function itemQuote(entry: PanelEntry): { line: string; short: string } {
  let quote = itemQuotes.get(entry);
  if (!quote) {
    const line = shortQuote(entry.exact);
    quote = { line, short: shortQuote(line, 40) };
    itemQuotes.set(entry, quote);
  }
  return quote;
}

export function renderPanel(context: PanelContext): TemplateResult {
  const { strings } = context;
  return html`
    <aside class="panel" part="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">${strings.annotations} (${context.filtered ? strings.shownOfTotal(context.shown.length + context.orphans.length, context.total) : context.total})</h2>
      <fieldset class="filters">
        <legend>${strings.filterLegend}</legend>
        ${context.kinds.map(
          (kind) => html`
            <label class="inline ${kindClass(kind.id)}">
              <input
                type="checkbox"
                .checked=${!context.hiddenKinds.has(kind.id)}
                @change=${(event: Event) => context.onToggleKind(kind.id, (event.target as HTMLInputElement).checked)}
              />
              <span class="kind-swatch" aria-hidden="true"></span>${kind.label} (${context.counts.get(kind.id) ?? 0})
            </label>
          `,
        )}
      </fieldset>
      <div class="filters">
        <label>
          ${strings.verdictFilter}
          <select @change=${(event: Event) => context.onVerdictFilter((event.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${context.verdictFilter === ''}>${strings.anyVerdict}</option>
            ${context.verdicts.map((v) => html`<option value=${v.id} ?selected=${context.verdictFilter === v.id}>${v.label}</option>`)}
          </select>
        </label>
        <label>
          ${strings.search}
          <input type="search" .value=${context.query} @input=${(event: Event) => context.onQuery((event.target as HTMLInputElement).value)} />
        </label>
      </div>
      ${context.reviewFilters}
      ${renderList(context)}
      ${context.orphans.length ? context.checks()?.renderDetached(context, context.orphans) : nothing}
    </aside>
  `;
}

/**
 * The anchored annotations: a short list drawn whole, a long one through the
 * virtualizer (only the items on screen are in the DOM, so each says where it
 * stands with aria-posinset and aria-setsize); until the virtualizer has
 * loaded, the first items.
 */
function renderList(context: PanelContext): TemplateResult {
  const { strings, shown } = context;
  if (context.anchoredCount === 0) {
    return html`<div class="empty"><p><strong>${strings.emptyTitle}</strong></p><p>${context.articleEmpty ? strings.emptyArticle : strings.emptyHelp}</p></div>`;
  }
  if (shown.length === 0) return html`<p class="empty" role="status">${strings.noneMatchFilter}</p>`;
  const item = (entry: PanelEntry, index: number) => renderItem(context, entry, index, shown.length);
  const long = shown.length > plainListLimit;
  const virtual = long && typeof context.virtualizer === 'object' ? context.virtualizer : null;
  if (virtual) return virtual.renderVirtualList(shown, (entry) => entry.id, item, strings.annotations, context.virtualListInPage);
  return html`
    <ol class="annotation-list" role="list" aria-label=${strings.annotations}>
      ${repeat(long && context.virtualizer === 'loading' ? shown.slice(0, plainListLimit) : shown, (entry) => entry.id, item)}
    </ol>
  `;
}

function renderItem(context: PanelContext, annotation: PanelEntry, index: number, count: number): TemplateResult {
  const { strings } = context;
  const label = kindLabel(context.kinds, annotation.kind);
  const verdict = annotation.verdict ? findVerdict(context.verdicts, annotation.verdict)?.label ?? annotation.verdict : null;
  const quote = itemQuote(annotation);
  const editing = context.editingId === annotation.id;
  const { groups } = context;
  const group = groups?.of(annotation);
  const heading = groups && (index === 0 || groups.of(context.shown[index - 1]) !== group) ? html`<h3 class="group-heading">${groups.heading(group!)}</h3>` : nothing;
  return html`
    <li
      class="annotation ${kindClass(annotation.kind)} ${context.activeId === annotation.id ? 'active' : ''}"
      data-annotation-id=${annotation.id}
      role="listitem"
      aria-posinset=${index + 1}
      aria-setsize=${count}
    >
      ${heading}
      <button type="button" class="jump" aria-current=${context.activeId === annotation.id ? 'true' : 'false'} @click=${() => context.onJump(annotation.id)}>
        <span class="meta">
          <span class="kind-swatch" aria-hidden="true"></span>
          <span class="kind-label">${label}</span>
          ${renderSpeaker(context, annotation)}
          ${annotation.private ? html`<span class="private-badge" title=${strings.privateHelp}>${strings.privateBadge}</span>` : nothing}
          ${annotation.foreignRating && (!annotation.verdict || annotation.verdict === defaultVerdictId)
            ? html`<span class="verdict foreign-rating">${strings.ratedElsewhere(annotation.foreignRating.label, annotation.foreignRating.scale)}</span>`
            : verdict
              ? html`<span class="verdict tone-${verdictTone(context.verdicts, annotation.verdict!)}">${verdict}</span>`
              : nothing}
          ${annotation.reviewStatus ? html`<span class="review-status">${statusLabel(context.statuses, annotation.reviewStatus)}</span>` : nothing}
        </span>
        ${renderRelations(context, annotation)}
        <span class="quote">${strings.quoted(quote.line)}</span>
        ${renderAuthorship(strings, annotation)}
      </button>
      ${needsCheck(annotation) ? context.checks()?.renderPlacementCheck(context, annotation) : nothing}
      <div class="item-actions">
        <button type="button" aria-label="${strings.edit} ${label}: ${quote.short}" aria-expanded=${editing ? 'true' : 'false'} @click=${() => context.onEdit(annotation.id)}>${strings.edit}</button>
        <button type="button" class="danger" aria-label="${strings.delete} ${label}: ${quote.short}" @click=${() => context.onDelete(annotation.id)}>${strings.delete}</button>
      </div>
      ${editing ? context.renderForm(annotation.id) : nothing}
    </li>
  `;
}

/** Who said it; "no speaker" only for a kind whose form asks who (a fact has no speaker to miss). */
export function renderSpeaker(context: PanelContext, annotation: PanelEntry): TemplateResult | typeof nothing {
  const name = annotation.attribution?.name;
  if (name) return html`<span class="speaker">${name}</span>`;
  return findKind(context.kinds, annotation.kind)?.fields.includes('attribution') ? html`<span class="speaker">${context.strings.noSpeaker}</span>` : nothing;
}

/** "Evidence: 2 supporting, 1 refuting · 3 replies", when there is any. */
function renderRelations({ strings, linkTypes }: PanelContext, annotation: PanelEntry): TemplateResult | typeof nothing {
  const evidence = evidenceCounts(annotation.links, linkTypes);
  const said = [evidence.supports + evidence.refutes && strings.evidenceCount(evidence.supports, evidence.refutes), annotation.replies?.length && strings.replyCount(annotation.replies.length)];
  return said.some(Boolean) ? html`<span class="relations">${said.filter(Boolean).join(' · ')}</span>` : nothing;
}

/** "by Ana · edited by Bob", when known. */
export function renderAuthorship(strings: ClaimStrings, annotation: PanelEntry): TemplateResult | typeof nothing {
  const words = authorshipWords(strings, annotation);
  return words ? html`<span class="authorship">${words}</span>` : nothing;
}

