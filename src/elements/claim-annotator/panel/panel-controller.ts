/**
 * The side panel's state and behaviour: the list (read lazily, refreshed
 * after typing pauses), its filters, the edit form, the status line with its
 * Undo of a deletion, and where focus goes after each of them.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  AnnotationStep,
  type CommandNote,
  type EditorAnnotations,
  type Placement,
  annotationState,
  commandNote,
  mapPlacement,
  reattachToSelection,
} from '../../../editor/index.ts';
import type { EditorUpdate, EditorUpdates } from '../editor-controller.ts';
import { type Annotation, type AnnotationInput, type KindDefinition, type Verdict, findKind, kindLabel } from '../../../model/index.ts';
import { type AnnotationFormContext, renderAnnotationForm } from './annotation-form.ts';
import { type PanelEntry, renderPanel } from './annotation-panel.ts';
import { type ClaimStrings, annotationProblem } from '../../shared/strings/annotator-strings.ts';

/** How long typing may go on before the panel re-reads the annotations' offsets. */
const refreshDelay = 250;
const pageSize = 200;

/** What the panel needs of the element. */
export interface PanelHost {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  readonly editor: EditorUpdates;
  readonly annotations: EditorAnnotations;
  kinds(): readonly KindDefinition[];
  verdicts(): readonly Verdict[];
  /** Annotations placed by fuzzy matching that wait for a check, and confirming one. */
  review(): ReadonlySet<string>;
  confirmPlace(id: string): void;
}

export class PanelController implements ReactiveController {
  #list: PanelEntry[] = [];
  #stale = true;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hiddenKinds = new Set<string>();
  #verdictFilter = '';
  #query = '';
  #limit = pageSize;
  #editingId: string | null = null;
  #formKind: string | null = null;
  #formError: string | null = null;
  #sourceRows = 0;
  #returnFocusTo: 'editor' | 'list' = 'editor';
  /** The status line; `deleted` is the annotation its Undo brings back, kept mapped through later edits. */
  #status: { message: string; deleted?: Placement } | null = null;

  constructor(
    readonly element: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> },
    readonly host: PanelHost,
  ) {
    element.addController(this);
    host.editor.subscribe({ update: (update) => this.#heard(update), replaced: () => this.reset() });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** The annotation being edited, or null. */
  get editingId(): string | null {
    return this.#editingId;
  }

  /** Marks the list stale; typing refreshes it after a pause, other changes at once. */
  invalidate(afterPause = false): void {
    this.#stale = true;
    clearTimeout(this.#timer);
    if (afterPause) this.#timer = setTimeout(() => this.element.requestUpdate(), refreshDelay);
    else this.element.requestUpdate();
  }

  /** Forgets the form and status of the previous article. */
  reset(): void {
    this.#editingId = null;
    this.#status = null;
    this.#limit = pageSize;
    this.invalidate();
  }

  /**
   * A transaction: a command's note is acted on, the status line's deleted annotation follows the text, the form
   * of an annotation that is gone closes, and the list is stale (typing refreshes
   * it after a pause).
   */
  #heard({ tr, before, after, changes }: EditorUpdate): void {
    const note = commandNote(tr);
    if (note) this.#noted(note);
    if (tr.docChanged && this.#status?.deleted) this.#status = { ...this.#status, deleted: mapPlacement(this.#status.deleted, tr.mapping) };
    const old = annotationState(before);
    const now = annotationState(after);
    if (old === now) return;
    if (this.#editingId && changes.removed.includes(this.#editingId)) this.#editingId = null;
    if (old.decorations !== now.decorations || old.orphans !== now.orphans || old.activeId !== now.activeId) {
      this.invalidate(tr.docChanged && !tr.steps.some((step) => step instanceof AnnotationStep));
    }
  }

  /**
   * What a command's note means here: the status line's words, the form of
   * the annotation just tagged, the list item of the one a click selected.
   */
  #noted(note: CommandNote): void {
    const strings = this.host.strings();
    if ('tagged' in note) {
      const label = kindLabel(this.host.kinds(), note.kind);
      this.setStatus(strings.tagged(label));
      void this.openForm(note.tagged, 'editor');
    } else if ('nothingToTag' in note) {
      this.setStatus(strings.selectionEmpty);
    } else if ('waitingToReattach' in note) {
      this.setStatus(strings.reattachPrompt);
      this.host.editor.view?.focus();
    } else if ('reattached' in note) {
      this.setStatus(strings.saved);
    } else {
      void this.element.updateComplete.then(() => this.reveal(note.selectedAt));
    }
  }

  setStatus(message: string): void {
    this.#status = { message };
    this.element.requestUpdate();
  }

  /** Opens the edit form of annotation `id`, with focus in its first field. */
  async openForm(id: string, returnFocusTo: 'editor' | 'list'): Promise<void> {
    const annotation = this.host.annotations.get(id);
    if (!annotation) return;
    this.#editingId = id;
    this.#formKind = null;
    this.#formError = null;
    this.#sourceRows = Math.max(annotation.sources?.length ?? 0, 1);
    this.#returnFocusTo = returnFocusTo;
    this.invalidate();
    await this.element.updateComplete;
    const form = this.element.renderRoot.querySelector('form.annotation-form');
    form?.scrollIntoView({ block: 'nearest' });
    // the first field of the kind; the kind select comes before it but is rarely what changes
    (form?.querySelector('[name]:not([name="kind"])') as HTMLElement | null)?.focus();
  }

  /** Selects an annotation's text in the article and moves focus there. */
  jumpTo(id: string): void {
    this.host.annotations.select(id, { selectText: true });
    this.host.editor.view?.focus();
  }

  /** Scrolls the side column (not the page) so that annotation `id`'s item shows. */
  reveal(id: string): void {
    const side = this.element.renderRoot.querySelector<HTMLElement>('.side');
    const item = this.element.renderRoot.querySelector<HTMLElement>(`li[data-annotation-id="${CSS.escape(id)}"]`);
    if (!side || !item || getComputedStyle(side).position !== 'sticky') return;
    const column = side.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < column.top) side.scrollTop -= column.top - box.top;
    else if (box.bottom > column.bottom) side.scrollTop += box.bottom - column.bottom;
  }

  async #closeForm(): Promise<void> {
    const id = this.#editingId;
    this.#editingId = null;
    this.#formError = null;
    this.element.requestUpdate();
    await this.element.updateComplete;
    if (this.#returnFocusTo === 'editor' || !id) this.host.editor.view?.focus();
    else (this.element.renderRoot.querySelector(`li[data-annotation-id="${CSS.escape(id)}"] .jump`) as HTMLElement | null)?.focus();
  }

  #saveForm(patch: Partial<AnnotationInput>): void {
    if (!this.#editingId) return;
    try {
      this.host.annotations.update(this.#editingId, patch);
    } catch (error) {
      this.#formError = annotationProblem(this.host.strings(), error);
      this.element.requestUpdate();
      return;
    }
    this.setStatus(this.host.strings().saved);
    void this.#closeForm();
  }

  /** Deletes an annotation from the panel or its form; focus moves to the next item (or the previous, or Undo, or the text). */
  #delete(id: string): void {
    const deleted = this.host.annotations.placement(id);
    if (!deleted) return;
    const list = this.#entries();
    const index = list.findIndex((entry) => entry.id === id);
    const neighbour = list[index + 1]?.status === list[index]?.status ? list[index + 1] : list[index - 1];
    if (this.#editingId === id) this.#editingId = null;
    this.host.annotations.remove(id);
    const label = kindLabel(this.host.kinds(), deleted.record.kind);
    this.#status = { message: this.host.strings().deleted(label), deleted };
    this.element.requestUpdate();
    void this.element.updateComplete.then(() => {
      const root = this.element.renderRoot;
      const next = neighbour && root.querySelector<HTMLElement>(`li[data-annotation-id="${CSS.escape(neighbour.id)}"] button`);
      if (next) next.focus();
      else (root.querySelector<HTMLElement>('.status button') ?? this.host.editor.view)?.focus();
    });
  }

  /** The status line's Undo: brings back the annotation deleted last, where its text is now. */
  #undoDelete(): void {
    const deleted = this.#status?.deleted;
    this.#status = null;
    if (deleted) this.host.annotations.restore(deleted);
    this.element.requestUpdate();
  }

  /** The entries in document order, orphans last; quotes are read only when drawn. */
  #entries(): PanelEntry[] {
    if (!this.#stale) return this.#list;
    const { doc } = this.host.editor.state;
    const annotations = annotationState(this.host.editor.state);
    const entries: PanelEntry[] = annotations.anchored().map(({ record, from, to }) => {
      let exact: string | undefined;
      return {
        id: record.id,
        kind: record.kind,
        status: 'anchored',
        attribution: record.attribution,
        verdict: record.verdict,
        get exact() {
          return (exact ??= doc.textBetween(from, to, '\n'));
        },
      };
    });
    for (const orphan of annotations.orphans.values()) {
      const { record } = orphan;
      entries.push({ id: record.id, kind: record.kind, status: 'orphaned', attribution: record.attribution, verdict: record.verdict, exact: orphan.exact });
    }
    this.#list = entries;
    this.#stale = false;
    return entries;
  }

  #formContext(annotation: Annotation): AnnotationFormContext {
    const kinds = this.host.kinds();
    const kind = findKind(kinds, this.#formKind ?? annotation.kind) ?? kinds[0];
    return {
      strings: this.host.strings(),
      annotation,
      kind,
      kinds,
      verdicts: this.host.verdicts(),
      sourceRows: this.#sourceRows,
      error: this.#formError,
      onSave: (patch) => this.#saveForm(patch),
      onCancel: () => void this.#closeForm(),
      onDelete: () => this.#delete(annotation.id),
      onSourceRows: (count) => {
        this.#sourceRows = count;
        this.element.requestUpdate();
      },
      onKindChange: (kindId) => {
        this.#formKind = kindId;
        this.element.requestUpdate();
      },
    };
  }

  /** The status line. */
  renderStatus(): TemplateResult {
    const status = this.#status;
    return html`
      <div class="status" role="status">
        ${status
          ? html`<span>${status.message}</span>${status.deleted ? html`<button type="button" @click=${() => this.#undoDelete()}>${this.host.strings().undo}</button>` : ''}`
          : ''}
      </div>
    `;
  }

  /** The panel. */
  render(): TemplateResult {
    const state = this.host.editor.state;
    const { doc } = state;
    return renderPanel({
      strings: this.host.strings(),
      annotations: this.#entries(),
      kinds: this.host.kinds(),
      verdicts: this.host.verdicts(),
      hiddenKinds: this.#hiddenKinds,
      verdictFilter: this.#verdictFilter,
      query: this.#query,
      activeId: annotationState(state).activeId,
      editingId: this.#editingId,
      limit: this.#limit,
      articleEmpty: doc.childCount === 1 && doc.firstChild!.content.size === 0,
      review: this.host.review(),
      onConfirmPlace: (id) => this.host.confirmPlace(id),
      onToggleKind: (kind, shown) => {
        if (shown) this.#hiddenKinds.delete(kind);
        else this.#hiddenKinds.add(kind);
        this.element.requestUpdate();
      },
      onVerdictFilter: (verdict) => {
        this.#verdictFilter = verdict;
        this.element.requestUpdate();
      },
      onQuery: (query) => {
        this.#query = query;
        this.element.requestUpdate();
      },
      onJump: (id) => this.jumpTo(id),
      onEdit: (id) => void (this.#editingId === id ? this.#closeForm() : this.openForm(id, 'list')),
      onDelete: (id) => this.#delete(id),
      onReattach: (id) => void reattachToSelection(id)(this.host.editor.state, (tr) => this.host.editor.dispatch(tr)),
      onShowMore: () => {
        this.#limit += pageSize;
        this.element.requestUpdate();
      },
      renderForm: (id) => {
        const annotation = this.host.annotations.get(id);
        return annotation ? renderAnnotationForm(this.#formContext(annotation)) : html``;
      },
    });
  }
}
