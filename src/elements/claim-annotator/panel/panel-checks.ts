/**
 * The panel's rarer parts, loaded with the on-demand chunk when first needed: the
 * detached annotations (whose text an edit deleted, or an import could not place)
 * and what an import did with an annotation it placed on changed words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { kindClass } from '../../../editor/index.ts';
import { findVerdict, kindLabel, verdictTone } from '../../../model/index.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';
import { type PanelContext, type PanelEntry, itemQuote, renderAuthorship, renderSpeaker } from './annotation-panel.ts';

/** What an import did with the annotation, the file's words beside the words it sits on when they differ, and "Looks right". */
export function renderPlacementCheck(context: PanelContext, annotation: PanelEntry): TemplateResult {
  const strings = onDemandWords(context.strings);
  const check = annotation.placementCheck!;
  const said = check.reason === 'ambiguous' ? strings.placementChecks.ambiguous(check.candidates ?? 2) : strings.placementChecks[check.reason as 'changed' | 'moved'];
  return html`<div class="review-note">
    <p>${said}</p>
    ${check.fileQuote && check.fileQuote !== check.placedText
      ? html`<dl class="old-new">
          <dt>${strings.inTheFile}</dt><dd><del>${strings.quoted(check.fileQuote)}</del></dd>
          <dt>${strings.inTheArticle}</dt><dd><ins>${strings.quoted(check.placedText)}</ins></dd>
        </dl>`
      : nothing}
    <button type="button" @click=${() => context.onConfirmPlace(annotation.id)}>${strings.confirmPlace}</button>
  </div>`;
}

/** The detached annotations, apart, with Re-attach and Delete. */
export function renderDetached(context: PanelContext, orphans: readonly PanelEntry[]): TemplateResult {
  const strings = onDemandWords(context.strings);
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
            const verdict = annotation.verdict ? findVerdict(context.verdicts, annotation.verdict)?.label ?? annotation.verdict : null;
            return html`
              <li class="annotation orphan ${kindClass(annotation.kind)}" data-annotation-id=${annotation.id}>
                <span class="meta"
                  ><span class="kind-label">${label}</span>${renderSpeaker(context, annotation)}${annotation.private
                    ? html`<span class="private-badge" title=${strings.privateHelp}>${strings.privateBadge}</span>`
                    : nothing}${verdict ? html`<span class="verdict tone-${verdictTone(context.verdicts, annotation.verdict!)}">${verdict}</span>` : nothing}</span
                >
                <s class="quote">${strings.quoted(itemQuote(annotation).line)}</s>
                ${renderAuthorship(strings, annotation)}
                <p class="orphan-reason">${annotation.placementCheck?.reason === 'not-found' ? strings.notFound : strings.textDeleted}</p>
                <div class="item-actions">
                  <button type="button" @click=${() => context.onReattach(annotation.id)}>${strings.reattach}</button>
                  <button type="button" class="danger" aria-label="${strings.delete} ${label}: ${itemQuote(annotation).short}" @click=${() => context.onDelete(annotation.id)}>${strings.delete}</button>
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
