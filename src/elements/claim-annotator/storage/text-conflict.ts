/** The notice that two tabs saved different text (in the on-demand chunk: `TextConflictNotice` in save-indicator.ts loads it). */
import { html, type TemplateResult } from 'lit';
import type { TextConflict } from '../../../persistence/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

/** What happened, where the other version went, and Close (`dismiss`). */
export function renderTextConflict(conflict: TextConflict, strings: ClaimStrings, dismiss: () => void): TemplateResult {
  const words = onDemandWords(strings);
  return html`
    <div class="storage-alert text-conflict" role="alert">
      <p>
        <strong>${words.textConflictTitle}</strong>
        ${conflict.mine ? words.textConflictMine(conflict.copy.title) : words.textConflictOther(conflict.copy.title)}
      </p>
      <div class="form-buttons"><button type="button" @click=${dismiss}>${words.close}</button></div>
    </div>
  `;
}
