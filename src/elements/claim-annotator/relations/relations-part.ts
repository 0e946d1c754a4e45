/**
 * The element's links and replies: the API's changes, made through the
 * on-demand chunk's EditorRelations as API calls (undoable, and announced as
 * the API's), and the marking of linked spans in the text, a small chunk
 * loaded in idle time once the element is in the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditorAnnotations, EditorRelations } from '../../../editor/index.ts';
import type { AnnotationLink, Reply } from '../../../model/index.ts';
import type { EditorController } from '../editor-controller.ts';

export interface RelationsNeeds {
  readonly editor: EditorController;
  readonly annotations: EditorAnnotations;
  /** Keeps the element's `updateComplete` waiting until `chunk` has loaded. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

/** Resolves when the browser is idle (or after `timeout` ms at the latest). */
function idle(timeout: number): Promise<void> {
  return new Promise((resolve) => ('requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout }) : setTimeout(resolve, 0)));
}

export class RelationsPart implements ReactiveController {
  #linkedSpans: Promise<unknown> | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    readonly needs: RelationsNeeds,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#linkedSpans ??= idle(2000)
      .then(() => import('./linked-spans.ts'))
      .then(({ LinkedSpans }) => new LinkedSpans(this.host, this.needs.editor))
      // marking linked spans is a help, not the work: a failed load is tried again when the element is next connected
      .catch(() => void (this.#linkedSpans = null));
  }

  link(from: string, to: string, type: string, article?: string): Promise<AnnotationLink> {
    return this.#relate((relations) => relations.link(from, to, type, article));
  }

  unlink(from: string, linkId: string): Promise<void> {
    return this.#relate((relations) => relations.unlink(from, linkId));
  }

  reply(id: string, text: string): Promise<Reply> {
    return this.#relate((relations) => relations.reply(id, text));
  }

  /** Changes (`text`) or deletes (null) reply `replyId` of annotation `id`. */
  changeReply(id: string, replyId: string, text: string | null): Promise<void> {
    return this.#relate((relations) => relations.changeReply(id, replyId, text));
  }

  async #relate<T>(change: (relations: EditorRelations) => T): Promise<T> {
    const { EditorRelations } = await this.needs.load(import('../on-demand.ts'));
    return this.needs.editor.asApi(() => change(new EditorRelations(this.needs.annotations)));
  }
}
