/**
 * The Web Worker that runs the suggester on a long article off the main thread:
 * it runs the model's `suggestAnnotations` on the text it is sent and posts the
 * suggestions.
 */
import { type Suggestion, type SuggestionKind, suggestAnnotations } from '../../../model/index.ts';
import { answerTasks } from './worker-task.ts';

/** What the element sends: the article's plain text and the kinds its vocabulary has. */
export interface SuggestRequest {
  text: string;
  kinds: SuggestionKind[];
}

answerTasks<SuggestRequest, Suggestion[]>(({ text, kinds }) => suggestAnnotations(text, { kinds }));
