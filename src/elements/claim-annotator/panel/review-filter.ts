/**
 * The panel's review filters: by status, by who an annotation is assigned to
 * and who reviews it (a name contains the words typed), and "My work" (assigned
 * to or awaiting review by the fact-checker at this editor).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Agent, type ReviewStatus, agentName, isMyWork } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import type { PanelEntry } from './annotation-panel.ts';

/** What the review filters let through; empty texts let everything through. */
export interface ReviewFilterValue {
  status: string;
  assignee: string;
  reviewer: string;
  /** Whether only the work of `checker` is shown ("My work": none when no fact-checker is known). */
  mine: boolean;
  checker?: Agent;
}

/** Whether `entry` passes `filter`. */
export function matchesReview(filter: ReviewFilterValue, entry: PanelEntry): boolean {
  const has = (agent: Agent | undefined, words: string) => !words || (agent !== undefined && agentName(agent).toLocaleLowerCase().includes(words));
  if (filter.status && entry.reviewStatus !== filter.status) return false;
  if (filter.mine && !isMyWork(entry, filter.checker)) return false;
  return has(entry.assignee, filter.assignee.trim().toLocaleLowerCase()) && has(entry.reviewer, filter.reviewer.trim().toLocaleLowerCase());
}

/** The filters' state, changed by the user; `changed` draws the panel again. */
export class ReviewFilter {
  #value = { status: '', assignee: '', reviewer: '', mine: false };

  constructor(readonly changed: () => void) {}

  /** The filter now, with `checker` as the one whose work "My work" shows; undefined when it lets everything through. */
  value(checker: Agent | undefined): ReviewFilterValue | undefined {
    const { status, assignee, reviewer, mine } = this.#value;
    return status || assignee.trim() || reviewer.trim() || mine ? { ...this.#value, checker } : undefined;
  }

  /** The filters' row, when any kind takes part in review (`reviewing`). */
  render(strings: ClaimStrings, statuses: readonly ReviewStatus[], reviewing: boolean): TemplateResult | typeof nothing {
    if (!reviewing) return nothing;
    const value = this.#value;
    const set = (key: 'status' | 'assignee' | 'reviewer' | 'mine') => (event: Event) => {
      const input = event.target as HTMLInputElement;
      this.#value = { ...this.#value, [key]: key === 'mine' ? input.checked : input.value };
      this.changed();
    };
    const person = (key: 'assignee' | 'reviewer', label: string) =>
      html`<label>${label}<input type="search" name="${key}-filter" .value=${value[key]} @input=${set(key)} /></label>`;
    // one line until opened: My work, and the status and people filters folded away
    return html`<div class="filters">
      <label class="inline"><input type="checkbox" name="my-work" .checked=${value.mine} @change=${set('mine')} />${strings.myWork}</label>
      <details class="review-filters">
        <summary>${strings.reviewFilters}</summary>
        <div class="filters">
          <label>
            ${strings.statusFilter}
            <select name="status-filter" @change=${set('status')}>
              <option value="" ?selected=${!value.status}>${strings.anyStatus}</option>
              ${statuses.map((status) => html`<option value=${status.id} ?selected=${value.status === status.id}>${status.label}</option>`)}
            </select>
          </label>
          ${person('assignee', strings.assigneeFilter)} ${person('reviewer', strings.reviewerFilter)}
        </div>
      </details>
    </div>`;
  }
}
