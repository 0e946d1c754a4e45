/**
 * The panel's folded review filters: status, and whose work (assigned to,
 * reviewed by: a name contains the words typed). In the on-demand chunk, drawn
 * once the fact-checker unfolds them (review-filter.ts), with the grouping of
 * the list they offer.
 */
import { html, type TemplateResult } from 'lit';
import type { ReviewFieldsContext, ReviewFilterValue, ReviewGroup } from './review-filter.ts';
import type { PanelEntry } from './annotation-panel.ts';
import { type ReviewStatus, agentName, statusLabel } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

export function renderReviewFields({ strings, statuses, value, set }: ReviewFieldsContext): TemplateResult {
  const words = onDemandWords(strings);
  const person = (key: 'assignee' | 'reviewer', label: string) =>
    html`<label>${label}<input type="search" name="${key}-filter" .value=${value[key]} @input=${(event: Event) => set(key, (event.target as HTMLInputElement).value)} /></label>`;
  return html`<div class="filters">
    <label>
      ${words.statusFilter}
      <select name="status-filter" @change=${(event: Event) => set('status', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value.status}>${words.anyStatus}</option>
        ${statuses.map((status) => html`<option value=${status.id} ?selected=${value.status === status.id}>${status.label}</option>`)}
      </select>
    </label>
    ${person('assignee', words.assigneeFilter)} ${person('reviewer', words.reviewerFilter)}
    <label>
      ${words.groupBy}
      <select name="group-by" @change=${(event: Event) => set('group', (event.target as HTMLSelectElement).value)}>
        ${(['', 'status', 'assignee', 'reviewer'] as const).map((group) => html`<option value=${group} ?selected=${value.group === group}>${words.groups[group || 'none']}</option>`)}
      </select>
    </label>
  </div>`;
}

/** The group `entry` belongs to under `group`: a status id, a person's name, or '' for none. */
export function groupOf(group: ReviewGroup, entry: PanelEntry): string {
  if (group === 'status') return entry.reviewStatus ?? '';
  const person = group === 'assignee' ? entry.assignee : group === 'reviewer' ? entry.reviewer : undefined;
  return person ? agentName(person) : '';
}

/**
 * `entries` in their groups (`filter.group`), each group in document order: statuses in the
 * scale's order, then those from elsewhere by name; people by name; the entries of no
 * group last. The entries themselves when nothing groups them.
 */
export function grouped(entries: readonly PanelEntry[], filter: ReviewFilterValue): readonly PanelEntry[] {
  const group = filter.group;
  if (!group) return entries;
  const order = filter.order ?? [];
  const rank = (key: string) => (key === '' ? [2, ''] : group === 'status' && order.includes(key) ? [0, String(order.indexOf(key)).padStart(4, '0')] : [1, key.toLocaleLowerCase()]);
  const keyed = entries.map((entry, index) => ({ entry, index, rank: rank(groupOf(group, entry)) }));
  keyed.sort((a, b) => (a.rank[0] as number) - (b.rank[0] as number) || (a.rank[1] < b.rank[1] ? -1 : a.rank[1] > b.rank[1] ? 1 : 0) || a.index - b.index);
  return keyed.map(({ entry }) => entry);
}

/** The headings of a grouped list: each group's label and how many of the shown entries it holds. */
export function groupHeadings(filter: ReviewFilterValue, shown: readonly PanelEntry[], statuses: readonly ReviewStatus[], strings: ClaimStrings): { of(entry: PanelEntry): string; heading(group: string): string } {
  const group = filter.group;
  const words = onDemandWords(strings);
  const counts = new Map<string, number>();
  for (const entry of shown) counts.set(groupOf(group, entry), (counts.get(groupOf(group, entry)) ?? 0) + 1);
  return {
    of: (entry) => groupOf(group, entry),
    heading: (key) => `${key === '' ? (group === 'status' ? words.noStatusGroup : words.nobodyGroup) : group === 'status' ? statusLabel(statuses, key) : key} (${counts.get(key) ?? 0})`,
  };
}
