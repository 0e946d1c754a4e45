/**
 * The Web Worker that places a large import off the main thread: it runs the
 * model's `anchorImported` on the article text it is sent and posts the result.
 */
import { type AnchoredImport, CodePointIndex, type ImportedAnnotation, anchorImported } from '../../../model/index.ts';
import { answerTasks } from './worker-task.ts';

/** What the element sends: the article's plain text and the annotations to place. */
export interface AnchoringRequest {
  text: string;
  imported: ImportedAnnotation[];
}

answerTasks<AnchoringRequest, AnchoredImport>(({ text, imported }) => anchorImported(new CodePointIndex(text), imported));
