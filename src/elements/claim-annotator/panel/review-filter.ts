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
  /** How the list is grouped: by status (in the scale's order), by assignee or by reviewer (by name); '' for document order. */
  group: ReviewGroup;
  /** The status scale's ids in order, for grouping by status. */
  order?: readonly string[];
  /** Puts the entries in their groups (from the folded fields' chunk, which alone sets `group`). */
  arrange?: (entries: readonly PanelEntry[]) => readonly PanelEntry[];
}

export type ReviewGroup = '' | 'status' | 'assignee' | 'reviewer';

/** Whether `entry` passes `filter`. */
export function matchesReview(filter: ReviewFilterValue, entry: PanelEntry): boolean {
  const has = (agent: Agent | undefined, words: string) => !words || (agent !== undefined && agentName(agent).toLocaleLowerCase().includes(words));
  if (filter.status && entry.reviewStatus !== filter.status) return false;
  if (filter.mine && !isMyWork(entry, filter.checker)) return false;
  return has(entry.assignee, filter.assignee.trim().toLocaleLowerCase()) && has(entry.reviewer, filter.reviewer.trim().toLocaleLowerCase());
}

/** What the folded fields' chunk gives: their template, and the list's grouping (review-fields.ts). */
export interface ReviewFieldsChunk {
  renderReviewFields(context: ReviewFieldsContext): TemplateResult;
  grouped(entries: readonly PanelEntry[], filter: ReviewFilterValue): readonly PanelEntry[];
  groupHeadings(filter: ReviewFilterValue, shown: readonly PanelEntry[], statuses: readonly ReviewStatus[], strings: ClaimStrings): { of(entry: PanelEntry): string; heading(group: string): string };
}

/** What the filters' folded fields need (drawn by `renderReviewFields`, in the on-demand chunk). */
export interface ReviewFieldsContext {
  strings: ClaimStrings;
  statuses: readonly ReviewStatus[];
  value: Readonly<Record<'status' | 'assignee' | 'reviewer' | 'group', string>>;
  set(key: 'status' | 'assignee' | 'reviewer' | 'group', value: string): void;
}

/** The filters' state, changed by the user; `changed` draws the panel again. */
export class ReviewFilter {
  #value = { status: '', assignee: '', reviewer: '', mine: false, group: '' as ReviewGroup };
  /** The folded fields' template, once the on-demand chunk is here (`load` brings it when they are first opened). */
  #chunk: ReviewFieldsChunk | null = null;

  constructor(
    readonly changed: () => void,
    readonly load: () => Promise<ReviewFieldsChunk>,
  ) {}

  /** The list's group headings, when it is grouped. */
  headings(filter: ReviewFilterValue | undefined, shown: readonly PanelEntry[], statuses: readonly ReviewStatus[], strings: ClaimStrings): ReturnType<ReviewFieldsChunk['groupHeadings']> | undefined {
    return filter?.group && this.#chunk ? this.#chunk.groupHeadings(filter, shown, statuses, strings) : undefined;
  }

  /** The filter now, with `checker` as the one whose work "My work" shows; undefined when it lets everything through. */
  value(checker: Agent | undefined, statuses: readonly ReviewStatus[]): ReviewFilterValue | undefined {
    const { status, assignee, reviewer, mine, group } = this.#value;
    if (!(status || assignee.trim() || reviewer.trim() || mine || group)) return undefined;
    const value: ReviewFilterValue = { ...this.#value, checker, order: group === 'status' ? statuses.map((s) => s.id) : undefined };
    const chunk = this.#chunk;
    if (group && chunk) value.arrange = (entries) => chunk.grouped(entries, value);
    return value;
  }

  /** The filters' row, when any kind takes part in review (`reviewing`). */
  render(strings: ClaimStrings, statuses: readonly ReviewStatus[], reviewing: boolean): TemplateResult | typeof nothing {
    if (!reviewing) return nothing;
    const value = this.#value;
    const set = (key: 'status' | 'assignee' | 'reviewer' | 'mine' | 'group', given: string | boolean) => {
      this.#value = { ...this.#value, [key]: given };
      this.changed();
    };
    // the status and people fields come with the on-demand chunk, the first time they are unfolded
    const toggled = (event: Event) => {
      if (!this.#chunk && (event.target as HTMLDetailsElement).open) {
        this.load().then(
          (chunk) => void ((this.#chunk = chunk), this.changed()),
          () => undefined, // folding them again tries again
        );
      }
    };
    // one line until opened: My work, and the status and people filters folded away
    return html`<div class="filters">
      <label class="inline"><input type="checkbox" name="my-work" .checked=${value.mine} @change=${(event: Event) => set('mine', (event.target as HTMLInputElement).checked)} />${strings.myWork}</label>
      <details class="review-filters" @toggle=${toggled}>
        <summary>${strings.reviewFilters}</summary>
        ${this.#chunk?.renderReviewFields({ strings, statuses, value, set }) ?? nothing}
      </details>
    </div>`;
  }
}
