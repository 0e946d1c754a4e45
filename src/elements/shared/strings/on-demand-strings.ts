/**
 * The words shown only after an action of the on-demand chunk, in English: the
 * article dialog, the import report (why a file cannot be imported, why an
 * item was not, the import's notes), the Copy ClaimReview dialog, what is
 * wrong with a stored record that cannot be read, and two tabs' text conflict (rare). Imported
 * only by that chunk's code (exchange-dialogs.ts, article-dialog-state.ts,
 * article-dialog.ts), so start-up does without them; other languages have
 * them in their bundle.
 */
import {
  type ArticleProblem,
  type ImportFailure,
  type ImportNote,
  type ImportNoteCode,
  type Rejection,
  type RejectionCode,
  ArticleError,
  ImportError,
  englishCsvHeadings,
} from '../../../model/index.ts';
import type { ClaimStrings } from './annotator-strings.ts';
import { maxArticleCharacters } from '../../../persistence/limits.ts';
import { RecordError, type SkippedRecord } from '../../../store/record-error.ts';
import { englishRecordFaults } from './record-fault-words.ts';
import { recordProblem } from './record-faults.ts';

export const englishOnDemandStrings = {
  // a stored article that cannot be opened whole
  storedUnreadable: (id: string, why?: string) => `The stored article ${id} could not be read${why ? ` (${why})` : ''}. It is left as it is in storage.`,
  storedSkipped: (count: number, why: string) =>
    `${count} stored ${count === 1 ? 'annotation of this article could not be read and is' : 'annotations of this article could not be read and are'} not shown (${why}). ${count === 1 ? 'It is' : 'They are'} left as ${count === 1 ? 'it is' : 'they are'} in storage.`,
  recordFaults: englishRecordFaults,
  // what each key does, for the docs' key table (tagging/keys-markdown.ts): the docs' Keys table is these words
  keyTag: (label: string) => `Tag the selection as ${label.toLowerCase()}`,
  keyNextAnnotation: 'Select the next annotation',
  keyPreviousAnnotation: 'Select the previous annotation',
  keyDeselect: 'Let go of the selected annotation',
  keyBold: 'Bold',
  keyItalic: 'Italic',
  // the edit form's fields and buttons, the review fields and the list's grouping by them
  statusFilter: 'Status',
  anyStatus: 'Any status',
  assigneeFilter: 'Assigned to',
  reviewerFilter: 'Reviewer',
  noStatusGroup: 'No status',
  nobodyGroup: 'Nobody',
  cancel: 'Cancel',
  save: 'Save',
  speaker: 'Speaker',
  name: 'Name',
  role: 'Role',
  organization: 'Organisation',
  claim: 'Claim, restated in one sentence',
  verdict: 'Verdict',
  sources: 'Sources',
  accessed: 'Accessed on',
  stance: 'Stance',
  stances: { supports: 'Supports', refutes: 'Refutes', context: 'Context' } as Readonly<Record<string, string>>,
  note: 'Note',
  quoteStyle: 'Quote type',
  direct: 'Direct',
  indirect: 'Indirect (reported speech)',
  occasion: 'Where and when said',
  kind: 'Kind',
  // the article dialog's details
  url: 'Article URL',
  headline: 'Headline',
  publisher: 'Publisher',
  author: 'Author',
  published: 'Date published',
  // the check of a placement the import was unsure of
  confirmPlace: 'Looks right',
  // picking a file to import, the import's progress, and the edit form's speaker and source fields
  /** Whether the speaker is a person or an organisation speaking as one (schema.org Person or Organization). */
  speakerPerson: 'A person',
  speakerOrganization: 'An organisation',
  addSource: 'Add source',
  removeSource: 'Remove source',
  sourceUrl: 'URL',
  sourceTitle: 'Title',
  importWrongType: (name: string) => `${name} is not a .jsonld or .json file.`,
  importTooLarge: (name: string, megabytes: number) => `${name} is larger than ${megabytes} MB; Claimmark imports files up to ${megabytes} MB.`,
  readingImport: 'Reading and placing the file’s annotations…',
  importRunning: 'An import is already running: wait for its report, or cancel it first.',
  cancelImport: 'Cancel import',
  importCancelled: 'Import cancelled: the article’s annotations are as they were.',
  // the article dialog
  articleText: 'Article text or HTML',
  articleTextHelp: 'Paste the article here, or drop an .html or .txt file on this dialog.',
  pastedHtml: 'Formatting from the pasted HTML is kept. Editing the text here drops it.',
  chooseFile: 'Or open a file',
  load: 'Open article',
  apply: 'Save details',
  fileTooLarge: (name: string, megabytes: number) => `${name} is larger than ${megabytes} MB; open a smaller file.`,
  articleTooLong: (megabytes: number) => `This article has more than ${megabytes} MB of text, more than the editor opens in reasonable time; open a shorter one.`,
  fileWrongType: (name: string) => `${name} is not an .html or .txt file.`,
  nothingToLoad: 'Paste the article text or open a file first.',
  // the import report and the Copy ClaimReview dialog
  importReport: 'Import report',
  reportAdded: (n: number) => `${n} added`,
  reportUpdated: (n: number) => `${n} updated (changed in the file)`,
  reportUnchanged: (n: number) => `${n} already here, unchanged`,
  reportKept: (n: number) => `${n} kept as they are here (changed here, or older in the file)`,
  reportConflicts: (n: number) => `${n} kept as ${n === 1 ? 'it is' : 'they are'} here, though the file differs: choose`,
  conflictReasons: {
    'both-changed': 'edited here and in the file',
    undated: 'the file gives no date',
    'future-date': 'the file gives a date in the future',
  },
  takeFileVersion: 'Use the file’s version',
  fileVersionTaken: 'The file’s version is used',
  reportMoved: (n: number) => `${n} placed on changed text: check them (marked with a dashed outline)`,
  reportOrphaned: (n: number) => `${n} could not be placed: listed as detached`,
  reportRejected: (n: number) => `${n} not imported`,
  reportItem: (index: number) => `Item ${index + 1}`,
  reportNotes: 'Notes',
  reportRelations: (links: number, replies: number) => [links && `${links} ${links === 1 ? 'link' : 'links'} between annotations`, replies && `${replies} ${replies === 1 ? 'reply' : 'replies'}`].filter(Boolean).join(' and ') + ' imported',
  reportUntagged: (n: number, kind: string) => `${n} without a kind of ours imported as ${kind}`,
  reportPrivate: (n: number) => `${n} private where ${n === 1 ? 'it' : 'they'} came from: marked Private, and left out of exports unless you choose to include ${n === 1 ? 'it' : 'them'}`,
  // Download .jsonld when some annotations are private
  exportTitle: 'Download annotations',
  exportPrivateNote: (n: number) => `${n} ${n === 1 ? 'annotation is' : 'annotations are'} private where ${n === 1 ? 'it' : 'they'} came from (marked Private) and ${n === 1 ? 'is' : 'are'} left out of the file.`,
  includePrivate: (n: number) => `Include the ${n} private ${n === 1 ? 'annotation' : 'annotations'}`,
  downloadAction: 'Download',
  untaggedTitle: 'Annotations without a kind',
  otherPageTitle: 'Annotations of another page',
  otherPageWarning: (n: number) => `This file’s annotations were made on ${n === 1 ? 'another page' : `${n} other pages`}; importing places them on this article where their words are found:`,
  thisArticleIs: 'This article is',
  untaggedQuestion: (n: number) => `${n} ${n === 1 ? 'annotation in this file names' : 'annotations in this file name'} none of the kinds here. Import them as:`,
  untaggedKind: 'Kind',
  importAction: 'Import',
  // Your name (the fact-checker)
  checkerTitle: 'Your name',
  checkerHelp: 'The annotations you make are marked as yours, and when you change someone else’s, as edited by you; exports say so too. Your name is kept in this browser. Leave it empty to forget it.',
  checkerName: 'Name',
  checkerSave: 'Save name',
  claimReviewTitle: 'ClaimReview for a fact-check page',
  claimReviewHelp: 'Schema.org markup for search engines: one ClaimReview for each claim or fact with a verdict. Paste it into the fact-check page.',
  factCheckUrl: 'Fact-check page URL',
  reviewAuthor: 'Published by (organisation)',
  reviewAuthorUrl: 'Organisation URL',
  claimReviewBlock: 'Markup',
  claimReviewCopied: 'Copied to the clipboard.',
  claimReviewCopyByHand: 'Copy the markup below.',
  reviewDate: 'Date of the fact-check',
  /** A review's claimReviewed is longer than Google advises (`limit` characters): `claim` is its words, shortened for the list. */
  claimReviewLong: (limit: number) => `Google advises a claim under ${limit} characters. Restate these in the claim’s “Claim” field:`,
  claimReviewLength: (claim: string, length: number) => `${claim} (${length} characters)`,
  restateClaim: 'Restate',
  /** Why a whole file cannot be imported; `limit` is the size in MB or the depth. */
  importFailures: {
    'too-large': (limit: number) => `The file is larger than ${limit} MB; Claimmark imports files up to ${limit} MB.`,
    'too-deep': (limit: number) => `The file nests lists and objects more than ${limit} levels deep, which no annotation file does.`,
    'not-json': () => 'The file is not JSON.',
    'not-input': () => 'There is nothing to import: give a JSON file.',
    unreadable: () => 'The file could not be read.',
    'no-annotations': () => 'The file holds no annotations: it is not a W3C annotation file, a Readium annotation set or a Hypothesis export.',
  } as Readonly<Record<ImportFailure, (limit: number) => string>>,
  /** Why an item was not imported; `value` is what it concerns (a kind, a verdict, an id, an address), or empty. */
  rejections: {
    'no-selector': () => 'it says no quote or position in the text',
    'range-selector-only': () => 'it names its text only by the page’s structure (a RangeSelector), which only that page can resolve',
    'page-selector-only': (value: string) => `it names its text only by the page’s structure (${value}), which only that page can resolve, with no quote inside`,
    'page-note': () => 'it is a note on the whole page, not on a passage of the text',
    reply: () => 'it is a reply to another annotation, not an annotation of the text',
    'no-annotation-to-relate': (value: string) => `it is a link or a reply of the annotation ${value}, which is neither in the file nor in the article`,
    'reference-only': (value: string) => `the file gives only its address, ${value}, and Claimmark fetches nothing`,
    'not-an-annotation': () => 'it is not an annotation',
    'invalid-field': (value: string) => (value ? `its field ${value} does not hold a valid value` : 'one of its fields does not hold a valid value'),
    'duplicate-id': (value: string) => `another item of the file has the same id, ${value}`,
    unreadable: () => 'it could not be read',
  } as Readonly<Record<RejectionCode, (value: string) => string>>,
  /** What an import noticed or assumed; `value` is what it concerns (an address, tags, a date, a count), or empty. */
  importNotes: {
    'dropped-keys': (value: string) => `${value} keys named __proto__, constructor or prototype were ignored.`,
    'context-not-fetched': (value: string) => `The context ${value} was not fetched (Claimmark fetches nothing); its terms were read by their usual names.`,
    'inline-context': () => 'A context written in the file was not applied; its terms were read by their usual names.',
    'quote-without-exact': () => 'A quote without its text was skipped.',
    'bad-position': (value: string) => `A position ${value} was skipped: positions are whole numbers, the start before the end.`,
    'page-not-in-file': (value: string) => `The page ${value} is not in the file, and Claimmark fetches nothing.`,
    'article-metadata': (value: string) => `The article’s details were not imported${value ? ` (its ${value} is not valid)` : ''}.`,
    'body-type': (value: string) => `A part of type ${value || 'none'} was not imported.`,
    'target-source': (value: string) => `The article address ${value} was dropped: it is not an http(s) address.`,
    'other-source': (value: string) => `An annotation made on another page, ${value}, was placed on this article.`,
    'position-without-quote': () => 'An annotation with a position but no quote was imported; its position cannot be checked against the text.',
    'other-tags': (value: string) => `Tags other than the kind are kept as tags, for export, but are not a kind here: ${value}.`,
    'refined-position': () => 'A position inside a part of the page was not used: it counts from the start of that part, not of the article.',
    'not-carried': (value: string) => (/^\d+$/.test(value) ? `What the file said beyond Claimmark’s fields (${value} characters) is over the limit of 65,536 and was not kept.` : `These fields of the file were not kept: ${value}.`),
    'html-cleaned': () => 'Formatted text (HTML) was cleaned: scripts, styles, attributes and links other than http(s) were removed.',
    'unknown-kind': (value: string) => `The kind “${value}” is not a kind here; the annotation got the kind chosen for untagged ones.`,
    'foreign-rating': (value: string) => `The rating “${value}” is not on this site’s scale; it was kept as given, to replace with a verdict by editing.`,
    'more-notes': (value: string) => `${value} more notes like the ones above were not listed.`,
    'attribution-without-name': () => 'A speaker without a name was not imported.',
    'review-field': (value: string) => `A review field (${value}) that could not be used was left out.`,
    'agent-field': (value: string) => (value.includes('.') ? 'A part of an author or editor that could not be used (a link that is not http(s), an unknown type) was left out.' : 'An author or editor without a name was not imported.'),
    'source-url': (value: string) => `A source ${value} was dropped: only http(s) links are kept.`,
    'source-stance': (value: string) => `A source’s stance “${value}” was dropped: it must be supports, refutes or context.`,
    'source-accessed': (value: string) => `A source’s date of access “${value}” was dropped: it is not a date such as 2026-03-12.`,
    'quote-style': (value: string) => `A quote type “${value}” was dropped: it must be direct or indirect.`,
    'new-id': () => 'An annotation without an id was given a new one.',
    'bad-id': (value: string) => `The id ${value} is not a web address, urn: or tag: name; the annotation was given a new one.`,
    'bad-created': (value: string) => `A date of creation “${value}” is not a date and was not used.`,
    'bad-modified': (value: string) => `A date of change “${value}” is not a date and was not used.`,
    'dated-to-import': () => 'An annotation without a valid date of creation was dated to the import.',
    'assumed-code-points': (value: string) =>
      `${value} positions from another tool were read as characters, as the W3C model counts them; where the text there did not match, UTF-16 code units were tried.`,
  } as Readonly<Record<ImportNoteCode, (value: string) => string>>,
  /** The items a note concerns: the first few (`shown`, counted from 1), and how many more are not listed. */
  reportNoteItems: (shown: readonly number[], more: number) => `${shown.length + more === 1 ? 'item' : 'items'} ${shown.join(', ')}${more ? ` and ${more} more` : ''}`,
  /** What is wrong in the article dialog, by `ArticleError.reason` (`no-content` is `nothingToLoad`); `field` is the metadata field. */
  articleProblems: {
    'invalid-field': () => 'One of the article’s details is not valid.',
    'invalid-url': () => 'The article URL must be an http(s) address.',
    'invalid-date': () => 'The publication date must be a date such as 2026-03-12.',
  } as Readonly<Record<Exclude<ArticleProblem, 'no-content' | 'too-long'>, (field: string) => string>>,
  /** What is wrong in the Copy ClaimReview form. */
  claimReviewBadUrl: 'The fact-check page URL must be an http(s) address.',
  claimReviewNoAuthor: 'Give the name of the organisation that publishes the fact-check.',
  claimReviewBadAuthorUrl: 'The organisation URL must be an http(s) address.',
  claimReviewBadDate: 'The date of the fact-check must be a date such as 2026-03-12.',
  claimReviewFutureDate: 'The date of the fact-check is in the future.',
  /** What is wrong in the edit form, by `AnnotationError.field`; `n` counts sources from 1. */
  problemSpeakerName: 'Give the speaker’s name, or leave the role and organisation empty.',
  problemSpeakerRole: 'An organisation has no role: clear the role, or choose a person.',
  problemSourceUrl: (n: number) => `Source ${n}: the URL must be an http(s) address.`,
  problemSourceDate: (n: number) => `Source ${n}: the date must be a date such as 2026-03-12.`,
  problemNotSaved: 'These changes could not be saved; nothing was changed.',
  problemReply: `A reply needs a text of at most ${(100_000).toLocaleString('en')} characters.`,
  problemLink: 'That link cannot be made: it exists already, or it would link the annotation to itself.',
  // the panel's grouping, in the folded review filters (review-fields.ts)
  groupBy: 'Group by',
  groups: { none: 'No grouping', status: 'Status', assignee: 'Assigned to', reviewer: 'Reviewer' },
  // the edit form's links and discussion (discussion-form.ts)
  links: 'Links',
  noLinks: 'No links yet: link this annotation to the evidence, the claim a quote states, or a claim it repeats.',
  linkType: 'Link type',
  findAnnotation: 'Find an annotation',
  linkTo: 'Annotation',
  noLinkCandidates: 'No other annotation matches',
  moreCandidates: (n: number) => `${n} more match: narrow the search to see them.`,
  addLink: 'Add link',
  pickInText: 'Pick in the text',
  pickPrompt: 'Click the annotation to link to in the text.',
  removeLink: 'Remove link',
  goTo: 'Go to',
  linkedElsewhere: 'an annotation that is not in this article',
  linkedInArticle: (title: string) => `an annotation in “${title}”`,
  searchLibrary: 'Search the other articles too',
  searchingLibrary: 'Searching the library…',
  noLibraryHits: 'No annotation of the other articles matches.',
  inThisArticle: 'In this article',
  inOtherArticles: 'In other articles',
  discussion: (n: number) => (n ? `Discussion (${n})` : 'Discussion'),
  replyLabel: 'Reply',
  postReply: 'Post reply',
  editReply: 'Edit',
  editReplyLabel: 'Your reply',
  saveReply: 'Save reply',
  deleteReply: 'Delete',
  replyEdited: 'edited',
  you: 'You',
  someone: 'Someone',
  // why a file named by article-src or src could not be loaded (`what` is one of the first two)
  article: 'the article',
  /** What `src` names, in "Could not load …" messages. */
  annotationFile: 'annotations',
  loadBadUrl: (what: string, src: string) => `Could not load ${what}: ${JSON.stringify(src)} is not an http(s) address.`,
  loadUnreachable: (what: string, url: string) => `Could not load ${what} from ${url}: the server could not be reached, or does not allow this site to read it (CORS).`,
  loadFailed: (what: string, url: string, status: string) => `Could not load ${what} from ${url}: the server answered ${status}.`,
  noClaimReviews: 'No claim or fact has a verdict yet: give one a verdict other than Unverified first.',
  /** A large import running, applied in slices while the article stays usable. */
  importing: (done: number, total: number) => `Importing annotations: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`,
  // two tabs saved different text (the notice is drawn by the on-demand chunk)
  /** The headline of the copy that keeps one tab's text when two tabs saved different text. */
  conflictCopyTitle: (title: string) => `${title} (other version)`,
  textConflictTitle: 'Two tabs changed this article’s text at the same time.',
  textConflictMine: (copy: string) => `Another tab saved its text first, so your version is kept whole as a separate article in the library, “${copy}”, and saved there from now on. The other tab’s version keeps the original.`,
  textConflictOther: (copy: string) => `Another tab had unsaved edits to this text when you saved. Nothing was overwritten: its version is kept in the library as “${copy}”.`,
  // the edit form's review fields and history, and the CSV report's column headings
  review: 'Review',
  reviewStatus: 'Status',
  noStatus: 'Not set',
  assignee: 'Assigned to',
  reviewer: 'Reviewer',
  history: (n: number) => `History (${n})`,
  /** One change in an annotation's history: who (when known), what, from and to ('' for none). */
  historyChange: (who: string, what: string, from: string, to: string) => `${who ? `${who}: ` : ''}${what} ${from || '—'} → ${to || '—'}`,
  csvColumns: englishCsvHeadings as Readonly<Record<string, string>>,
  // the panel's detached list and import checks (panel-checks.ts), and who made a claim (the form and the reader's card)
  orphansTitle: 'Detached annotations',
  orphansHelp: 'Select new text in the article and re-attach them, or delete them.',
  reattach: 'Re-attach to selection',
  claimedBy: 'Said by',
  /** What an import did with an annotation the fact-checker should look at (see `PlacementCheck`). */
  placementChecks: {
    changed: 'Its words changed since the file: check',
    moved: 'Found elsewhere than the file said: check',
    ambiguous: (n: number) => `Its words are in ${n} places; placed on the likeliest: check`,
  },
  inTheFile: 'In the file',
  inTheArticle: 'Here',
  /** Why a detached annotation has no text. */
  notFound: 'Not found in this article',
  textDeleted: 'Its text was deleted',
  // the printable report (print-report.ts)
  reportTitle: (headline: string) => `Fact-check report: ${headline}`,
  reportPrinted: (day: string, count: number) => `Printed ${day} · ${count} ${count === 1 ? 'annotation' : 'annotations'}, numbered as in the text`,
  reportClaim: (claim: string) => `Claim: ${claim}`,
  reportSources: 'Sources:',
  reportDetached: 'No longer in the text',
  /** An error nobody foresaw (a bug): `detail` is its message, for a bug report. */
  unexpectedError: (detail: string) => `Something went wrong, and nothing was changed (${detail}).`,
};

/** The words of the on-demand chunk's dialogs and reports. */
export type OnDemandStrings = typeof englishOnDemandStrings;

/** Why a whole file cannot be imported, in `strings`' words. */
export function importProblem(strings: ClaimStrings, error: unknown): string {
  const words = onDemandWords(strings);
  if (error instanceof ImportError) return (words.importFailures[error.reason] ?? words.importFailures.unreadable)(error.limit ?? 0);
  return words.unexpectedError(error instanceof Error ? error.message : String(error));
}

/** Why an item was not imported, in `strings`' words. */
export function rejectionWords(strings: ClaimStrings, rejection: Rejection): string {
  const words = onDemandWords(strings).rejections;
  return (words[rejection.code] ?? words.unreadable)(rejection.value ?? '');
}

/** An import note in `strings`' words, with the items it concerns (counted from 1, as the report lists them). */
export function noteWords(strings: ClaimStrings, note: ImportNote): string {
  const words = onDemandWords(strings);
  const said = (words.importNotes[note.code] ?? (() => ''))(note.value ?? '');
  if (!note.items.length) return said;
  const shown = note.items.slice(0, 5).map((index) => index + 1);
  return `${said} (${words.reportNoteItems(shown, note.items.length - shown.length)})`;
}

/** Why the article dialog could not open or change the article, in `strings`' words. */
export function articleProblem(strings: ClaimStrings, error: unknown): string {
  if (error instanceof ArticleError) {
    if (error.reason === 'no-content') return onDemandWords(strings).nothingToLoad;
    if (error.reason === 'too-long') return onDemandWords(strings).articleTooLong(Math.round(maxArticleCharacters / 1024 / 1024));
    return onDemandWords(strings).articleProblems[error.reason](error.field);
  }
  return onDemandWords(strings).unexpectedError(error instanceof Error ? error.message : String(error));
}

/**
 * `strings` with the on-demand words filled in: its own where it has them (a
 * language's bundle, the page's `strings`), else English. A record given in
 * part keeps English for the rest.
 */
export function onDemandWords(strings: ClaimStrings): ClaimStrings & OnDemandStrings {
  const words = { ...strings } as Record<string, unknown>;
  for (const [key, english] of Object.entries(englishOnDemandStrings)) {
    const theirs = words[key];
    if (!theirs || typeof theirs !== typeof english) words[key] = english;
    else if (typeof english === 'object') words[key] = { ...english, ...(theirs as object) };
  }
  return words as ClaimStrings & OnDemandStrings;
}

/** What is wrong with stored article `id`: its record (`unreadable`), or the annotations left out (`skipped`), in the element's words. */
export function storedProblem(id: string, unreadable: RecordError | null, skipped: readonly SkippedRecord[], strings: ClaimStrings): string {
  const words = onDemandWords(strings);
  // what is not a RecordError (the store makes none other) has no field to name: the alert's title says it
  if (unreadable && !(unreadable instanceof RecordError)) return id;
  if (unreadable) return words.storedUnreadable(id, recordProblem(unreadable, words.recordFaults));
  const reasons = new Set(skipped.map(({ problem }) => recordProblem(problem, words.recordFaults)));
  return words.storedSkipped(skipped.length, [...reasons].join('; '));
}

/** What the edit form says for an error of `update` (an AnnotationError names the field to blame). */
export function annotationProblem(given: ClaimStrings, error: unknown): string {
  const strings = onDemandWords(given);
  const field = (error as { field?: unknown } | null)?.field;
  const source = typeof field === 'string' ? /^sources\.(\d+)\.(url|accessed)$/.exec(field) : null;
  if (source) return (source[2] === 'url' ? strings.problemSourceUrl : strings.problemSourceDate)(Number(source[1]) + 1);
  if (field === 'attribution.role') return strings.problemSpeakerRole;
  if (field === 'text') return strings.problemReply;
  if (field === 'to' || field === 'type' || field === 'relation') return strings.problemLink;
  return field === 'attribution.name' ? strings.problemSpeakerName : strings.problemNotSaved;
}

/** Why a file could not be fetched, as the element's `fetchText` says it (a `FetchFailure`, known here by its name). */
interface FetchFailure {
  name: 'FetchFailure';
  what: 'article' | 'annotationFile';
  reason: 'bad-url' | 'unreachable' | 'failed';
  url: string;
  status?: string;
}

/** Why a file named by article-src or src could not be loaded (a `FetchFailure`), or any other error's message, in `strings`' words. */
export function loadProblem(given: ClaimStrings, error: unknown): string {
  const strings = onDemandWords(given);
  if ((error as Error | null)?.name !== 'FetchFailure') return (error as Error)?.message ?? String(error);
  const failure = error as FetchFailure;
  const what = strings[failure.what];
  if (failure.reason === 'bad-url') return strings.loadBadUrl(what, failure.url);
  return failure.reason === 'unreachable' ? strings.loadUnreachable(what, failure.url) : strings.loadFailed(what, failure.url, failure.status ?? '');
}
