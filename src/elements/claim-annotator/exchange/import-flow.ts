/**
 * Importing, in the on-demand chunk: a file read, placed and merged (in a
 * worker when large, see exchange-import.ts), then applied in slices while the
 * article stays usable, with its progress and Cancel beside the article; the
 * questions asked before (what untagged annotations become, another page's
 * annotations) and the report after. `AnnotationExchange` makes it on the
 * first import.
 */
import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Ref, createRef } from 'lit/directives/ref.js';
import { applyInSlices, followDocument } from '../../../editor/index.ts';
import { type ImportConflict, completeMetadata } from '../../../model/index.ts';
import { importProblem, onDemandWords } from '../../shared/strings/on-demand-strings.ts';
import type { ChangeOrigin } from '../events.ts';
import type { ExchangeNeeds } from './annotation-exchange.ts';
import type { ImportReport } from './exchange.ts';
import { type UntaggedChoice, readPickedFile, renderImportReport, renderUntaggedChoice } from './exchange-dialogs.ts';
import { prepareInBackground } from './exchange-import.ts';

/** An import asked for while another runs: wait for it, or cancel it. */
export class ImportRunningError extends Error {
  override name = 'ImportRunningError';
  constructor() {
    super('An import is already running: wait for its report, or cancel it first');
  }
}

export class ImportFlow {
  readonly #reportDialog = createRef<HTMLDialogElement>();
  readonly #untaggedDialog = createRef<HTMLDialogElement>();
  /** A picked file with annotations of no kind here, waiting for the user to say which kind they become. */
  #untagged: UntaggedChoice | null = null;
  #report: ImportReport | null = null;
  #error: string | null = null;
  /** The import running now, with how far it got, and the way to cancel it. */
  #running: { done: number; total: number; cancel: AbortController } | null = null;
  /** Said after a cancelled import, until the next one. */
  #cancelled = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly needs: ExchangeNeeds,
  ) {}

  /**
   * Imports a JSON-LD (or Hypothesis) file: places its annotations on the
   * article, merges them with the ones here and reports. Rejects with an
   * ImportError when the file is unusable as a whole, and with an AbortError
   * when cancelled (`options.signal` or the Cancel button): then nothing changes.
   */
  async importJsonLd(input: object | string, origin: ChangeOrigin, options: { untaggedKind?: string; signal?: AbortSignal } = {}): Promise<ImportReport> {
    if (this.#running) throw new ImportRunningError();
    const cancel = new AbortController();
    const { signal, ...readOptions } = options ?? {};
    signal?.throwIfAborted();
    const stop = () => cancel.abort(signal?.reason);
    signal?.addEventListener('abort', stop, { once: true });
    this.#running = { done: 0, total: 0, cancel };
    this.#cancelled = false;
    this.host.requestUpdate();
    const editor = this.needs.editorAs(origin);
    // the import is worked out on the article as it is now, and applied through the edits made meanwhile
    const since = followDocument(editor);
    try {
      const prepared = await prepareInBackground(
        input,
        this.needs.vocabulary(),
        { ...readOptions, articleUrl: this.needs.metadata().url },
        this.needs.text(),
        this.needs.annotations(),
        cancel.signal,
      );
      const { parsed, placed, merge } = prepared;
      this.#running.total = prepared.add.length + prepared.update.length;
      // each annotation to check carries its placementCheck, kept with it until the user confirms it
      const applied = await applyInSlices(editor, since, prepared.add, prepared.update, {
        signal: cancel.signal,
        onProgress: (done) => {
          if (this.#running) this.#running.done = done;
          this.host.requestUpdate();
        },
      });
      if (!applied) throw cancel.signal.reason ?? new DOMException('The import was cancelled', 'AbortError');
      const here = this.needs.metadata();
      const completed = completeMetadata(here, parsed.article);
      if (completed !== here) this.needs.changeMetadata(completed, origin);
      return {
        added: merge.added.length,
        updated: merge.updated.length,
        unchanged: merge.unchanged.length,
        moved: placed.moved,
        reviews: placed.reviews,
        orphaned: placed.orphaned,
        rejected: parsed.rejected,
        addedIds: merge.added,
        updatedIds: merge.updated,
        unchangedIds: merge.unchanged,
        kept: merge.kept,
        conflicts: merge.conflicts,
        otherSources: parsed.otherSources,
        notes: parsed.notes,
        noteDetails: parsed.noteDetails,
        links: prepared.relations.links,
        replies: prepared.relations.replies,
        untagged: parsed.untagged,
        untaggedKind: parsed.untaggedKind,
        private: [...prepared.add, ...prepared.update].filter((annotation) => annotation.private).length,
      };
    } catch (error) {
      if (cancel.signal.aborted) this.#cancelled = true;
      throw error;
    } finally {
      since.stop();
      signal?.removeEventListener('abort', stop);
      this.#running = null;
      this.host.requestUpdate();
    }
  }

  /** Cancels the import running now, if any: what it applied is taken back. */
  cancelImport(): void {
    this.#running?.cancel.abort(new DOMException('The import was cancelled', 'AbortError'));
  }

  /**
   * The user takes the file's version of an annotation the import reported as a
   * conflict: its kind and fields replace the ones here, on the span it has here
   * now. Returns false when the annotation is gone.
   */
  takeFileVersion(conflict: ImportConflict): boolean {
    const here = this.needs.annotations().find((annotation) => annotation.id === conflict.id);
    if (!here) return false;
    const { start, end, exact, status } = here;
    this.needs.apply([], [{ ...conflict.file, start, end, exact, status }], 'user');
    // the report draws its conflicts from the annotations: this one now says it was taken
    this.host.requestUpdate();
    return true;
  }

  /**
   * Imports a file the user picked or dropped, and shows the report. When some
   * of its annotations name no kind here, the user first chooses which kind
   * they become (Note by default); nothing changes until then.
   */
  async importFile(file: File): Promise<void> {
    this.#report = null;
    const picked = await readPickedFile(file, this.needs.strings(), this.needs.vocabulary(), this.needs.metadata().url);
    this.#error = picked.error;
    this.#untagged = picked.choice;
    // asked first: what untagged annotations become, and whether to place another page's annotations here
    if (picked.choice?.count || picked.choice?.otherSources.length) return this.#show(this.#untaggedDialog);
    if (picked.choice) return this.#importAs(undefined);
    await this.#show(this.#reportDialog);
  }

  /** Imports the picked file, its untagged annotations as `untaggedKind` (the default when undefined), then reports. */
  async #importAs(untaggedKind: string | undefined): Promise<void> {
    const choice = this.#untagged;
    this.#untagged = null;
    this.#untaggedDialog.value?.close();
    if (!choice) return;
    try {
      this.#report = await this.importJsonLd(choice.body, 'user', { untaggedKind });
    } catch (error) {
      // a cancelled import says so beside the article (renderProgress), with no dialog
      if (this.#cancelled) return;
      this.#error = error instanceof ImportRunningError ? onDemandWords(this.needs.strings()).importRunning : importProblem(this.needs.strings(), error);
    }
    await this.#show(this.#reportDialog);
  }

  async #show(dialog: Ref<HTMLDialogElement>): Promise<void> {
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    dialog.value?.showModal();
  }

  /**
   * While an import runs: how far it got, with Cancel; the article stays
   * usable (it is not a modal dialog). After a cancelled import, that nothing changed.
   */
  renderProgress(): TemplateResult | typeof nothing {
    const strings = onDemandWords(this.needs.strings());
    const running = this.#running;
    if (!running) {
      return this.#cancelled
        ? html`<div class="import-progress" part="import-progress" role="status">
            <span>${strings.importCancelled}</span>
            <button type="button" @click=${() => ((this.#cancelled = false), this.host.requestUpdate())}>${strings.close}</button>
          </div>`
        : nothing;
    }
    const label = running.total ? strings.importing(running.done, running.total) : strings.readingImport;
    return html`<div class="import-progress" part="import-progress" role="status">
      <progress aria-label=${label} max=${running.total || 1} value=${running.total ? running.done : nothing}></progress>
      <span>${label}</span>
      <button type="button" @click=${() => this.cancelImport()}>${strings.cancelImport}</button>
    </div>`;
  }

  /** The questions before an import and its report. */
  render(): TemplateResult {
    const strings = this.needs.strings();
    const { kinds } = this.needs.vocabulary();
    return html`${renderUntaggedChoice({
      dialog: this.#untaggedDialog,
      strings,
      choice: this.#untagged,
      kinds,
      onSubmit: (kind) => void this.#importAs(kind),
      onCancel: () => {
        this.#untagged = null;
        this.host.requestUpdate();
      },
    })}
    ${renderImportReport({
      dialog: this.#reportDialog,
      strings,
      report: this.#report,
      error: this.#error,
      kinds,
      annotations: () => this.needs.annotations(),
      show: (id) => this.needs.show(id),
      takeFileVersion: (conflict) => this.takeFileVersion(conflict),
    })}`;
  }
}
