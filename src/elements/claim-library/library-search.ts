/**
 * The library as the desk's index: one search over every annotation of every
 * stored article (words, kind, verdict, speaker), sorted by change or by
 * article, each result opening its article at the annotation. The rows are
 * read once, from when the fact-checker first goes to the search field, and
 * afterwards only
 * the articles whose `modified` changed are read again (model's desk-search.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import {
  type DeskQuery,
  type DeskRow,
  type DeskSort,
  type KindDefinition,
  type ReportRow,
  type ReviewStatus,
  type Verdict,
  anyDeskQuery,
  asksSomething,
  deskRow,
  defaultKinds,
  defaultStatusScale,
  defaultVerdicts,
  deskSorts,
  findVerdict,
  kindLabel,
  reportCsv,
  searchDesk,
  statusLabel,
} from '../../model/index.ts';
import { downloadFile } from '../shared/download.ts';
import type { ArticleStore, ArticleSummary } from '../../store/index.ts';
import { readAnnotations } from '../../store/annotation-reading.ts';
import { listLibrary } from '../../store/library-records.ts';
import { type LibraryFormat, type LibraryStrings, titleOf } from '../shared/strings/library-strings.ts';
import type { ClaimAnnotator } from '../claim-annotator/claim-annotator.ts';

/** How many results show at first, and how many more each "Show more" adds. */
const resultsPerPage = 50;
/** How many annotation records are read and made rows in one task: the page stays responsive while 100,000 are read. */
const rowsPerRead = 500;
/** How long the search waits after a key press before it searches (ms). */
const typingPause = 150;

/** What the search needs of the library. */
export interface DeskSearchNeeds {
  store(): Promise<ArticleStore>;
  /** The kinds, verdicts and review statuses to name results with: the linked editor's, or the defaults. */
  vocabulary(): Vocabulary;
  /** Opens article `articleId` in the linked editor at annotation `annotationId`. */
  open(articleId: string, annotationId: string): void;
  /** Draws the library again; resolves with its root once drawn. */
  requestUpdate(): Promise<ParentNode>;
}

/** What names the results' values. */
export interface Vocabulary {
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  statuses: readonly ReviewStatus[];
}

/**
 * The linked editor's kinds, verdicts and statuses, or without one the
 * defaults, named in the library's language (`kindLabels`… of its bundle).
 */
export function deskVocabulary(editor: Pick<ClaimAnnotator, 'kinds' | 'verdicts' | 'statusScale'> | null, strings: LibraryStrings): Vocabulary {
  if (editor) return { kinds: editor.kinds, verdicts: editor.verdicts, statuses: editor.statusScale };
  const named = <T extends { id: string; label: string }>(items: readonly T[], labels: Readonly<Record<string, string>>) => items.map((item) => ({ ...item, label: labels[item.id] ?? item.label }));
  return { kinds: named(defaultKinds, strings.kindLabels), verdicts: named(defaultVerdicts, strings.verdictLabels), statuses: named(defaultStatusScale, strings.statusLabels) };
}

/** The rows of one stored article, and the `modified` they were read at. */
interface ArticleRows {
  modified: string;
  rows: DeskRow[];
}

export class DeskSearch {
  #query: DeskQuery = anyDeskQuery;
  /** The rows by article, once read; null until the first search. */
  #rows: Map<string, ArticleRows> | null = null;
  #reading: Promise<void> | null = null;
  /** The library's last listing not yet caught up with (`articlesListed`). */
  #listing: readonly ArticleSummary[] | null = null;
  #results: DeskRow[] = [];
  #shown = resultsPerPage;
  #skipped = 0;
  /** Why the rows could not be read, when they could not. */
  #failed = false;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Whether the filters and the order are unfolded (folded, a sidebar keeps room for the results). */
  #filtersOpen = false;

  constructor(readonly needs: DeskSearchNeeds) {}

  /** Whether the fact-checker is searching (the library then shows results, not its articles). */
  get active(): boolean {
    return asksSomething(this.#query);
  }

  /** The results of the current search, in its order. */
  get results(): readonly DeskRow[] {
    return this.#results;
  }

  /** Searches for `query` (the parts given; the rest stay). */
  async search(query: Partial<DeskQuery>): Promise<void> {
    clearTimeout(this.#typingTimer);
    this.#query = { ...this.#query, ...query };
    this.#shown = resultsPerPage;
    if (this.active) {
      await this.#readRows();
      await this.#catchUp();
    }
    this.#run();
  }

  /**
   * The library listed its articles again: the rows of those changed, added or
   * gone are brought up to date, now while searching, else at the next search
   * (an editor's every pause would otherwise read its article's annotations again).
   */
  async articlesListed(articles: readonly ArticleSummary[]): Promise<void> {
    this.#listing = articles;
    if (this.active) {
      await this.#catchUp();
      this.#run();
    }
  }

  /** Reads again the rows of the articles the last listing says changed. */
  async #catchUp(): Promise<void> {
    const articles = this.#listing;
    if (!this.#rows || this.#reading || !articles) return;
    this.#listing = null;
    const listed = new Set(articles.map((article) => article.id));
    for (const id of [...this.#rows.keys()]) if (!listed.has(id)) this.#rows.delete(id);
    const changed = articles.filter((article) => this.#rows!.get(article.id)?.modified !== article.modified);
    try {
      const store = await this.needs.store();
      for (const article of changed) {
        const rows: DeskRow[] = [];
        await readAnnotations(store, (page) => rows.push(...page.map((stored) => deskRow(article.id, article, stored))), { articleId: article.id, perRead: rowsPerRead });
        this.#rows?.set(article.id, { modified: article.modified, rows });
      }
    } catch {
      // the library's own listing reports a failing store; the results stay as they were
    }
  }

  /** Reads every article's rows, once (a failed read is tried again at the next search). */
  #readRows(): Promise<void> {
    if (this.#rows) return Promise.resolve();
    this.#reading ??= (async () => {
      this.#failed = false;
      void this.needs.requestUpdate(); // "Reading…"
      try {
        const store = await this.needs.store();
        const { articles } = await listLibrary(store);
        const byId = new Map(articles.map((article) => [article.id, article]));
        const rows = new Map<string, ArticleRows>(articles.map((article) => [article.id, { modified: article.modified, rows: [] }]));
        const { skipped } = await readAnnotations(store, (page) => {
          for (const stored of page) {
            const article = byId.get(stored.articleId);
            // an annotation of an article record that cannot be listed is not searched (the library names that record)
            if (article) rows.get(article.id)!.rows.push(deskRow(article.id, article, stored));
          }
        }, { perRead: rowsPerRead });
        this.#rows = rows;
        this.#skipped = skipped;
      } catch {
        this.#failed = true;
      } finally {
        this.#reading = null;
      }
    })();
    return this.#reading;
  }

  #run(): void {
    const statuses = this.needs.vocabulary().statuses.map((status) => status.id);
    this.#results = this.#rows && this.active ? searchDesk([...this.#rows.values()].flatMap((article) => article.rows), this.#query, statuses) : [];
    void this.needs.requestUpdate();
  }

  /** Clear the search: every field empty, the order kept, and the articles listed again. */
  #clear(event: Event): void {
    // the form's own reset empties what was typed and chosen; the next draw marks the query's options
    (event.target as HTMLElement).closest('form')?.reset();
    void this.search({ ...anyDeskQuery, sort: this.#query.sort }).then(() => this.needs.requestUpdate()).then((root) => {
      root.querySelector<HTMLElement>('.desk-search input[name="text"]')?.focus();
    });
  }

  /** A key press in a field: the query takes the words at once, the search runs when typing pauses. */
  #typed(part: 'text' | 'speaker' | 'assignee' | 'reviewer', value: string): void {
    clearTimeout(this.#typingTimer);
    this.#query = { ...this.#query, [part]: value };
    this.#typingTimer = setTimeout(() => void this.search({}), typingPause);
  }

  /** The search form, and the results while searching. */
  render(format: LibraryFormat): TemplateResult {
    const { strings } = format;
    const vocabulary = this.needs.vocabulary();
    const { kinds, verdicts, statuses } = vocabulary;
    const query = this.#query;
    const person = (part: 'speaker' | 'assignee' | 'reviewer', label: string) => html`<label>
      ${label}
      <input type="search" name=${part} .value=${live(query[part])} autocomplete="off" @input=${(event: Event) => this.#typed(part, (event.target as HTMLInputElement).value)} />
    </label>`;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
      void this.search({ text: value('text'), speaker: value('speaker'), assignee: value('assignee'), reviewer: value('reviewer') });
    };
    const select = (part: 'kind' | 'verdict' | 'status' | 'sort') => (event: Event) => void this.search({ [part]: (event.target as HTMLSelectElement).value });
    /** A filter that picks one of `items` by id, or any ('' ). */
    const choice = (part: 'kind' | 'verdict' | 'status', label: string, any: string, items: readonly { id: string; label: string }[]) => html`<label>
      ${label}
      <select name=${part} @change=${select(part)}>
        <option value="" ?selected=${query[part] === ''}>${any}</option>
        ${items.map((item) => html`<option value=${item.id} ?selected=${query[part] === item.id}>${item.label}</option>`)}
      </select>
    </label>`;
    return html`
      <form class="desk-search" role="search" part="search" aria-label=${strings.searchLabel} @submit=${submit}>
        <label class="search-words">
          ${strings.searchWords}
          <input type="search" name="text" .value=${live(query.text)} autocomplete="off" @focus=${() => void this.#readRows()} @input=${(event: Event) => this.#typed('text', (event.target as HTMLInputElement).value)} />
        </label>
        <details class="search-more" .open=${live(this.#filtersOpen)} @toggle=${(event: Event) => (this.#filtersOpen = (event.target as HTMLDetailsElement).open)}>
          <summary>${strings.searchFilters}</summary>
          <div class="search-filters">
          ${choice('kind', strings.searchKind, strings.anyKind, kinds)} ${choice('verdict', strings.searchVerdict, strings.anyVerdict, verdicts)}
          ${person('speaker', strings.searchSpeaker)}
          ${choice('status', strings.searchStatus, strings.anyStatus, statuses)}
          ${person('assignee', strings.searchAssignee)} ${person('reviewer', strings.searchReviewer)}
          <label>
            ${strings.searchSort}
            <select name="sort" @change=${select('sort')}>
              ${deskSorts.map((sort: DeskSort) => html`<option value=${sort} ?selected=${query.sort === sort}>${strings.sorts[sort]}</option>`)}
            </select>
          </label>
          </div>
        </details>
        ${this.active ? html`<button type="button" class="clear-search" @click=${(event: Event) => this.#clear(event)}>${strings.clearSearch}</button>` : nothing}
      </form>
      ${this.active ? this.#renderResults(format, vocabulary) : nothing}
    `;
  }

  #renderResults(format: LibraryFormat, vocabulary: Vocabulary): TemplateResult {
    const { strings } = format;
    const results = this.#results;
    const articleCount = new Set(results.map((row) => row.articleId)).size;
    const summary = this.#failed
      ? strings.searchFailed
      : this.#reading || !this.#rows
        ? strings.searchReading
        : strings.searchFound(format.annotations(results.length), format.articles(articleCount), results.length);
    const shown = results.slice(0, this.#shown);
    return html`
      <section class="desk-results" part="results" aria-label=${strings.searchResults}>
        <div class="results-head">
          <p class="count" role="status">${summary}</p>
          ${results.length ? html`<button type="button" class="download-results" @click=${() => void this.#downloadCsv(format)}>${strings.downloadResults}</button>` : nothing}
        </div>
        ${this.#skipped ? html`<p class="unlisted">${strings.searchSkipped(this.#skipped)}</p>` : nothing}
        <ol class="results" role="list">
          ${repeat(shown, (row) => `${row.articleId} ${row.id}`, (row) => this.#renderRow(row, format, vocabulary))}
        </ol>
        ${results.length > shown.length
          ? html`<button type="button" class="more-results" @click=${() => void this.#showMore()}>${strings.showMoreResults(format.annotations(Math.min(resultsPerPage, results.length - shown.length)))}</button>`
          : nothing}
      </section>
    `;
  }

  #renderRow(row: DeskRow, format: LibraryFormat, { kinds, verdicts, statuses }: Vocabulary): TemplateResult {
    const { strings } = format;
    const title = titleOf(row.article, strings);
    const verdict = row.verdict ? (findVerdict(verdicts, row.verdict)?.label ?? row.verdict) : null;
    const quote = row.exact.length > 200 ? `${row.exact.slice(0, 199)}…` : row.exact;
    return html`
      <li class="result" data-article-id=${row.articleId} data-annotation-id=${row.id}>
        <p class="result-kind">
          <span class="kind">${kindLabel(kinds as KindDefinition[], row.kind)}</span>${verdict ? html` · <span class="verdict">${verdict}</span>` : nothing}${row.status
            ? html` · <span class="status">${statusLabel(statuses, row.status)}</span>`
            : nothing}
        </p>
        <p class="result-quote">${strings.quoted(quote)}</p>
        ${row.speaker ? html`<p class="details">${strings.saidBy(row.speaker)}</p>` : nothing}
        ${row.assignee || row.reviewer ? html`<p class="details">${[row.assignee && strings.assignedTo(row.assignee), row.reviewer && strings.reviewedBy(row.reviewer)].filter(Boolean).join(' · ')}</p>` : nothing}
        <p class="details">${title} · ${strings.changed} <time datetime=${row.modified}>${format.moment(row.modified)}</time></p>
        <button type="button" class="open-result" @click=${() => this.needs.open(row.articleId, row.id)}>
          ${strings.open}<span class="visually-hidden"> ${strings.resultNamed(strings.quoted(quote), title)}</span>
        </button>
      </li>
    `;
  }

  async #showMore(): Promise<void> {
    const first = this.#shown;
    this.#shown += resultsPerPage;
    // the keyboard goes on from the first new result, not back to the top
    const root = await this.needs.requestUpdate();
    root.querySelectorAll<HTMLElement>('ol.results > li .open-result')[first]?.focus();
  }

  /**
   * Downloads the results as a CSV report, in their order: the records of the
   * articles they are in are read again (the rows keep only what the search needs).
   */
  async #downloadCsv(format: LibraryFormat): Promise<void> {
    const results = this.#results;
    const wanted = new Map(results.map((row, index) => [`${row.articleId} ${row.id}`, index]));
    const rows: (ReportRow | undefined)[] = new Array(results.length);
    try {
      const store = await this.needs.store();
      for (const articleId of new Set(results.map((row) => row.articleId))) {
        const article = results.find((row) => row.articleId === articleId)!.article;
        await readAnnotations(store, (page) => {
          for (const stored of page) {
            const at = wanted.get(`${articleId} ${stored.id}`);
            if (at !== undefined) rows[at] = { article, articleId, annotation: { ...stored.record, exact: stored.quote.exact } };
          }
        }, { articleId, perRead: rowsPerRead });
      }
    } catch {
      this.#failed = true;
      void this.needs.requestUpdate();
      return;
    }
    const csv = reportCsv(rows.filter((row): row is ReportRow => row !== undefined), { ...this.needs.vocabulary(), headings: format.strings.csvColumns });
    downloadFile(`claimmark-search-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8', csv);
  }

  /** The library left the page. */
  disconnect(): void {
    clearTimeout(this.#typingTimer);
  }
}
