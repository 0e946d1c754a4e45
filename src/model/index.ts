/** The DOM-free model: annotation types, kinds, verdicts, text offsets and quotes. */
export * from './annotation/annotation.ts';
export * from './annotation/annotation-input.ts';
export * from './annotation/ids.ts';
export * from './annotation/kinds.ts';
export * from './text/quote.ts';
export * from './text/text.ts';
export * from './annotation/verdicts.ts';
export * from './annotation/article.ts';
export * from './anchoring/anchoring.ts';
export * from './exchange/claim-review.ts';
export type { ImportedAnnotation, ImportedSelector, Rejection } from './exchange/import-record.ts';
export * from './exchange/json-input.ts';
export * from './exchange/jsonld.ts';
export * from './exchange/jsonld-import.ts';
export * from './exchange/merge.ts';
export * from './anchoring/placement.ts';
export { TextSearcher } from './text/text-search.ts';
export * from './suggest/suggest.ts';
