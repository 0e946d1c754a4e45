/**
 * Export -> JSON text -> import -> anchoring in the same text gives back the
 * very same annotations: ids, kinds, every field, offsets, orphans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Annotation, CodePointIndex, claimReviewedOf, defaultVerdicts, fromJsonLd, anchorImported, toJsonLd } from '../../src/model/index.ts';
import { annotatedArticle } from './exchange-arbitraries.ts';
import { kinds, vocabulary } from './exchange-helpers.ts';

describe('JSON-LD round trip', () => {
  it('gives back identical annotations', () => {
    fc.assert(
      fc.property(annotatedArticle, ({ text, annotations }) => {
        const exported = toJsonLd({ article: { url: 'https://news.example/a' }, text, annotations, kinds, verdicts: defaultVerdicts });
        const imported = fromJsonLd(JSON.stringify(exported), vocabulary);
        expect(imported.rejected).toEqual([]);
        // a rating from elsewhere is noted as such, every time it comes in; nothing else is
        expect(imported.noteDetails.filter((note) => note.code !== 'foreign-rating')).toEqual([]);
        const placed = anchorImported(new CodePointIndex(text), imported.annotations);
        expect(placed.annotations).toEqual(annotations.map(withoutWordsAsClaim));
        expect(placed.moved).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * A claim "restated" in the article's very words restates nothing: the review
 * says those words either way (`claimReviewedOf`), so it reads back as none.
 */
function withoutWordsAsClaim(annotation: Annotation): Annotation {
  if (annotation.claim === undefined || annotation.claim !== claimReviewedOf({ exact: annotation.exact })) return annotation;
  const { claim: _same, ...rest } = annotation;
  return rest;
}
