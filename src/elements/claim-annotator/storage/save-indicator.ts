/**
 * What the editor shows of saving: the save state in the status bar (with
 * "not kept" when the browser may clear storage) and the alert when saving
 * failed or a stored article could not be read, with its ways out.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SaveState, TextConflict } from '../../../persistence/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { storageProblem } from '../../shared/strings/storage-strings.ts';
import type { renderTextConflict } from './text-conflict.ts';

/** The states whose words take turns in the indicator while the fact-checker works. */
const workingStates = ['saved', 'saving', 'unsaved', 'opening'] as const;

/**
 * The save state as the status bar shows it. The words of the other working
 * states sit hidden in the same grid cell, so the indicator is as wide as its
 * longest words (with "not kept") and the buttons beside it never move when
 * it changes, nor when the browser grants persistence.
 */
export function renderSaveState({ state, persisted }: SaveState, strings: ClaimStrings): TemplateResult {
  const text = strings.saveStates[state];
  const kept = state !== 'memory' && state !== 'failed' && persisted === false ? ` ${strings.notPersisted}` : '';
  return html`<span class="save-indicator"
    ><span class="save-state save-${state}" role="status" title=${kept ? strings.notPersistedHelp : ''}>${text}${kept}</span>${workingStates.map((other) =>
      // with "not kept" always: when the browser grants persistence later, the words get shorter and nothing moves
      other === state && kept ? nothing : html`<span class="save-reserve" aria-hidden="true">${strings.saveStates[other]} ${strings.notPersisted}</span>`,
    )}</span
  >`;
}

/** What the storage alert's buttons do. */
export interface StorageAlertActions {
  exportBackup(): void;
  retry(): void;
  dismiss(): void;
}

/** The alert for a failed save (with Try again) or a stored article that could not be read (with Close), or nothing. */
export function renderStorageAlert(saveState: SaveState, storedProblem: string | null, strings: ClaimStrings, actions: StorageAlertActions): TemplateResult | typeof nothing {
  const failed = saveState.state === 'failed';
  if (!failed && !storedProblem) return nothing;
  return html`
    <div class="storage-alert" role="alert">
      <p>
        <strong>${failed ? strings.notSavedTitle : strings.storedProblemTitle}</strong>
        ${failed ? storageProblem(strings.storageProblems, saveState.reason) : storedProblem} ${failed ? strings.notSavedHelp : ''}
      </p>
      <div class="form-buttons">
        <button type="button" @click=${actions.exportBackup}>${strings.exportBackup}</button>
        ${failed ? html`<button type="button" @click=${actions.retry}>${strings.retrySaving}</button>` : nothing}
        ${!failed ? html`<button type="button" @click=${actions.dismiss}>${strings.close}</button>` : nothing}
      </div>
    </div>
  `;
}

/**
 * The notice that two tabs saved different text, and where the other version went:
 * rare, so its words and template (text-conflict.ts) load with the on-demand chunk
 * when a conflict happens, and it shows then.
 */
export class TextConflictNotice {
  #conflict: TextConflict | null = null;
  #template: typeof renderTextConflict | null = null;

  constructor(
    readonly host: { requestUpdate(): void },
    readonly load: <T>(chunk: Promise<T>) => Promise<T>,
  ) {}

  show(conflict: TextConflict): void {
    this.#conflict = conflict;
    void this.load(import('../on-demand.ts')).then(
      (chunk) => void ((this.#template = chunk.renderTextConflict), this.host.requestUpdate()),
      () => undefined, // the library still lists the copy
    );
  }

  render(strings: ClaimStrings): TemplateResult | typeof nothing {
    if (!this.#conflict || !this.#template) return nothing;
    return this.#template(this.#conflict, strings, () => {
      this.#conflict = null;
      this.host.requestUpdate();
    });
  }
}
