/**
 * The words of `<claim-library>` (the English bundle and its type; other
 * languages live in `locales/`), and how it formats numbers and dates in its
 * language.
 */
import { englishCsvHeadings } from '../../../model/review/csv.ts';
import { englishStorageProblems } from './storage-strings.ts';
import type { RestoreStrings } from './restore-strings.ts';
import type { RecordFaultWords } from './record-faults.ts';

const english = {
  list: 'Stored articles',
  loading: 'Loading the library…',
  emptyTitle: 'No stored articles yet',
  emptyHelp:
    'Choose “New article” to paste an article or open an .html or .txt file. Everything you annotate is saved on this device as you work, and every article you open appears here.',
  newArticle: 'New article',
  backUp: 'Back up everything',
  restore: 'Restore from a backup',
  restoreHelp: 'Choose a Claimmark library backup (.json)',
  open: 'Open',
  rename: 'Rename',
  delete: 'Delete',
  undo: 'Undo',
  save: 'Save',
  cancel: 'Cancel',
  dismiss: 'Dismiss',
  tryAgain: 'Try again',
  untitled: 'Untitled article',
  openNow: 'Open in the editor',
  newTitle: 'New headline',
  published: 'Published',
  changed: 'Changed',
  storageProblem: 'The library could not be read or changed.',
  /** Why, by `StoreError.reason`. */
  storageProblems: englishStorageProblems,
  /** `n` is `count` as the language writes numbers. */
  articleCount: (n: string, count: number) => `${n} ${count === 1 ? 'article' : 'articles'}`,
  annotationCount: (n: string, count: number) => `${n} ${count === 1 ? 'annotation' : 'annotations'}`,
  opened: (title: string) => `Opened “${title}”.`,
  renamed: (title: string) => `Renamed to “${title}”.`,
  deleted: (title: string) => `Deleted “${title}” and its annotations.`,
  undeleted: (title: string) => `Restored “${title}” with its annotations.`,
  deleteOpen: (title: string) => `“${title}” is open in the editor. Open or start another article first, then delete this one.`,
  memoryEditor: 'The editor keeps its work in this page only (storage="memory"), so it cannot open stored articles.',
  /** A headline, in quotation marks. */
  quoted: (title: string) => `“${title}”`,
  // the desk's search over every article (library-search.ts)
  searchLabel: 'Search every article',
  searchWords: 'Search every article',
  searchFilters: 'Filters and order',
  searchKind: 'Kind',
  anyKind: 'Any kind',
  searchVerdict: 'Verdict',
  anyVerdict: 'Any verdict',
  searchSpeaker: 'Speaker',
  searchSort: 'Sort',
  searchStatus: 'Status',
  anyStatus: 'Any status',
  searchAssignee: 'Assigned to',
  searchReviewer: 'Reviewer',
  sorts: { changed: 'Changed last first', article: 'By article', status: 'By status' },
  assignedTo: (name: string) => `Assigned to ${name}`,
  reviewedBy: (name: string) => `Reviewer: ${name}`,
  downloadResults: 'Download .csv',
  /** The search report's column headings. */
  csvColumns: englishCsvHeadings,
  clearSearch: 'Clear the search',
  searchResults: 'Annotations found',
  searchReading: 'Reading every article’s annotations…',
  searchFailed: 'The annotations could not be read. Try the search again.',
  /** `annotations` and `articles` are counts as `annotationCount` and `articleCount` write them. */
  searchFound: (annotations: string, articles: string, count: number) => (count === 0 ? 'No annotation matches.' : `${annotations} in ${articles}`),
  searchSkipped: (count: number) => `${count} stored ${count === 1 ? 'annotation' : 'annotations'} could not be read and ${count === 1 ? 'is' : 'are'} not searched.`,
  showMoreResults: (annotations: string) => `Show ${annotations} more`,
  saidBy: (speaker: string) => `Said by ${speaker}`,
  /** After an Open button: which result it opens. */
  resultNamed: (quote: string, title: string) => `${quote} in ${title}`,
  annotationGone: (title: string) => `That annotation is no longer in “${title}”.`,
  /** The default kinds' and verdicts' names by id, for search results when no editor is linked: English keeps the model's; a language's bundle shares its editor's. */
  kindLabels: {} as Readonly<Record<string, string>>,
  verdictLabels: {} as Readonly<Record<string, string>>,
  statusLabels: {} as Readonly<Record<string, string>>,
};

/**
 * Every word `<claim-library>` shows; a language's bundle has them all, the
 * `strings` property any of them. The words of restoring a backup live with
 * it, in its lazy chunk (English in restore-strings.ts), so they are optional here.
 */
export type LibraryStrings = Readonly<typeof english> &
  Partial<RestoreStrings> & {
    readonly recordFaults?: RecordFaultWords;
  };

/** The English bundle: what the library shows when its language has none, or until that one has loaded. */
export const englishLibraryStrings: LibraryStrings = english;

/** How the library speaks one language: its words, and its numbers, counts and dates as that locale writes them. */
/** The headline, or the words for an untitled article. */
export function titleOf(article: { title?: string }, strings: LibraryStrings): string {
  return article.title?.trim() || strings.untitled;
}

export class LibraryFormat {
  readonly #number: Intl.NumberFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #moment: Intl.DateTimeFormat;

  constructor(
    readonly locale: string | undefined,
    readonly strings: LibraryStrings,
  ) {
    this.#number = new Intl.NumberFormat(locale);
    this.#day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.#moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }

  articles(count: number): string {
    return this.strings.articleCount(this.#number.format(count), count);
  }

  annotations(count: number): string {
    return this.strings.annotationCount(this.#number.format(count), count);
  }

  /** The calendar day an ISO date or timestamp names, as written (a publication date belongs to the article's own time zone). */
  day(iso: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
    if (!match) return iso;
    const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    return Number.isNaN(date.getTime()) ? iso : this.#day.format(date);
  }

  /** A moment, such as a last change, in the reader's time zone. */
  moment(iso: string): string {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : this.#moment.format(date);
  }
}
