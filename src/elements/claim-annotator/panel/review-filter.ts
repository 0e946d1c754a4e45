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

/** What the filters' folded fields need (drawn by `renderReviewFields`, in the on-demand chunk). */
export interface ReviewFieldsContext {
  strings: ClaimStrings;
  statuses: readonly ReviewStatus[];
  value: Readonly<Record<'status' | 'assignee' | 'reviewer', string>>;
  set(key: 'status' | 'assignee' | 'reviewer', value: string): void;
}

/** The filters' state, changed by the user; `changed` draws the panel again. */
export class ReviewFilter {
  #value = { status: '', assignee: '', reviewer: '', mine: false };
  /** The folded fields' template, once the on-demand chunk is here (`load` brings it when they are first opened). */
  #fields: ((context: ReviewFieldsContext) => TemplateResult) | null = null;

  constructor(
    readonly changed: () => void,
    readonly load: () => Promise<{ renderReviewFields(context: ReviewFieldsContext): TemplateResult }>,
  ) {}

  /** The filter now, with `checker` as the one whose work "My work" shows; undefined when it lets everything through. */
  value(checker: Agent | undefined): ReviewFilterValue | undefined {
    const { status, assignee, reviewer, mine } = this.#value;
    return status || assignee.trim() || reviewer.trim() || mine ? { ...this.#value, checker } : undefined;
  }

  /** The filters' row, when any kind takes part in review (`reviewing`). */
  render(strings: ClaimStrings, statuses: readonly ReviewStatus[], reviewing: boolean): TemplateResult | typeof nothing {
    if (!reviewing) return nothing;
    const value = this.#value;
    const set = (key: 'status' | 'assignee' | 'reviewer' | 'mine', given: string | boolean) => {
      this.#value = { ...this.#value, [key]: given };
      this.changed();
    };
    // the status and people fields come with the on-demand chunk, the first time they are unfolded
    const toggled = (event: Event) => {
      if (!this.#fields && (event.target as HTMLDetailsElement).open) {
        this.load().then(
          (chunk) => void ((this.#fields = chunk.renderReviewFields), this.changed()),
          () => undefined, // folding them again tries again
        );
      }
    };
    // one line until opened: My work, and the status and people filters folded away
    return html`<div class="filters">
      <label class="inline"><input type="checkbox" name="my-work" .checked=${value.mine} @change=${(event: Event) => set('mine', (event.target as HTMLInputElement).checked)} />${strings.myWork}</label>
      <details class="review-filters" @toggle=${toggled}>
        <summary>${strings.reviewFilters}</summary>
        ${this.#fields?.({ strings, statuses, value, set }) ?? nothing}
      </details>
    </div>`;
  }
}
