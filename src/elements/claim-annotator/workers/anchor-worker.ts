/**
 * The Web Worker that places a large import off the main thread: it runs the
 * model's `anchorImported` on the article text it is sent and posts the
 * result. Sent the file itself (`input`, with the vocabulary), it reads it
 * first (`fromJsonLd`) and posts what it read too, so a large file is read and
 * placed while the page does other work.
 */
import {
  type AnchoredImport,
  CodePointIndex,
  type ImportResult,
  type ImportedAnnotation,
  type Vocabulary,
  anchorImported,
  fromJsonLd,
} from '../../../model/index.ts';
import { answerTasks } from './worker-task.ts';

/** What the element sends: the article's plain text and the annotations to place, or the file to read and place. */
export type AnchoringRequest = { text: string; imported: ImportedAnnotation[] } | { text: string; input: object | string; vocabulary: Vocabulary };

/** What the worker posts back: the placed annotations, and the file as read when it was sent the file. */
export type AnchoringAnswer = AnchoredImport | { parsed: ImportResult; placed: AnchoredImport };

answerTasks<AnchoringRequest, AnchoringAnswer>((request) => {
  const text = new CodePointIndex(request.text);
  if ('imported' in request) return anchorImported(text, request.imported);
  const parsed = fromJsonLd(request.input, request.vocabulary);
  return { parsed, placed: anchorImported(text, parsed.annotations) };
});
