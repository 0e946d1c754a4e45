/** The DOM-free model: annotation types, kinds, verdicts, text offsets and quotes. */
export * from './annotation.ts';
export * from './annotation-input.ts';
export * from './ids.ts';
export * from './kinds.ts';
export * from './quote.ts';
export * from './text.ts';
export * from './verdicts.ts';
export * from './article.ts';
export * from './anchoring.ts';
export * from './claim-review.ts';
export type { ImportedAnnotation, ImportedSelector, Rejection } from './import-record.ts';
export * from './json-input.ts';
export * from './jsonld.ts';
export * from './jsonld-import.ts';
export * from './merge.ts';
export * from './placement.ts';
export { TextSearcher } from './text-search.ts';
export * from './suggest/suggest.ts';
