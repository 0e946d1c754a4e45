/**
 * The panel's folded review filters: status, and whose work (assigned to,
 * reviewed by: a name contains the words typed). In the on-demand chunk, drawn
 * once the fact-checker unfolds them (review-filter.ts).
 */
import { html, type TemplateResult } from 'lit';
import type { ReviewFieldsContext } from './review-filter.ts';

export function renderReviewFields({ strings, statuses, value, set }: ReviewFieldsContext): TemplateResult {
  const person = (key: 'assignee' | 'reviewer', label: string) =>
    html`<label>${label}<input type="search" name="${key}-filter" .value=${value[key]} @input=${(event: Event) => set(key, (event.target as HTMLInputElement).value)} /></label>`;
  return html`<div class="filters">
    <label>
      ${strings.statusFilter}
      <select name="status-filter" @change=${(event: Event) => set('status', (event.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${!value.status}>${strings.anyStatus}</option>
        ${statuses.map((status) => html`<option value=${status.id} ?selected=${value.status === status.id}>${status.label}</option>`)}
      </select>
    </label>
    ${person('assignee', strings.assigneeFilter)} ${person('reviewer', strings.reviewerFilter)}
  </div>`;
}
