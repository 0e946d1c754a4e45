/** The demo page: the library and the editor, with the article worked on last, or else the invented sample article. */
import '../src/define.ts';
import { sampleArticle } from './sample-article.ts';

const annotator = document.querySelector('claim-annotator');
if (!annotator) throw new Error('The demo page has no <claim-annotator>');

// The demo follows the system's light or dark setting; `?theme=light` or `?theme=dark` sets one.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') {
  document.documentElement.dataset.theme = theme;
  for (const element of document.querySelectorAll('claim-annotator, claim-library')) element.setAttribute('theme', theme);
}

// The library reopens the article worked on last; the sample opens only when there is none.
await document.querySelector('claim-library')?.refresh();
const { html, ...metadata } = sampleArticle;
// A few annotations so the demo shows each kind, the first time; after that the
// article opens as it was saved, with whatever the visitor tagged.
if (!annotator.documentId) await annotator.loadArticle({
  ...metadata,
  html,
  annotations: [
    {
      kind: 'quote',
      exact: 'This is the most important investment',
      attribution: { name: 'Sigrid Løvstad', role: 'Chair of the transport committee', organization: 'Vellmoor Regional Council' },
      quoteStyle: 'direct',
    },
    { kind: 'fact', exact: '11.8 million passengers in 2025', verdict: 'true' },
    {
      kind: 'claim',
      exact: 'around 2,600 car journeys',
      attribution: { name: 'Regional transport ministry' },
      claim: 'The tram extension would remove about 2,600 car journeys a day.',
      verdict: 'mostly-false',
    },
  ],
});
