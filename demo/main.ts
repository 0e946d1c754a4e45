/** The demo page: the editor with the invented sample article loaded. */
import '../src/define.ts';
import { sampleArticle } from './sample-article.ts';

const annotator = document.querySelector('claim-annotator');
if (!annotator) throw new Error('The demo page has no <claim-annotator>');

const { html, ...metadata } = sampleArticle;
await annotator.loadArticle({ ...metadata, html });

// A few annotations so the demo shows each kind; the rest is for the visitor to tag.
annotator.addAnnotation({
  kind: 'quote',
  exact: 'This is the most important investment',
  attribution: { name: 'Sigrid Løvstad', role: 'Chair of the transport committee', organization: 'Vellmoor Regional Council' },
  quoteStyle: 'direct',
});
annotator.addAnnotation({ kind: 'fact', exact: '11.8 million passengers in 2025', verdict: 'unverified' });
annotator.addAnnotation({
  kind: 'claim',
  exact: 'around 2,600 car journeys',
  attribution: { name: 'Regional transport ministry' },
  claim: 'The tram extension would remove about 2,600 car journeys a day.',
  verdict: 'unverified',
});
