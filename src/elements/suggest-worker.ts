/**
 * The Web Worker that runs the suggester on a long article off the main thread:
 * it runs the model's `suggestAnnotations` on the text it is sent and posts the
 * suggestions.
 */
import { type SuggestionKind, suggestAnnotations } from '../model/index.ts';

/** What the element sends: the article's plain text and the kinds its vocabulary has. */
export interface SuggestRequest {
  text: string;
  kinds: SuggestionKind[];
}

const scope = globalThis as unknown as { onmessage: ((event: MessageEvent<SuggestRequest>) => void) | null; postMessage(message: unknown): void };

scope.onmessage = (event) => {
  try {
    scope.postMessage({ result: suggestAnnotations(event.data.text, { kinds: event.data.kinds }) });
  } catch (error) {
    scope.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
