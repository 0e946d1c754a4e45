/**
 * The element's events. Every change to the article or its annotations, by the
 * user, the API or undo/redo, fires one of these on `<claim-annotator>`; they
 * bubble and cross shadow roots. `origin` says who caused it.
 */
import type { Annotation, ArticleMetadata } from '../model/index.ts';

/** Who caused a change: the user in the UI, a call to the element's API, undo/redo, or another tab on the same article. */
export type ChangeOrigin = 'user' | 'api' | 'history' | 'remote';

const init: EventInit = { bubbles: true, composed: true };

/** `claim-annotation-add`: an annotation was created. */
export class AnnotationAddEvent extends Event {
  static readonly eventName = 'claim-annotation-add';
  constructor(
    readonly annotation: Annotation,
    readonly origin: ChangeOrigin,
  ) {
    super(AnnotationAddEvent.eventName, init);
  }
}

/**
 * `claim-annotation-update`: an annotation's fields or span changed, or it became
 * an orphan because its text was deleted (`annotation.status`), or came back.
 */
export class AnnotationUpdateEvent extends Event {
  static readonly eventName = 'claim-annotation-update';
  constructor(
    readonly annotation: Annotation,
    readonly origin: ChangeOrigin,
  ) {
    super(AnnotationUpdateEvent.eventName, init);
  }
}

/** `claim-annotation-remove`: an annotation was deleted; `annotation` is what it was. */
export class AnnotationRemoveEvent extends Event {
  static readonly eventName = 'claim-annotation-remove';
  constructor(
    readonly annotation: Annotation,
    readonly origin: ChangeOrigin,
  ) {
    super(AnnotationRemoveEvent.eventName, init);
  }
}

/** `claim-annotation-select`: the selected annotation changed (null: none). */
export class AnnotationSelectEvent extends Event {
  static readonly eventName = 'claim-annotation-select';
  constructor(
    readonly annotationId: string | null,
    readonly origin: ChangeOrigin,
  ) {
    super(AnnotationSelectEvent.eventName, init);
  }
}

/** `claim-article-load`: a new article replaced the old one (annotations start empty). */
export class ArticleLoadEvent extends Event {
  static readonly eventName = 'claim-article-load';
  constructor(
    readonly metadata: ArticleMetadata,
    readonly origin: ChangeOrigin,
  ) {
    super(ArticleLoadEvent.eventName, init);
  }
}

/** `claim-article-update`: the article's metadata (headline, URL, publisher, author, date) changed. */
export class ArticleUpdateEvent extends Event {
  static readonly eventName = 'claim-article-update';
  constructor(
    readonly metadata: ArticleMetadata,
    readonly origin: ChangeOrigin,
  ) {
    super(ArticleUpdateEvent.eventName, init);
  }
}

/** `claim-article-edit`: the article's text changed (typing, paste, undo). Fired per edit. */
export class ArticleEditEvent extends Event {
  static readonly eventName = 'claim-article-edit';
  constructor(readonly origin: ChangeOrigin) {
    super(ArticleEditEvent.eventName, init);
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-annotation-add': AnnotationAddEvent;
    'claim-annotation-update': AnnotationUpdateEvent;
    'claim-annotation-remove': AnnotationRemoveEvent;
    'claim-annotation-select': AnnotationSelectEvent;
    'claim-article-load': ArticleLoadEvent;
    'claim-article-edit': ArticleEditEvent;
    'claim-article-update': ArticleUpdateEvent;
  }
}
