/**
 * Turning what an importer read from one item of a file (a draft) into an
 * ImportedAnnotation, or a rejection with a reason. The same rules apply to our
 * own files, other tools' W3C annotations and Hypothesis exports.
 */
import { type AnnotationFields, type AnnotationRecord, type Attribution, type Source, type TextSelector, AnnotationError, stances } from '../annotation/annotation.ts';
import { type Vocabulary, checkFields, isHttpUrl } from '../annotation/annotation-input.ts';
import type { PositionUnit } from '../anchoring/anchoring.ts';
import { isoDateForm, startsWithIsoDay } from '../annotation/dates.ts';
import { newAnnotationId, timestamp } from '../annotation/ids.ts';
import { quoted } from './jsonld-read.ts';
import { withoutUndefined } from './nodes.ts';
import { findVerdict } from '../annotation/verdicts.ts';

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
}

/** One rejected item: its index among the file's annotations (from 0, in document order) and why. */
export interface Rejection {
  index: number;
  reason: string;
}

/** An item of the file that cannot become an annotation; the message is the reason. */
export class ItemRejected extends Error {
  override name = 'ItemRejected';
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
  attribution?: { name?: string; role?: string; organization?: string };
  claim?: string;
  verdict?: { id?: string; label?: string };
  sources: { url?: string; title?: string; stance?: string; accessed?: string }[];
  /** Texts of commenting (and other textual) bodies, joined into the note. */
  notes: string[];
  quoteStyle?: string;
  occasion?: string;
  selector: TextSelector;
  positionUnit: PositionUnit;
  source?: string;
  orphaned: boolean;
}

/** A new, empty draft. */
export function emptyDraft(positionUnit: PositionUnit): RecordDraft {
  return { kinds: [], tags: [], schemaTypes: [], sources: [], notes: [], selector: {}, positionUnit, orphaned: false };
}

/** Ids we keep: http(s), urn: and tag: IRIs; anything else (a `javascript:` id, say) gets a new id. */
const iriPattern = /^(https?|urn|tag):[^\s<>"{}|\\^`]+$/i;

/**
 * Checks a draft against the vocabulary and the field rules. Throws
 * ItemRejected for an unknown kind or verdict, or a draft with no selector;
 * drops lesser problems (a `javascript:` source, a bad date) with a note.
 */
export function finishRecord(draft: RecordDraft, vocabulary: Vocabulary, note: (message: string) => void): ImportedAnnotation {
  const { selector } = draft;
  if (selector.exact === undefined && selector.start === undefined) throw new ItemRejected('no TextQuoteSelector or TextPositionSelector');
  const kind = resolveKind(draft, vocabulary, note);
  const fields: AnnotationFields = {
    attribution: attribution(draft, note),
    claim: draft.claim,
    verdict: draft.verdict && resolveVerdict(draft.verdict, vocabulary),
    sources: sources(draft, note),
    note: draft.notes.length ? draft.notes.join('\n\n') : undefined,
    quoteStyle: quoteStyle(draft.quoteStyle, note),
    occasion: draft.occasion,
  };
  let checked: AnnotationFields;
  try {
    checked = checkFields(fields, vocabulary);
  } catch (error) {
    if (error instanceof AnnotationError) throw new ItemRejected(error.message);
    throw error;
  }
  const modified = date(draft.modified, 'modified', note);
  const created = date(draft.created, 'created', note) ?? modified ?? importTime(note);
  const record: AnnotationRecord = { id: identity(draft.id, note), kind, created, modified: modified ?? created };
  for (const [key, value] of Object.entries(checked)) if (value !== undefined) Object.assign(record, { [key]: value });
  const imported: ImportedAnnotation = { ...record, selector: withoutUndefined(selector), positionUnit: draft.positionUnit, orphaned: draft.orphaned };
  if (draft.source !== undefined) {
    if (isHttpUrl(draft.source) || /^urn:[a-z0-9][a-z0-9-]{0,31}:\S+$/i.test(draft.source)) imported.source = draft.source;
    else note(`A target source ${quoted(draft.source)} was dropped: it is not an http(s) URL or a URN`);
  }
  if (selector.exact === undefined) note('An annotation with a position but no quote was imported; its position cannot be checked against the text');
  return imported;
}

/** The kind: a classifying body's value; else the first tag naming a kind; else the schema.org type. */
function resolveKind(draft: RecordDraft, vocabulary: Vocabulary, note: (message: string) => void): string {
  const known = vocabulary.kinds.map((kind) => kind.id).join(', ');
  const byName = (name: string) => {
    const lower = name.trim().toLowerCase();
    return vocabulary.kinds.find((kind) => kind.id === name || kind.id === lower || kind.label.toLowerCase() === lower)?.id;
  };
  if (draft.kinds.length) {
    const kind = byName(draft.kinds[0]);
    if (!kind) throw new ItemRejected(`unknown kind ${quoted(draft.kinds[0])}; known kinds: ${known}`);
    return kind;
  }
  const tagged = draft.tags.map((tag) => ({ tag, kind: byName(tag) }));
  const kind = tagged.find((entry) => entry.kind)?.kind;
  const others = tagged.filter((entry) => entry.kind !== kind).map((entry) => quoted(entry.tag));
  if (kind) {
    if (others.length) note(`Tags other than the kind were not imported: ${others.join(', ')}`);
    return kind;
  }
  const fromType = draft.schemaTypes.includes('schema:Quotation') ? 'quote' : draft.schemaTypes.some((type) => type === 'schema:Claim' || type === 'schema:ClaimReview') ? 'claim' : undefined;
  if (fromType && byName(fromType)) return fromType;
  if (draft.tags.length) throw new ItemRejected(`no kind: its tags ${draft.tags.map(quoted).join(', ')} name none of the known kinds (${known})`);
  throw new ItemRejected(`no kind: no classifying body or tag names one of the known kinds (${known})`);
}

function resolveVerdict(verdict: { id?: string; label?: string }, vocabulary: Vocabulary): string {
  const scale = vocabulary.verdicts;
  if (verdict.id && findVerdict(scale, verdict.id)) return verdict.id;
  for (const name of [verdict.label, verdict.id]) {
    const lower = name?.trim().toLowerCase();
    const found = lower && scale.find((v) => v.id === lower || v.label.toLowerCase() === lower);
    if (found) return found.id;
  }
  throw new ItemRejected(`unknown verdict ${quoted(verdict.id ?? verdict.label ?? '')}; known verdicts: ${scale.map((v) => v.id).join(', ')}`);
}

function attribution(draft: RecordDraft, note: (message: string) => void): Attribution | undefined {
  const value = draft.attribution;
  if (!value) return undefined;
  if (!value.name?.trim()) {
    if (value.role || value.organization) note('An attribution without a name was not imported');
    return undefined;
  }
  return { name: value.name, role: value.role, organization: value.organization };
}

function sources(draft: RecordDraft, note: (message: string) => void): Source[] | undefined {
  const list: Source[] = [];
  for (const raw of draft.sources) {
    const url = raw.url?.trim();
    if (!isHttpUrl(url)) {
      note(`A source ${quoted(raw.url ?? '')} was dropped: only http(s) links are kept`);
      continue;
    }
    const source: Source = { url };
    if (raw.title !== undefined) source.title = raw.title;
    if (raw.stance !== undefined) {
      if (stances.includes(raw.stance as Source['stance'] & string)) source.stance = raw.stance as Source['stance'];
      else note(`A source stance ${quoted(raw.stance)} was dropped: it must be supports, refutes or context`);
    }
    if (raw.accessed !== undefined) {
      if (startsWithIsoDay(raw.accessed.trim())) source.accessed = raw.accessed;
      else note(`A source's accessed date ${quoted(raw.accessed)} was dropped: it is not an ISO 8601 date`);
    }
    list.push(source);
  }
  return list.length ? list : undefined;
}

function quoteStyle(value: string | undefined, note: (message: string) => void): 'direct' | 'indirect' | undefined {
  if (value === undefined) return undefined;
  if (value === 'direct' || value === 'indirect') return value;
  note(`A quote style ${quoted(value)} was dropped: it must be direct or indirect`);
  return undefined;
}

function identity(id: string | undefined, note: (message: string) => void): string {
  if (id !== undefined && id.length <= 2048 && iriPattern.test(id)) return id;
  note(id === undefined ? 'An annotation without an id was given a new one' : `An id ${quoted(id)} is not an http(s), urn: or tag: IRI; the annotation was given a new one`);
  return newAnnotationId();
}

/** A date with timezone kept as written; one without read as UTC; anything else dropped with a note. */
function date(value: string | undefined, field: string, note: (message: string) => void): string | undefined {
  if (value === undefined) return undefined;
  const form = isoDateForm(value);
  if (form === 'zoned-time') return value;
  if (form === 'day') return `${value}T00:00:00.000Z`;
  if (form === 'local-time') return new Date(Date.parse(`${value}Z`)).toISOString();
  note(`A ${field} date ${quoted(value)} is not an ISO 8601 date and was not used`);
  return undefined;
}

function importTime(note: (message: string) => void): string {
  note('An annotation without a valid created date was dated to the import');
  return timestamp();
}
