/**
 * Writing out again what a file said that Claimmark does not model (an
 * annotation's `fileTarget` and `carried`, read by `carry-import.ts`), for
 * `toJsonLd`: the file's selectors beside ours (`exportedSelectors`), its
 * source (`exportedSource`), its note bodies while the note is theirs
 * (`exportedNoteBodies`). docs/format.md, "Carried through", says what goes
 * where.
 */
import type { Annotation, JsonData } from '../annotation/annotation.ts';
import { samePage } from '../annotation/annotation-input.ts';

/** Whether a body's format says HTML. */
export function isHtml(body: { format?: JsonData }): boolean {
  return (Array.isArray(body.format) ? body.format : [body.format]).some((format) => typeof format === 'string' && /^(text\/html|application\/xhtml\+xml)\b/i.test(format.trim()));
}

/** The file's note bodies, to write instead of ours, while the note is still the text they give; else none (the checker rewrote it). */
export function exportedNoteBodies(annotation: Annotation): JsonData[] | undefined {
  const bodies = annotation.carried?.noteBodies;
  if (!bodies?.length || annotation.note === undefined) return undefined;
  return annotation.carried?.note === annotation.note ? bodies : undefined;
}

/**
 * The file's selectors to write after ours: all of them, except that its
 * TextQuote and TextPosition are left out once the annotation's words are no
 * longer the file's quote (the text changed and it was placed again: they
 * would point at the old words), and any selector equal to one of ours.
 */
export function exportedSelectors(annotation: Annotation, ours: readonly JsonData[]): JsonData[] {
  const selectors = annotation.fileTarget?.selectors ?? [];
  const typeOf = (selector: JsonData) => (selector && typeof selector === 'object' && !Array.isArray(selector) ? String(selector.type ?? selector['@type'] ?? '').replace(/^oa:/, '') : '');
  const quote = selectors.find((selector) => typeOf(selector) === 'TextQuoteSelector') as { exact?: JsonData } | undefined;
  const spaced = (value: string) => value.replace(/\s+/g, ' ').trim();
  const sameWords = annotation.status === 'orphaned' || (quote !== undefined && typeof quote.exact === 'string' && spaced(quote.exact) === spaced(annotation.exact));
  const written = new Set(ours.map((selector) => JSON.stringify(selector)));
  return selectors
    .filter((selector) => {
      const type = typeOf(selector);
      if ((type === 'TextQuoteSelector' || type === 'TextPositionSelector') && !sameWords) return false;
      return !written.has(JSON.stringify(selector));
    })
    .map(asW3cRange);
}

/**
 * Hypothesis writes its RangeSelector as `startContainer`/`startOffset`/
 * `endContainer`/`endOffset`, which the W3C model does not define (its
 * RangeSelector has a `startSelector` and an `endSelector`: model §4.2.8), so
 * a W3C tool drops those terms and the checker fails the file. The same range
 * in the model's terms: each end an XPathSelector narrowed to the point, in
 * that element's text, by a collapsed TextPositionSelector. Apache Annotator
 * resolves this form; the record keeps Hypothesis' own (`fileTarget`).
 */
function asW3cRange(selector: JsonData): JsonData {
  if (!selector || typeof selector !== 'object' || Array.isArray(selector) || selector.type !== 'RangeSelector') return selector;
  const { startContainer, startOffset, endContainer, endOffset, startSelector, endSelector } = selector;
  if (startSelector !== undefined || endSelector !== undefined || typeof startContainer !== 'string' || typeof endContainer !== 'string') return selector;
  const end = (container: string, offset: JsonData | undefined): JsonData => ({
    type: 'XPathSelector',
    value: container,
    ...(typeof offset === 'number' ? { refinedBy: { type: 'TextPositionSelector', start: offset, end: offset } } : {}),
  });
  return { type: 'RangeSelector', startSelector: end(startContainer, startOffset), endSelector: end(endContainer, endOffset) };
}

/** The file's target source when it names the article's page (its exact address, as its tool looks it up), else the article's. */
export function exportedSource(annotation: Annotation, articleSource: string): string {
  const given = annotation.fileTarget?.source;
  return given !== undefined && samePage(given, articleSource) ? given : articleSource;
}

