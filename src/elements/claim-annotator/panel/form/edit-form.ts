/**
 * The panel's edit form, as start-up knows it: which annotation it edits and
 * the tag just made whose Cancel takes it back (a tag may be made by its key
 * before the form's code has loaded). Everything else, drawing the form, its
 * links and discussion, saving and where focus goes on closing, is the form's
 * view (edit-form-view.ts), which comes with the on-demand chunk, loaded when
 * a selection may be tagged or a form is first opened. This file must not
 * import edit-form-view.ts, or that code would be back in start-up.
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Node as ProseMirrorNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { undoDepth } from 'prosemirror-history';
import type { PanelNeeds } from '../panel-controller.ts';
import type { EditFormView } from './edit-form-view.ts';

/** The lazy chunk with the form's view. */
export type OnDemand = typeof import('../../on-demand.ts');

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

export type FormHost = ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> };

/** What the form and its view share. */
export interface FormSession {
  /** The annotation being edited, or null. */
  editingId: string | null;
  /**
   * The annotation just tagged whose form is open, with the history's depth and
   * the document right after tagging: while neither moved, Cancel takes the tag
   * back as undo would, leaving no undo step behind.
   */
  newTag: { id: string; depth: number; doc: ProseMirrorNode } | null;
}

export class EditForm {
  readonly #session: FormSession = { editingId: null, newTag: null };
  /** The form's view, once its code has loaded. */
  #view: EditFormView | null = null;

  constructor(
    readonly host: FormHost,
    readonly needs: EditFormNeeds,
  ) {}

  /** The annotation being edited, or null. */
  get editingId(): string | null {
    return this.#session.editingId;
  }

  /** Loads the form's code ahead of need (a selection may be tagged next); a failure is said when the form is wanted. */
  preload(): void {
    if (!this.#view) this.#loadView().catch(() => undefined);
  }

  /** Annotation `id` was just tagged and its form opens: Cancel takes the tag back. */
  tagged(id: string, after: EditorState): void {
    this.#session.newTag = { id, depth: undoDepth(after), doc: after.doc };
  }

  /** The annotations `removed` are gone: the form of one of them closes without a word. */
  gone(removed: readonly string[]): void {
    if (this.#session.editingId && removed.includes(this.#session.editingId)) this.#session.editingId = null;
  }

  /** Forgets the form of the previous article. */
  reset(): void {
    this.#session.editingId = null;
    this.#session.newTag = null;
  }

  /** Opens the form of annotation `id`, with focus in its first field. */
  async open(id: string, returnFocusTo: 'editor' | 'list'): Promise<void> {
    let view: EditFormView;
    try {
      view = await this.#loadView();
    } catch (error) {
      this.needs.say(this.needs.strings().panelCodeFailed(error instanceof Error ? error.message : String(error)));
      return;
    }
    await view.open(id, returnFocusTo);
  }

  /** The list's Edit: opens the form of `id`, or closes it when it is the one open. */
  toggle(id: string): void {
    if (this.#session.editingId === id && this.#view) void this.#view.close();
    else void this.open(id, 'list');
  }

  /** The form of annotation `id`, if it is the one being edited and the code has loaded. */
  render(id: string): TemplateResult | typeof nothing {
    return this.#view?.render(id) ?? nothing;
  }

  async #loadView(): Promise<EditFormView> {
    const module = await this.needs.code();
    return (this.#view ??= new module.EditFormView(this.host, this.needs, this.#session));
  }
}
