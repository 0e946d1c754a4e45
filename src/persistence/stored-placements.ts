/**
 * The editor/store mapping: a placement as IndexedDB stores it, and a stored
 * annotation placed again on a document (at its stored range while that still
 * holds its words, else where its quote is found, else as an orphan).
 */
import { Node as DocNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { ArticleText, type Placement, annotationState, articleSchema, batchCutoff, quoteAt } from '../editor/index.ts';
import { matchQuote } from '../model/index.ts';
import type { ArticleSnapshot, StoredAnnotation, StoredDocument, StoredRange } from '../store/index.ts';

/** The stored form of the editor's document, revision `revision`, with where each anchored annotation is in it. */
export function storedDocument(state: EditorState, revision: number, articleId: string): StoredDocument {
  const ranges = annotationState(state)
    .anchored()
    .map(({ id, from, to }): StoredRange => [id, from, to]);
  return { articleId, doc: state.doc.toJSON(), revision, anchors: ranges };
}

/** The stored form of a placement. */
export function storedAnnotation(articleId: string, placement: Placement, state: EditorState, revision: number): StoredAnnotation {
  const { doc } = state;
  const anchor = placement.anchor;
  const quote = anchor ? quoteAt(doc, anchor.from, anchor.to, placement.exact) : { exact: placement.exact, prefix: '', suffix: '' };
  return {
    articleId,
    id: placement.record.id,
    record: placement.record,
    anchor: anchor ? [anchor.from, anchor.to] : null,
    revision,
    quote,
    hint: placement.hint ?? null,
  };
}

/**
 * A stored annotation placed on `doc`: at a stored range (`ranges`, from the
 * document record, or its own) when that range is from this document
 * revision and still holds its text, else where its quote is found, else as
 * an orphan. The stored fields are still called `anchors`/`anchor`.
 */
export function placeStored(stored: StoredAnnotation, doc: DocNode, revision: number, ranges?: Map<string, [number, number]>, text?: ArticleText): Placement {
  const candidates: [number, number][] = [];
  const documentRange = ranges?.get(stored.id);
  const ownRange = stored.anchor;
  if (documentRange) candidates.push(documentRange);
  if (ownRange && stored.revision === revision) candidates.push(ownRange);
  const between = (from: number, to: number) => (text ? text.between(from, to) : doc.textBetween(from, to, '\n'));
  for (const [from, to] of candidates) {
    if (from < to && to <= doc.content.size && between(from, to) === stored.quote.exact) {
      return { record: stored.record, anchor: { from, to }, exact: stored.quote.exact };
    }
  }
  if (ownRange || documentRange) {
    // the ranges no longer fit: find the quote again as an import would (exact, then fuzzy,
    // never below the threshold), near where it was
    const plain = text ?? ArticleText.of(doc);
    const near = ownRange ? plain.offsetAt(Math.min(ownRange[0], doc.content.size)) : undefined;
    const found = matchQuote(plain.index, { ...stored.quote }, { expectedStart: near });
    if (found) {
      const from = plain.posAt(found.start);
      const to = plain.posAt(found.end);
      return { record: stored.record, anchor: { from, to }, exact: plain.index.slice(found.start, found.end) };
    }
  }
  const hint = stored.revision === revision ? (stored.hint ?? null) : null;
  return { record: stored.record, anchor: null, exact: stored.quote.exact, hint };
}

/** A stored article's document and placements, or null when the stored document cannot be read. */
export function restoreArticle(snapshot: ArticleSnapshot): { doc: DocNode; placements: Placement[] } | null {
  if (!snapshot.document) return null;
  let doc: DocNode;
  try {
    doc = DocNode.fromJSON(articleSchema, snapshot.document.doc);
    doc.check();
  } catch {
    return null;
  }
  // the document record's stored ranges (field `anchors`), by annotation id
  const ranges = new Map(snapshot.document.anchors.map(([id, from, to]) => [id, [from, to] as [number, number]]));
  const revision = snapshot.document.revision;
  // one plain-text index for all the checks: textBetween would walk the document once per annotation
  const text = snapshot.annotations.length > batchCutoff ? ArticleText.of(doc) : undefined;
  return { doc, placements: snapshot.annotations.map((stored) => placeStored(stored, doc, revision, ranges, text)) };
}
