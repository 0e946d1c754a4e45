/**
 * From transactions to the element's events: a text edit fires
 * `claim-article-edit`; each annotation step an add, update or remove; an
 * annotation orphaned or back an update; a new active annotation a select;
 * each with its origin. Saving, the undo buttons, the panel and the toolbar
 * then hear of the same transaction. The origin is `api` inside `asApi`,
 * `remote` for another tab's changes (`applyRemote`), `history` for undo and
 * redo, else `user`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import { isHistoryTransaction, redoDepth, undoDepth } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import {
  AnnotationStep,
  ArticleText,
  type EditorAnnotations,
  type EditorHost,
  type Placement,
  annotationState,
  mapPlacement,
  mappingAfter,
  toAnnotation,
} from '../../editor/index.ts';
import {
  AnnotationAddEvent,
  AnnotationRemoveEvent,
  AnnotationSelectEvent,
  AnnotationUpdateEvent,
  ArticleEditEvent,
  type ChangeOrigin,
} from './events.ts';
import type { PanelController } from './panel/panel-controller.ts';
import type { PersistenceController } from './storage/persistence.ts';
import type { SelectionToolbarController } from './tagging/selection-toolbar.ts';

/** Marks transactions that bring another tab's changes, which are not saved again. */
const remoteMeta = 'claimmark-remote';

/** What the bridge needs of the element. */
export interface AnnotationEventsHost {
  readonly editor: EditorHost;
  readonly annotations: EditorAnnotations;
  readonly persistence: PersistenceController;
  readonly panel: PanelController;
  readonly toolbar: SelectionToolbarController;
}

/** The annotations one transaction added, changed and removed, by id. */
interface Changes {
  added: string[];
  changed: string[];
  removed: string[];
}

export class AnnotationEventsController implements ReactiveController {
  /** Above zero while an API method runs, so events say `origin: 'api'`. */
  #apiDepth = 0;
  #history = { undo: false, redo: false };

  constructor(
    readonly element: ReactiveElement,
    readonly host: AnnotationEventsHost,
  ) {
    element.addController(this);
  }

  hostConnected(): void {}

  /** Whether there is a change to undo, and one to redo. */
  get history(): { readonly undo: boolean; readonly redo: boolean } {
    return this.#history;
  }

  /** A new article has nothing to undo or redo. */
  resetHistory(): void {
    this.#history = { undo: false, redo: false };
  }

  /** Runs an API method: the events it causes say `origin: 'api'`. */
  asApi<T>(run: () => T): T {
    this.#apiDepth++;
    try {
      return run();
    } finally {
      this.#apiDepth--;
    }
  }

  /** Another tab changed annotations of this article: apply them here, outside this tab's undo history. */
  applyRemote(put: readonly Placement[], removed: readonly string[]): void {
    const state = this.host.editor.state;
    const annotations = annotationState(state);
    const tr = state.tr;
    for (const placement of put) tr.step(new AnnotationStep(placement.record.id, annotations.find(placement.record.id, state.doc), placement));
    for (const id of removed) tr.step(new AnnotationStep(id, annotations.find(id, state.doc), null));
    this.host.editor.dispatch(tr.setMeta(remoteMeta, true).setMeta('addToHistory', false));
  }

  /** Turns a transaction into events and UI updates. */
  afterTransaction(tr: Transaction, before: EditorState, after: EditorState): void {
    const origin: ChangeOrigin = tr.getMeta(remoteMeta) ? 'remote' : this.#apiDepth > 0 ? 'api' : isHistoryTransaction(tr) ? 'history' : 'user';
    const old = annotationState(before);
    const now = annotationState(after);
    if (before.doc !== after.doc) this.element.dispatchEvent(new ArticleEditEvent(origin));
    const changes = old !== now ? this.#fireAnnotationEvents(tr, old, now, after, origin) : { added: [], changed: [], removed: [] };
    if (origin !== 'remote') this.host.persistence.noteChanges({ docChanged: before.doc !== after.doc, ...changes });
    const history = { undo: undoDepth(after) > 0, redo: redoDepth(after) > 0 };
    if (history.undo !== this.#history.undo || history.redo !== this.#history.redo) {
      this.#history = history;
      this.element.requestUpdate();
    }
    if (tr.docChanged) this.host.panel.mapThrough(tr.mapping);
    this.host.toolbar.update();
  }

  #fireAnnotationEvents(
    tr: Transaction,
    old: ReturnType<typeof annotationState>,
    now: ReturnType<typeof annotationState>,
    after: EditorState,
    origin: ChangeOrigin,
  ): Changes {
    const { element, host } = this;
    const changed = new Set<string>();
    const result: Changes = { added: [], changed: [], removed: [] };
    // built only when an event needs offsets: never on a plain keystroke
    let text: ArticleText | undefined;
    tr.steps.forEach((step, index) => {
      if (!(step instanceof AnnotationStep)) return;
      changed.add(step.id);
      (!step.after ? result.removed : !step.before ? result.added : result.changed).push(step.id);
      if (!step.after) {
        if (step.before) element.dispatchEvent(new AnnotationRemoveEvent(toAnnotation(step.before, ArticleText.of(tr.docs[index])), origin));
        return;
      }
      // the step's own placement, mapped to the final document: no lookup needed
      const rest = mappingAfter(tr, index);
      const annotation = toAnnotation(rest ? mapPlacement(step.after, rest) : step.after, (text ??= ArticleText.of(after.doc)));
      element.dispatchEvent(step.before ? new AnnotationUpdateEvent(annotation, origin) : new AnnotationAddEvent(annotation, origin));
    });
    if (old.orphans !== now.orphans) {
      // orphaned by a text edit, or back because the text came back
      const moved = [...now.orphans.keys()].filter((id) => !old.orphans.has(id));
      moved.push(...[...old.orphans.keys()].filter((id) => !now.orphans.has(id)));
      for (const id of moved) {
        if (changed.has(id)) continue;
        result.changed.push(id);
        const annotation = host.annotations.get(id, after);
        if (annotation) element.dispatchEvent(new AnnotationUpdateEvent(annotation, origin));
      }
    }
    if (old.activeId !== now.activeId) element.dispatchEvent(new AnnotationSelectEvent(now.activeId, origin));
    const editing = host.panel.editingId;
    if (editing && changed.has(editing) && !now.has(editing)) host.panel.forget(editing);
    if (old.decorations !== now.decorations || old.orphans !== now.orphans || old.activeId !== now.activeId) {
      host.panel.invalidate(tr.docChanged && !tr.steps.some((step) => step instanceof AnnotationStep));
    }
    return result;
  }
}
