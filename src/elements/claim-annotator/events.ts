/**
 * The element's events. Every change to the article or its annotations, by the
 * user, the API or undo/redo, fires one of these on `<claim-annotator>`; they
 * bubble and cross shadow roots. `origin` says who caused it.
 */
import type { ChangeOrigin } from '../../editor/index.ts';
import type { Annotation, ArticleMetadata } from '../../model/index.ts';

/** Who caused a change (the user in the UI, a call to the element's API, undo/redo, or another tab on the same article), as each event's `origin` says. */
export type { ChangeOrigin };

const init: EventInit = { bubbles: true, composed: true };

/** What the annotation change events carry: the annotation (as it is, or was when removed) and who changed it. */
export abstract class AnnotationChangeEvent extends Event {
  constructor(
    type: string,
    readonly annotation: Annotation,
    readonly origin: ChangeOrigin,
  ) {
    super(type, init);
  }
}

/** `claim-annotation-add`: an annotation was created. */
export class AnnotationAddEvent extends AnnotationChangeEvent {
  static readonly eventName = 'claim-annotation-add';
  constructor(annotation: Annotation, origin: ChangeOrigin) {
    super(AnnotationAddEvent.eventName, annotation, origin);
  }
}

/**
 * `claim-annotation-update`: an annotation's fields or span changed, or it became
 * an orphan because its text was deleted (`annotation.status`), or came back.
 */
export class AnnotationUpdateEvent extends AnnotationChangeEvent {
  static readonly eventName = 'claim-annotation-update';
  constructor(annotation: Annotation, origin: ChangeOrigin) {
    super(AnnotationUpdateEvent.eventName, annotation, origin);
  }
}

/** `claim-annotation-remove`: an annotation was deleted; `annotation` is what it was. */
export class AnnotationRemoveEvent extends AnnotationChangeEvent {
  static readonly eventName = 'claim-annotation-remove';
  constructor(annotation: Annotation, origin: ChangeOrigin) {
    super(AnnotationRemoveEvent.eventName, annotation, origin);
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

/** What the article events that carry metadata share: the metadata and who changed it. */
export abstract class ArticleMetadataEvent extends Event {
  constructor(
    type: string,
    readonly metadata: ArticleMetadata,
    readonly origin: ChangeOrigin,
  ) {
    super(type, init);
  }
}

/** `claim-article-load`: a new article replaced the old one. */
export class ArticleLoadEvent extends ArticleMetadataEvent {
  static readonly eventName = 'claim-article-load';
  constructor(metadata: ArticleMetadata, origin: ChangeOrigin) {
    super(ArticleLoadEvent.eventName, metadata, origin);
  }
}

/** `claim-article-update`: the article's metadata (headline, URL, publisher, author, date) changed. */
export class ArticleUpdateEvent extends ArticleMetadataEvent {
  static readonly eventName = 'claim-article-update';
  constructor(metadata: ArticleMetadata, origin: ChangeOrigin) {
    super(ArticleUpdateEvent.eventName, metadata, origin);
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
