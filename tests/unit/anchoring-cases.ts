/**
 * Re-anchoring cases, table-driven: a span marked «like this» in the text it
 * was made in, the edited text with the span it should land on marked, or no
 * mark when it must become an orphan.
 */
import type { MatchMethod, PositionUnit } from '../../src/model/index.ts';

export interface AnchorCase {
  name: string;
  /** The text the selector was made in, with its span marked «...». */
  before: string;
  /** The text to anchor in, with the expected span marked, or unmarked for an orphan. */
  after: string;
  method?: MatchMethod;
  /** Replace parts of the selector made from `before` (say, drop the position). */
  selector?: { prefix?: string; suffix?: string; start?: number; end?: number; exact?: string };
  positionUnit?: PositionUnit;
  /** Placed below the threshold as a unique verbatim quote of 32+ code points whose context changed. */
  verbatim?: true;
}

const article =
  'The council met on Tuesday. The mayor said rents rose 12% in 2025, the fastest rise in a decade. ' +
  'Critics said the figures were wrong.\nThe opposition leader called for an audit of the housing office.';

const line = 'Work on the eastern line starts in May, the minister said. Critics say the eastern line is two years late.';

const mark = (text: string, span: string, occurrence = 1) => {
  let at = -1;
  for (let i = 0; i < occurrence; i++) at = text.indexOf(span, at + 1);
  if (at < 0) throw new Error(`${span} is not in the text`);
  return `${text.slice(0, at)}«${span}»${text.slice(at + span.length)}`;
};

export const anchorCases: AnchorCase[] = [
  {
    name: 'an unchanged text: the recorded position',
    before: mark(article, 'rents rose 12% in 2025'),
    after: mark(article, 'rents rose 12% in 2025'),
    method: 'position',
  },
  {
    name: 'an inserted paragraph before the span: the exact quote, moved',
    before: mark(article, 'rents rose 12% in 2025'),
    after: mark(`An editor's note was added here.\n${article}`, 'rents rose 12% in 2025'),
    method: 'quote',
  },
  {
    name: 'a changed word inside the span: a fuzzy match over the whole new words',
    before: mark(article, 'rents rose 12% in 2025, the fastest rise'),
    after: mark(article.replace('fastest', 'steepest'), 'rents rose 12% in 2025, the steepest rise'),
    method: 'fuzzy',
  },
  {
    name: 'a deleted sentence: an orphan',
    before: mark(article, 'Critics said the figures were wrong.'),
    after: article.replace('Critics said the figures were wrong.', ''),
  },
  {
    name: 'a deleted sentence whose words appear elsewhere in other company: an orphan, not the look-alike',
    before: mark(`${article} Officials admitted the figures were wrong in March.`, 'the figures were wrong'),
    after: `${article.replace('Critics said the figures were wrong.', '')} Officials admitted the figures were wrong in March.`,
  },
  {
    name: 'a repeated phrase: the context picks the second one',
    before: mark(line, 'the eastern line', 2),
    after: mark(`Update: services resume.\n${line}`, 'the eastern line', 2),
    method: 'quote',
  },
  {
    name: 'a repeated phrase without a position: the context alone picks',
    before: mark(line, 'the eastern line', 2),
    after: mark(line.replace('starts', 'begins'), 'the eastern line', 2),
    selector: { start: undefined, end: undefined },
    method: 'quote',
  },
  {
    name: 'emoji and other astral characters inserted before the span: code point offsets',
    before: mark(article, 'an audit of the housing office'),
    after: mark(`📰 ${article.replace('Tuesday.', 'Tuesday 🗓️.').replace('opposition', '𝐨pposition')}`, 'an audit of the housing office'),
    method: 'quote',
  },
  {
    name: 'a sentence moved to another paragraph: the exact quote',
    before: mark(article, 'Critics said the figures were wrong.'),
    after: mark(`${article.replace('Critics said the figures were wrong.', '')}\nCritics said the figures were wrong.`, 'Critics said the figures were wrong.'),
    method: 'quote',
    verbatim: true,
  },
  {
    name: 'a short quote whose word was replaced: an orphan rather than a look-alike',
    before: mark(article, 'rents rose'),
    after: article.replace('rents rose', 'prices fell'),
  },
  {
    name: 'UTF-16 positions declared, after an emoji',
    before: mark(`😀 ${article}`, 'the housing office'),
    after: mark(`😀 ${article}`, 'the housing office'),
    positionUnit: 'utf-16',
    selector: { start: `😀 ${article}`.indexOf('the housing office'), end: `😀 ${article}`.indexOf('the housing office') + 18 },
    method: 'position',
  },
  {
    name: 'positions of unknown unit that only fit as UTF-16',
    before: mark(`😀😀 ${article}`, 'the housing office'),
    after: mark(`😀😀 ${article}`, 'the housing office'),
    positionUnit: 'unknown',
    selector: { start: `😀😀 ${article}`.indexOf('the housing office'), end: `😀😀 ${article}`.indexOf('the housing office') + 18 },
    method: 'position',
  },
  {
    name: 'a position without a quote: trusted as it is',
    before: mark(article, 'The council'),
    after: mark(article, 'The council'),
    selector: { exact: '', prefix: '', suffix: '' },
    method: 'position',
  },
  {
    name: 'a quote without context or position: the only occurrence',
    before: mark(article, 'opposition leader'),
    after: mark(`Intro.\n${article}`, 'opposition leader'),
    selector: { prefix: '', suffix: '', start: undefined, end: undefined },
    method: 'quote',
  },
];
