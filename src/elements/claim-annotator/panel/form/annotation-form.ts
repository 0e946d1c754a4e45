/**
 * The form that edits one annotation: the fields its kind offers, read on
 * submit (inputs are uncontrolled, so a re-render never drops what was typed).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Annotation, AnnotationInput, FieldName, KindDefinition, ReviewStatus, Source, Verdict } from '../../../../model/index.ts';
import { isQuoteKind, stances } from '../../../../model/index.ts';
import type { ClaimStrings } from '../../../shared/strings/annotator-strings.ts';
import { annotationProblem, onDemandWords } from '../../../shared/strings/on-demand-strings.ts';
import { renderReviewFields, reviewPatch } from './review-form.ts';
import { type DiscussionContext, renderDiscussion } from './discussion-form.ts';

/** What the form needs from the element. */
export interface AnnotationFormContext {
  /** The element's words. */
  strings: ClaimStrings;
  annotation: Annotation;
  /** The kind the form shows fields for: the annotation's, or the one just chosen. */
  kind: KindDefinition;
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  /** The status scale the review fields offer. */
  statuses: readonly ReviewStatus[];
  /** How many source rows to show (at least the annotation's sources). */
  sourceRows: number;
  /** Why the last save failed (an AnnotationError names the field), or null. */
  error: unknown;
  onSave(patch: Partial<AnnotationInput>): void;
  onCancel(): void;
  onDelete(): void;
  onSourceRows(count: number): void;
  onKindChange(kind: string): void;
  /** The annotation's links and discussion (discussion-form.ts). */
  discussion: DiscussionContext;
}

/** The patch a submitted form describes: every field of the chosen kind, empty ones cleared. */
export function patchFromForm(
  form: HTMLFormElement,
  kind: KindDefinition,
  sourceRows: number,
  context?: Partial<Annotation>,
): Partial<AnnotationInput> {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const patch: Partial<AnnotationInput> = { kind: kind.id };
  const fields = new Set<FieldName>(kind.fields);
  if (fields.has('attribution')) {
    patch.attribution = {
      name: text('attribution.name'),
      ...(text('attribution.type') === 'Organization' ? { type: 'Organization' as const } : {}),
      role: text('attribution.role'),
      organization: text('attribution.organization'),
    };
  }
  if (fields.has('claim')) patch.claim = text('claim');
  if (fields.has('verdict')) patch.verdict = text('verdict');
  if (fields.has('note')) patch.note = text('note');
  if (fields.has('occasion')) patch.occasion = text('occasion');
  if (fields.has('review')) Object.assign(patch, reviewPatch(text, context));
  if (fields.has('quoteStyle')) patch.quoteStyle = (text('quoteStyle') || undefined) as AnnotationInput['quoteStyle'];
  if (fields.has('sources')) {
    const sources: Source[] = [];
    for (let row = 0; row < sourceRows; row++) {
      const url = text(`source.${row}.url`);
      const title = text(`source.${row}.title`);
      if (!url && !title) continue;
      const accessed = text(`source.${row}.accessed`);
      const known = context?.sources?.[row]?.accessed;
      sources.push({
        url,
        title,
        stance: (text(`source.${row}.stance`) || undefined) as Source['stance'],
        // a date field holds the day only: keep a stored time of that same day
        accessed: known?.startsWith(accessed) && accessed ? known : accessed,
      });
    }
    patch.sources = sources;
  }
  return patch;
}

/** Renders the form for `context.annotation`. */
export function renderAnnotationForm(context: AnnotationFormContext): TemplateResult {
  const { kinds, kind } = context;
  const strings = onDemandWords(context.strings);
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    context.onSave(patchFromForm(event.currentTarget as HTMLFormElement, kind, context.sourceRows, context.annotation));
  };
  const keydown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      context.onCancel();
    }
  };
  return html`
    <form class="annotation-form" aria-label="${strings.edit} ${kind.label}" @submit=${submit} @keydown=${keydown}>
      <label>
        ${strings.kind}
        <select name="kind" @change=${(event: Event) => context.onKindChange((event.target as HTMLSelectElement).value)}>
          ${kinds.map((k) => html`<option value=${k.id} ?selected=${k.id === kind.id}>${k.label}</option>`)}
        </select>
      </label>
      ${kind.fields.map((field) => renderField(field, context, kind))}
      ${context.error ? html`<p class="error" role="alert">${annotationProblem(strings, context.error)}</p>` : nothing}
      <div class="form-buttons">
        <button type="button" class="danger" @click=${context.onDelete}>${strings.delete}</button>
        <button type="button" @click=${context.onCancel}>${strings.cancel}</button>
        <button type="submit" class="primary">${strings.save}</button>
      </div>
    </form>
    <form class="annotation-discussion" @submit=${(event: SubmitEvent) => event.preventDefault()} @keydown=${keydown}>
      ${renderDiscussion(strings, kinds, context.annotation, context.discussion)}
    </form>
  `;
}

function renderField(field: FieldName, context: AnnotationFormContext, kind: KindDefinition): TemplateResult {
  const { annotation } = context;
  const strings = onDemandWords(context.strings);
  switch (field) {
    case 'attribution':
      return html`
        <fieldset>
          <legend>${isQuoteKind(context.kinds, kind.id) ? strings.speaker : strings.claimedBy}</legend>
          <label>${strings.name}<input type="text" name="attribution.name" autocomplete="off" value=${annotation.attribution?.name ?? ''} /></label>
          ${speakerTypes(context)}
          <label>${strings.role}<input type="text" name="attribution.role" autocomplete="off" value=${annotation.attribution?.role ?? ''} /></label>
          <label>${strings.organization}<input type="text" name="attribution.organization" autocomplete="off" value=${annotation.attribution?.organization ?? ''} /></label>
        </fieldset>
      `;
    case 'claim':
      return html`<label>${strings.claim}<textarea name="claim" rows="3" .value=${annotation.claim ?? ''}></textarea></label>`;
    case 'verdict':
      return html`
        <label>
          ${strings.verdict}
          <select name="verdict">
            ${context.verdicts.map(
              (verdict) => html`<option value=${verdict.id} title=${verdict.description} ?selected=${verdict.id === annotation.verdict}>${verdict.label}</option>`,
            )}
          </select>
        </label>
      `;
    case 'note':
      return html`<label>${strings.note}<textarea name="note" rows="2" .value=${annotation.note ?? ''}></textarea></label>`;
    case 'occasion':
      return html`<label>${strings.occasion}<input type="text" name="occasion" value=${annotation.occasion ?? ''} /></label>`;
    case 'quoteStyle':
      return html`
        <fieldset>
          <legend>${strings.quoteStyle}</legend>
          <label class="inline"><input type="radio" name="quoteStyle" value="direct" ?checked=${annotation.quoteStyle === 'direct'} />${strings.direct}</label>
          <label class="inline"><input type="radio" name="quoteStyle" value="indirect" ?checked=${annotation.quoteStyle === 'indirect'} />${strings.indirect}</label>
        </fieldset>
      `;
    case 'sources':
      return renderSources(context);
    case 'review':
      return renderReviewFields(context);
  }
}

/** Person (the default) or Organization: said, never guessed from the name. */
function speakerTypes(context: AnnotationFormContext): TemplateResult {
  const strings = onDemandWords(context.strings);
  const organisation = context.annotation.attribution?.type === 'Organization';
  return html`<div class="speaker-type">
    <label class="inline"><input type="radio" name="attribution.type" value="Person" ?checked=${!organisation} />${strings.speakerPerson}</label>
    <label class="inline"><input type="radio" name="attribution.type" value="Organization" ?checked=${organisation} />${strings.speakerOrganization}</label>
  </div>`;
}

function renderSources(context: AnnotationFormContext): TemplateResult {
  const strings = onDemandWords(context.strings);
  const sources = context.annotation.sources ?? [];
  const rows = Array.from({ length: context.sourceRows }, (_, index) => index);
  return html`
    <fieldset>
      <legend>${strings.sources}</legend>
      ${repeat(
        rows,
        (row) => row,
        (row) => html`
          <div class="source-row">
            <label>${strings.sourceUrl}<input type="url" name="source.${row}.url" placeholder="https://" value=${sources[row]?.url ?? ''} /></label>
            <label>${strings.sourceTitle}<input type="text" name="source.${row}.title" value=${sources[row]?.title ?? ''} /></label>
            <label>${strings.accessed}<input type="date" name="source.${row}.accessed" value=${sources[row]?.accessed?.slice(0, 10) ?? ''} /></label>
            <label>
              ${strings.stance}
              <select name="source.${row}.stance">
                <option value="" ?selected=${!sources[row]?.stance}>—</option>
                ${stances.map((stance) => html`<option value=${stance} ?selected=${sources[row]?.stance === stance}>${strings.stances[stance]}</option>`)}
              </select>
            </label>
          </div>
        `,
      )}
      <div class="form-buttons">
        ${context.sourceRows > 0
          ? html`<button type="button" @click=${() => context.onSourceRows(context.sourceRows - 1)}>${strings.removeSource}</button>`
          : nothing}
        <button type="button" @click=${() => context.onSourceRows(context.sourceRows + 1)}>${strings.addSource}</button>
      </div>
    </fieldset>
  `;
}
