/**
 * Discussion: replies on an annotation, oldest first. A reply has its own
 * author, time and text; it never changes the annotation it answers (not its
 * `modified`, nor its history). Each person edits and deletes only their own.
 * In the W3C model a reply is an annotation with motivation `replying` whose
 * target is the annotation (relations-jsonld.ts), as Hypothesis writes them.
 */
import { sameAgent } from '../annotation/agents.ts';
import { type Agent, AnnotationError } from '../annotation/annotation.ts';

export interface Reply {
  /** The reply's own identity (a `urn:uuid:`). */
  id: string;
  text: string;
  created: string;
  /** When its author last changed it; absent when never changed. */
  modified?: string;
  creator?: Agent;
}

/** The longest reply, in characters (UTF-16 code units): about 40 pages of text. */
export const replyCharacters = 100_000;

/** The most replies one annotation holds. */
export const repliesPerAnnotation = 1000;

/** A reply's text checked: a text of 1 to `replyCharacters` characters once trimmed, or an AnnotationError. */
export function checkReplyText(value: unknown, field = 'text'): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text) throw new AnnotationError(`${field} must be a text that is not empty`, 'invalid-field', field);
  if (text.length > replyCharacters) {
    throw new AnnotationError(`${field} is ${text.length.toLocaleString('en')} characters long, more than the ${replyCharacters.toLocaleString('en')} a reply may have`, 'invalid-field', field);
  }
  return text;
}

/**
 * Whether `checker` may edit and delete `reply`: it is theirs. Without a known
 * fact-checker, the replies nobody signed are (a page that names nobody).
 */
export function isOwnReply(reply: Reply, checker: Agent | undefined): boolean {
  if (!reply.creator || !checker) return !reply.creator && !checker;
  return sameAgent(reply.creator, checker);
}
