/**
 * The article dialog: start a new article by pasting text or HTML or opening
 * an .html/.txt file, and fill in its metadata; or edit the current article's
 * metadata alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { type Ref, ref } from 'lit/directives/ref.js';
import type { ArticleMetadata } from '../../../model/index.ts';
import { maxArticleHtmlCharacters } from '../../../persistence/limits.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import type { OnDemandStrings } from '../../shared/strings/on-demand-strings.ts';

export type ArticleDialogMode = 'new' | 'details';

export interface ArticleDialogContext {
  /** Set to the rendered `<dialog>`. */
  dialog: Ref<HTMLDialogElement>;
  strings: ClaimStrings & OnDemandStrings;
  mode: ArticleDialogMode;
  metadata: ArticleMetadata;
  /** Whether HTML from a paste or file stands behind the textarea's text. */
  keepsHtml: boolean;
  error: string | null;
  dropActive: boolean;
  onSubmit(form: HTMLFormElement): void;
  onClose(): void;
  onPaste(event: ClipboardEvent): void;
  onTextInput(): void;
  onFile(file: File): void;
  onDropActive(active: boolean): void;
}

/** Largest article file the dialog opens: as much as `loadArticle` parses as HTML (persistence/limits.ts). */
export const maxArticleFileBytes = maxArticleHtmlCharacters;

/**
 * The dialog. Metadata fields bind the `value` attribute (the default value), so
 * resetting the form when the dialog opens shows the current metadata again.
 */
export function renderArticleDialog(context: ArticleDialogContext): TemplateResult {
  const isNew = context.mode === 'new';
  const { metadata, strings } = context;
  const dragover = (event: DragEvent) => {
    if (!isNew || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    context.onDropActive(true);
  };
  const drop = (event: DragEvent) => {
    if (!isNew) return;
    event.preventDefault();
    context.onDropActive(false);
    const file = event.dataTransfer?.files[0];
    if (file) context.onFile(file);
  };
  return html`
    <dialog
      class="article-dialog ${context.dropActive ? 'drop-target' : ''}"
      aria-labelledby="article-dialog-title"
      ${ref(context.dialog)}
      @close=${context.onClose}
      @dragover=${dragover}
      @dragleave=${() => context.onDropActive(false)}
      @drop=${drop}
    >
      <h2 id="article-dialog-title">${isNew ? strings.newArticle : strings.articleDetails}</h2>
      <form
        method="dialog"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          context.onSubmit(event.currentTarget as HTMLFormElement);
        }}
      >
        ${isNew
          ? html`
              <label>
                ${strings.articleText}
                <textarea name="content" aria-describedby="article-text-help" @paste=${context.onPaste} @input=${context.onTextInput}></textarea>
              </label>
              <p class="help" id="article-text-help">${context.keepsHtml ? strings.pastedHtml : strings.articleTextHelp}</p>
              <label>
                ${strings.chooseFile}
                <input
                  type="file"
                  name="file"
                  accept=".html,.htm,.txt,text/html,text/plain"
                  @change=${(event: Event) => {
                    const file = (event.target as HTMLInputElement).files?.[0];
                    if (file) context.onFile(file);
                  }}
                />
              </label>
            `
          : nothing}
        <div class="metadata-grid">
          <label>${strings.headline}<input type="text" name="title" value=${metadata.title ?? ''} /></label>
          <label>${strings.url}<input type="url" name="url" placeholder="https://" value=${metadata.url ?? ''} /></label>
          <label>${strings.publisher}<input type="text" name="publisher" value=${metadata.publisher ?? ''} /></label>
          <label>${strings.author}<input type="text" name="author" value=${metadata.author ?? ''} /></label>
          <label>${strings.published}<input type="date" name="published" value=${(metadata.published ?? '').slice(0, 10)} /></label>
        </div>
        ${context.error ? html`<p class="error" role="alert">${context.error}</p>` : nothing}
        <div class="form-buttons">
          <button type="button" @click=${(event: Event) => (event.target as HTMLElement).closest('dialog')?.close()}>${strings.cancel}</button>
          <button type="submit" class="primary">${isNew ? strings.load : strings.apply}</button>
        </div>
      </form>
    </dialog>
  `;
}

/** Metadata from the dialog's form fields. A date-only field keeps the stored time when it has the same day. */
export function metadataFromForm(form: HTMLFormElement, previous: ArticleMetadata): ArticleMetadata {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  const day = value('published');
  const published = day && previous.published?.startsWith(day) ? previous.published : day;
  return { title: value('title'), url: value('url'), publisher: value('publisher'), author: value('author'), published };
}
