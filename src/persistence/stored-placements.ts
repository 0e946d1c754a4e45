/**
 * The editor/store mapping: a placement as IndexedDB stores it, and a stored
 * annotation placed again on a document (at its stored range while that still
 * holds its words, else where its quote is found, else as an orphan).
 *
 * Finding a quote again (the fuzzy matcher of model/anchoring and
 * approx-string-match) is needed only when a stored range no longer holds its
 * words: the article's text changed at its source, another tab wrote another
 * revision, a write was cut short. So it is loaded then, from a chunk beside
 * the bundle (`loadQuoteSearch`), and an article whose ranges all hold opens
 * without it. The placing functions are synchronous and take the search, or
 * null while it is not loaded; they answer `searchNeeded` when it is needed.
 */
import { Node as DocNode } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { ArticleText, type Placement, annotationState, articleSchema, batchCutoff, quoteAt, yieldToPage } from '../editor/index.ts';
import type { matchQuote } from '../model/anchoring/anchoring.ts';
import type { ArticleSnapshot, StoredAnnotation, StoredDocument, StoredRange } from '../store/index.ts';

/** The stored form of the editor's document, revision `revision`, with where each anchored annotation is in it. */
export function storedDocument(state: EditorState, revision: number, articleId: string): StoredDocument {
  const ranges = annotationState(state)
    .anchored()
    .map(({ id, from, to }): StoredRange => [id, from, to]);
  return { articleId, doc: state.doc.toJSON(), revision, anchors: ranges };
}

/** The stored form of a placement. */
export function storedAnnotation(articleId: string, placement: Placement, state: EditorState, revision: number, text?: ArticleText): StoredAnnotation {
  const { doc } = state;
  const anchor = placement.anchor;
  const quote = anchor ? quoteAt(doc, anchor.from, anchor.to, placement.exact, text) : { exact: placement.exact, prefix: '', suffix: '' };
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

/** Finds a quote in an article's text (model/anchoring's `matchQuote`). */
export type QuoteSearch = typeof matchQuote;

/** What a placing function answers when a stored range no longer fits and the quote search is not loaded. */
export const searchNeeded = Symbol('quote search needed');

let quoteSearch: QuoteSearch | null = null;
let loadingSearch: Promise<QuoteSearch> | null = null;

/** The quote search if it has loaded, else null. */
export function loadedQuoteSearch(): QuoteSearch | null {
  return quoteSearch;
}

/** Loads the quote search (once; a failed load is tried again next time). */
export function loadQuoteSearch(): Promise<QuoteSearch> {
  if (quoteSearch) return Promise.resolve(quoteSearch);
  loadingSearch ??= import('../model/anchoring/anchoring.ts').then(
    (module) => (quoteSearch = module.matchQuote),
    (error: unknown) => {
      loadingSearch = null;
      throw error;
    },
  );
  return loadingSearch;
}

/**
 * Runs `place` with the quote search if loaded, else with none; when that
 * answers `searchNeeded`, loads the search and runs it again (with it, it
 * always answers). For work on a document that does not change meanwhile.
 */
export async function withQuoteSearch<T>(place: (search: QuoteSearch | null) => T | typeof searchNeeded): Promise<T> {
  const first = place(quoteSearch);
  if (first !== searchNeeded) return first;
  return place(await loadQuoteSearch()) as T;
}

/**
 * A stored annotation placed on `doc`: at a stored range (`ranges`, from the
 * document record, or its own) when that range is from this document
 * revision and still holds its text, else where its quote is found (by
 * `search`; `searchNeeded` without it), else as an orphan. The stored fields
 * are still called `anchors`/`anchor`.
 */
export function placeStored(
  stored: StoredAnnotation,
  doc: DocNode,
  revision: number,
  search: QuoteSearch | null,
  ranges?: Map<string, [number, number]>,
  text?: ArticleText,
): Placement | typeof searchNeeded {
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
    if (!search) return searchNeeded;
    const plain = text ?? ArticleText.of(doc);
    const near = ownRange ? plain.offsetAt(Math.min(ownRange[0], doc.content.size)) : undefined;
    const found = search(plain.index, { ...stored.quote }, { expectedStart: near });
    if (found) {
      const from = plain.posAt(found.start);
      const to = plain.posAt(found.end);
      return { record: stored.record, anchor: { from, to }, exact: plain.index.slice(found.start, found.end) };
    }
  }
  const hint = stored.revision === revision ? (stored.hint ?? null) : null;
  return { record: stored.record, anchor: null, exact: stored.quote.exact, hint };
}

/** A stored article as the editor shows it. */
export interface RestoredArticle {
  doc: DocNode;
  placements: Placement[];
}

/** Stored annotations placed on `doc` (see `placeStored`), loading the quote search if one needs it. */
export function placeAllStored(annotations: readonly StoredAnnotation[], doc: DocNode, revision: number): Promise<Placement[]> {
  return withQuoteSearch((search) => placeEvery(annotations, doc, revision, search));
}

/** How many stored annotations are placed before the page gets the thread back: about 20-40 ms. */
const placedPerTurn = 5000;

/**
 * A stored article's document and placements, or null when the stored
 * document cannot be read; loads the quote search if a range needs it. Places
 * `placedPerTurn` at a time, giving the page the thread between two parts.
 */
export async function restoreArticle(snapshot: ArticleSnapshot): Promise<RestoredArticle | null> {
  const start = storedStart(snapshot);
  if (!start) return null;
  const { doc, revision, ranges, text } = start;
  const placements: Placement[] = [];
  const { annotations } = snapshot;
  for (let from = 0; from < annotations.length; from += placedPerTurn) {
    if (from > 0) await yieldToPage();
    const part = annotations.slice(from, from + placedPerTurn);
    placements.push(...(await withQuoteSearch((search) => placeEvery(part, doc, revision, search, ranges, text))));
  }
  return { doc, placements };
}

/** `restoreArticle` at once, with `search` (or none: then `searchNeeded` when a range needs it). */
export function restoreWith(snapshot: ArticleSnapshot, search: QuoteSearch | null): RestoredArticle | null | typeof searchNeeded {
  const start = storedStart(snapshot);
  if (!start) return null;
  const placements = placeEvery(snapshot.annotations, start.doc, start.revision, search, start.ranges, start.text);
  return placements === searchNeeded ? searchNeeded : { doc: start.doc, placements };
}

/** A stored article's document (null when it cannot be read), with what placing its annotations needs. */
function storedStart(snapshot: ArticleSnapshot): { doc: DocNode; revision: number; ranges: Map<string, [number, number]>; text?: ArticleText } | null {
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
  // one plain-text index for all the checks: textBetween would walk the document once per annotation
  const text = snapshot.annotations.length > batchCutoff ? ArticleText.of(doc) : undefined;
  return { doc, revision: snapshot.document.revision, ranges, text };
}

function placeEvery(
  annotations: readonly StoredAnnotation[],
  doc: DocNode,
  revision: number,
  search: QuoteSearch | null,
  ranges?: Map<string, [number, number]>,
  text?: ArticleText,
): Placement[] | typeof searchNeeded {
  const placements: Placement[] = [];
  for (const stored of annotations) {
    const placement = placeStored(stored, doc, revision, search, ranges, text);
    if (placement === searchNeeded) return searchNeeded;
    placements.push(placement);
  }
  return placements;
}
