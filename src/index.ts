/**
 * Claimmark's public API, without side effects: the elements' classes and
 * events, the article library in IndexedDB, and the model's types and
 * vocabularies. `define.ts` registers the elements.
 */
export { ClaimAnnotator } from './elements/claim-annotator/claim-annotator.ts';
export type { ArticleInput } from './elements/claim-annotator/article/article-loading.ts';
export type { ListedSuggestion } from './elements/claim-annotator/suggestions/suggestions.ts';
export type { ClaimStrings } from './elements/shared/strings/annotator-strings.ts';
export * from './elements/claim-annotator/events.ts';
export type { ImportReport } from './elements/claim-annotator/exchange/exchange.ts';
export { ClaimLibrary } from './elements/claim-library/claim-library.ts';
export type { LibraryStrings } from './elements/shared/strings/library-strings.ts';
export * from './elements/claim-library/library-events.ts';
export { BackupError, type BackupFault, type BackupReading, type SkippedArticle, parseLibraryBackup } from './persistence/backup-reading.ts';
export { type LibraryBackup, backupFileName, libraryBackup } from './persistence/backup.ts';
export { backUpLibrary } from './persistence/library-backup.ts';
export { maxArticleCharacters, maxBackupBytes } from './persistence/limits.ts';
export {
  type ArticleSnapshot,
  type ArticleSummary,
  type LibraryListing,
  type RecordFault,
  type SkippedRecord,
  type StoreFailure,
  RecordError,
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
  type HistoryEntry,
  type KindDefinition,
  type QuoteStyle,
  type ReviewStatus,
  type Source,
  type Suggestion,
  type SuggestionKind,
  type Stance,
  type UnderlineStyle,
  type Verdict,
  type VerdictTone,
  AnnotationError,
  ArticleError,
  ImportError,
  KindError,
  defaultKinds,
  defaultStatusScale,
  defaultVerdicts,
} from './model/index.ts';
