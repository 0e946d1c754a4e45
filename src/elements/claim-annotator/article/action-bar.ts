/**
 * The editor's actions bar, which stays in view while the article scrolls (sticky):
 * Undo, Redo and the save state; Suggest, the primary action; the Article menu (New
 * article, Article details, Import annotations) and the Export menu (Download .jsonld,
 * Download .csv, Copy ClaimReview, Print report); and who the fact-checker is.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { SaveState } from '../../../persistence/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { renderSaveState } from '../storage/save-indicator.ts';
import { type KeyBinding, keyHint, withKeyHint } from '../tagging/keys.ts';
import { MenuButtons } from './menu-buttons.ts';

/** What the actions bar shows and does. */
export interface ArticleActions {
  saveState: SaveState;
  keys: readonly KeyBinding[];
  canUndo: boolean;
  canRedo: boolean;
  /** The fact-checker's name, or null when nobody said. */
  checkerName: string | null;
  /** The hidden file input Import opens. */
  importFile: Ref<HTMLInputElement>;
  openArticleDialog(mode: 'new' | 'details'): void;
  openCheckerDialog(): void;
  importFileChosen(file: File): void;
  download(): void;
  downloadCsv(): void;
  printReport(): void;
  copyClaimReview(): void;
  suggest(): void;
  undo(): void;
  redo(): void;
}

export class ActionBar {
  readonly #menus: MenuButtons;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#menus = new MenuButtons(host);
  }

  render(strings: ClaimStrings, actions: ArticleActions): TemplateResult {
    const { keys } = actions;
    return html`
      <div class="actions-bar actions" part="actions">
        ${historyButton(keys, 'undo', strings.undo, actions.canUndo, actions.undo)}
        ${historyButton(keys, 'redo', strings.redo, actions.canRedo, actions.redo)} ${renderSaveState(actions.saveState, strings)}
        <button type="button" class="primary suggest" title=${strings.suggestHelp} @click=${actions.suggest}>${strings.suggest}</button>
        ${this.#menus.render('article', strings.articleMenu, [
          { label: strings.newArticle, run: () => actions.openArticleDialog('new') },
          { label: strings.articleDetails, run: () => actions.openArticleDialog('details') },
          { label: strings.importAnnotations, run: () => actions.importFile.value?.click() },
        ])}
        ${this.#menus.render('export', strings.exportMenu, [
          { label: strings.downloadJsonLd, run: actions.download },
          { label: strings.downloadCsv, run: actions.downloadCsv },
          { label: strings.copyClaimReview, run: actions.copyClaimReview },
          { label: strings.printReport, run: actions.printReport },
        ])}
        <input
          class="import-file"
          ${ref(actions.importFile)}
          type="file"
          hidden
          accept=".jsonld,.json,application/ld+json,application/json"
          @change=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            const file = input.files?.[0];
            input.value = ''; // choosing the same file again is a new import
            if (file) actions.importFileChosen(file);
          }}
        />
        <button type="button" class="checker" @click=${actions.openCheckerDialog}>${strings.checkerButton(actions.checkerName)}</button>
      </div>
    `;
  }
}

/** Undo or Redo, with its shortcut in the tooltip and `aria-keyshortcuts` (the key table's). */
function historyButton(keys: readonly KeyBinding[], name: 'undo' | 'redo', label: string, enabled: boolean, run: () => void): TemplateResult {
  const hint = keyHint(keys, name);
  return html`<button type="button" class="history" title=${withKeyHint(keys, name, label)} aria-keyshortcuts=${hint?.aria ?? nothing} ?disabled=${!enabled} @click=${run}>${label}</button>`;
}
