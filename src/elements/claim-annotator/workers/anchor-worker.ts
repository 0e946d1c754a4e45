/**
 * The Web Worker that places a large import off the main thread: it runs the
 * model's `placeImported` on the article text it is sent and posts the result.
 */
import { CodePointIndex, type ImportedAnnotation, type PlacementResult, placeImported } from '../../../model/index.ts';
import { answerTasks } from './worker-task.ts';

/** What the element sends: the article's plain text and the annotations to place. */
export interface PlacementRequest {
  text: string;
  imported: ImportedAnnotation[];
}

answerTasks<PlacementRequest, PlacementResult>(({ text, imported }) => placeImported(new CodePointIndex(text), imported));
