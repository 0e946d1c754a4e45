/**
 * Two tabs saved different text: the notice that says where the other version
 * went, and the headline of the copy. Rare, so in the on-demand chunk with
 * their words, loaded when it happens.
 */
import { html, type TemplateResult } from 'lit';
import type { TextConflict } from '../../../persistence/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

/** The headline of the copy that keeps this tab's text: the article's (or "Untitled article"), marked as the other version. */
export function conflictCopyTitle(strings: ClaimStrings, title: string | undefined): string {
  return onDemandWords(strings).conflictCopyTitle(title?.trim() || strings.untitled);
}

/** The notice that two tabs saved different text, and where the other version went; or nothing. */
export function renderTextConflict(conflict: TextConflict, given: ClaimStrings, dismiss: () => void): TemplateResult {
  const strings = onDemandWords(given);
  return html`
    <div class="storage-alert text-conflict" role="alert">
      <p>
        <strong>${strings.textConflictTitle}</strong>
        ${conflict.mine ? strings.textConflictMine(conflict.copy.title) : strings.textConflictOther(conflict.copy.title)}
      </p>
      <div class="form-buttons"><button type="button" @click=${dismiss}>${strings.close}</button></div>
    </div>
  `;
}
