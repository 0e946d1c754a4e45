/**
 * The Web Worker that places a large import off the main thread: it runs the
 * model's `placeImported` on the article text it is sent and posts the result.
 */
import { CodePointIndex, type ImportedAnnotation, type PlacementResult, placeImported } from '../model/index.ts';

/** What the element sends: the article's plain text and the annotations to place. */
export interface PlacementRequest {
  text: string;
  imported: ImportedAnnotation[];
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<PlacementRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  try {
    const result: PlacementResult = placeImported(new CodePointIndex(event.data.text), event.data.imported);
    scope.postMessage({ result });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
