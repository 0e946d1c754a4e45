/**
 * An article's annotations as a CSV report that opens cleanly in a
 * spreadsheet: RFC 4180 (fields with a comma, quote or line break quoted, quotes
 * doubled, CRLF between records), UTF-8 with a byte-order mark so that
 * spreadsheets read it as UTF-8, and no formula injection: a cell that a
 * spreadsheet would read as a formula (starting with = + - @, a tab or a
 * carriage return) starts with an apostrophe instead (OWASP, "CSV Injection").
 */
import { agentName } from '../annotation/agents.ts';
import type { Annotation } from '../annotation/annotation.ts';
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

/** What a report is made of: the article, its annotations, the vocabulary that names their values, and the column headings. */
export interface CsvReportInput {
  article: ArticleMetadata;
  /** How the report names the article: its stored document id, else its URL. */
  articleId?: string;
  annotations: readonly Annotation[];
  kinds: readonly KindDefinition[];
  verdicts: readonly Verdict[];
  statuses: readonly ReviewStatus[];
  /** The heading of each column, in the reader's language. */
  headings: Readonly<Record<CsvColumn, string>>;
}

/**
 * The CSV report of an article's annotations: a heading row, then one row per
 * annotation in the order given, values as people read them (labels of kinds,
 * verdicts and statuses; a value off the scale as given; sources by address,
 * one a line).
 */
export function annotationsCsv(input: CsvReportInput): string {
  const { article } = input;
  const rows = input.annotations.map((annotation) => {
    const verdict = annotation.verdict ? findVerdict(input.verdicts, annotation.verdict)?.label ?? annotation.verdict : annotation.foreignRating?.label;
    const cells: Record<CsvColumn, string | undefined> = {
      article: input.articleId ?? article.url,
      headline: article.title,
      url: article.url,
      kind: kindLabel(input.kinds, annotation.kind),
      quote: annotation.exact,
      speaker: annotation.attribution?.name,
      verdict,
      status: annotation.reviewStatus && statusLabel(input.statuses, annotation.reviewStatus),
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
  return toCsv([csvColumns.map((column) => input.headings[column]), ...rows]);
}
