/**
 * An article's annotations as a CSV report that opens cleanly in a
 * spreadsheet: RFC 4180 (fields with a comma, quote or line break quoted, quotes
 * doubled, CRLF between records), UTF-8 with a byte-order mark so that
 * spreadsheets read it as UTF-8, and no formula injection: a cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) starts with an apostrophe instead (OWASP, "CSV Injection").
 */
import { agentName } from '../annotation/agents.ts';
import type { AnnotationRecord } from '../annotation/annotation.ts';
import type { ArticleMetadata } from '../annotation/article.ts';
import { type KindDefinition, kindLabel } from '../annotation/kinds.ts';
import { type Verdict, findVerdict } from '../annotation/verdicts.ts';
import { type ReviewStatus, statusLabel } from './review.ts';

/** The byte-order mark a CSV report starts with. */
export const byteOrderMark = '\uFEFF';

/** The report's columns, in order. */
export const csvColumns = [
  'article', 'headline', 'url', 'kind', 'quote', 'speaker', 'verdict', 'status', 'assignee', 'reviewer', 'sources', 'createdBy', 'created', 'modifiedBy', 'modified',
] as const;

export type CsvColumn = (typeof csvColumns)[number];

/** One cell as written: neutralised when a spreadsheet would run it, quoted when it must be. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows of cells as CSV text: the byte-order mark, then one CRLF-terminated record per row. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return byteOrderMark + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** The columns' headings in English (a language's bundle gives its own). */
export const englishCsvHeadings: Readonly<Record<CsvColumn, string>> = {
  article: 'Article', headline: 'Headline', url: 'URL', kind: 'Kind', quote: 'Quote', speaker: 'Speaker', verdict: 'Verdict', status: 'Status',
  assignee: 'Assigned to', reviewer: 'Reviewer', sources: 'Sources', createdBy: 'Created by', created: 'Created', modifiedBy: 'Modified by', modified: 'Modified',
};

/** What a report reads of an annotation: its record and its words. */
export type ReportedAnnotation = AnnotationRecord & { exact: string };

/** One row of a report: an annotation of an article (a report across articles, such as a search of the library, mixes them). */
export interface ReportRow {
  article: ArticleMetadata;
  /** How the report names the article: its stored document id, else its URL. */
  articleId?: string;
  annotation: ReportedAnnotation;
}

/** The vocabulary that names a report's values, and the column headings in the reader's language. */
export interface ReportWords {
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  statuses: readonly ReviewStatus[];
  headings: Readonly<Record<CsvColumn, string>>;
}

/** What a report of one article is made of: the article, its annotations, and the words. */
export interface CsvReportInput extends ReportWords {
  article: ArticleMetadata;
  articleId?: string;
  annotations: readonly ReportedAnnotation[];
}

/** The CSV report of an article's annotations, in the order given (`reportCsv`). */
export function annotationsCsv(input: CsvReportInput): string {
  return reportCsv(input.annotations.map((annotation) => ({ article: input.article, articleId: input.articleId, annotation })), input);
}

/**
 * A CSV report: a heading row, then one row per annotation in the order given,
 * values as people read them (labels of kinds, verdicts and statuses; a value
 * off the scale as given; sources by address, one a line).
 */
export function reportCsv(rows: readonly ReportRow[], words: ReportWords): string {
  const records = rows.map(({ article, articleId, annotation }) => {
    const verdict = annotation.verdict ? findVerdict(words.verdicts, annotation.verdict)?.label ?? annotation.verdict : annotation.foreignRating?.label;
    const cells: Record<CsvColumn, string | undefined> = {
      article: articleId ?? article.url,
      headline: article.title,
      url: article.url,
      kind: kindLabel(words.kinds, annotation.kind),
      quote: annotation.exact,
      speaker: annotation.attribution?.name,
      verdict,
      status: annotation.reviewStatus && statusLabel(words.statuses, annotation.reviewStatus),
      assignee: annotation.assignee && agentName(annotation.assignee),
      reviewer: annotation.reviewer && agentName(annotation.reviewer),
      sources: annotation.sources?.map((source) => source.url).join('\n'),
      createdBy: annotation.creator && agentName(annotation.creator),
      created: annotation.created,
      modifiedBy: agentName(annotation.modifiedBy ?? annotation.creator ?? {}),
      modified: annotation.modified,
    };
    return csvColumns.map((column) => cells[column] ?? '');
  });
  return toCsv([csvColumns.map((column) => words.headings[column]), ...records]);
}
