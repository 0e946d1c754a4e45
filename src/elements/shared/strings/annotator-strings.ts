/**
 * The words of `<claim-annotator>`: the English bundle, which every other
 * language falls back to, and its type. Other languages live in `locales/` and
 * load when a page asks for them (locale-controller.ts).
 */
import { type Agent, agentName } from '../../../model/index.ts';
import type { OnDemandStrings } from './on-demand-strings.ts';
import type { SuggestionStrings } from './suggestion-strings.ts';
import { englishStorageProblems } from './storage-strings.ts';

let englishNumbers: Intl.NumberFormat | undefined;
/** A count with thousands separators (one formatter, made on first use: making one per call is slow). */
const englishCount = (n: number) => (englishNumbers ??= new Intl.NumberFormat('en')).format(n);

const english = {
  annotations: 'Annotations',
  emptyTitle: 'No annotations yet',
  emptyHelp:
    'Select words in the article, then choose Claim, Quote or Fact in the toolbar that appears next to them, or press the shortcut shown on each button.',
  emptyArticle: 'No article yet. Choose “New article” to paste one or drop an .html or .txt file.',
  filterLegend: 'Show kinds',
  noneMatchFilter: 'No annotations match these filters. Tick more kinds or clear the verdict and search.',
  verdictFilter: 'Verdict',
  anyVerdict: 'Any verdict',
  // the review filters: status, who it is assigned to, who reviews it, and the fact-checker's own
  myWork: 'My work',
  reviewFilters: 'Status and people',
  search: 'Speaker, text, claim, note or source contains',
  /** The panel heading's count while filters hide some annotations. */
  shownOfTotal: (shown: number, total: number) => `${englishCount(shown)} of ${englishCount(total)}`,
  /** Said where the fact-checker looks when an edit deleted the whole text of annotations. */
  detached: (n: number) => (n === 1 ? '1 annotation detached: its text was deleted.' : `${englishCount(n)} annotations detached: their text was deleted.`),
  showDetached: 'Show',
  reattachHere: 'Re-attach here',
  reattachPrompt: 'Select the text for the detached annotation, then choose “Re-attach here”.',
  edit: 'Edit',
  delete: 'Delete',
  undo: 'Undo',
  redo: 'Redo',
  showMore: (count: number) => `Show ${count} more`,
  deleted: (label: string) => `Deleted ${label.toLowerCase()}.`,
  tagged: (label: string) => `Tagged as ${label.toLowerCase()}.`,
  saved: 'Saved.',
  tagToolbar: 'Tag the selected text',
  newArticle: 'New article',
  articleDetails: 'Article details',
  untitled: 'Untitled article',
  /** A rating kept from another scale (read-only until a verdict replaces it); `scale` is whose scale, when known. */
  privateBadge: 'Private',
  evidenceCount: (supports: number, refutes: number) => `Evidence: ${[supports && `${supports} supporting`, refutes && `${refutes} refuting`].filter(Boolean).join(', ')}`,
  replyCount: (n: number) => (n === 1 ? '1 reply' : `${n} replies`),
  privateHelp: 'Private where it came from: left out of exports unless you choose to include it.',
  ratedElsewhere: (label: string, scale?: string) => `Rated elsewhere${scale ? ` (${scale})` : ''}: ${label}`,
  noSpeaker: 'no speaker',
  // who made an annotation and who changed it last (the panel, the reader's card)
  byCreator: (name: string) => `by ${name}`,
  editedBy: (name: string) => `edited by ${name}`,
  // the fact-checker's name, in the actions bar ("Your name" opens its dialog)
  checkerButton: (name: string | null) => (name ? `You: ${name}` : 'Your name'),
  close: 'Close',
  selectionEmpty: 'Select some text first.',
  saveStates: {
    memory: 'Not saved: this page only',
    opening: 'Opening…',
    saved: 'Saved on this device',
    saving: 'Saving…',
    unsaved: 'Unsaved changes',
    failed: 'Not saved',
  } as Readonly<Record<string, string>>,
  notPersisted: '(the browser may clear it)',
  notPersistedHelp: 'The browser did not promise to keep this site’s data. Export backups of important work.',
  notSavedTitle: 'Your work is not being saved.',
  notSavedHelp: 'Everything stays in this tab for now. Export a backup so nothing is lost.',
  storedProblemTitle: 'A stored article could not be opened.',
  /** Why saving failed, by `SaveState.reason`. */
  storageProblems: englishStorageProblems,
  exportBackup: 'Export a backup',
  retrySaving: 'Try saving again',
  importAnnotations: 'Import annotations',
  downloadJsonLd: 'Download .jsonld',
  downloadCsv: 'Download .csv',
  copyClaimReview: 'Copy ClaimReview',
  articleMenu: 'Article',
  exportMenu: 'Export',
  printReport: 'Print report',
  downloaded: (name: string) => `Downloaded ${name}`,
  /** A published ClaimReview's `name`, from its claim. */
  claimReviewName: (claim: string) => `Fact check: ${claim}`,
  /** Text from the article, in quotation marks. */
  quoted: (text: string) => `“${text}”`,
  /** The article text's accessible name. */
  articleLabel: 'Article text',
  suggest: 'Suggest',
  suggestHelp: 'Find quotes, attributed claims and checkable statements to tag',
  suggestFailed: (why: string) => `Could not make suggestions: ${why}. Nothing was changed; try again.`,
  /** The long list's scrolling code did not load: every item is drawn at once instead, which is slower. */
  /** The panel's on-demand code (edit form, long list) did not load; a long list is then drawn whole. */
  panelCodeFailed: (why: string) => `Part of the panel could not load: ${why}. Nothing was changed; try again.`,
  /** Read by screen readers where a highlight begins and ends (never shown). */
  highlightStart: (kind: string) => `${kind} start`,
  highlightEnd: (kind: string) => `${kind} end`,
};

/**
 * Every word `<claim-annotator>` shows; a language's bundle has them all, the
 * `strings` property any of them. The Suggest list's words, and those of the
 * import report and the on-demand forms, live with them in the lazy chunk
 * (English in suggestion-strings.ts and on-demand-strings.ts), so they are
 * optional here.
 */
export type ClaimStrings = Readonly<typeof english> & Partial<SuggestionStrings> & Partial<OnDemandStrings> & Partial<VocabularyStrings>;

/**
 * The default kinds' and verdicts' words in another language, by id (English is
 * in the vocabulary itself). Used only where the page did not set its own.
 */
export interface VocabularyStrings {
  kindLabels: Record<string, string>;
  kindDescriptions: Record<string, string>;
  verdictLabels: Record<string, string>;
  verdictDescriptions: Record<string, string>;
  statusLabels: Record<string, string>;
  /** A default link type's label and inverse, by id: `['est étayé par', 'étaye']`. */
  linkTypeLabels: Record<string, readonly [string, string]>;
}

/** "by Ana · edited by Bob": who made an annotation and who changed it last, in `strings`' words; empty when nobody is known. */
export function authorshipWords(strings: ClaimStrings, annotation: { creator?: Agent; coCreators?: Agent[]; modifiedBy?: Agent }): string {
  const creators = annotation.creator ? [annotation.creator, ...(annotation.coCreators ?? [])].map(agentName).join(', ') : '';
  const said = [creators && strings.byCreator(creators), annotation.modifiedBy && strings.editedBy(agentName(annotation.modifiedBy))];
  return said.filter(Boolean).join(' · ');
}


/** The English bundle: what the element shows when its language has none, or until that one has loaded. */
export const englishStrings: ClaimStrings = english;
