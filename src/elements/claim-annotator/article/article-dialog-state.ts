/**
 * The article dialog's state and behaviour: a new article from pasted text or
 * HTML or an .html/.txt file, with its metadata; or the current article's
 * details. The element supplies the metadata and what to do with the result.
 */
import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { createRef } from 'lit/directives/ref.js';
import { articleFromHtml, headlineOfHtml } from '../../../editor/index.ts';
import { ArticleError, type ArticleMetadata } from '../../../model/index.ts';
import { maxArticleCharacters, maxArticleHtmlCharacters } from '../../../persistence/limits.ts';
import { type ArticleDialogMode, maxArticleFileBytes, metadataFromForm, renderArticleDialog } from './article-dialog.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { articleProblem, onDemandWords } from '../../shared/strings/on-demand-strings.ts';
import { adoptDialogStyles } from '../dialog.styles.ts';

/** What the dialog needs of the element. */
export interface ArticleDialogNeeds {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  metadata(): ArticleMetadata;
  /** Saves edited details of the current article. */
  changeMetadata(metadata: ArticleMetadata): void;
  /** Opens a new article; throws an ArticleError or AnnotationError for bad input. */
  open(input: ArticleMetadata & { html?: string; text?: string }): void;
  /** Returns focus to the article text. */
  focusText(): void;
}

interface DialogState {
  mode: ArticleDialogMode;
  error: string | null;
  keepsHtml: boolean;
  dropActive: boolean;
}

export class ArticleDialog {
  #state: DialogState = {
    mode: 'new',
    error: null,
    keepsHtml: false,
    dropActive: false,
  };
  /** HTML from a paste or a file, standing behind the textarea's plain text. */
  #pendingHtml: string | null = null;
  readonly #dialogRef = createRef<HTMLDialogElement>();

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> },
    readonly needs: ArticleDialogNeeds,
  ) {
    adoptDialogStyles(host.renderRoot);
  }

  /** Opens the dialog that starts a new article (`'new'`) or edits this one's details. */
  open(mode: ArticleDialogMode): void {
    this.#state = { mode, error: null, keepsHtml: false, dropActive: false };
    this.#pendingHtml = null;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const dialog = this.#dialog();
      const form = dialog.querySelector('form') as HTMLFormElement;
      form.reset();
      if (!dialog.open) dialog.showModal();
      (dialog.querySelector('textarea, input') as HTMLElement | null)?.focus();
    });
  }

  render(): TemplateResult {
    return renderArticleDialog({
      ...this.#state,
      dialog: this.#dialogRef,
      strings: onDemandWords(this.needs.strings()),
      metadata: this.#state.mode === 'details' ? this.needs.metadata() : {},
      onSubmit: (form) => this.#submit(form),
      onClose: () => this.#set({ error: null, dropActive: false }),
      onPaste: (event) => this.#paste(event),
      onTextInput: () => {
        if (!this.#pendingHtml) return;
        this.#pendingHtml = null;
        this.#set({ keepsHtml: false });
      },
      onFile: (file) => void this.#openFile(file),
      onDropActive: (active) => {
        if (active !== this.#state.dropActive) this.#set({ dropActive: active });
      },
    });
  }

  #set(change: Partial<DialogState>): void {
    this.#state = { ...this.#state, ...change };
    this.host.requestUpdate();
  }

  #dialog(): HTMLDialogElement {
    return this.#dialogRef.value as HTMLDialogElement;
  }

  #submit(form: HTMLFormElement): void {
    try {
      if (this.#state.mode === 'details') {
        this.needs.changeMetadata(metadataFromForm(form, this.needs.metadata()));
      } else {
        const content = String(new FormData(form).get('content') ?? '');
        if (!this.#pendingHtml && content.trim() === '') throw new ArticleError('There is no article text', 'no-content');
        const metadata = metadataFromForm(form, {});
        const html = this.#pendingHtml ?? (looksLikeHtml(content) ? content : null);
        // the textarea shows the article's text (also of pasted or opened HTML): said here in the element's words, before a long parse
        if (content.length > maxArticleCharacters || (html?.length ?? 0) > maxArticleHtmlCharacters) {
          throw new ArticleError('The article is longer than the editor opens', 'too-long', html !== null ? 'html' : 'text');
        }
        this.needs.open(html !== null ? { ...metadata, html } : { ...metadata, text: content });
      }
    } catch (error) {
      this.#set({ error: articleProblem(this.needs.strings(), error) });
      return;
    }
    this.#dialog().close();
    this.needs.focusText();
  }

  /** A paste with HTML keeps the HTML (formatting) and shows its text. */
  #paste(event: ClipboardEvent): void {
    const pasted = event.clipboardData?.getData('text/html');
    if (!pasted) return;
    event.preventDefault();
    const textarea = event.target as HTMLTextAreaElement;
    this.#pendingHtml = pasted;
    const doc = articleFromHtml(pasted);
    textarea.value = doc.textBetween(0, doc.content.size, '\n\n');
    prefillHeadline(textarea.form as HTMLFormElement, pasted);
    this.#set({ keepsHtml: true, error: null });
  }

  async #openFile(file: File): Promise<void> {
    const form = this.#dialog().querySelector('form') as HTMLFormElement;
    const textarea = form.querySelector('textarea') as HTMLTextAreaElement;
    const isHtml = /\.html?$/i.test(file.name) || file.type === 'text/html';
    const isText = /\.txt$/i.test(file.name) || file.type === 'text/plain';
    const strings = onDemandWords(this.needs.strings());
    if (!isHtml && !isText) return this.#set({ error: strings.fileWrongType(file.name) });
    if (file.size > maxArticleFileBytes) return this.#set({ error: strings.fileTooLarge(file.name, megabytes(maxArticleFileBytes)) });
    const content = await file.text();
    if (isHtml) {
      this.#pendingHtml = content;
      const doc = articleFromHtml(content);
      textarea.value = doc.textBetween(0, doc.content.size, '\n\n');
      prefillHeadline(form, content);
    } else {
      this.#pendingHtml = null;
      textarea.value = content;
    }
    this.#set({ keepsHtml: isHtml, error: null });
  }
}

/** Fills an empty headline field from the HTML's h1 or title. */
function prefillHeadline(form: HTMLFormElement, source: string): void {
  const title = form.elements.namedItem('title') as HTMLInputElement | null;
  if (title && !title.value) {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    title.value = headlineOfHtml(source) ?? doc.title.trim();
  }
}

/** Whether pasted or typed content is HTML rather than plain text. */
export function looksLikeHtml(content: string): boolean {
  return /<(p|div|h[1-6]|article|section|blockquote|ul|ol|li|br|a|em|strong|b|i|span|html|body)\b[^>]*>/i.test(content);
}

/** A size in bytes or characters as the messages give it, in MB. */
function megabytes(size: number): number {
  return Math.round(size / 1024 / 1024);
}
