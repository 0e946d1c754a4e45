/**
 * "Your name": the dialog where the fact-checker says who they are. It loads
 * with the on-demand chunk when they open it; the name lives in the element
 * (`creator`) and in this browser (fact-checker.ts).
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { createRef, ref } from 'lit/directives/ref.js';
import type { ClaimStrings } from '../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../shared/strings/on-demand-strings.ts';
import { adoptDialogStyles } from './dialog.styles.ts';
import type { FactChecker } from './fact-checker.ts';

/** What the dialog needs of the element. */
export interface CheckerDialogNeeds {
  strings(): ClaimStrings;
  checker(): FactChecker | null;
  /** The name given (empty: forget it). */
  choose(name: string): void;
}

export class CheckerDialog {
  readonly #dialog = createRef<HTMLDialogElement>();

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    readonly needs: CheckerDialogNeeds,
  ) {
    adoptDialogStyles(host.renderRoot);
  }

  /** Opens the dialog with the current name, its field focused. */
  open(): void {
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.#dialog.value;
      const input = dialog?.querySelector('input');
      if (!dialog || !input) return;
      input.value = this.needs.checker()?.name ?? '';
      if (!dialog.open) dialog.showModal();
      input.focus();
    });
  }

  render(): TemplateResult {
    const strings = onDemandWords(this.needs.strings());
    return html`
      <dialog class="checker-dialog" aria-labelledby="checker-title" ${ref(this.#dialog)}>
        <h2 id="checker-title">${strings.checkerTitle}</h2>
        <p class="help" id="checker-help">${strings.checkerHelp}</p>
        <form
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            const form = event.currentTarget as HTMLFormElement;
            this.needs.choose(String(new FormData(form).get('name') ?? ''));
            form.closest('dialog')?.close();
          }}
        >
          <label>${strings.checkerName}<input type="text" name="name" autocomplete="name" maxlength="200" aria-describedby="checker-help" /></label>
          <div class="form-buttons">
            <button type="button" @click=${() => this.#dialog.value?.close()}>${strings.cancel}</button>
            <button type="submit" class="primary">${strings.checkerSave}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}
