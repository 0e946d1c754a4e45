/**
 * The suggestion corpus (tests/fixtures/suggest/README.md) parses without a labelling
 * error, and the parser itself rejects each kind of slip with the file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusFiles, parseCorpusText } from '../fixtures/suggest/corpus.ts';

const files = corpusFiles();

describe('suggestion corpus files', () => {
  it.each(files.length > 0 ? files : ['(none yet)'])('%s parses', (file) => {
    if (file === '(none yet)') return;
    expect(file).toMatch(/^\d\d-[a-z0-9-]+\.txt$/);
    const article = parseCorpusText(readFileSync(join(corpusDir, file), 'utf8'), file);
    expect(article.labels.length).toBeGreaterThan(0);
    for (const label of article.labels) {
      expect([...article.text].slice(label.start, label.end).join('')).toBe(label.exact);
    }
  });

  it('holds 12 articles with at least 200 labels of every kind', () => {
    if (files.length < 12) return; // the corpus is still being written
    const labels = files.flatMap((file) => parseCorpusText(readFileSync(join(corpusDir, file), 'utf8'), file).labels);
    expect(files.length).toBeGreaterThanOrEqual(12);
    expect(labels.length).toBeGreaterThanOrEqual(200);
    for (const kind of ['quote', 'claim', 'fact'] as const) {
      expect(labels.filter((label) => label.kind === kind).length, kind).toBeGreaterThan(0);
    }
  });
});

describe('parseCorpusText', () => {
  const parse = (source: string) => parseCorpusText(source, 'x.txt');

  it('removes tags and counts code points', () => {
    const article = parse('Head 😀\n\n“<quote speaker="Amara Osei" cue="said">We will</quote>,” she said. <fact>It cost $5m</fact>.');
    expect(article.text).toBe('Head 😀\n\n“We will,” she said. It cost $5m.');
    expect(article.labels).toEqual([
      { kind: 'quote', start: 9, end: 16, exact: 'We will', speaker: 'Amara Osei', cue: 'said', line: 3 },
      { kind: 'fact', start: 29, end: 40, exact: 'It cost $5m', line: 3 },
    ]);
  });

  it('accepts a quote nested in a claim and maps source to speaker', () => {
    const article = parse('H\n\nShe <claim source="Ana Lee" cue="said">the plan was “<quote speaker="Ana Lee">a mess</quote>”</claim>.');
    expect(article.labels.map((l) => [l.kind, l.exact, l.speaker])).toEqual([
      ['claim', 'the plan was “a mess”', 'Ana Lee'],
      ['quote', 'a mess', 'Ana Lee'],
    ]);
  });

  it.each([
    ['H\n\n<quote speaker="A">x', /x\.txt:3: <quote> is never closed/],
    ['H\n\nx</fact>', /x\.txt:3: <\/fact> closes nothing/],
    ['H\n\n<fact>x</claim>', /closes <fact>/],
    ['H\n\n<note>x</note>', /unknown tag <note>/],
    ['H\n\n"<quote>x</quote>"', /needs a speaker/],
    ['H\n\n"<quote speaker="A" who="B">x</quote>"', /unknown attribute "who"/],
    ['H\n\n"<quote speaker=A>x</quote>"', /bad attributes/],
    ['H\n\n<fact source="A">x</fact>', /unknown attribute "source"/],
    ['H\n\n"<quote speaker="A"> x</quote>"', /white space/],
    ['H\n\n<quote speaker="A">“x”</quote>', /quotation mark inside its edges/],
    ['H\n\nso <quote speaker="A">x</quote>', /does not follow a quotation mark/],
    ['H\n\n<fact>It rose 5%.</fact>', /ends with "\."/],
    ['H\n\n<fact>A <claim source="B">c</claim></fact>', /nested in <fact>/],
    ['H\n\n<claim source="B">c “<quote speaker="B">q <fact>1</fact></quote>”</claim>', /nested in <quote>/],
    ['H\n\nx\n\n1 > 0', /x\.txt:5: stray ">"/],
  ])('rejects %j', (source, message) => {
    expect(() => parse(source)).toThrow(message);
  });
});
