/**
 * Claimmark's public API, without side effects: the elements' classes and
 * events, the article library in IndexedDB, and the model's types and
 * vocabularies. `define.ts` registers the elements.
 */
export { ClaimAnnotator } from './elements/claim-annotator.ts';
export type { ArticleInput } from './elements/article-loading.ts';
export type { ListedSuggestion } from './elements/suggestions.ts';
export type { ClaimStrings } from './elements/strings.ts';
export * from './elements/events.ts';
export type { ImportReport } from './elements/exchange.ts';
export { ClaimLibrary } from './elements/claim-library.ts';
export type { LibraryStrings } from './elements/library-strings.ts';
export * from './elements/library-events.ts';
export { BackupError, backupFileName, parseLibraryBackup } from './elements/library-backup.ts';
export {
  type ArticleSnapshot,
  type ArticleSummary,
  type LibraryBackup,
  type StoreFailure,
  ArticleStore,
  StoreError,
} from './store/index.ts';
export { openLibrary } from './store/open-library.ts';
export {
  type Annotation,
  type AnnotationInput,
  type AnnotationRecord,
  type AnnotationStatus,
  type ArticleMetadata,
  type Attribution,
  type FieldName,
  type KindDefinition,
  type QuoteStyle,
  type Source,
  type Suggestion,
  type SuggestionKind,
  type Stance,
  type UnderlineStyle,
  type Verdict,
  AnnotationError,
  ArticleError,
  ImportError,
  defaultKinds,
  defaultVerdicts,
} from './model/index.ts';
