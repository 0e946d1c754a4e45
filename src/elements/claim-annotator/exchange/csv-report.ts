/**
 * The Download .csv action's report (model/review/csv.ts) with its headings in
 * the element's language; in the on-demand chunk, loaded at the first download.
 */
import { type Annotation, type ArticleMetadata, type Vocabulary, annotationsCsv, csvColumns } from '../../../model/index.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import type { ExchangeNeeds } from './annotation-exchange.ts';
import { downloadFile, exportFileName } from './exchange.ts';
import { onDemandWords } from '../../shared/strings/on-demand-strings.ts';

/** The CSV report of `annotations` (private ones left out, as exports leave them out), headed in `strings`' words. */
export function csvReport(strings: ClaimStrings, article: ArticleMetadata, articleId: string | undefined, annotations: readonly Annotation[], vocabulary: Vocabulary): string {
  const words = onDemandWords(strings).csvColumns;
  return annotationsCsv({
    article,
    articleId,
    annotations: annotations.filter((annotation) => !annotation.private),
    kinds: vocabulary.kinds,
    verdicts: vocabulary.verdicts,
    statuses: vocabulary.statuses ?? [],
    headings: Object.fromEntries(csvColumns.map((column) => [column, words[column] ?? column])) as Record<(typeof csvColumns)[number], string>,
  });
}

/** Downloads the article's CSV report, named after its headline and date (`exportFileName`). */
export function downloadCsv(needs: Pick<ExchangeNeeds, 'strings' | 'metadata' | 'documentId' | 'annotations' | 'vocabulary'>): void {
  const csv = csvReport(needs.strings(), needs.metadata(), needs.documentId() ?? undefined, needs.annotations(), needs.vocabulary());
  downloadFile(exportFileName(needs.metadata(), 'csv'), 'text/csv;charset=utf-8', csv);
}
