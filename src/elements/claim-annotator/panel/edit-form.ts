/**
 * The panel's edit form: which annotation it edits, what it keeps while open
 * (the kind chosen, the source rows, why a save failed), its links and
 * discussion, and where focus goes when it closes. Its template and the
 * discussion come with the on-demand chunk, loaded when a selection may be
 * tagged or a form is first opened.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { undo, undoDepth } from 'prosemirror-history';
import { type AnnotationInput, findKind } from '../../../model/index.ts';
import type { PanelNeeds } from './panel-controller.ts';
import { type TextPlace, returnToPlace, textPlace } from './text-place.ts';

/** The lazy chunk with the form's template and its discussion. */
export type OnDemand = typeof import('../on-demand.ts');

/** What the form needs of the panel and the element: the panel's own needs it shares, and what the panel does for it. */
export interface EditFormNeeds extends Pick<PanelNeeds, 'strings' | 'locale' | 'editor' | 'annotations' | 'kinds' | 'verdicts' | 'statuses' | 'linkTypes' | 'library'> {
  /** The on-demand chunk, loaded once (the element's `updateComplete` waits for it). */
  code(): Promise<OnDemand>;
  /** Says `message` in the status line. */
  say(message: string): void;
  /** Annotation `id`'s list item, drawn and scrolled to if need be. */
  item(id: string): Promise<HTMLElement | null>;
  /** Deletes annotation `id` as the panel's Delete does. */
  delete(id: string): void;
}

type FormHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

export class EditForm {
  /** The form's template, once its code has loaded. */
  #template: OnDemand['renderAnnotationForm'] | null = null;
  /** The form's links and replies, made with it. */
  #discussion: InstanceType<OnDemand['Discussion']> | null = null;
  #editingId: string | null = null;
  #kind: string | null = null;
  /** Why the form's changes could not be saved (the form says it in words). */
  #error: unknown = null;
  #sourceRows = 0;
  #returnFocusTo: 'editor' | 'list' = 'editor';
  /** Where the tagged words were on screen when the form opened: closing it brings them back there. */
  #textPlace: TextPlace | null = null;
  /**
   * The annotation just tagged whose form is open, with the history's depth and
   * the document right after tagging: while neither moved, Cancel takes the tag
   * back as undo would, leaving no undo step behind.
   */
  #newTag: { id: string; depth: number; doc: ProseMirrorNode } | null = null;

  constructor(
    readonly host: FormHost,
    readonly needs: EditFormNeeds,
  ) {}

  /** The annotation being edited, or null. */
  get editingId(): string | null {
    return this.#editingId;
  }

  /** Loads the form's code ahead of need (a selection may be tagged next); a failure is said when the form is wanted. */
  preload(): void {
    if (!this.#template) this.needs.code().then((module) => void this.#ready(module), () => undefined);
  }

  /** Annotation `id` was just tagged and its form opens: Cancel takes the tag back. */
  tagged(id: string, after: EditorState): void {
    this.#newTag = { id, depth: undoDepth(after), doc: after.doc };
  }

  /** The annotations `removed` are gone: the form of one of them closes without a word. */
  gone(removed: readonly string[]): void {
    if (this.#editingId && removed.includes(this.#editingId)) this.#editingId = null;
  }

  /** Forgets the form of the previous article. */
  reset(): void {
    this.#editingId = null;
    this.#newTag = null;
  }

  /** Opens the form of annotation `id`, with focus in its first field. */
  async open(id: string, returnFocusTo: 'editor' | 'list'): Promise<void> {
    if (!this.#template) {
      try {
        this.#ready(await this.needs.code());
      } catch (error) {
        this.needs.say(this.needs.strings().panelCodeFailed(error instanceof Error ? error.message : String(error)));
        return;
      }
    }
    const annotation = this.needs.annotations.get(id);
    if (!annotation) return;
    this.#editingId = id;
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

  /** The list's Edit: opens the form of `id`, or closes it when it is the one open. */
  toggle(id: string): void {
    void (this.#editingId === id ? this.#close() : this.open(id, 'list'));
  }

  /** The form of annotation `id`, if it is the one being edited and the code has loaded. */
  render(id: string): TemplateResult | typeof nothing {
    const annotation = this.needs.annotations.get(id);
    if (!annotation || !this.#template || !this.#discussion) return nothing;
    const kinds = this.needs.kinds();
    const kind = findKind(kinds, this.#kind ?? annotation.kind) ?? kinds[0];
    return this.#template({
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

  /** The code has loaded: the element adopts the form's rules, and the discussion is made. */
  #ready(module: OnDemand): void {
    if (this.#template) return;
    module.adoptDialogStyles(this.host.renderRoot);
    const { needs } = this;
    this.#discussion = new module.Discussion({
      annotations: needs.annotations,
      state: () => needs.editor.state,
      linkTypes: () => needs.linkTypes(),
      locale: () => needs.locale(),
      redraw: () => {
        this.#error = null;
        this.host.requestUpdate();
      },
      failed: (error) => {
        this.#error = error;
        this.host.requestUpdate();
      },
      goTo: (id) => needs.annotations.select(id, { selectText: true }),
      library: () => needs.library(),
      editor: needs.editor,
    });
    this.#template = module.renderAnnotationForm;
  }

  /** Cancel or Escape in the form: a tag made just now is taken back, as if never made; other changes are only left unsaved. */
  #cancel(): void {
    const tag = this.#newTag;
    if (tag && tag.id === this.#editingId) {
      const editor = this.needs.editor;
      const { state } = editor;
      // nothing happened since tagging: undo takes the tag off the history too; otherwise it is removed as its own step
      if (undoDepth(state) === tag.depth && state.doc === tag.doc) undo(state, (tr) => editor.dispatch(tr));
      else this.needs.annotations.remove(tag.id);
    }
    void this.#close();
  }

  async #close(): Promise<void> {
    const id = this.#editingId;
    this.#editingId = null;
    this.#newTag = null;
    this.#error = null;
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (this.#returnFocusTo === 'editor' || !id) {
      this.needs.editor.view?.focus();
      if (this.#textPlace) returnToPlace(this.needs.editor.view, this.#textPlace);
    } else (this.host.renderRoot.querySelector(`li[data-annotation-id="${CSS.escape(id)}"] .jump`) as HTMLElement | null)?.focus();
  }

  #save(patch: Partial<AnnotationInput>): void {
    if (!this.#editingId) return;
    try {
      this.needs.annotations.update(this.#editingId, patch);
    } catch (error) {
      this.#error = error;
      this.host.requestUpdate();
      return;
    }
    this.needs.say(this.needs.strings().saved);
    void this.#close();
  }
}
