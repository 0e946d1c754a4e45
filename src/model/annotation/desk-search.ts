/**
 * The desk's search: every annotation of every stored article as one row,
 * searched and filtered together (the library as the desk's index). A row
 * keeps what the results show and what the filters ask, with its searchable
 * words folded once, so that a search over 100,000 rows is a pass over short
 * strings.
 */
import { agentName } from './agents.ts';
import type { AnnotationRecord } from './annotation.ts';
import type { ArticleMetadata } from './article.ts';

/** One annotation of one stored article, as the desk lists it. */
export interface DeskRow {
  articleId: string;
  /** The article's headline, url and publisher, as stored. */
  article: Pick<ArticleMetadata, 'title' | 'url' | 'publisher'>;
  id: string;
  kind: string;
  /** The annotated words. */
  exact: string;
  speaker?: string;
  /** The verdict's id on the site's scale, or a foreign rating's label. */
  verdict?: string;
  /** The restated claim. */
  claim?: string;
  /** Its review status's id (on the site's scale, or as given), and who it is assigned to and who reviews it. */
  status?: string;
  assignee?: string;
  reviewer?: string;
  /** When the annotation was changed last (ISO 8601). */
  modified: string;
  /** Where it starts in its article's stored text, to list an article's rows in reading order (null for an orphan). */
  position: number | null;
  /** Every searchable word, folded (`foldForSearch`). */
  words: string;
  /** The speaker, assignee and reviewer, folded. */
  speakerWords: string;
  assigneeWords: string;
  reviewerWords: string;
}

/** What the desk asks: words, and filters where '' means any. */
export interface DeskQuery {
  /** Words that must all appear in the quote, restated claim, speaker, note, occasion, foreign rating or sources. */
  text: string;
  kind: string;
  verdict: string;
  /** Part of the speaker's name. */
  speaker: string;
  /** A review status's id. */
  status: string;
  /** Part of the assignee's or the reviewer's name. */
  assignee: string;
  reviewer: string;
  /** `changed`: the most recently changed first; `article`: by headline, then in reading order; `status`: along the status scale, then the most recently changed first. */
  sort: DeskSort;
}

export type DeskSort = 'changed' | 'article' | 'status';
export const deskSorts: readonly DeskSort[] = ['changed', 'article', 'status'];

export const anyDeskQuery: DeskQuery = { text: '', kind: '', verdict: '', speaker: '', status: '', assignee: '', reviewer: '', sort: 'changed' };

/** Whether `query` asks for anything (else the desk shows the articles, not rows). */
export function asksSomething(query: DeskQuery): boolean {
  return [query.text, query.kind, query.verdict, query.speaker, query.status, query.assignee, query.reviewer].some((asked) => asked.trim() !== '');
}

/**
 * Text as the search compares it: lowercase, accents taken off (“Élysée”
 * finds “elysee”), runs of spaces one space.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('und')
    .replace(/\s+/g, ' ');
}

/** The row of one stored annotation of article `articleId`. */
export function deskRow(
  articleId: string,
  article: ArticleMetadata,
  stored: { record: AnnotationRecord; quote: { exact: string }; anchor: readonly [number, number] | null },
): DeskRow {
  const { record } = stored;
  const speaker = record.attribution?.name;
  const sources = (record.sources ?? []).flatMap((source) => [source.title ?? '', source.url]);
  const assignee = record.assignee && agentName(record.assignee);
  const reviewer = record.reviewer && agentName(record.reviewer);
  const searched = [stored.quote.exact, record.claim, speaker, record.attribution?.organization, record.note, record.occasion, record.foreignRating?.label, ...sources];
  return {
    articleId,
    article: { title: article.title, url: article.url, publisher: article.publisher },
    id: record.id,
    kind: record.kind,
    exact: stored.quote.exact,
    speaker,
    verdict: record.verdict ?? record.foreignRating?.label,
    claim: record.claim,
    status: record.reviewStatus,
    assignee,
    reviewer,
    modified: record.modified,
    position: stored.anchor ? stored.anchor[0] : null,
    words: foldForSearch(searched.filter(Boolean).join(' \u2029 ')),
    speakerWords: foldForSearch(speaker ?? ''),
    assigneeWords: foldForSearch(assignee ?? ''),
    reviewerWords: foldForSearch(reviewer ?? ''),
  };
}

/** Whether `row` is one `query` asks for (`terms` are its folded words, `people` the folded parts of names asked for). */
function matches(row: DeskRow, query: DeskQuery, terms: readonly string[], people: Readonly<Record<'speaker' | 'assignee' | 'reviewer', string>>): boolean {
  if (query.kind && row.kind !== query.kind) return false;
  if (query.verdict && row.verdict !== query.verdict) return false;
  if (query.status && row.status !== query.status) return false;
  if (people.speaker && !row.speakerWords.includes(people.speaker)) return false;
  if (people.assignee && !row.assigneeWords.includes(people.assignee)) return false;
  if (people.reviewer && !row.reviewerWords.includes(people.reviewer)) return false;
  return terms.every((term) => row.words.includes(term));
}

/** The rows `query` asks for, in its order; `statuses` is the status scale's ids in order (a status off it comes after). */
export function searchDesk(rows: readonly DeskRow[], query: DeskQuery, statuses: readonly string[] = []): DeskRow[] {
  const terms = foldForSearch(query.text).split(' ').filter(Boolean);
  const fold = (words: string) => foldForSearch(words).trim();
  const people = { speaker: fold(query.speaker), assignee: fold(query.assignee), reviewer: fold(query.reviewer) };
  const found = rows.filter((row) => matches(row, query, terms, people));
  // headlines compared once per article, not once per comparison of two rows (100,000 rows)
  const headlines = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const articles = [...new Map(found.map((row) => [row.articleId, row.article.title ?? ''])).entries()];
  articles.sort(([a, titleA], [b, titleB]) => headlines.compare(titleA, titleB) || (a < b ? -1 : a > b ? 1 : 0));
  const rank = new Map(articles.map(([id], index) => [id, index]));
  const byArticle = (a: DeskRow, b: DeskRow) =>
    rank.get(a.articleId)! - rank.get(b.articleId)! ||
    // in reading order, orphans last
    (a.position ?? Infinity) - (b.position ?? Infinity) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const byChange = (a: DeskRow, b: DeskRow) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : byArticle(a, b));
  // along the scale; a status off it after those on it, and none last
  const step = (row: DeskRow) => (row.status === undefined ? statuses.length + 1 : statuses.includes(row.status) ? statuses.indexOf(row.status) : statuses.length);
  const byStatus = (a: DeskRow, b: DeskRow) => step(a) - step(b) || byChange(a, b);
  return found.sort(query.sort === 'article' ? byArticle : query.sort === 'status' ? byStatus : byChange);
}
