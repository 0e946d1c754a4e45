/**
 * Reading links and replies from a file (the inverse of relations-jsonld.ts),
 * and giving them to their annotations once the import is placed and merged.
 * A W3C annotation is one when its one target is another annotation (an IRI,
 * or a node without a selector) and its motivation is `linking` or `replying`;
 * a Hypothesis annotation with `references` is a reply to the first of them
 * (the thread's root: the panel shows a flat discussion).
 */
import type { Agent, Annotation } from '../annotation/annotation.ts';
import { contentHash } from '../annotation/ids.ts';
import { checkAgent } from '../annotation/agents.ts';
import { isZonedTimestamp } from '../annotation/dates.ts';
import { type AnnotationLink, linksPerAnnotation } from './links.ts';
import { linkTypeOf } from './relation-ids.ts';
import { type Reply, checkReplyText, repliesPerAnnotation } from './replies.ts';
import { type JsonObject, type JsonValue, isJsonObject } from '../exchange/json-input.ts';
import { type Terms, iri, nodeId, objects, schemaValue, text, values, w3cTerm } from '../exchange/jsonld-read.ts';

/** A link read from a file: `from` is the annotation it starts from. `index` is the file's item. */
export interface ImportedLink extends AnnotationLink {
  from: string;
  index: number;
}

/** A reply read from a file: `on` is the annotation it answers. */
export interface ImportedReply extends Reply {
  on: string;
  index: number;
}

/** What a relation item gives, however the file wrote it. */
export interface RelationDraft {
  id?: string;
  /** The annotation it belongs to (the link's start, the reply's parent), as the file names it. */
  of: string;
  created?: string;
  modified?: string;
  /** As the file gave it: checked by `finishRelation`. */
  creator?: object;
  /** A link: the annotation it goes to (and the article it is in, when the file says) and its type (an IRI, or our id). */
  link?: { to: string; type: string; toArticle?: string };
  /** A reply: its text. */
  text?: string;
}

/** Why a relation item cannot be read; the import rejects it with this reason. */
export class RelationRejected extends Error {
  constructor(message: string, readonly field?: string) {
    super(message);
  }
}

/**
 * A draft as a link or a reply, with ids made IRIs by `iri` (an id-less item
 * gets one from its content, so importing the same file twice adds it once);
 * dates as given when zoned, else `now`.
 */
export function finishRelation(draft: RelationDraft, index: number, iri: (id: string) => string | null, now: string): ImportedLink | ImportedReply {
  const of = iri(draft.of) ?? draft.of;
  const created = isZonedTimestamp(draft.created) ? draft.created : now;
  const id = (draft.id !== undefined && iri(draft.id)) || `urn:claimmark:${contentHash(JSON.stringify([of, draft.link ?? draft.text, draft.created, draft.creator]))}`;
  let creator: { creator?: Agent } = {};
  let text: string | undefined;
  try {
    const agent = checkAgent(draft.creator, 'its creator');
    if (agent) creator = { creator: agent };
    if (!draft.link) text = checkReplyText(draft.text, 'the reply');
  } catch (error) {
    throw new RelationRejected((error as Error).message, (error as { field?: string }).field);
  }
  if (draft.link) {
    const article = draft.link.toArticle?.replace(/^urn:uuid:/i, '');
    return { id, type: linkTypeOf(draft.link.type), to: iri(draft.link.to) ?? draft.link.to, ...(article ? { toArticle: article } : {}), created, ...creator, from: of, index };
  }
  const modified = isZonedTimestamp(draft.modified) && draft.modified !== created ? { modified: draft.modified } : {};
  return { id, text: text!, created, ...modified, ...creator, on: of, index };
}

/** What giving a file's links and replies to their annotations did. */
export interface AttachedRelations {
  links: number;
  replies: number;
  /** Items whose annotation is neither in the file nor in the article: not imported (the id it names). */
  homeless: { index: number; of: string }[];
}

/**
 * Gives each link and reply of a file to its annotation: one the import adds
 * or replaces (in `add` and `update`, changed in place), or one already in
 * the article (`existing`: then a replacement with the new links and replies
 * joins `update`). By id: a link or a reply already there stays, except a
 * reply the file dates later (its author edited it). The annotation itself
 * is not changed otherwise, nor counted as updated.
 */
export function attachRelations(
  links: readonly ImportedLink[], replies: readonly ImportedReply[], existing: readonly Annotation[], add: Annotation[], update: Annotation[],
): AttachedRelations {
  const result: AttachedRelations = { links: 0, replies: 0, homeless: [] };
  if (!links.length && !replies.length) return result;
  const listed = new Map<string, { list: Annotation[]; at: number }>();
  for (const list of [add, update]) list.forEach((annotation, at) => listed.set(annotation.id, { list, at }));
  const there = new Map(existing.map((annotation) => [annotation.id, annotation]));
  /** The annotation `id` as the import will leave it, or null when it is nowhere. */
  const find = (id: string): Annotation | null => {
    const found = listed.get(id);
    return found ? found.list[found.at] : (there.get(id) ?? null);
  };
  /** Puts `annotation` (changed) where the import leaves it: in place in `add` or `update`, or as a new replacement in `update`. */
  const put = (annotation: Annotation): void => {
    const found = listed.get(annotation.id);
    if (found) found.list[found.at] = annotation;
    else listed.set(annotation.id, { list: update, at: update.push(annotation) - 1 });
  };
  for (const { from, index, ...link } of links) {
    const annotation = find(from);
    if (!annotation) {
      result.homeless.push({ index, of: from });
      continue;
    }
    const own = annotation.links ?? [];
    if (own.length >= linksPerAnnotation || own.some((other) => other.id === link.id || (other.to === link.to && other.type === link.type))) continue;
    put({ ...annotation, links: [...own, link] });
    result.links++;
  }
  for (const { on, index, ...reply } of replies) {
    const annotation = find(on);
    if (!annotation) {
      result.homeless.push({ index, of: on });
      continue;
    }
    const own = annotation.replies ?? [];
    const same = own.findIndex((other) => other.id === reply.id);
    const newer = same >= 0 && (reply.modified ?? reply.created) > (own[same].modified ?? own[same].created);
    if ((same >= 0 && !newer) || (same < 0 && own.length >= repliesPerAnnotation)) continue;
    const next = same >= 0 ? own.map((other, at) => (at === same ? reply : other)) : [...own, reply];
    put({ ...annotation, replies: next.sort((a, b) => (a.created < b.created ? -1 : a.created > b.created ? 1 : 0)) });
    result.replies++;
  }
  return result;
}

/**
 * A W3C link or reply as a draft, or null when `node` is no such thing (an
 * annotation of the text). `agent` reads its creator as the import reads others.
 */
export function readW3cRelation(node: JsonObject, terms: Terms, agent: (value: JsonValue | undefined, terms: Terms) => object | undefined): RelationDraft | null {
  const motivations = values(node.motivation).map((value) => w3cTerm(text(value) ?? ''));
  const relation = motivations.includes('replying') ? 'reply' : motivations.includes('linking') ? 'link' : null;
  const targets = values(node.target);
  const target = targets.length === 1 ? targets[0] : undefined;
  const of = typeof target === 'string' ? target : isJsonObject(target) && !('selector' in target) ? nodeId(target) : undefined;
  if (!relation || !of) return null;
  const draft: RelationDraft = { id: nodeId(node), of, created: text(node.created), modified: text(node.modified) };
  const creator = agent(node.creator, terms);
  if (creator) draft.creator = creator;
  const bodies = values(node.body);
  if (relation === 'reply') {
    const said = [text(node.bodyValue), ...bodies.map((body) => (isJsonObject(body) ? text(body.value) : undefined))].filter((value) => value !== undefined);
    draft.text = said.join('\n\n');
    return draft;
  }
  const classifying = objects(node.body).find((body) => w3cTerm(text(body.purpose) ?? '') === 'classifying');
  const type = classifying && (iri(classifying.source) ?? text(classifying.value));
  const other = bodies.find((body) => body !== classifying && (typeof body === 'string' || (isJsonObject(body) && (nodeId(body) ?? iri(body.source)) !== undefined)));
  const to = typeof other === 'string' ? other : isJsonObject(other) ? (nodeId(other) ?? iri(other.source)) : undefined;
  if (!to) return null;
  const article = isJsonObject(other) ? iri(schemaValue(other, 'isPartOf', terms)) : undefined;
  draft.link = { to, type: type ?? 'linking', ...(article ? { toArticle: article } : {}) };
  return draft;
}
