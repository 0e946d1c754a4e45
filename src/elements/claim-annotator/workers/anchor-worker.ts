/**
 * The Web Worker that works out a large import off the main thread: it reads
 * the file, places its annotations on the article text it is sent and merges
 * them with the annotations there (the model's `prepareImport`), or only reads
 * the file for the questions asked before an import (`preview`). The lists of
 * annotations go back in parts.
 */
import { type Annotation, AnnotationError, ImportError, type ImportOptions, type PreparedImport, type Vocabulary, fromJsonLd, prepareImport } from '../../../model/index.ts';
import { answerTasks } from './worker-task.ts';

/** What the element sends: the file, the vocabulary and options to read it with, and for `prepare` the article's text and annotations. */
export type ImportRequest =
  | { task: 'prepare'; input: object | string; vocabulary: Vocabulary; options: ImportOptions; text: string; existing: Annotation[] }
  | { task: 'preview'; input: object | string; vocabulary: Vocabulary; options: ImportOptions };

/** What the questions before an import need: how many annotations name no kind here, and the other pages they were made on. */
export interface ImportPreview {
  untagged: number;
  otherSources: string[];
}

/**
 * Why a file could not be imported, as data: an ImportError (the file) or an
 * AnnotationError (the options) loses its class on the way to the page, which
 * makes it again (`rethrowFailure`) so the element says it in its words.
 */
export interface ImportFailureData {
  failure: { name: 'ImportError' | 'AnnotationError'; message: string; reason: string; limit?: number; field?: string };
}

answerTasks<ImportRequest, PreparedImport | ImportPreview | ImportFailureData>(
  (request) => {
    try {
      if (request.task === 'preview') {
        const { untagged, otherSources } = fromJsonLd(request.input, request.vocabulary, request.options);
        return { untagged, otherSources };
      }
      return prepareImport(request.input, request.vocabulary, request.options, request.text, request.existing);
    } catch (error) {
      if (error instanceof ImportError) return { failure: { name: 'ImportError', message: error.message, reason: error.reason, limit: error.limit } };
      if (error instanceof AnnotationError) return { failure: { name: 'AnnotationError', message: error.message, reason: error.reason, field: error.field } };
      throw error;
    }
  },
  ['add', 'update'] as never[],
);
