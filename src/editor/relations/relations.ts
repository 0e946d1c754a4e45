/**
 * Links and replies as ProseMirror commands (`(state, dispatch?) => boolean`,
 * doing nothing without `dispatch`): link one annotation to another, remove a
 * link, reply, edit and delete one's own reply; and `EditorRelations`, the
 * same in the public API's terms, each checked first. Each change is an
 * AnnotationStep in a transaction of its own, so undo takes it back, and none
 * dates the annotation: a link or a reply is not a change of what the
 * fact-checker wrote on it (its `modified`, `modifiedBy` and history stay).
 * Loaded with the code that uses it (the element's on-demand chunk).
 */
import type { Command, EditorState, Transaction } from 'prosemirror-state';
import {
  type AnnotationLink,
  type AnnotationRecord,
  type Reply,
  AnnotationError,
  checkReplyText,
  defaultLinkTypes,
  findLinkType,
  isOwnReply,
  isRelationId,
  linksPerAnnotation,
  newAnnotationId,
  repliesPerAnnotation,
  timestamp,
} from '../../model/index.ts';
import { annotationState } from '../annotation-plugin.ts';
import { AnnotationStep } from '../annotation-step.ts';
import type { EditorAnnotations } from '../annotations.ts';
import { annotationTransaction, currentChecker } from '../commands.ts';
import { records, withList, withRecord } from './relation-commands.ts';

/** A command changing the record of annotation `id` by `change` (null: it does not apply). */
function changeRecord(id: string, change: (record: AnnotationRecord, state: EditorState) => AnnotationRecord | null): Command {
  return (state, dispatch) => {
    const current = annotationState(state).find(id, state.doc);
    const record = current && change(current.record, state);
    if (!current || !record) return false;
    dispatch?.(annotationTransaction(state, new AnnotationStep(id, current, withRecord(current, record))));
    return true;
  };
}

/**
 * Links annotation `from` to annotation `to` by link type `type`, made by the
 * fact-checker now. `to` may be in another article. Does not apply when
 * `from` is missing, `to` is `from`, the same link exists, or `from` holds
 * `linksPerAnnotation` links already.
 */
export function linkAnnotations(from: string, to: string, type: string, link: Partial<AnnotationLink> = {}): Command {
  return changeRecord(from, (record, state) => {
    const links = record.links ?? [];
    if (to === from || links.length >= linksPerAnnotation || links.some((other) => other.to === to && other.type === type)) return null;
    const checker = currentChecker(state);
    const made: AnnotationLink = { id: link.id ?? newAnnotationId(), type, to, ...(link.toArticle ? { toArticle: link.toArticle } : {}), created: link.created ?? timestamp(), ...(checker ? { creator: checker } : {}) };
    return withList(record, 'links', [...links, made]);
  });
}

/** Removes link `linkId` of annotation `from`. Does not apply when there is no such link. */
export function unlinkAnnotations(from: string, linkId: string): Command {
  return changeRecord(from, (record) => {
    const links = record.links ?? [];
    return links.some((link) => link.id === linkId) ? withList(record, 'links', links.filter((link) => link.id !== linkId)) : null;
  });
}

/** Adds `reply` (checked text, its id and time) to annotation `on`, signed by the fact-checker. Does not apply when `on` is missing or full. */
export function addReply(on: string, reply: Pick<Reply, 'id' | 'text' | 'created'>): Command {
  return changeRecord(on, (record, state) => {
    const replies = record.replies ?? [];
    if (replies.length >= repliesPerAnnotation || replies.some((other) => other.id === reply.id)) return null;
    const checker = currentChecker(state);
    return withList(record, 'replies', [...replies, { ...reply, ...(checker ? { creator: checker } : {}) }]);
  });
}

/**
 * Replaces the text of reply `replyId` on annotation `on` (dated `now`), or
 * deletes it (`text` null). Does not apply to another person's reply, nor when
 * the text is the same.
 */
export function changeReply(on: string, replyId: string, text: string | null, now = timestamp()): Command {
  return changeRecord(on, (record, state) => {
    const replies = record.replies ?? [];
    const reply = replies.find((other) => other.id === replyId);
    if (!reply || !isOwnReply(reply, currentChecker(state)) || reply.text === text) return null;
    const next = text === null ? replies.filter((other) => other !== reply) : replies.map((other) => (other === reply ? { ...reply, text, modified: now } : other));
    return withList(record, 'replies', next);
  });
}

/** Every link that ends at annotation `id`: the annotation it starts from and the link. */
export function linksTo(state: EditorState, id: string): { from: AnnotationRecord; link: AnnotationLink }[] {
  const found: { from: AnnotationRecord; link: AnnotationLink }[] = [];
  for (const record of records(state)) {
    for (const link of record.links ?? []) if (link.to === id) found.push({ from: record, link });
  }
  return found;
}

/** Links and replies of one editor's annotations, in the public API's terms; each throws an AnnotationError naming the problem and changes nothing then. */
export class EditorRelations {
  constructor(readonly annotations: EditorAnnotations) {}

  get host() {
    return this.annotations.host;
  }

  /**
   * Links annotation `from` to `to` (an id here or in another article) by link
   * type `type` of the vocabulary; returns the link. Throws an AnnotationError
   * when `from` is missing, the type unknown, `to` is `from` or the link exists.
   * `toArticle` names the stored article `to` is in, when it is another one.
   */
  link(from: string, to: string, type: string, toArticle?: string): AnnotationLink {
    const linkTypes = this.annotations.vocabulary().linkTypes ?? defaultLinkTypes;
    if (!findLinkType(linkTypes, type)) {
      throw new AnnotationError(`Unknown link type ${JSON.stringify(type)}; known link types: ${linkTypes.map((known) => known.id).join(', ')}`, 'invalid-field', 'type');
    }
    if (!isRelationId(to) || to === from) throw new AnnotationError('A link goes to another annotation, named by its id', 'invalid-field', 'to');
    if (toArticle !== undefined && !isRelationId(toArticle)) throw new AnnotationError('An article is named by its id', 'invalid-field', 'toArticle');
    this.#relate(linkAnnotations(from, to, type, toArticle === undefined ? {} : { toArticle }), from, `Annotation ${from} has a link of type ${type} to ${to} already, or ${linksPerAnnotation} links`);
    const links = this.#record(from).links!;
    return { ...links[links.length - 1] };
  }

  /** Removes link `linkId` from annotation `from`; throws when there is none. */
  unlink(from: string, linkId: string): void {
    this.#relate(unlinkAnnotations(from, linkId), from, `Annotation ${from} has no link ${linkId}`);
  }

  /** Adds a reply of `text` to annotation `on`, by the fact-checker; returns it. Throws an AnnotationError for a missing annotation or a bad text. */
  reply(on: string, text: string, now = timestamp()): Reply {
    const reply = { id: newAnnotationId(), text: checkReplyText(text), created: now };
    this.#relate(addReply(on, reply), on, `Annotation ${on} has ${repliesPerAnnotation} replies already`);
    return { ...this.#record(on).replies!.find((other) => other.id === reply.id)! };
  }

  /** Changes the text of reply `replyId` on `on`, or deletes it (`text` null); only the fact-checker's own. Throws an AnnotationError otherwise. */
  changeReply(on: string, replyId: string, text: string | null, now = timestamp()): void {
    const checked = text === null ? null : checkReplyText(text);
    const reply = this.#record(on).replies?.find((other) => other.id === replyId);
    if (reply?.text === checked) return;
    this.#relate(changeReply(on, replyId, checked, now), on, `Annotation ${on} has no reply ${replyId} of the fact-checker's`);
  }

  #record(id: string): AnnotationRecord {
    const current = this.annotations.placement(id);
    if (!current) throw new AnnotationError(`There is no annotation with id ${id}`, 'unknown-annotation');
    return current.record;
  }

  /** Runs a relation command on annotation `id`, or throws: `unknown-annotation`, else `invalid-field` (field `relation`) with `refusal`. */
  #relate(command: (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean, id: string, refusal: string): void {
    this.#record(id);
    if (!command(this.host.state, (tr) => this.host.dispatch(tr))) throw new AnnotationError(refusal, 'invalid-field', 'relation');
  }

}
