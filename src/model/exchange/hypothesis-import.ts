/**
 * One annotation of the Hypothesis client's JSON export (or its API's search
 * results): `tags` name the kind, `text` is the note, `target[].selector` holds
 * a TextQuoteSelector, a TextPositionSelector and an XPath-style RangeSelector.
 * The RangeSelector needs the page's DOM, so only the quote and position are
 * used to place it; all three are kept (`fileTarget`) and exported again, so
 * Hypothesis (or Apache Annotator) finds the annotation on its page after a
 * pass through us. Hypothesis counts positions in UTF-16 code units (offsets
 * into the DOM's text), so they are marked as such. `permissions.read` without
 * the world group makes it private.
 */
import type { JsonData } from '../annotation/annotation.ts';
import { acctUser } from '../annotation/agents.ts';
import { carryTarget } from './carry-import.ts';
import { type DraftAgent, type NoteTaker, type RecordDraft, ItemRejected, emptyDraft } from './import-record.ts';
import { type JsonObject, isJsonObject } from './json-input.ts';
import { readTextSelectors, text, values } from './jsonld-read.ts';
import type { RelationDraft } from '../relations/relations-import.ts';

const plainTerms = { schemaBare: false };

/**
 * The fields of a Hypothesis annotation that are read (`user` is its creator)
 * or that say nothing of the annotation itself (`links` and `user_info` are
 * derived from others, `flagged`, `hidden` and `moderation` are the reader's
 * view); the rest are listed in the notes as not kept.
 */
const readKeys = new Set(['id', 'created', 'updated', 'user', 'uri', 'text', 'tags', 'target', 'references', 'permissions', 'links', 'user_info', 'flagged', 'hidden', 'moderation']);

/** A Hypothesis reply (an annotation with `references`) as a reply to the first annotation it references, the thread's root; null for an annotation of the text. */
export function readHypothesisReply(item: JsonObject): RelationDraft | null {
  const root = text(values(item.references)[0]);
  if (root === undefined) return null;
  const creator = user(item);
  return { id: identity(item), of: hypothesisId(root), created: text(item.created), modified: text(item.updated), text: text(item.text), ...(creator ? { creator } : {}) };
}

/** Reads one Hypothesis annotation into a draft; a page note (no selector) is rejected. */
export function readHypothesisAnnotation(item: JsonObject, note: NoteTaker): RecordDraft {
  const draft = emptyDraft('utf-16');
  draft.id = identity(item);
  draft.created = text(item.created);
  draft.modified = text(item.updated);
  draft.creator = user(item);
  draft.tags = values(item.tags).filter((tag): tag is string => typeof tag === 'string');
  // each tag stays a tag in the export, as a W3C tagging body (a kind it names is also our classifying body)
  if (draft.tags.length) draft.carried.bodies = draft.tags.map((tag): JsonData => ({ type: 'TextualBody', purpose: 'tagging', value: tag }));
  const body = text(item.text);
  if (body?.trim()) draft.notes.push(body);
  if (isPrivate(item)) draft.private = true;
  const unread = Object.keys(item).filter((key) => !readKeys.has(key)).sort();
  if (unread.length) note(`Fields of a Hypothesis annotation that have no place in a W3C annotation were not kept: ${unread.join(', ')}`, 'not-carried', unread.join(', '));
  let range = false;
  for (const target of values(item.target)) {
    if (!isJsonObject(target)) continue;
    const { range: hasRange, selector } = readTextSelectors(target.selector, plainTerms, note);
    range ||= hasRange;
    if (selector.exact === undefined && selector.start === undefined) continue;
    draft.selector = selector;
    draft.source = text(target.source) ?? text(item.uri);
    const { fileTarget, properties } = carryTarget(target, false);
    if (fileTarget) draft.fileTarget = fileTarget;
    if (properties) draft.carried.target = properties;
    return draft;
  }
  if (range) throw new ItemRejected('only an XPath RangeSelector, which needs the page it was made in; no TextQuoteSelector or TextPositionSelector', 'range-selector-only');
  throw new ItemRejected('a page note: it has no selector in the text', 'page-note');
}

/**
 * Who made it: Hypothesis names its users `acct:alice@hypothes.is`, the IRI
 * kept as the creator's id and `alice` as the name, unless `user_info` gives a
 * display name.
 */
function user(item: JsonObject): DraftAgent | undefined {
  const account = text(item.user)?.trim();
  const info = isJsonObject(item.user_info) ? item.user_info : undefined;
  const display = text(info?.display_name)?.trim() || undefined;
  if (!account) return display ? { name: display } : undefined;
  const name = display ?? acctUser(account);
  return name === undefined ? { name: account } : { id: account, name };
}

/** Hypothesis ids are short tokens; the annotation's address makes them IRIs. */
function identity(item: JsonObject): string | undefined {
  const id = text(item.id);
  return id === undefined ? undefined : hypothesisId(id);
}

function hypothesisId(id: string): string {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? `https://hypothes.is/a/${id}` : id;
}

/** Hypothesis shares an annotation with everyone by `group:__world__` in `permissions.read`; without it (only its user, or a private group) it is private. */
function isPrivate(item: JsonObject): boolean {
  const permissions = item.permissions;
  if (!isJsonObject(permissions) || !Array.isArray(permissions.read)) return false;
  return !permissions.read.includes('group:__world__');
}
