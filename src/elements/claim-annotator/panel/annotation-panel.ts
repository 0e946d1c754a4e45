/**
 * The side panel: the annotations in document order with their kind, quote,
 * speaker and verdict; a kind filter; the detached (orphaned) ones apart; and
 * an empty state that says what to do.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { kindClass } from '../../../editor/index.ts';
import { type Annotation, type KindDefinition, type Verdict, findVerdict, kindLabel } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/**
 * What the panel needs of an annotation. `exact` may be a getter that reads the
 * text only when an item is drawn or searched, so a long list stays cheap.
 */
export type PanelEntry = Pick<Annotation, 'id' | 'kind' | 'status' | 'attribution' | 'verdict' | 'exact'>;

/** What the panel shows and how it reports the user's choices. */
export interface PanelContext {
  /** The element's words. */
  strings: ClaimStrings;
  annotations: readonly PanelEntry[];
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  hiddenKinds: ReadonlySet<string>;
  /** Show only annotations with this verdict ('' for any). */
  verdictFilter: string;
  /** Show only annotations whose speaker or quoted text contains this (case-insensitive). */
  query: string;
  activeId: string | null;
  editingId: string | null;
  /** How many anchored annotations to render; the rest behind "Show more". */
  limit: number;
  articleEmpty: boolean;
  /** Annotations placed by fuzzy matching on import, to be checked. */
  review: ReadonlySet<string>;
  onConfirmPlace(id: string): void;
  onToggleKind(kind: string, shown: boolean): void;
  onVerdictFilter(verdict: string): void;
  onQuery(query: string): void;
  onJump(id: string): void;
  onEdit(id: string): void;
  onDelete(id: string): void;
  onReattach(id: string): void;
  onShowMore(): void;
  renderForm(id: string): TemplateResult;
}


/** The quote shortened for a list line. */
export function shortQuote(text: string, max = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function renderPanel(context: PanelContext): TemplateResult {
  const { strings } = context;
  const anchored = context.annotations.filter((a) => a.status === 'anchored');
  const orphans = context.annotations.filter((a) => a.status === 'orphaned');
  const shown = anchored.filter((a) => matchesFilters(context, a));
  const counts = new Map<string, number>();
  for (const annotation of context.annotations) counts.set(annotation.kind, (counts.get(annotation.kind) ?? 0) + 1);
  return html`
    <aside class="panel" part="panel" aria-labelledby="panel-title">
      <h2 id="panel-title">${strings.annotations} (${context.annotations.length})</h2>
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
              <span class="kind-swatch" aria-hidden="true"></span>${kind.label} (${counts.get(kind.id) ?? 0})
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
      ${renderList(context, shown, anchored.length)}
      ${orphans.length ? renderOrphans(context, orphans) : nothing}
    </aside>
  `;
}

function matchesFilters(context: PanelContext, annotation: PanelEntry): boolean {
  if (context.hiddenKinds.has(annotation.kind)) return false;
  if (context.verdictFilter && annotation.verdict !== context.verdictFilter) return false;
  const query = context.query.trim().toLocaleLowerCase();
  if (!query) return true;
  const speaker = annotation.attribution?.name.toLocaleLowerCase() ?? '';
  return speaker.includes(query) || annotation.exact.toLocaleLowerCase().includes(query);
}

function renderList(context: PanelContext, shown: PanelEntry[], anchoredCount: number): TemplateResult {
  const { strings } = context;
  if (anchoredCount === 0) {
    return html`<div class="empty"><p><strong>${strings.emptyTitle}</strong></p><p>${context.articleEmpty ? strings.emptyArticle : strings.emptyHelp}</p></div>`;
  }
  if (shown.length === 0) return html`<p class="empty" role="status">${strings.noneMatchFilter}</p>`;
  const visible = shown.slice(0, context.limit);
  return html`
    <ol class="annotation-list" aria-label=${strings.annotations}>
      ${repeat(visible, (a) => a.id, (a) => renderItem(context, a))}
    </ol>
    ${shown.length > visible.length
      ? html`<p><button type="button" @click=${context.onShowMore}>${strings.showMore(Math.min(shown.length - visible.length, 200))}</button></p>`
      : nothing}
  `;
}

function renderItem(context: PanelContext, annotation: PanelEntry): TemplateResult {
  const { strings } = context;
  const label = kindLabel(context.kinds, annotation.kind);
  const verdict = annotation.verdict ? findVerdict(context.verdicts, annotation.verdict)?.label ?? annotation.verdict : null;
  const quote = shortQuote(annotation.exact);
  const editing = context.editingId === annotation.id;
  return html`
    <li
      class="annotation ${kindClass(annotation.kind)} ${context.activeId === annotation.id ? 'active' : ''}"
      data-annotation-id=${annotation.id}
    >
      <button type="button" class="jump" aria-current=${context.activeId === annotation.id ? 'true' : 'false'} @click=${() => context.onJump(annotation.id)}>
        <span class="meta">
          <span class="kind-swatch" aria-hidden="true"></span>
          <span class="kind-label">${label}</span>
          <span>${annotation.attribution?.name ?? strings.noSpeaker}</span>
          ${verdict ? html`<span class="verdict">${verdict}</span>` : nothing}
        </span>
        <span class="quote">${strings.quoted(quote)}</span>
      </button>
      ${context.review.has(annotation.id)
        ? html`<p class="review-note"><span>${strings.movedBadge}</span>
            <button type="button" @click=${() => context.onConfirmPlace(annotation.id)}>${strings.confirmPlace}</button></p>`
        : nothing}
      <div class="item-actions">
        <button type="button" aria-label="${strings.edit} ${label}: ${shortQuote(quote, 40)}" aria-expanded=${editing ? 'true' : 'false'} @click=${() => context.onEdit(annotation.id)}>${strings.edit}</button>
        <button type="button" class="danger" aria-label="${strings.delete} ${label}: ${shortQuote(quote, 40)}" @click=${() => context.onDelete(annotation.id)}>${strings.delete}</button>
      </div>
      ${editing ? context.renderForm(annotation.id) : nothing}
    </li>
  `;
}

function renderOrphans(context: PanelContext, orphans: PanelEntry[]): TemplateResult {
  const { strings } = context;
  return html`
    <section aria-labelledby="orphans-title">
      <h3 id="orphans-title">${strings.orphansTitle} (${orphans.length})</h3>
      <p class="help">${strings.orphansHelp}</p>
      <ul class="annotation-list orphans">
        ${repeat(
          orphans,
          (a) => a.id,
          (annotation) => {
            const label = kindLabel(context.kinds, annotation.kind);
            return html`
              <li class="annotation orphan ${kindClass(annotation.kind)}" data-annotation-id=${annotation.id}>
                <span class="meta"><span class="kind-label">${label}</span><span>${annotation.attribution?.name ?? strings.noSpeaker}</span></span>
                <s class="quote">${strings.quoted(shortQuote(annotation.exact))}</s>
                <div class="item-actions">
                  <button type="button" @click=${() => context.onReattach(annotation.id)}>${strings.reattach}</button>
                  <button type="button" class="danger" aria-label="${strings.delete} ${label}: ${shortQuote(annotation.exact, 40)}" @click=${() => context.onDelete(annotation.id)}>${strings.delete}</button>
                </div>
                ${context.editingId === annotation.id ? context.renderForm(annotation.id) : nothing}
              </li>
            `;
          },
        )}
      </ul>
    </section>
  `;
}
