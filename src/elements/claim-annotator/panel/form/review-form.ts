/**
 * The edit form's review fields (status, assignee, reviewer) and the
 * annotation's history, for kinds whose fields have a `review` entry. In the
 * on-demand chunk with the rest of the form.
 */
import { html, nothing, type TemplateResult } from 'lit';
import {
  type Agent,
  type Annotation,
  type AnnotationInput,
  type HistoryEntry,
  type ReviewStatus,
  type Verdict,
  agentName,
  findVerdict,
  statusLabel,
} from '../../../../model/index.ts';
import type { ClaimStrings } from '../../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../../shared/strings/on-demand-strings.ts';

/** What the review fields need. */
export interface ReviewFormContext {
  strings: ClaimStrings;
  annotation: Annotation;
  statuses: readonly ReviewStatus[];
  verdicts: readonly Verdict[];
}

/** The status select and the two people; a status from elsewhere stays offered as given. */
export function renderReviewFields(context: ReviewFormContext): TemplateResult {
  const { annotation, statuses } = context;
  const strings = onDemandWords(context.strings);
  const current = annotation.reviewStatus;
  const foreign = current !== undefined && !statuses.some((status) => status.id === current);
  return html`
    <fieldset class="review">
      <legend>${strings.review}</legend>
      <label>
        ${strings.reviewStatus}
        <select name="reviewStatus">
          <option value="" ?selected=${current === undefined}>${strings.noStatus}</option>
          ${statuses.map((status) => html`<option value=${status.id} ?selected=${status.id === current}>${status.label}</option>`)}
          ${foreign ? html`<option value=${current} selected>${current}</option>` : nothing}
        </select>
      </label>
      <label>${strings.assignee}<input type="text" name="assignee" autocomplete="off" value=${personName(annotation.assignee)} /></label>
      <label>${strings.reviewer}<input type="text" name="reviewer" autocomplete="off" value=${personName(annotation.reviewer)} /></label>
    </fieldset>
    ${renderHistory(context)}
  `;
}

const personName = (agent: Agent | undefined) => (agent ? agentName(agent) : '');

/** The history, newest first, folded away: a compact list of who changed what, when. */
function renderHistory(context: ReviewFormContext): TemplateResult | typeof nothing {
  const history = context.annotation.history ?? [];
  if (!history.length) return nothing;
  const strings = onDemandWords(context.strings);
  const value = (entry: HistoryEntry, id: string | undefined) =>
    id === undefined ? '' : entry.field === 'verdict' ? findVerdict(context.verdicts, id)?.label ?? id : statusLabel(context.statuses, id);
  return html`<details class="history">
    <summary>${strings.history(history.length)}</summary>
    <ol>
      ${[...history].reverse().map(
        (entry) => html`<li>
          <time datetime=${entry.when}>${entry.when.slice(0, 16).replace('T', ' ')}</time>
          ${strings.historyChange(entry.who ? agentName(entry.who) : '', entry.field === 'verdict' ? strings.verdict : strings.reviewStatus, value(entry, entry.from), value(entry, entry.to))}
        </li>`,
      )}
    </ol>
  </details>`;
}

/**
 * The review part of a submitted form: the status, and each person by name (a
 * person whose name is unchanged keeps what else was known of them, such as an IRI).
 */
export function reviewPatch(text: (name: string) => string, annotation: Partial<Annotation> | undefined): Partial<AnnotationInput> {
  const person = (name: string, known: Agent | undefined): Agent | undefined => (!name ? undefined : known && agentName(known) === name ? known : { name });
  return {
    reviewStatus: text('reviewStatus') || undefined,
    assignee: person(text('assignee'), annotation?.assignee),
    reviewer: person(text('reviewer'), annotation?.reviewer),
  };
}
