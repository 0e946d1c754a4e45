/**
 * From transactions to the element's events: a text edit fires
 * `claim-article-edit`; each annotation step an add, update or remove; an
 * annotation orphaned or back an update; a new active annotation a select;
 * each with the transaction's origin. One subscriber of the editor among
 * others: saving, the panel and the suggestions list hear of the same
 * transaction themselves (the selection toolbar is a plugin view of the editor).
 */
import {
  AnnotationStep,
  ArticleText,
  type EditorAnnotations,
  annotationState,
  isRestoring,
  mapPlacement,
  mappingAfter,
  toAnnotation,
} from '../../editor/index.ts';
import type { EditorUpdate, EditorUpdates } from './editor-controller.ts';
import {
  AnnotationAddEvent,
  AnnotationRemoveEvent,
  AnnotationSelectEvent,
  AnnotationUpdateEvent,
  ArticleEditEvent,
} from './events.ts';

/** Fires the element's events for every transaction of `editor`, on `target`. */
export class AnnotationEvents {
  constructor(
    readonly target: EventTarget,
    readonly editor: EditorUpdates,
    readonly annotations: Pick<EditorAnnotations, 'get'>,
  ) {
    editor.subscribe({ update: (update) => this.#fire(update) });
  }

  #fire({ tr, before, after, origin, changes }: EditorUpdate): void {
    const { target } = this;
    if (before.doc !== after.doc) target.dispatchEvent(new ArticleEditEvent(origin));
    const old = annotationState(before);
    const now = annotationState(after);
    // a reopened article's annotations put back: they were there before, and the load event tells of them
    if (old === now || isRestoring(tr)) return;
    // built only when an event needs offsets: never on a plain keystroke
    let text: ArticleText | undefined;
    const stepped = new Set<string>();
    tr.steps.forEach((step, index) => {
      if (!(step instanceof AnnotationStep)) return;
      stepped.add(step.id);
      if (!step.after) {
        if (step.before) target.dispatchEvent(new AnnotationRemoveEvent(toAnnotation(step.before, ArticleText.of(tr.docs[index])), origin));
        return;
      }
      // the step's own placement, mapped to the final document: no lookup needed
      const rest = mappingAfter(tr, index);
      const annotation = toAnnotation(rest ? mapPlacement(step.after, rest) : step.after, (text ??= ArticleText.of(after.doc)));
      target.dispatchEvent(step.before ? new AnnotationUpdateEvent(annotation, origin) : new AnnotationAddEvent(annotation, origin));
    });
    // orphaned by a text edit, or back because the text came back
    for (const id of changes.changed) {
      if (stepped.has(id)) continue;
      const annotation = this.annotations.get(id, after);
      if (annotation) target.dispatchEvent(new AnnotationUpdateEvent(annotation, origin));
    }
    if (old.activeId !== now.activeId) target.dispatchEvent(new AnnotationSelectEvent(now.activeId, origin));
  }
}
