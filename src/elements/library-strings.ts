/** The words of `<claim-library>`, and how it formats numbers and dates in the page's language. */

/** The library's own words, in one place so a site can later replace them. */
export const libraryStrings = {
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
  backupProblem: 'This file cannot be restored.',
  articleCount: (n: string, one: boolean) => `${n} ${one ? 'article' : 'articles'}`,
  annotationCount: (n: string, one: boolean) => `${n} ${one ? 'annotation' : 'annotations'}`,
  opened: (title: string) => `Opened “${title}”.`,
  renamed: (title: string) => `Renamed to “${title}”.`,
  deleted: (title: string) => `Deleted “${title}” and its annotations.`,
  undeleted: (title: string) => `Restored “${title}” with its annotations.`,
  deleteOpen: (title: string) => `“${title}” is open in the editor. Open or start another article first, then delete this one.`,
  memoryEditor: 'The editor keeps its work in this page only (storage="memory"), so it cannot open stored articles.',
  backedUp: (articles: string, annotations: string, file: string) => `Backed up ${articles} with ${annotations} to ${file}.`,
  restoreRejected: (file: string, why: string) => `${file} was not restored: ${why}. Nothing was changed.`,
  restored: (articles: string, annotations: string) => `Restored ${articles} with ${annotations}.`,
  alreadyThere: (articles: string, one: boolean) => `${articles} ${one ? 'was' : 'were'} already up to date.`,
  emptyBackup: (file: string) => `${file} holds no articles; nothing was changed.`,
  keptNewer: (articles: string) => `Kept ${articles} changed here after the backup was made.`,
  skippedOpen: (titles: string) => `Not restored because open in the editor: ${titles}. Open another article and restore again to replace it.`,
  restoreStopped: (written: number, total: number) => `${written} of ${total} articles were restored before this; the rest were not.`,
  nothingRestored: 'Nothing was restored.',
  newerTitle: (count: number) => (count === 1 ? 'An article changed after this backup' : `${count} articles changed after this backup`),
  newerHelp: (count: number) =>
    count === 1
      ? 'This article was changed here after the backup was made. Replacing it puts back the older version from the backup:'
      : `These articles were changed here after the backup was made. Replacing them puts back the older versions from the backup:`,
  inBackup: (moment: string) => `backup version of ${moment}`,
  keepNewer: (count: number) => (count === 1 ? 'Keep the newer version' : 'Keep the newer versions'),
  replaceNewer: 'Replace with the backup',
  cancelRestore: 'Cancel restore',
};

/** The locale the page asks for: the nearest `lang` attribute, else the browser's; undefined when it is not a valid tag. */
export function localeOf(element: Element): string | undefined {
  const lang = element.closest('[lang]')?.getAttribute('lang') || navigator.language;
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
}

/** Formats numbers, counts and dates for one locale. */
export class LibraryFormat {
  readonly #number: Intl.NumberFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #moment: Intl.DateTimeFormat;

  constructor(readonly locale: string | undefined) {
    this.#number = new Intl.NumberFormat(locale);
    this.#day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    this.#moment = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }

  articles(count: number): string {
    return libraryStrings.articleCount(this.#number.format(count), count === 1);
  }

  annotations(count: number): string {
    return libraryStrings.annotationCount(this.#number.format(count), count === 1);
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
