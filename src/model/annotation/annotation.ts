/**
 * The annotation data model: what a fact-checker records about a span of an
 * article. Positions are Unicode code points into the article's plain text
 * (see `text.ts`), as the W3C Web Annotation model counts them.
 */
import type { ReviewFields } from '../review/review.ts';
import type { AnnotationLink } from '../relations/links.ts';
import type { Reply } from '../relations/replies.ts';

/**
 * Who made a claim or said a quote: a person (the default), or an
 * organisation speaking as one (an army, a ministry, a party). A person has a
 * role and an organisation they belong to; an organisation has no role, and
 * its `organization` is the one it is part of.
 */
export interface Attribution {
  name: string;
  /** `Organization` when an organisation speaks; unset is a person (`Person` is not stored). */
  type?: 'Person' | 'Organization';
  role?: string;
  organization?: string;
}

/** What an agent is, in the W3C model's words (§3.3.2). */
export type AgentType = 'Person' | 'Organization' | 'Software';

export const agentTypes: readonly AgentType[] = ['Person', 'Organization', 'Software'];

/**
 * Who made or changed an annotation, as the W3C model's Agent describes one and
 * as the file gave it: a name, or at least an IRI naming them
 * (`acct:alice@hypothes.is`, `https://…`). Checked by `checkAgent`.
 */
export interface Agent {
  /** An IRI naming the agent; never shown as a link. */
  id?: string;
  type?: AgentType;
  name?: string;
  nickname?: string;
  /** An http(s) page about the agent. */
  homepage?: string;
  /** A `mailto:` IRI. */
  email?: string;
  /** The SHA-1 of the `mailto:` IRI, as the W3C model's `email_sha1`. */
  emailSha1?: string;
}

/** How a source bears on a fact or claim. */
export type Stance = 'supports' | 'refutes' | 'context';

export const stances: readonly Stance[] = ['supports', 'refutes', 'context'];

/** A document that supports, refutes or gives context to an annotation. */
export interface Source {
  url: string;
  title?: string;
  stance?: Stance;
  /** When the checker read the source, ISO 8601 date. */
  accessed?: string;
}

/** Whether a quote reproduces the speaker's words or reports them. */
export type QuoteStyle = 'direct' | 'indirect';

/**
 * A rating given on another scale than the site's (a colleague's "Pants on
 * fire"), kept as the file gave it: its label, and when the file says, its id,
 * the scale (who rates on it) and its place on it (schema.org Rating's
 * `ratingValue`, `bestRating`, `worstRating`). Choosing a verdict replaces it.
 */
export interface ForeignRating {
  label: string;
  id?: string;
  scale?: string;
  value?: number | string;
  best?: number | string;
  worst?: number | string;
}

/** The fields a fact-checker fills in; which ones a kind offers is up to the kind (the review fields: its `review` entry). */
export interface AnnotationFields extends ReviewFields {
  attribution?: Attribution;
  /** The claim restated in one sentence (ClaimReview's `claimReviewed`). */
  claim?: string;
  /** An id from the verdict scale (see `verdicts.ts`). */
  verdict?: string;
  sources?: Source[];
  note?: string;
  quoteStyle?: QuoteStyle;
  /** Where and when the words were said, if known. */
  occasion?: string;
  /** A rating from another scale, kept read-only until a verdict replaces it (see `ForeignRating`). */
  foreignRating?: ForeignRating;
}

/** The names of the fields a form offers, for kind vocabularies and forms (`foreignRating` is read-only, so not one; `review` stands for status, assignee, reviewer and history). */
export type FieldName = Exclude<keyof AnnotationFields, 'foreignRating' | keyof ReviewFields> | 'review';

export const fieldNames: readonly FieldName[] = [
  'attribution',
  'claim',
  'verdict',
  'sources',
  'note',
  'quoteStyle',
  'occasion',
  'review',
];

/** Every field a record can hold: the form's fields (the review ones by name) and the read-only `foreignRating`; for stores and comparisons. */
export const recordFieldNames: readonly (keyof AnnotationFields)[] = [
  ...(fieldNames.filter((name) => name !== 'review') as (keyof AnnotationFields)[]),
  'foreignRating', 'reviewStatus', 'assignee', 'reviewer', 'history',
];

/**
 * An annotation without its anchor: what the editor keeps beside the text while
 * the anchor itself is a mapped range.
 */
export interface AnnotationRecord extends AnnotationFields {
  id: string;
  kind: string;
  /** ISO 8601 with timezone. */
  created: string;
  modified: string;
  /** Who made the annotation, as made here (the fact-checker) or as imported; kept when others edit it. */
  creator?: Agent;
  /** Others a file names as its creators too, after the first (W3C `creator` may be a list). */
  coCreators?: Agent[];
  /** Who changed it last, when that is not its creator. */
  modifiedBy?: Agent;
  /** The version a file last gave this annotation, the baseline of the next import's merge (see `merge.ts`). */
  fromFile?: FileVersion;
  /** How an import placed it, until the fact-checker confirms it (kept with the annotation, so it lasts across reloads). */
  placementCheck?: PlacementCheck;
  /** The target the file gave (its source and every selector it had), exported again beside ours so the tool that made it still finds it (see `FileTarget`). */
  fileTarget?: FileTarget;
  /** What the file said that Claimmark does not model, kept verbatim and exported again (see `CarriedFields`). */
  carried?: CarriedFields;
  /** Private where it came from (a Hypothesis annotation not shared with the world): marked in the panel, left out of exports unless asked for. */
  private?: true;
  /** Its links to other annotations (evidence, the claim a quote states…), each an annotation of its own in exports (see `AnnotationLink`). */
  links?: AnnotationLink[];
  /** The discussion of it, oldest first; a reply never changes the annotation itself (see `Reply`). */
  replies?: Reply[];
}

/** Plain JSON, as a file gave it. */
export type JsonData = null | boolean | number | string | JsonData[] | { [key: string]: JsonData };

/**
 * The target an imported annotation came with: its `source` as the file wrote
 * it and all its selectors (RangeSelector, XPathSelector, CssSelector,
 * FragmentSelector with `refinedBy`, EPUB CFI, the file's own TextQuote and
 * TextPosition), verbatim. The export lists them after ours, as alternatives;
 * the file's TextQuote and TextPosition only while the annotation's words are
 * still the file's (docs/format.md, "Carried through").
 */
export interface FileTarget {
  source?: string;
  selectors: JsonData[];
}

/**
 * What a file said of an annotation that no field holds, verbatim, to write
 * out again: properties of the annotation (motivation, rights, audience,
 * canonical, via, styleClass, stylesheet, another tool's generator…) and of
 * its target (state, scope, styleClass, renderedVia…), its other targets, its
 * bodies that are no field here (tags, a tagging SpecificResource, an external
 * resource given as `{ id }`), and the textual bodies the note was read from
 * (with their language and direction; HTML sanitized), written instead of our
 * note body while the note is as the file gave it (`note`). At most `carriedLimit`
 * characters of JSON with `fileTarget`.
 */
export interface CarriedFields {
  annotation?: { [key: string]: JsonData };
  target?: { [key: string]: JsonData };
  targets?: JsonData[];
  bodies?: JsonData[];
  noteBodies?: JsonData[];
  /** The note as `noteBodies` gave it: while the note is still this, they are written instead of ours. */
  note?: string;
}

/** The most JSON (in characters) an annotation carries in `carried` and `fileTarget` together: 64 KiB. */
export const carriedLimit = 64 * 1024;

/** Properties of an annotation node that are ours to write, never carried: the rest of the record says them. */
export const writtenAnnotationKeys: readonly string[] = [
  '@context', 'id', '@id', 'type', '@type', 'created', 'modified', 'body', 'bodyValue', 'target', 'creator', 'generated', 'https://w3id.org/claimmark/ns#history',
  // schema.org's, however a file spells them: the last editor and the review fields (exchange/review-nodes.ts)
  ...['editor', 'creativeWorkStatus', 'contributor'].flatMap((term) => ['schema:', 'http://schema.org/', 'https://schema.org/'].map((prefix) => prefix + term)),
];

/** Properties of a target that are ours to write, never carried. */
export const writtenTargetKeys: readonly string[] = ['type', '@type', 'source', 'selector'];

/**
 * Why an imported annotation waits for the fact-checker to look: its words
 * changed (`changed`), it was found elsewhere (`moved`), in several places
 * (`ambiguous`, with how many), or not at all (`not-found`: it is detached);
 * with the file's words and the words it sits on now.
 */
export interface PlacementCheck {
  reason: 'changed' | 'moved' | 'ambiguous' | 'not-found';
  /** The file's quote (the old text). */
  fileQuote: string;
  /** The article's text where it was placed (the new text); empty when not found. */
  placedText: string;
  candidates?: number;
}

export const placementCheckReasons: readonly PlacementCheck['reason'][] = ['changed', 'moved', 'ambiguous', 'not-found'];

/** What a file said of an annotation when it was imported: a digest of its kind and fields, and its `modified`. */
export interface FileVersion {
  digest: string;
  modified: string;
}

/** Whether an annotation's text is still in the article. */
export type AnnotationStatus = 'anchored' | 'orphaned';

/**
 * An annotation as the public API reports it. `start`/`end` are code points into
 * the article's plain text; an orphan keeps the quote it had and the offsets it
 * last had.
 */
export interface Annotation extends AnnotationRecord {
  start: number;
  end: number;
  exact: string;
  status: AnnotationStatus;
}

/** A quote with optional context that identifies a span by its text. */
export interface TextQuote {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * A span as the W3C model describes it: a TextQuoteSelector (`exact` with its
 * `prefix` and `suffix`) and/or a TextPositionSelector (`start`, `end`: code
 * points unless a file says otherwise). The one selector type: annotation
 * input, imported records and anchoring all take it.
 */
export interface TextSelector {
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}

/** What a caller passes to create an annotation: a kind, a span (code points), and fields. */
export interface AnnotationInput extends AnnotationFields, TextSelector {
  kind: string;
  /** Keep an identity from an earlier session or file; generated when absent. */
  id?: string;
  created?: string;
  modified?: string;
  /** Who made it; the fact-checker (the element's `creator`) when absent. */
  creator?: Agent;
  /** Others who made it with the creator. */
  coCreators?: Agent[];
  /** Who changed it last, when not its creator. */
  modifiedBy?: Agent;
}

/**
 * An error in a caller's annotation input; the message names the problem in
 * English, for developers; `reason` and `field` say it as data, for the UI.
 */
export class AnnotationError extends Error {
  override name = 'AnnotationError';
  constructor(
    message: string,
    /** A short machine-readable reason, for example `unknown-kind`. */
    readonly reason: AnnotationErrorReason,
    /** The input field to blame, as a path: `kind`, `attribution.name`, `sources.0.url` (sources count from 0). */
    readonly field?: string,
  ) {
    super(message);
  }
}

export type AnnotationErrorReason =
  | 'unknown-kind'
  | 'unknown-verdict'
  | 'unknown-annotation'
  | 'quote-not-found'
  | 'ambiguous-quote'
  | 'quote-mismatch'
  | 'out-of-bounds'
  | 'empty-range'
  | 'missing-span'
  | 'invalid-url'
  | 'invalid-field'
  | 'duplicate-id';
