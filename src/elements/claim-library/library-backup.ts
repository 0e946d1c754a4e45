/**
 * Backing up the library and restoring a backup: writing the file
 * (persistence/backup.ts), reading it (persistence/backup-reading.ts, the
 * format's one reader), deciding what restoring it would overwrite, and the
 * words for what was refused or skipped. The library loads this chunk on
 * the first backup or restore (or to name a stored record it cannot list), so
 * none of it is in start-up, and it never loads the editor's on-demand chunk.
 */
import { html, type TemplateResult } from 'lit';
import { BackupError, type SkippedArticle, checkBackupSize, parseLibraryBackup } from '../../persistence/backup-reading.ts';
import { type LibraryBackup, backupFileName } from '../../persistence/backup.ts';
import { backUpLibrary } from '../../persistence/library-backup.ts';
import { maxBackupBytes } from '../../persistence/limits.ts';
import type { ArticleSnapshot, ArticleStore, ArticleSummary, SkippedRecord } from '../../store/index.ts';
import { listArticles, putSnapshot } from '../../store/library-records.ts';
import type { LibraryFormat, LibraryStrings } from '../shared/strings/library-strings.ts';
import { recordProblem } from '../shared/strings/record-faults.ts';
import { type RestoreStrings, restoreWords } from '../shared/strings/restore-strings.ts';
import { adoptMoreStyles } from '../shared/adopt-styles.ts';
import { downloadFile } from '../shared/download.ts';
import type { LibraryAlert } from './library-view.ts';
import { restoreDialogStyles } from './restore-dialog.styles.ts';
export { BackupError, type BackupReading, type SkippedArticle, parseLibraryBackup } from '../../persistence/backup-reading.ts';

type Words = LibraryStrings & RestoreStrings;

/** The headline, or the words for an untitled article (as the list says it, library-view.ts; not imported, so the list stays out of this chunk's shared code). */
const titleOf = (article: { title?: string }, strings: LibraryStrings) => article.title?.trim() || strings.untitled;

/** What restoring a backup does to each of its articles, given what the library holds now. */
export interface RestorePlan {
  /** Not stored, or stored in an older version: written. */
  write: ArticleSnapshot[];
  /** Stored as last changed at the same moment: the same, left alone. */
  same: ArticleSnapshot[];
  /** Stored in a version changed after the backup: written only if the user says so. */
  newer: ArticleSnapshot[];
  /** Open in the editor in another version: never written under the editor's feet. */
  open: ArticleSnapshot[];
}

/** Sorts a backup's articles by what restoring would do, comparing `modified` with the stored articles. */
export function planRestore(backup: LibraryBackup, stored: readonly ArticleSummary[], openId: string | null): RestorePlan {
  const modifiedOf = new Map(stored.map((article) => [article.id, article.modified]));
  const plan: RestorePlan = { write: [], same: [], newer: [], open: [] };
  for (const item of backup.articles) {
    const storedModified = modifiedOf.get(item.article.id);
    if (storedModified === undefined) plan.write.push(item);
    else if (storedModified === item.article.modified) plan.same.push(item);
    // the editor would write its own version back on its next change
    else if (item.article.id === openId) plan.open.push(item);
    else if (Date.parse(storedModified) > Date.parse(item.article.modified)) plan.newer.push(item);
    else plan.write.push(item);
  }
  return plan;
}

/** Why a file was refused, in the library's words (for "FILE was not restored: WHY"). */
export function backupRefusal(error: unknown, strings: Words): string {
  if (!(error instanceof BackupError)) return strings.backupUnreadable(String((error as Error)?.message ?? error));
  if (error.fault === 'too-large') return strings.backupTooLarge(maxBackupBytes / 1024 / 1024);
  if (error.fault === 'bad-field') return recordProblem(error.problem!, strings.recordFaults);
  return strings.backupFault(error.fault, error.detail ?? '');
}

/** The note naming the stored articles the list leaves out because their records cannot be read. */
export function unlistedNote(unlisted: readonly SkippedRecord[], strings: LibraryStrings): string {
  const words = restoreWords(strings);
  const list = unlisted.map(({ id, problem }) => `${id ?? '?'} (${recordProblem(problem, words.recordFaults)})`);
  return words.unlisted(list.join(', '), list.length);
}

/** The articles of a backup that were skipped, each with its reason, in the library's words; '' when none were. */
export function skippedReport(skipped: readonly SkippedArticle[], strings: Words): string {
  if (!skipped.length) return '';
  const list = skipped.map(({ index, title, problem }) => `${title ? strings.quoted(title) : strings.backupArticle(index + 1)} (${recordProblem(problem, strings.recordFaults)})`);
  return strings.skippedUnreadable(list.join(', '), skipped.length);
}

/** What restoring needs of the library element. */
export interface RestoreHost {
  strings: LibraryStrings;
  /** How the library writes numbers and dates, with `strings`. */
  format(strings: LibraryStrings): LibraryFormat;
  /** The article the linked editor shows, which is never written under it. */
  openId: string | null;
  /** Writes what the linked editor has pending. */
  flush(): Promise<void>;
  /** Runs a change to the library; a storage failure goes to the alert and gives false. */
  change(work: (store: ArticleStore) => Promise<void>): Promise<boolean>;
  /** One article was written (to tell other tabs). */
  written(snapshot: ArticleSnapshot): void;
  /** Shows `alert` (none: shows the alert again as changed); returns the alert shown. */
  alert(alert?: LibraryAlert): LibraryAlert | null;
  /** Shows a question (none: hides it); resolves with the rendered root once drawn. */
  show(question: (() => TemplateResult) | null): Promise<HTMLElement | DocumentFragment>;
}

/** What a restore did: the status line (null: leave it), the articles written, and whether the list must be read again. */
export interface RestoreReport {
  status: string | null;
  ids: string[];
  annotations: number;
  changed: boolean;
}

/**
 * Restores `file`: reads it (refusing a file that is not a backup), skips and
 * names each article that cannot be opened, asks before replacing an article
 * changed here since, and writes the rest one article at a time.
 */
export async function restoreBackup(file: File, host: RestoreHost): Promise<RestoreReport> {
  const strings = restoreWords(host.strings);
  const format = host.format(strings);
  const nothing: RestoreReport = { status: null, ids: [], annotations: 0, changed: false };
  let reading;
  try {
    // a file over the limit is refused before it is read
    checkBackupSize(file.size);
    reading = parseLibraryBackup(await file.text());
  } catch (error) {
    host.alert({ title: strings.backupProblem, message: strings.restoreRejected(file.name, backupRefusal(error, strings)) });
    return nothing;
  }
  const { backup, skipped } = reading;
  let stored: ArticleSummary[] = [];
  const listed = await host.change(async (store) => {
    await host.flush();
    stored = await listArticles(store);
  });
  if (!listed) return nothing;
  if (backup.articles.length === 0 && skipped.length === 0) return { ...nothing, status: strings.emptyBackup(file.name) };
  const plan = planRestore(backup, stored, host.openId);
  const answer = plan.newer.length ? await ask(host, plan.newer, format, strings) : 'keep';
  if (answer === 'cancel') return { ...nothing, status: strings.nothingRestored };
  const writes = answer === 'replace' ? [...plan.write, ...plan.newer] : plan.write;
  const written: ArticleSnapshot[] = [];
  const done = await host.change(async (store) => {
    for (const snapshot of writes) {
      await putSnapshot(store, snapshot);
      written.push(snapshot);
      host.written(snapshot);
    }
  });
  const alert = done ? null : host.alert();
  if (alert) host.alert({ ...alert, message: `${alert.message} ${strings.restoreStopped(written.length, writes.length)}` });
  const annotations = written.reduce((sum, snapshot) => sum + snapshot.annotations.length, 0);
  const status = [restoreReport(plan, answer, written.length, annotations, format, strings), skippedReport(skipped, strings)].filter(Boolean).join(' ');
  return { status, ids: written.map((snapshot) => snapshot.article.id), annotations, changed: true };
}

function restoreReport(plan: RestorePlan, answer: 'keep' | 'replace', written: number, annotations: number, format: LibraryFormat, strings: Words): string {
  const report: string[] = [];
  if (written) report.push(strings.restored(format.articles(written), format.annotations(annotations)));
  if (plan.same.length) report.push(strings.alreadyThere(format.articles(plan.same.length), plan.same.length));
  if (answer === 'keep' && plan.newer.length) report.push(strings.keptNewer(format.articles(plan.newer.length), plan.newer.length));
  if (plan.open.length) report.push(strings.skippedOpen(plan.open.map((s) => strings.quoted(titleOf(s.article.metadata, strings))).join(', ')));
  return report.join(' ') || strings.nothingRestored;
}

/** The roots the dialog's styles were added to. */
const styled = new WeakSet<ShadowRoot>();

/** Asks, in a modal dialog, what to do with articles changed here after the backup was made; Escape cancels. */
function ask(host: RestoreHost, newer: readonly ArticleSnapshot[], format: LibraryFormat, strings: Words): Promise<'keep' | 'replace' | 'cancel'> {
  return new Promise((resolve) => {
    const answer = async (choice: 'keep' | 'replace' | 'cancel') => {
      const root = await host.show(null);
      root.querySelector<HTMLElement>('button.restore')?.focus();
      resolve(choice);
    };
    void host.show(() => renderNewerDialog(newer, format, strings, answer)).then((root) => {
      if (root instanceof ShadowRoot && !styled.has(root)) {
        styled.add(root);
        adoptMoreStyles(root, restoreDialogStyles);
      }
      const dialog = root.querySelector<HTMLDialogElement>('dialog.newer-dialog');
      dialog?.showModal();
      dialog?.querySelector<HTMLElement>('button.keep')?.focus();
    });
  });
}

/** The question asked before a restore replaces articles changed after the backup. */
function renderNewerDialog(
  newer: readonly ArticleSnapshot[],
  format: LibraryFormat,
  strings: Words,
  onAnswer: (answer: 'keep' | 'replace' | 'cancel') => void,
): TemplateResult {
  return html`
    <dialog
      class="newer-dialog"
      aria-labelledby="newer-title"
      aria-describedby="newer-help"
      @cancel=${(event: Event) => {
        event.preventDefault();
        onAnswer('cancel');
      }}
    >
      <h2 id="newer-title">${strings.newerTitle(newer.length)}</h2>
      <p id="newer-help">${strings.newerHelp(newer.length)}</p>
      <ul class="newer-list">
        ${newer.map(({ article }) => html`<li>${titleOf(article.metadata, strings)} <span class="details">(${strings.inBackup(format.moment(article.modified))})</span></li>`)}
      </ul>
      <div class="form-buttons">
        <button type="button" class="keep primary" @click=${() => onAnswer('keep')}>${strings.keepNewer(newer.length)}</button>
        <button type="button" class="replace" @click=${() => onAnswer('replace')}>${strings.replaceNewer}</button>
        <button type="button" class="cancel" @click=${() => onAnswer('cancel')}>${strings.cancelRestore}</button>
      </div>
    </dialog>
  `;
}

/** What backing up needs of the library element. */
export interface BackUpHost {
  change(work: (store: ArticleStore) => Promise<void>): Promise<boolean>;
  flush(): Promise<void>;
  /** Fires `claim-library-backup`; false when a listener cancelled the download. */
  announce(backup: LibraryBackup, fileName: string): boolean;
  format: LibraryFormat;
}

/** Backs up every article, with what the editor has pending, and downloads the file; returns the status line ('' when storage failed, said in the alert). */
export async function backUp(host: BackUpHost): Promise<string> {
  let backup: LibraryBackup | null = null;
  const read = await host.change(async (store) => {
    await host.flush();
    backup = await backUpLibrary(store);
  });
  if (!read || !backup) return '';
  const { articles } = backup as LibraryBackup;
  const fileName = backupFileName();
  const { format } = host;
  const annotations = articles.reduce((sum, item) => sum + item.annotations.length, 0);
  if (host.announce(backup, fileName)) downloadFile(fileName, 'application/json', JSON.stringify(backup));
  return restoreWords(format.strings).backedUp(format.articles(articles.length), format.annotations(annotations), fileName);
}
