/** A small annotated article for the exchange tests: every kind, every field, an orphan and a site's own kind. */
import {
  type Annotation,
  CodePointIndex,
  type KindDefinition,
  defaultKinds,
  defaultVerdicts,
  normalizeKinds,
} from '../../src/model/index.ts';

export const articleText =
  'Tram line 🚋 update\n' +
  'The council said the eastern tram line will open in 2027, two years late. "We are confident in the new timetable," ' +
  'the transport director, Mira Ostrander, told reporters on Monday.\n' +
  'The project budget has doubled since 2019, according to the audit office. Fares rose 12% last year.';

export const article = {
  url: 'https://news.example/tram-line-update',
  title: 'Tram line update',
  publisher: 'News Example',
  author: 'Sam Writer',
  published: '2026-03-10',
};

export const kinds: KindDefinition[] = [
  ...defaultKinds,
  ...normalizeKinds([{ id: 'statistic', label: 'Statistic', colour: '#7c3aed', fields: ['sources', 'verdict', 'note'] }]),
];

export const vocabulary = { kinds, verdicts: defaultVerdicts };

const index = new CodePointIndex(articleText);
const created = '2026-03-12T10:00:00Z';

/** The span of `exact` in the article, in code points. */
export function spanOf(exact: string): { start: number; end: number; exact: string } {
  const at = articleText.indexOf(exact);
  if (at < 0) throw new Error(`"${exact}" is not in the article`);
  return { start: index.toCodePoint(at), end: index.toCodePoint(at + exact.length), exact };
}

/** The fact-checker who made most of them, as `exportInput.creator` names her. */
export const ana = { type: 'Person' as const, name: 'Ana Checker', homepage: 'https://factcheck.example/staff/ana' };

/** A colleague on Hypothesis, whose fact Ana changed. */
export const ben = { id: 'acct:ben@hypothes.is', name: 'ben' };

export const annotations: Annotation[] = [
  {
    id: 'urn:uuid:3f1c2b1e-0d3a-4c55-9a0e-2f2d8b1d0a01',
    kind: 'claim',
    ...spanOf('the eastern tram line will open in 2027'),
    status: 'anchored',
    creator: ana,
    created,
    modified: '2026-03-12T11:30:00Z',
    attribution: { name: 'The council', role: 'Press office', organization: 'City of Example' },
    claim: 'The eastern tram line will open in 2027.',
    verdict: 'mostly-false',
    sources: [
      { url: 'https://audit.example/report-2026', title: 'Audit report 2026', stance: 'refutes', accessed: '2026-03-11' },
      { url: 'https://council.example/timetable', stance: 'context', accessed: '2026-03-11T09:30:00+01:00' },
    ],
    note: 'The audit puts the opening in <b>2028</b>.',
  },
  {
    id: 'urn:uuid:3f1c2b1e-0d3a-4c55-9a0e-2f2d8b1d0a02',
    kind: 'quote',
    ...spanOf('We are confident in the new timetable'),
    status: 'anchored',
    creator: ana,
    created,
    modified: created,
    attribution: { name: 'Mira Ostrander', role: 'Transport director', organization: 'City of Example' },
    quoteStyle: 'direct',
    occasion: 'Press briefing, Monday 9 March 2026',
  },
  {
    id: 'urn:uuid:3f1c2b1e-0d3a-4c55-9a0e-2f2d8b1d0a03',
    kind: 'fact',
    ...spanOf('The project budget has doubled since 2019'),
    status: 'anchored',
    creator: ben,
    modifiedBy: ana,
    created,
    modified: created,
    verdict: 'true',
    sources: [{ url: 'https://audit.example/report-2026#table-3', title: 'Table 3', stance: 'supports' }],
  },
  {
    id: 'urn:uuid:3f1c2b1e-0d3a-4c55-9a0e-2f2d8b1d0a04',
    kind: 'statistic',
    ...spanOf('Fares rose 12%'),
    status: 'anchored',
    creator: ana,
    created,
    modified: created,
    verdict: 'unverified',
  },
  {
    id: 'urn:uuid:3f1c2b1e-0d3a-4c55-9a0e-2f2d8b1d0a05',
    kind: 'claim',
    start: 95,
    end: 95,
    exact: 'a sentence the editor deleted',
    status: 'orphaned',
    creator: ana,
    created,
    modified: created,
    note: 'Its text was cut in the second edit.',
  },
];

export const exportInput = {
  article,
  text: articleText,
  annotations,
  kinds,
  verdicts: defaultVerdicts,
  creator: { name: 'Ana Checker', url: 'https://factcheck.example/staff/ana' },
  generated: '2026-03-14T09:00:00Z',
  id: 'urn:uuid:0a7d6c1e-5b4f-4e3a-8d2c-1b0a9f8e7d6c',
};
