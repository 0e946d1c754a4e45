/**
 * Turning what an importer read from one item of a file (a draft) into an
 * ImportedAnnotation, or a rejection with a reason. The same rules apply to our
 * own files, other tools' W3C annotations and Hypothesis exports.
 */
import {
  type Agent, type AnnotationFields, type AnnotationRecord, type Attribution, type CarriedFields, type FileTarget, type ForeignRating, type Source, type TextSelector, AnnotationError, carriedLimit, stances,
} from '../annotation/annotation.ts';
import { carriedSize } from './carry-import.ts';
import { type Vocabulary, checkFields, isHttpUrl } from '../annotation/annotation-input.ts';
import type { PositionUnit } from '../anchoring/anchoring.ts';
import { isoDateForm, startsWithIsoDay } from '../annotation/dates.ts';
import { contentHash, newAnnotationId, timestamp } from '../annotation/ids.ts';
import { quoted } from './jsonld-read.ts';
import { withoutUndefined } from './nodes.ts';
import { claimReviewedOf } from './claim-review.ts';
import { findVerdictByName } from '../annotation/verdicts.ts';
import { type ReviewFields, checkedReview, fileAgent } from '../review/review-import.ts';

/**
 * An annotation read from a file, not yet placed in the article: the record
 * (id, kind, fields, dates) and the selector to anchor it with (see
 * `anchorImported`).
 */
export interface ImportedAnnotation extends AnnotationRecord {
  selector: TextSelector;
  /** How `selector.start`/`end` count: known for our files and Hypothesis's, `unknown` (assumed code points) for others. */
  positionUnit: PositionUnit;
  /** The target's source: the article URL the file annotates, if it names one. */
  source?: string;
  /** Exported as an orphan by Claimmark: stays an orphan, never re-anchored on its quote alone. */
  orphaned: boolean;
  /** The file named no kind of ours (no tag, or only other tags, or a kind id unknown here): it got the untagged kind. */
  untagged?: boolean;
  /** The file gave no usable date: the import dated it, and the merge never lets that date win over an edit here. */
  undated?: boolean;
  /** The file gave no usable id: the import made one, and the merge matches it by content instead. */
  newId?: boolean;
}

/** Why an item of a file was not imported, for the element to say in its language. */
export type RejectionCode =
  | 'no-selector'
  | 'range-selector-only'
  /** Only selectors of the page's structure (a FragmentSelector, an XPath, a CSS selector, an EPUB CFI) with no quote inside; `value` names them. */
  | 'page-selector-only'
  | 'page-note'
  | 'reply'
  /** A link or a reply whose annotation (`value`) is neither in the file nor in the article. */
  | 'no-annotation-to-relate'
  | 'reference-only'
  | 'not-an-annotation'
  | 'invalid-field'
  | 'duplicate-id'
  | 'unreadable';

/**
 * One rejected item: its index among the file's annotations (from 0, in
 * document order), why in English for developers (`reason`), and why as a code
 * with the value concerned (a kind, a verdict, an id) for the element's words.
 */
export interface Rejection {
  index: number;
  reason: string;
  code: RejectionCode;
  value?: string;
}

/** What a note of an import is about, for the element to say in its language. */
export type ImportNoteCode =
  | 'dropped-keys'
  | 'context-not-fetched'
  | 'inline-context'
  | 'quote-without-exact'
  | 'bad-position'
  | 'page-not-in-file'
  | 'article-metadata'
  | 'body-type'
  | 'target-source'
  /** An annotation made on another page than the article (`value`), placed on the article. */
  | 'other-source'
  | 'position-without-quote'
  | 'other-tags'
  | 'attribution-without-name'
  /** A part of a creator or editor (`value`: `creator.homepage`) that is not usable was dropped, or the whole agent when it has no name or IRI. */
  | 'agent-field'
  | 'unknown-kind'
  | 'foreign-rating'
  /** Distinct notes of one code past the first 20, counted rather than listed (`value` is how many). */
  | 'more-notes'
  | 'source-url'
  | 'source-stance'
  | 'source-accessed'
  | 'quote-style'
  | 'new-id'
  | 'bad-id'
  | 'bad-created'
  | 'bad-modified'
  | 'dated-to-import'
  | 'assumed-code-points'
  /** A TextPositionSelector inside a `refinedBy`, which counts from the start of a part of the page: not used. */
  | 'refined-position'
  /** What the file said that could not be kept with the annotation: `value` names it (fields of a Hypothesis annotation, or a size over the limit). */
  | 'not-carried'
  /** HTML in a body was cleaned: scripts, styles, other attributes and non-http(s) links removed. */
  | 'html-cleaned'
  | 'review-field';

/** A note of an import as data: its code, the value concerned (a URL, tags, a date, a count) and the items (from 0) it concerns. */
export interface ImportNote {
  code: ImportNoteCode;
  value?: string;
  items: number[];
}

/** Takes a note: `message` in English for developers, `code` and `value` for the element's words. */
export type NoteTaker = (message: string, code: ImportNoteCode, value?: string) => void;

/** An item of the file that cannot become an annotation; the message is the reason in English, `code` and `value` the same as data. */
export class ItemRejected extends Error {
  override name = 'ItemRejected';
  constructor(
    message: string,
    readonly code: RejectionCode,
    readonly value?: string,
  ) {
    super(message);
  }
}

/** What an importer read from one item, before the vocabulary and the checks. */
export interface RecordDraft {
  id?: string;
  /** Values of classifying bodies: kind ids. */
  kinds: string[];
  /** Values of tagging bodies or tags: a kind if one names a kind. */
  tags: string[];
  /** schema.org types of its bodies (`schema:Claim`), the last resort for a kind. */
  schemaTypes: string[];
  created?: string;
  modified?: string;
  attribution?: { name?: string; type?: 'Organization'; role?: string; organization?: string };
  /** Who made it, as read, before the checks (see `Agent`). */
  creator?: DraftAgent;
  /** Other creators the file names, after the first. */
  coCreators?: DraftAgent[];
  /** Who changed it last. */
  modifiedBy?: DraftAgent;
  claim?: string;
  verdict?: { id?: string; label?: string };
  sources: { url?: string; title?: string; stance?: string; accessed?: string }[];
  /** Texts of commenting (and other textual) bodies, joined into the note. */
  notes: string[];
  /** The rating's place on its scale and the scale's author, when a schema:Rating says. */
  rating?: { value?: number | string; best?: number | string; worst?: number | string; scale?: string };
  quoteStyle?: string;
  occasion?: string;
  selector: TextSelector;
  positionUnit: PositionUnit;
  source?: string;
  orphaned: boolean;
  /** The target the selectors came from and everything the file said that no field holds (see `CarriedFields`). */
  fileTarget?: FileTarget;
  carried: CarriedFields;
  /** Private in the tool it came from. */
  private?: true;
  /** The review fields as read, not yet checked (see `checkedReview`). */
  review?: ReviewFields;
}

/** An agent as a file gave it: the Agent's fields, each a text not yet checked. */
export type DraftAgent = { [key in keyof Agent]?: string };

/** A new, empty draft. */
export function emptyDraft(positionUnit: PositionUnit): RecordDraft {
  return { kinds: [], tags: [], schemaTypes: [], sources: [], notes: [], selector: {}, positionUnit, orphaned: false, carried: {} };
}

/** Ids we keep: http(s), urn: and tag: IRIs; anything else (a `javascript:` id, say) gets a new id. */
const iriPattern = /^(https?|urn|tag):[^\s<>"{}|\\^`]+$/i;

/**
 * Checks a draft against the vocabulary and the field rules. Throws
 * ItemRejected for a draft with no selector or a bad field; an annotation
 * whose file names no kind of ours gets `untaggedKind` (a kind id of the
 * vocabulary), a rating not on the scale is kept as a foreign rating, and
 * lesser problems (a `javascript:` source, a bad date) are dropped with a note.
 */
export function finishRecord(draft: RecordDraft, vocabulary: Vocabulary, note: NoteTaker, untaggedKind: string): ImportedAnnotation {
  const { selector } = draft;
  if (selector.exact === undefined && selector.start === undefined) throw new ItemRejected('no TextQuoteSelector or TextPositionSelector', 'no-selector');
  const resolved = resolveKind(draft, vocabulary, note);
  const rating = draft.verdict && resolveVerdict(draft, vocabulary, note);
  const review = checkedReview(draft.review, note);
  const fields: AnnotationFields = {
    attribution: attribution(draft, note),
    // a review's `claimReviewed` that is only the article's words (what our exports write then) restates nothing
    claim: draft.claim !== undefined && selector.exact !== undefined && draft.claim === claimReviewedOf({ exact: selector.exact }) ? undefined : draft.claim,
    verdict: rating?.verdict,
    foreignRating: rating?.foreign,
    sources: sources(draft, note),
    note: draft.notes.length ? draft.notes.join('\n\n') : undefined,
    quoteStyle: quoteStyle(draft.quoteStyle, note),
    occasion: draft.occasion,
    ...review,
  };
  let checked: AnnotationFields;
  try {
    checked = checkFields(fields, vocabulary);
  } catch (error) {
    if (error instanceof AnnotationError) throw new ItemRejected(error.message, 'invalid-field', error.field);
    throw error;
  }
  const modified = date(draft.modified, 'modified', note);
  const givenCreated = date(draft.created, 'created', note);
  const created = givenCreated ?? modified ?? importTime(note);
  const kind = resolved ?? untaggedKind;
  const id = identity(draft.id, note);
  const record: AnnotationRecord = { id: id ?? newAnnotationId(), kind, created, modified: modified ?? created };
  for (const [key, value] of Object.entries({ ...checked, history: review.history })) if (value !== undefined) Object.assign(record, { [key]: value });
  const creator = fileAgent(draft.creator, 'creator', note);
  const modifiedBy = fileAgent(draft.modifiedBy, 'modifiedBy', note);
  if (creator) record.creator = creator;
  const coCreators = creator && draft.coCreators?.map((other, index) => fileAgent(other, `coCreators.${index}`, note)).filter((other) => other !== undefined);
  if (coCreators?.length) record.coCreators = coCreators;
  if (modifiedBy) record.modifiedBy = modifiedBy;
  const imported: ImportedAnnotation = { ...record, selector: withoutUndefined(selector), positionUnit: draft.positionUnit, orphaned: draft.orphaned };
  if (resolved === undefined) imported.untagged = true;
  if (modified === undefined && givenCreated === undefined) imported.undated = true;
  if (id === null) imported.newId = true;
  if (draft.source !== undefined) {
    if (isHttpUrl(draft.source) || /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(draft.source)) imported.source = draft.source;
    else note(`A target source ${quoted(draft.source)} was dropped: it is not an http(s) URL or a URN`, 'target-source', draft.source);
  }
  carry(draft, imported, note);
  if (selector.exact === undefined) note('An annotation with a position but no quote was imported; its position cannot be checked against the text', 'position-without-quote');
  return imported;
}

/** Puts the draft's file target, carried fields and privacy on the annotation; what exceeds `carriedLimit` is dropped with a note. */
function carry(draft: RecordDraft, imported: ImportedAnnotation, note: NoteTaker): void {
  const carried = withoutUndefined(draft.carried) as CarriedFields;
  // the note the file's note bodies gave: while it stays so, they are exported instead of ours
  if (carried.noteBodies && imported.note !== undefined) carried.note = imported.note;
  else delete carried.noteBodies;
  const parts = { fileTarget: draft.fileTarget, carried: Object.keys(carried).length ? carried : undefined };
  if (draft.private) imported.private = true;
  if (!parts.fileTarget && !parts.carried) return;
  const size = carriedSize(parts);
  if (size > carriedLimit) {
    note(`What the file said beyond our fields (${size} characters of JSON: selectors, properties, bodies) was over the ${carriedLimit}-character limit and was not kept`, 'not-carried', String(size));
    return;
  }
  if (parts.fileTarget) imported.fileTarget = parts.fileTarget;
  if (parts.carried) imported.carried = parts.carried;
}

/**
 * The kind: a classifying body's value; else the first tag naming a kind (by
 * id or label, in any case); else the schema.org type; else undefined, for the
 * caller's untagged kind. A kind id unknown here is noted, not a rejection.
 */
function resolveKind(draft: RecordDraft, vocabulary: Vocabulary, note: NoteTaker): string | undefined {
  const byName = (name: string) => {
    const lower = name.trim().toLowerCase();
    return vocabulary.kinds.find((kind) => kind.id === name || kind.id === lower || kind.label.trim().toLowerCase() === lower)?.id;
  };
  if (draft.kinds.length) {
    const kind = byName(draft.kinds[0]);
    if (kind) return kind;
    // the file says what it is, in words we lack: not a tag to look past, nor a schema type to guess from
    note(`A kind ${quoted(draft.kinds[0])} is not a kind here; the annotation got the kind chosen for untagged ones`, 'unknown-kind', draft.kinds[0]);
    return undefined;
  }
  const tagged = draft.tags.map((tag) => ({ tag, kind: byName(tag) }));
  const kind = tagged.find((entry) => entry.kind)?.kind;
  const others = tagged.filter((entry) => !kind || entry.kind !== kind).map((entry) => quoted(entry.tag));
  if (others.length) note(`Tags other than the kind were kept as tags, not as a kind: ${others.join(', ')}`, 'other-tags', others.join(', '));
  if (kind) return kind;
  const fromType = draft.schemaTypes.includes('schema:Quotation') ? 'quote' : draft.schemaTypes.some((type) => type === 'schema:Claim' || type === 'schema:ClaimReview') ? 'claim' : undefined;
  if (fromType && byName(fromType)) return fromType;
  return undefined;
}

/** The rating: a verdict of the scale (by id, then by label, in any case), or else the rating as the file gave it. */
function resolveVerdict(draft: RecordDraft, vocabulary: Vocabulary, note: NoteTaker): { verdict?: string; foreign?: ForeignRating } {
  const given = draft.verdict as { id?: string; label?: string };
  const scale = vocabulary.verdicts;
  for (const name of [given.id, given.label]) {
    const found = name?.trim() && findVerdictByName(scale, name);
    if (found) return { verdict: found.id };
  }
  const label = given.label?.trim() || given.id?.trim();
  if (!label) return {};
  const foreign: ForeignRating = { label };
  if (given.id?.trim()) foreign.id = given.id.trim();
  const place = draft.rating ?? {};
  for (const key of ['scale', 'value', 'best', 'worst'] as const) {
    const value = place[key];
    if (typeof value === 'number' ? Number.isFinite(value) : typeof value === 'string' && value.trim() !== '') Object.assign(foreign, { [key]: value });
  }
  note(`A rating ${quoted(label)} is not on this site's scale; it was kept as given, to map to a verdict by editing`, 'foreign-rating', label);
  return { foreign };
}

function attribution(draft: RecordDraft, note: NoteTaker): Attribution | undefined {
  const value = draft.attribution;
  if (!value) return undefined;
  if (!value.name?.trim()) {
    if (value.role || value.organization) note('An attribution without a name was not imported', 'attribution-without-name');
    return undefined;
  }
  return { name: value.name, ...(value.type ? { type: value.type } : {}), role: value.role, organization: value.organization };
}

function sources(draft: RecordDraft, note: NoteTaker): Source[] | undefined {
  const list: Source[] = [];
  for (const raw of draft.sources) {
    const url = raw.url?.trim();
    if (!isHttpUrl(url)) {
      note(`A source ${quoted(raw.url ?? '')} was dropped: only http(s) links are kept`, 'source-url', raw.url ?? '');
      continue;
    }
    const source: Source = { url };
    if (raw.title !== undefined) source.title = raw.title;
    if (raw.stance !== undefined) {
      if (stances.includes(raw.stance as Source['stance'] & string)) source.stance = raw.stance as Source['stance'];
      else note(`A source stance ${quoted(raw.stance)} was dropped: it must be supports, refutes or context`, 'source-stance', raw.stance);
    }
    if (raw.accessed !== undefined) {
      if (startsWithIsoDay(raw.accessed.trim())) source.accessed = raw.accessed;
      else note(`A source's accessed date ${quoted(raw.accessed)} was dropped: it is not an ISO 8601 date`, 'source-accessed', raw.accessed);
    }
    list.push(source);
  }
  return list.length ? list : undefined;
}

function quoteStyle(value: string | undefined, note: NoteTaker): 'direct' | 'indirect' | undefined {
  if (value === undefined) return undefined;
  if (value === 'direct' || value === 'indirect') return value;
  note(`A quote style ${quoted(value)} was dropped: it must be direct or indirect`, 'quote-style', value);
  return undefined;
}

/** A bare UUID, as Recogito and other tools write annotation ids. */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id of a file as an IRI: an IRI as given, a bare UUID as `urn:uuid:<that uuid>`, anything else null. Links and replies name their annotations by it too. */
export function fileIri(id: string): string | null {
  if (id.length <= 2048 && iriPattern.test(id)) return id;
  return uuidPattern.test(id) ? `urn:uuid:${id}` : null;
}

/**
 * The annotation's identity: an IRI is kept as given; a bare UUID becomes
 * `urn:uuid:<that uuid>` (the IRI that names it), so that importing the same
 * file again finds the same annotations; anything else null, for a new id.
 */
function identity(id: string | undefined, note: NoteTaker): string | null {
  const named = id === undefined ? null : fileIri(id);
  if (named) return named;
  if (id === undefined) note('An annotation without an id was given a new one', 'new-id');
  else note(`An id ${quoted(id)} is not an http(s), urn: or tag: IRI; the annotation was given a new one`, 'bad-id', id);
  return null;
}

/**
 * The id of an item the file gave no usable id: a UUID made from what the file
 * says of it (and how many identical items came before it in the file), so that
 * importing the same file again finds the annotations it made the first time
 * (a page's `src` on every load) instead of adding copies.
 */
export function contentId(draft: RecordDraft, occurrence: number): string {
  // what is carried does not count: ids stay those that files without ids got before it was kept
  const { id: _id, fileTarget: _target, carried: _carried, private: _private, ...said } = draft;
  const text = `${JSON.stringify(said)}#${occurrence}`;
  const hex = contentHash(text) + contentHash(`a${text}`) + contentHash(`b${text}`).slice(0, 4);
  const variant = '89ab'[parseInt(hex[16]!, 16) % 4];
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A date with timezone kept as written; one without read as UTC; anything else dropped with a note. */
function date(value: string | undefined, field: 'created' | 'modified', note: NoteTaker): string | undefined {
  if (value === undefined) return undefined;
  const form = isoDateForm(value);
  if (form === 'zoned-time') return value;
  if (form === 'day') return `${value}T00:00:00.000Z`;
  if (form === 'local-time') return new Date(Date.parse(`${value}Z`)).toISOString();
  note(`A ${field} date ${quoted(value)} is not an ISO 8601 date and was not used`, field === 'created' ? 'bad-created' : 'bad-modified', value);
  return undefined;
}

function importTime(note: NoteTaker): string {
  note('An annotation without a valid created date was dated to the import', 'dated-to-import');
  return timestamp();
}
