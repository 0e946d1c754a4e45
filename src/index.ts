/**
 * Claimmark's public API, without side effects: the element class, its events,
 * and the model's types and vocabularies. `define.ts` registers the element.
 */
export { ClaimAnnotator, type ArticleInput } from './elements/claim-annotator.ts';
export * from './elements/events.ts';
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
  type Stance,
  type UnderlineStyle,
  type Verdict,
  AnnotationError,
  ArticleError,
  defaultKinds,
  defaultVerdicts,
} from './model/index.ts';
