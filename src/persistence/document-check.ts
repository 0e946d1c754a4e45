/**
 * Whether a stored document is one the editor can open: a Claimmark article
 * by the schema, not nested absurdly deep, its text within the limit. The
 * backup reader checks every document with it, and the editor each stored
 * document it opens, so both refuse the same things for the same reasons.
 */
import { Node as DocNode } from 'prosemirror-model';
import { articleSchema } from '../editor/index.ts';
import { RecordError } from '../store/index.ts';
import { maxArticleCharacters } from './limits.ts';

/** How deeply blocks may nest (block quotes in lists in block quotes…); far more than any article, far less than a stack. */
const maxNesting = 64;

/**
 * A stored document as the editor would open it: a Claimmark article by the
 * schema (node and mark types, every attribute's type and range), nested at
 * most `maxNesting` deep, its text within `maxArticleCharacters`. Throws a
 * RecordError (`not-article` with ProseMirror's reason, or `too-long`).
 */
export function checkArticleDocument(json: unknown, field = 'doc'): DocNode {
  if (json === null || json === undefined) throw new RecordError(field, 'missing');
  if (nesting(json) > maxNesting) throw new RecordError(field, 'not-article', `nested more than ${maxNesting} deep`);
  let doc: DocNode;
  try {
    doc = DocNode.fromJSON(articleSchema, json);
    doc.check();
  } catch (error) {
    throw new RecordError(field, 'not-article', (error as Error).message);
  }
  if (doc.type !== articleSchema.topNodeType) throw new RecordError(field, 'not-article', `a ${doc.type.name}, not a doc`);
  const length = doc.textBetween(0, doc.content.size, '\n').length;
  if (length > maxArticleCharacters) throw new RecordError(field, 'too-long', String(length));
  return doc;
}

/** How deeply `json`'s `content` arrays nest, counted without recursion (a crafted file could be deeper than the stack). */
function nesting(json: unknown): number {
  let deepest = 0;
  const pending: [unknown, number][] = [[json, 1]];
  while (pending.length) {
    const [node, depth] = pending.pop()!;
    deepest = Math.max(deepest, depth);
    if (depth > maxNesting) break;
    const content = node && typeof node === 'object' ? (node as { content?: unknown }).content : undefined;
    if (Array.isArray(content)) for (const child of content) pending.push([child, depth + 1]);
  }
  return deepest;
}
