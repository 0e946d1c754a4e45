/**
 * What a suggestion shows (issue 12): claim and fact spans without the connective
 * that ties their sentence to the one before, and speakers as the name or body that
 * speaks, without nouns of communication, titles or caption words. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { suggestAnnotations, type SuggestionKind } from '../../src/model/index.ts';

/** The suggestions of one kind in `text` (after a headline) as [exact, speaker] pairs, checking each span's offsets. */
function found(body: string, kind: SuggestionKind): [string, string | undefined][] {
  const text = `Harbour news\n\n${body}`;
  const points = [...text];
  return suggestAnnotations(text)
    .filter((s) => s.kind === kind)
    .map((s) => {
      expect(points.slice(s.start, s.end).join(''), 'the span’s offsets').toBe(s.exact);
      return [s.exact, s.attribution?.name];
    });
}
const facts = (body: string) => found(body, 'fact').map(([exact]) => exact);
const claims = (body: string) => found(body, 'claim');

describe('a claim or fact does not start with a connective', () => {
  it.each([
    ['Separately, the port handled 3.2 million containers in 2025.', 'the port handled 3.2 million containers in 2025'],
    ['However, fuel duty rose 12% last year.', 'fuel duty rose 12% last year'],
    ['Meanwhile, the ferry carried 800,000 passengers in 2025.', 'the ferry carried 800,000 passengers in 2025'],
    ['Meanwhile the ferry carried 800,000 passengers in 2025.', 'the ferry carried 800,000 passengers in 2025'],
    ['In addition, the council will spend $40m on new roads.', 'the council will spend $40m on new roads'],
    ['Also, 40 cranes were bought in 2023.', '40 cranes were bought in 2023'],
    ['On the other hand, tolls fell 3% in June.', 'tolls fell 3% in June'],
    ['In fact, the quay is the longest in the region.', 'the quay is the longest in the region'],
    ['But the dock cost $12m in 2024.', 'the dock cost $12m in 2024'],
    ['But, separately, the dock cost $12m in 2024.', 'the dock cost $12m in 2024'],
    ['And meanwhile, rents on the quay rose 6% in May.', 'rents on the quay rose 6% in May'],
    ['SEPARATELY, the marina sold 300 berths in 2025.', 'the marina sold 300 berths in 2025'],
  ])('%s', (sentence, span) => {
    expect(facts(sentence)).toEqual([span]);
  });

  it.each([
    ['a connective that needs its comma, without it', 'However hard the crews worked, 40 homes lost power in March.'],
    ['"so" that opens "so far"', 'So far, 12 homes have been flooded in March.'],
    ['"also" that opens an inversion', 'Also arrested were 12 men in March.'],
    ['a name that starts with a connective’s word', 'First Line Ferries carried 4 million riders in 2025.'],
    ['"in addition to", a preposition', 'In addition to the $40m, the council will borrow $10m.'],
  ])('keeps the first words of %s', (_case, sentence) => {
    expect(facts(sentence)).toEqual([sentence.slice(0, -1)]);
  });

  it('keeps the offsets on the article’s text after a character outside the BMP', () => {
    const text = 'Harbour news 🚢\n\nSeparately, the port handled 3.2 million containers in 2025.';
    const [fact] = suggestAnnotations(text);
    expect(fact.exact).toBe('the port handled 3.2 million containers in 2025');
    expect([...text].slice(fact.start, fact.end).join('')).toBe(fact.exact);
    expect(fact.start).toBe([...'Harbour news 🚢\n\nSeparately, '].length);
  });

  it.each([
    ['Separately, the ministry said that exports fell by 4% in March.', 'exports fell by 4% in March', 'ministry'],
    ['However, prices will rise next year, the ministry said.', 'prices will rise next year', 'ministry'],
    ['However, according to the ministry, exports fell 4% in March.', 'exports fell 4% in March', 'ministry'],
    ['Exports fell 4% in March, according to the ministry.', 'Exports fell 4% in March', 'ministry'],
    ['Meanwhile, exports fell 4% in March, according to the ministry.', 'exports fell 4% in March', 'ministry'],
    ['The ministry said that, meanwhile, imports fell by 4%.', 'imports fell by 4%', 'ministry'],
    ['The ministry said that in addition, tolls would rise.', 'tolls would rise', 'ministry'],
    ['Meanwhile Amara Osei said the bridge would reopen in May.', 'the bridge would reopen in May', 'Amara Osei'],
    ['Amara Osei, in addition, said that the tunnel would close in June.', 'the tunnel would close in June', 'Amara Osei'],
    ['Also, Amara Osei said the tunnel would close in June.', 'the tunnel would close in June', 'Amara Osei'],
  ])('%s', (sentence, span, speaker) => {
    expect(claims(sentence)).toEqual([[span, speaker]]);
  });
});

describe('a speaker is the name or body that speaks', () => {
  it.each([
    // a document or a spokesperson speaks for its issuer; a body keeps its words without "the", as every description does
    ['The border will stay shut, a statement from the Veldrian army said.', 'Veldrian army'],
    ['The border will stay shut, a statement from the coastal guard said.', 'coastal guard'],
    ['A written statement from the Vellan Water Company said supply would return by Friday.', 'Vellan Water Company'],
    ['A joint statement by the port workers’ union said the strike would end.', 'port workers’ union'],
    ['The queue grew, a spokesperson for the Harbour Authority said.', 'Harbour Authority'],
    ['A spokesman for Amara Osei said the bridge would reopen in 2027.', 'Amara Osei'],
    ['A senior representative of the ferry operators said fares would rise.', 'ferry operators'],
    ['A report by the Institute for Coastal Studies found that sea levels rose.', 'Institute for Coastal Studies'],
    ['A statement on behalf of the Osei family said they were grateful.', 'Osei family'],
    ['The coastal guard’s statement said 12 boats were missing.', 'coastal guard'],
    ['The Harbour Authority’s spokeswoman said the quay was safe.', 'Harbour Authority'],
    ['A Harbour Authority spokesperson said the quay was safe.', 'Harbour Authority'],
    ['According to a letter from residents, the noise began in June.', 'residents'],
    // titles and caption words before a name are not part of it, in whatever order with an honorific
    ['Staff Reporter Lina Moravec said the queue was 2km long.', 'Lina Moravec'],
    ['Staff Lina Moravec said the queue was 2km long.', 'Lina Moravec'],
    ['Reporter Lina Moravec said the queue was 2km long.', 'Lina Moravec'],
    ['The queue was 2km long, said Staff Lina Moravec.', 'Lina Moravec'],
    ['Staff writer Lina Moravec said the queue was 2km long.', 'Lina Moravec'],
    ['Correspondent Tomas Ekwe told viewers that 40 boats had left.', 'Tomas Ekwe'],
    ['Photographer Dr Ana Bell said the pier had cracked.', 'Ana Bell'],
    ['Dr Ana Bell, a photographer, said the pier had cracked.', 'Ana Bell'],
    ['Staff Sgt Ruth Kallin said the patrol ended at noon.', 'Ruth Kallin'],
    ['Harbour Authority consultant Ruth Kallin said the patrol ended at noon.', 'Ruth Kallin'],
  ])('%s', (sentence, speaker) => {
    expect(claims(sentence).map(([, name]) => name)).toEqual([speaker]);
  });

  it('a spokesperson named with their role is still found by it later', () => {
    const body = 'Priya Lennox, a spokesperson for the university, said the study would continue. The spokesperson said funding was secure.';
    expect(claims(body).map(([, name]) => name)).toEqual(['Priya Lennox', 'Priya Lennox']);
  });

  it('a direct quote’s speaker too, and "the statement" speaks for the body that issued it', () => {
    const body = '“We are ready,” said a spokeswoman for the Vellan Water Company.\n\n“The pier is closed,” the Harbour Authority said in a statement. The statement added that repairs would take weeks.';
    expect(found(body, 'quote').map(([, name]) => name)).toEqual(['Vellan Water Company', 'Harbour Authority']);
    expect(claims(body)).toEqual([['repairs would take weeks', 'Harbour Authority']]);
  });

  it('keeps the nouns that are no spokesperson’s: a lawyer for someone, a minister for something', () => {
    expect(claims('A lawyer for Amara Osei said she would appeal.').map(([, name]) => name)).toEqual(['lawyer for Amara Osei']);
    expect(claims('The minister for transport said fares would rise.').map(([, name]) => name)).toEqual(['minister for transport']);
  });

  it('a day names when a statement came, not who made it', () => {
    const body = '“The pier is closed,” the Harbour Authority said. Tuesday’s statement said repairs would take weeks. Last week’s report said 12 boats were damaged.';
    expect(claims(body).map(([, name]) => name)).toEqual(['Harbour Authority', 'Harbour Authority']);
  });
});
