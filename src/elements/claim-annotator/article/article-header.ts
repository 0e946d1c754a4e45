/**
 * The article's header: its headline and byline (publisher, author, date, a
 * link to the source), and in the editor the actions bar: the save state, the
 * article's and the exchange's actions, Suggest, Undo and Redo.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ArticleMetadata } from '../../../model/index.ts';
import type { SaveState } from '../../../persistence/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { renderSaveState } from '../storage/save-indicator.ts';
import { type KeyBinding, keyHint, withKeyHint } from '../tagging/keys.ts';
import { formatDate, hostOf } from './article-loading.ts';

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
  copyClaimReview(): void;
  suggest(): void;
  undo(): void;
  redo(): void;
}

/**
 * The headline and byline; with `actions`, the actions bar too (the editor).
 * Readers (no `actions`) see the headline only when there is one and the text
 * does not begin with it (`inText`), and no header when nothing is left to show.
 */
export function renderArticleHeader(
  metadata: ArticleMetadata,
  strings: ClaimStrings,
  locale: string | undefined,
  actions: ArticleActions | null,
  inText = false,
): TemplateResult | typeof nothing {
  const { publisher, author, published, url } = metadata;
  const title = actions ? (metadata.title ?? strings.untitled) : inText ? undefined : metadata.title;
  const byline = [publisher, author, published ? formatDate(published, locale) : undefined].filter(Boolean).join(' · ');
  if (!actions && !title && !byline && !url) return nothing;
  return html`
    <header class="article-header" part="header">
      <div>
        ${title ? html`<h2 class="headline">${title}</h2>` : nothing}
        <p class="byline">
          ${byline}${url ? html`${byline ? ' · ' : ''}<a href=${url} target="_blank" rel="noopener noreferrer">${hostOf(url)}</a>` : nothing}
        </p>
      </div>
      ${actions ? renderActions(strings, actions) : nothing}
    </header>
  `;
}

function renderActions(strings: ClaimStrings, actions: ArticleActions): TemplateResult {
  const { keys } = actions;
  return html`
    <div class="actions">
      ${renderSaveState(actions.saveState, strings)}
      <button type="button" @click=${() => actions.openArticleDialog('new')}>${strings.newArticle}</button>
      <button type="button" @click=${() => actions.openArticleDialog('details')}>${strings.articleDetails}</button>
      <button type="button" @click=${() => actions.importFile.value?.click()}>${strings.importAnnotations}</button>
      <button type="button" @click=${actions.download}>${strings.downloadJsonLd}</button>
      <button type="button" @click=${actions.downloadCsv}>${strings.downloadCsv}</button>
      <button type="button" @click=${actions.copyClaimReview}>${strings.copyClaimReview}</button>
      <button type="button" title=${strings.suggestHelp} @click=${actions.suggest}>${strings.suggest}</button>
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
      ${historyButton(keys, 'undo', strings.undo, actions.canUndo, actions.undo)}
      ${historyButton(keys, 'redo', strings.redo, actions.canRedo, actions.redo)}
      <button type="button" class="checker" @click=${actions.openCheckerDialog}>${strings.checkerButton(actions.checkerName)}</button>
    </div>
  `;
}

/** Undo or Redo, with its shortcut in the tooltip and `aria-keyshortcuts` (the key table's). */
function historyButton(keys: readonly KeyBinding[], name: 'undo' | 'redo', label: string, enabled: boolean, run: () => void): TemplateResult {
  const hint = keyHint(keys, name);
  return html`<button type="button" title=${withKeyHint(keys, name, label)} aria-keyshortcuts=${hint?.aria ?? nothing} ?disabled=${!enabled} @click=${run}>${label}</button>`;
}
