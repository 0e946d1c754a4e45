/**
 * Pairs quotation marks within a paragraph. Curly marks and guillemets say which way
 * they face; straight marks are told apart by what touches them (an opening mark has
 * a space or the paragraph start before it and a character after it). A double mark
 * left open at the end of a paragraph is a quotation that runs on into the next one,
 * the journalistic convention for quotes longer than a paragraph.
 */
import type { Lexicon } from './lexicon.ts';
import type { Paragraph, Token } from './segment.ts';

/** A quoted stretch of a paragraph. */
export interface Quotation {
  paragraph: number;
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or the paragraph's token count when unclosed. */
  close: number;
  closed: boolean;
  level: 'double' | 'single';
  /** UTF-16 offsets of the words inside the marks, without a comma or full stop just inside the closing mark. */
  start: number;
  end: number;
  /** The words inside, `[start, end)`. */
  content: string;
  /** The punctuation just inside the closing mark, if any: "," "." "?" "!". */
  closingPunctuation: string;
}

interface Mark {
  index: number;
  char: string;
  canOpen: boolean;
  canClose: boolean;
  /** An "s" before and a lowercase word after: maybe an apostrophe (the workers’ union). */
  possessive: boolean;
}

/** The outermost quotations of a paragraph, in order. */
export function quotationsOf(text: string, paragraph: Paragraph, lexicon: Lexicon): Quotation[] {
  const { tokens } = paragraph;
  const { opensTo, levelOf, closers } = markTable(lexicon);
  const marks: Mark[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'punct' || !levelOf.has(token.text)) return;
    const mark = markOf(text, paragraph, token, index);
    // a mark that only ever opens (« ‹) or only ever closes (» ›) may stand apart from its words, as in French
    if (!closers.has(token.text)) mark.canOpen = mark.canOpen || (index + 1 < tokens.length && !mark.canClose);
    else if (!opensTo.has(token.text)) mark.canClose = mark.canClose || index > 0;
    marks.push(mark);
  });
  if (marks.length === 0) return [];
  const doubles = pair(marks.filter((mark) => levelOf.get(mark.char) === 'double'), opensTo, true);
  // single marks inside a double quotation quote within it; only the others can be quotations
  let d = 0;
  const outside = marks.filter((mark) => {
    if (levelOf.get(mark.char) !== 'single') return false;
    while (d < doubles.length && doubles[d][1] < mark.index) d++;
    return !(d < doubles.length && mark.index > doubles[d][0] && mark.index < doubles[d][1]);
  });
  const singles = pair(outside, opensTo, false);
  const quotations = [...doubles.map((p) => [...p, 'double'] as const), ...singles.map((p) => [...p, 'single'] as const)]
    .sort((a, b) => a[0] - b[0])
    .map(([open, close, level]) => quotationOf(text, paragraph, open, close, level));
  return quotations.filter((quotation) => quotation.end > quotation.start);
}

interface MarkTable {
  opensTo: Map<string, Set<string>>;
  levelOf: Map<string, 'double' | 'single'>;
  closers: Set<string>;
}

const markTables = new WeakMap<Lexicon, MarkTable>();

function markTable(lexicon: Lexicon): MarkTable {
  let table = markTables.get(lexicon);
  if (!table) {
    const pairs = lexicon.language.quotePairs;
    const opensTo = new Map<string, Set<string>>();
    for (const pair of pairs) opensTo.set(pair.open, (opensTo.get(pair.open) ?? new Set<string>()).add(pair.close));
    const levelOf = new Map(pairs.flatMap((pair) => [[pair.open, pair.level] as const, [pair.close, pair.level] as const]));
    table = { opensTo, levelOf, closers: new Set(pairs.map((pair) => pair.close)) };
    markTables.set(lexicon, table);
  }
  return table;
}

function markOf(text: string, paragraph: Paragraph, token: Token, index: number): Mark {
  const before = token.start > paragraph.start ? text[token.start - 1] : '';
  const after = token.end < paragraph.end ? text[token.end] : '';
  const spaceOrEdgeBefore = before === '' || /[\s([{\u2014\u2013\-/]/u.test(before);
  const wordAfter = after !== '' && !/\s/u.test(after);
  const wordBefore = before !== '' && !/\s/u.test(before);
  const boundaryAfter = after === '' || !/[\p{L}\p{N}]/u.test(after);
  const possessive = /s/i.test(before) && /\s/u.test(after) && /\p{Ll}/u.test(text[token.end + 1] ?? '');
  return { index, char: token.text, canOpen: wordAfter && (spaceOrEdgeBefore || !wordBefore), canClose: wordBefore && boundaryAfter, possessive };
}

/**
 * Pairs marks of one level into [open, close] token index pairs; `runOn` keeps a
 * quotation left open at the paragraph's end (close = token count).
 */
function pair(marks: Mark[], opensTo: Map<string, Set<string>>, runOn: boolean): [number, number][] {
  const pairs: [number, number][] = [];
  let open: Mark | null = null;
  for (let m = 0; m < marks.length; m++) {
    const mark = marks[m];
    const closes = open !== null && opensTo.get(open.char)!.has(mark.char);
    if (open && closes && mark.canClose) {
      if (!runOn && looksPossessive(mark, marks, m, opensTo, open)) continue;
      pairs.push([open.index, mark.index]);
      open = null;
    } else if (opensTo.has(mark.char) && mark.canOpen) {
      if (open && runOn) pairs.push([open.index, mark.index]); // a quotation left open: it ends where the next begins
      open = mark;
    } else if (open && closes && runOn) {
      pairs.push([open.index, mark.index]); // a badly spaced closing mark
      open = null;
    }
  }
  if (open && runOn) pairs.push([open.index, Number.POSITIVE_INFINITY]);
  return pairs;
}

/**
 * Whether a closing single mark is more likely the apostrophe of a plural possessive
 * (the workers’ union): it follows an "s", a lowercase word follows it, and another
 * closing candidate comes later in the paragraph before the next opening mark.
 */
function looksPossessive(mark: Mark, marks: Mark[], m: number, opensTo: Map<string, Set<string>>, open: Mark): boolean {
  if (!mark.possessive) return false;
  for (let n = m + 1; n < marks.length; n++) {
    const next = marks[n];
    if (next.canClose && opensTo.get(open.char)!.has(next.char)) return true;
    if (next.canOpen && !next.canClose && opensTo.has(next.char)) return false;
  }
  return false;
}

function quotationOf(text: string, paragraph: Paragraph, open: number, close: number, level: 'double' | 'single'): Quotation {
  const { tokens } = paragraph;
  const closed = Number.isFinite(close);
  const last = closed ? close : tokens.length;
  let start = tokens[open].end;
  let end = closed ? tokens[close].start : paragraph.end;
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /\s/u.test(text[end - 1])) end--;
  let closingPunctuation = '';
  if (end > start && /[,.?!]/.test(text[end - 1])) {
    closingPunctuation = text[end - 1];
    if ((closingPunctuation === ',' || closingPunctuation === '.') && text[end - 2] !== '.') end--;
    while (end > start && /\s/u.test(text[end - 1])) end--;
  }
  return { paragraph: paragraph.index, open, close: last, closed, level, start, end, content: text.slice(start, end), closingPunctuation };
}
