/**
 * The edit form's view (on demand; edit-form.ts holds what start-up needs):
 * the form of the annotation edited with what it keeps while open (the kind
 * chosen, the source rows, why a save failed), its links and discussion, and
 * where focus goes when it closes.
 */
import { nothing, type TemplateResult } from 'lit';
import { undo, undoDepth } from 'prosemirror-history';
import { type AnnotationInput, findKind } from '../../../../model/index.ts';
import { adoptDialogStyles } from '../../dialog.styles.ts';
import { type TextPlace, returnToPlace, textPlace } from './text-place.ts';
import { renderAnnotationForm } from './annotation-form.ts';
import { Discussion } from './discussion-form.ts';
import type { EditFormNeeds, FormHost, FormSession } from './edit-form.ts';

export class EditFormView {
  /** The form's links and replies. */
  readonly #discussion: Discussion;
  #kind: string | null = null;
  /** Why the form's changes could not be saved (the form says it in words). */
  #error: unknown = null;
  #sourceRows = 0;
  #returnFocusTo: 'editor' | 'list' = 'editor';
  /** Where the tagged words were on screen when the form opened: closing it brings them back there. */
  #textPlace: TextPlace | null = null;

  /** Made once the code has loaded: the element adopts the form's rules, and the discussion is made. */
  constructor(
    readonly host: FormHost,
    readonly needs: EditFormNeeds,
    readonly session: FormSession,
  ) {
    adoptDialogStyles(host.renderRoot);
    this.#discussion = new Discussion({
      annotations: needs.annotations,
      state: () => needs.editor.state,
      linkTypes: () => needs.linkTypes(),
      locale: () => needs.locale(),
      redraw: () => {
        this.#error = null;
        host.requestUpdate();
      },
      failed: (error) => {
        this.#error = error;
        host.requestUpdate();
      },
      goTo: (id) => needs.annotations.select(id, { selectText: true }),
      library: () => needs.library(),
      editor: needs.editor,
    });
  }

  /** Opens the form of annotation `id`, with focus in its first field. */
  async open(id: string, returnFocusTo: 'editor' | 'list'): Promise<void> {
    const annotation = this.needs.annotations.get(id);
    if (!annotation) return;
    this.session.editingId = id;
    this.#kind = null;
    this.#error = null;
    this.#sourceRows = Math.max(annotation.sources?.length ?? 0, 1);
    this.#returnFocusTo = returnFocusTo;
    this.#textPlace = returnFocusTo === 'editor' ? textPlace(this.needs.editor.view, id) : null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    await this.needs.item(id);
    const form = this.host.renderRoot.querySelector('form.annotation-form');
    form?.scrollIntoView({ block: 'nearest' });
    // the first field of the kind; the kind select comes before it but is rarely what changes
    (form?.querySelector('[name]:not([name="kind"])') as HTMLElement | null)?.focus();
  }

  /** The form of annotation `id`, if it is the one being edited. */
  render(id: string): TemplateResult | typeof nothing {
    const annotation = this.needs.annotations.get(id);
    if (!annotation || this.session.editingId !== id) return nothing;
    const kinds = this.needs.kinds();
    const kind = findKind(kinds, this.#kind ?? annotation.kind) ?? kinds[0];
    return renderAnnotationForm({
      strings: this.needs.strings(),
      annotation,
      kind,
      kinds,
      verdicts: this.needs.verdicts(),
      statuses: this.needs.statuses(),
      sourceRows: this.#sourceRows,
      error: this.#error,
      onSave: (patch) => this.#save(patch),
      onCancel: () => this.#cancel(),
      onDelete: () => this.needs.delete(annotation.id),
      onSourceRows: (count) => {
        this.#sourceRows = count;
        this.host.requestUpdate();
      },
      onKindChange: (kindId) => {
        this.#kind = kindId;
        this.host.requestUpdate();
      },
      discussion: this.#discussion.context(annotation),
    });
  }

  async close(): Promise<void> {
    const id = this.session.editingId;
    this.session.editingId = null;
    this.session.newTag = null;
    this.#error = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.#returnFocusTo === 'editor' || !id) {
      this.needs.editor.view?.focus();
      if (this.#textPlace) returnToPlace(this.needs.editor.view, this.#textPlace);
    } else (this.host.renderRoot.querySelector(`li[data-annotation-id="${CSS.escape(id)}"] .jump`) as HTMLElement | null)?.focus();
  }

  /** Cancel or Escape in the form: a tag made just now is taken back, as if never made; other changes are only left unsaved. */
  #cancel(): void {
    const tag = this.session.newTag;
    if (tag && tag.id === this.session.editingId) {
      const editor = this.needs.editor;
      const { state } = editor;
      // nothing happened since tagging: undo takes the tag off the history too; otherwise it is removed as its own step
      if (undoDepth(state) === tag.depth && state.doc === tag.doc) undo(state, (tr) => editor.dispatch(tr));
      else this.needs.annotations.remove(tag.id);
    }
    void this.close();
  }

  #save(patch: Partial<AnnotationInput>): void {
    if (!this.session.editingId) return;
    try {
      this.needs.annotations.update(this.session.editingId, patch);
    } catch (error) {
      this.#error = error;
      this.host.requestUpdate();
      return;
    }
    this.needs.say(this.needs.strings().saved);
    void this.close();
  }
}
