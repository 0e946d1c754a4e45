/**
 * suggestAnnotations, rule by rule, on invented sentences: quotation marks, speaker
 * cues, scare quotes, indirect attributions, facts, offsets and options.
 */
import { describe, expect, it } from 'vitest';
import { CodePointIndex, english, suggestAnnotations, type Suggestion, type SuggestionKind, type SuggestOptions } from '../../src/model/index.ts';

/** The suggestions of one kind as [exact, speaker or source] pairs. */
function found(text: string, kind: SuggestionKind, options: SuggestOptions = {}): [string, string | undefined][] {
  return suggestAnnotations(text, options)
    .filter((s) => s.kind === kind)
    .map((s) => [s.exact, s.attribution?.name]);
}

const quotes = (text: string, options?: SuggestOptions) => found(text, 'quote', options);
const claims = (text: string, options?: SuggestOptions) => found(text, 'claim', options);
const facts = (text: string) => found(text, 'fact').map(([exact]) => exact);

describe('quotation marks', () => {
  it.each([
    ['straight', '"We will open the bridge in May," Amara Osei said.'],
    ['curly', '“We will open the bridge in May,” Amara Osei said.'],
    ['guillemets', '«We will open the bridge in May», Amara Osei said.'],
    ['spaced guillemets', '« We will open the bridge in May », Amara Osei said.'],
    ['low-high', '„We will open the bridge in May“, Amara Osei said.'],
    ['single curly, British style', '‘We will open the bridge in May,’ Amara Osei said.'],
    ['single straight', "'We will open the bridge in May,' Amara Osei said."],
  ])('finds a quote in %s marks', (_style, text) => {
    expect(quotes(text)).toEqual([['We will open the bridge in May', 'Amara Osei']]);
  });

  it('leaves a comma or full stop just inside the closing mark out of the span, and keeps ? and !', () => {
    expect(quotes('Amara Osei said: “It is done.”')).toEqual([['It is done', 'Amara Osei']]);
    expect(quotes('“Why not?” Amara Osei asked.')).toEqual([['Why not?', 'Amara Osei']]);
    expect(quotes('“Never again!” shouted Amara Osei.')).toEqual([['Never again!', 'Amara Osei']]);
  });

  it('reads a plural possessive apostrophe inside single quotes as an apostrophe', () => {
    expect(quotes('‘The workers’ union will not accept this,’ said Amara Osei.')).toEqual([['The workers’ union will not accept this', 'Amara Osei']]);
  });

  it('ignores quotations nested in a quote', () => {
    expect(quotes('“My father told me, ‘Play the whistle, not the crowd,’ and I listened,” said Nell Caddick.')).toEqual([
      ['My father told me, ‘Play the whistle, not the crowd,’ and I listened', 'Nell Caddick'],
    ]);
  });
});

describe('speaker cues', () => {
  it('reads "X said" and "said X" after the quote', () => {
    expect(quotes('“Prices will fall,” Marta Hollis said.')).toEqual([['Prices will fall', 'Marta Hollis']]);
    expect(quotes('“Prices will fall,” said Marta Hollis, chief economist at Lenz Bank.')).toEqual([['Prices will fall', 'Marta Hollis']]);
  });

  it('reads an appositive between name and verb: "X, the minister, told"', () => {
    const [quote] = suggestAnnotations('“Safety comes first,” Oskar Baldrin, the transport minister, told reporters.');
    expect(quote).toMatchObject({ kind: 'quote', exact: 'Safety comes first', attribution: { name: 'Oskar Baldrin' }, cue: 'told reporters' });
  });

  it('reads the name after its title: "said the union’s president, Gerda Maly"', () => {
    expect(quotes('“Our members are not getting rich,” said the union’s president, Gerda Maly.')).toEqual([['Our members are not getting rich', 'Gerda Maly']]);
  });

  it('reads a cue before the quote, with a colon, a comma or "told … :"', () => {
    expect(quotes('Judge Miriam Okafor said: “You treated it as your private account.”')).toEqual([['You treated it as your private account', 'Miriam Okafor']]);
    expect(quotes('Tomas Ekwe told the meeting on Friday: “We were told the bridge was fine.”')).toEqual([['We were told the bridge was fine', 'Tomas Ekwe']]);
  });

  it('reads "according to X"', () => {
    expect(quotes('“The figures are wrong,” according to Viktor Annesley.')).toEqual([['The figures are wrong', 'Viktor Annesley']]);
    expect(quotes('According to Viktor Annesley, “the figures are wrong.”')).toEqual([['the figures are wrong', 'Viktor Annesley']]);
  });

  it.each(['stressed', 'added', 'insisted', 'warned', 'replied', 'recalled'])('reads "X %s"', (verb) => {
    expect(quotes(`“We are ready,” Ruth Kallin ${verb}.`)).toEqual([['We are ready', 'Ruth Kallin']]);
  });

  it('resolves a surname and an honorific to the fullest name', () => {
    const text = 'Amara Osei chairs the committee.\n\n“We will decide in May,” Ms Osei said. “Not before,” Osei added.';
    expect(quotes(text)).toEqual([
      ['We will decide in May', 'Amara Osei'],
      ['Not before', 'Amara Osei'],
    ]);
  });

  it('resolves a pronoun to the person the sentences before are about', () => {
    expect(quotes('Lidia Farrant founded the orchestra.\n\n“I was terrified that night,” she says.')).toEqual([['I was terrified that night', 'Lidia Farrant']]);
  });

  it('resolves a pronoun past a person of the other gender', () => {
    const text = 'Ms Amara Osei met the union leaders. Mr Bruno Kamau spoke first. “We will not wait,” she said.';
    expect(quotes(text)).toEqual([['We will not wait', 'Amara Osei']]);
  });

  it('prefers the subject to a person the sentence only mentions', () => {
    const text = 'Clare Ostrander, the moderator, cut off Tomas Reyne. “Time is up,” she said.';
    expect(quotes(text)).toEqual([['Time is up', 'Clare Ostrander']]);
  });

  it('resolves a title to the person introduced with it', () => {
    const text = 'Finance Minister Amara Osei presented the budget on Monday. The opposition walked out.\n\n“This budget balances the books,” the minister said.';
    expect(quotes(text)).toEqual([['This budget balances the books', 'Amara Osei']]);
  });

  it('keeps an unnamed speaker’s description', () => {
    expect(quotes('“The water came up through the floor,” said a resident who did not want to be named.')).toEqual([['The water came up through the floor', 'resident']]);
  });

  it('splits a quote broken by its attribution into two with one speaker', () => {
    const text = '“We are not going to take risks,” Oskar Baldrin said, “and nobody else should.”';
    expect(quotes(text)).toEqual([
      ['We are not going to take risks', 'Oskar Baldrin'],
      ['and nobody else should', 'Oskar Baldrin'],
    ]);
  });

  it('gives a quote that follows in the same or the next paragraph the same speaker', () => {
    const text = '“We had one set of bibs,” Nell Caddick said. “Nobody wanted the orange ones.”\n\n“And we still have them.”';
    expect(quotes(text)).toEqual([
      ['We had one set of bibs', 'Nell Caddick'],
      ['Nobody wanted the orange ones', 'Nell Caddick'],
      ['And we still have them', 'Nell Caddick'],
    ]);
  });

  it('attributes a quote introduced by a colon to the sentence’s subject', () => {
    expect(quotes('Nell Caddick trains the team. Caddick’s answer is blunt: “Nobody here is paid, so nobody leaves.”')).toEqual([
      ['Nobody here is paid, so nobody leaves', 'Nell Caddick'],
    ]);
  });

  it('prefers a name among the appositives before a colon', () => {
    expect(quotes('“It is brilliant,” said Karen Holt. Her son, Jamie, 12, was less sure: “There is nothing to touch.”')).toEqual([
      ['It is brilliant', 'Karen Holt'],
      ['There is nothing to touch', 'Jamie'],
    ]);
  });

  it('quotes whoever names something with a quoted phrase: "called it “…”"', () => {
    expect(quotes('The director, Hannah Fogle, called the opening “a dream come true”.')).toEqual([['a dream come true', 'Hannah Fogle']]);
  });

  it('gives "it said" to the last body that spoke', () => {
    const text = 'The regulator said the airline had rejected claims. In its ruling, it said the airline had “systematically misled” customers.';
    expect(quotes(text)).toEqual([['systematically misled', 'regulator']]);
  });

  it('reads a gendered title as the speaker’s gender', () => {
    const text = 'Transport minister Elena Voss spoke first. Opposition spokesman Karl Lind agreed. He said: “For once we are on the same page.”';
    expect(quotes(text)).toEqual([['For once we are on the same page', 'Karl Lind']]);
  });

  it('continues a quote after a participle cue with the same speaker', () => {
    expect(quotes('“We will win,” Bruno Kamau told supporters, before adding: “And we will win it big.”')).toEqual([
      ['We will win', 'Bruno Kamau'],
      ['And we will win it big', 'Bruno Kamau'],
    ]);
  });

  it('quotes a participle naming cue with the sentence’s subject: ", calling it “…”"', () => {
    expect(quotes('Mayor Lucia Ferreira unveiled the plan, calling public transport “a right, not a luxury”.')).toEqual([['a right, not a luxury', 'Lucia Ferreira']]);
  });

  it('gives a body’s statement to the body', () => {
    const text = 'In a statement, Marsdon council said it had changed its rules. The statement added: “We have overhauled our procedures.”';
    expect(quotes(text)).toEqual([['We have overhauled our procedures', 'Marsdon council']]);
  });

  it('drops letters after a name', () => {
    expect(quotes('His barrister, Clare Dunmore KC, said: “My client is a broken man.”')).toEqual([['My client is a broken man', 'Clare Dunmore']]);
  });

  it('does not take a scare quote after a direct quote for its continuation', () => {
    expect(quotes('“We will win,” said Amara Osei, the architect of the “green deal”.')).toEqual([['We will win', 'Amara Osei']]);
  });

  it('does not treat the writer’s own question as a quote', () => {
    expect(quotes('Lidia Farrant founded the orchestra.\n\n“Did you ever think of giving up?” I ask her.')).toEqual([]);
  });
});

describe('scare quotes, titles and terms', () => {
  it.each([
    ['after so-called', 'The so-called “green deal” will cost more than planned.'],
    ['after a title cue', 'She starred in the film “Harbour Lights” last year.'],
    ['after “the word”', 'The word “greedflation” has entered everyday conversation.'],
    ['before the noun it modifies', 'The “deep clean” contracts were never put out to tender.'],
    ['after a naming verb', 'It tips sleepers into what scientists call “sleep inertia”, a heavy feeling.'],
    ['as a title in title case', 'The decision follows a report, “Living Centres”, which the council commissioned.'],
    ['a single quoted word', 'Farrant dislikes the “professionalisation” of amateur music.'],
    ['a single quoted word after a naming verb', 'The company called the verdict “disappointing” on Friday.'],
    ['after branded a', 'The plan, which she has branded a “housing guarantee”, is her centrepiece.'],
  ])('rejects a quotation %s', (_case, text) => {
    expect(quotes(text)).toEqual([]);
  });

  it('gives a fragment in the next speaker’s reported speech to that speaker', () => {
    const text = '“We will win,” said Amara Osei. Her rival, Bruno Kamau, said the plan was “a reckless gamble with public money”.';
    expect(quotes(text)).toEqual([
      ['We will win', 'Amara Osei'],
      ['a reckless gamble with public money', 'Bruno Kamau'],
    ]);
  });

  it('takes a lowercase quotation after "a film" for words, not a title', () => {
    expect(quotes('Maren Holt said she wanted to make a film “where nothing happens and everything changes”.')).toEqual([
      ['where nothing happens and everything changes', 'Maren Holt'],
    ]);
  });

  it('keeps a quoted fragment inside reported speech, with the claim’s source', () => {
    const text = 'Professor Marcus Obi said the findings were “encouraging but preliminary”.';
    expect(quotes(text)).toEqual([['encouraging but preliminary', 'Marcus Obi']]);
    expect(claims(text)).toEqual([['the findings were “encouraging but preliminary”', 'Marcus Obi']]);
  });
});

describe('indirect attributions', () => {
  it.each([
    ['said', 'Transport Minister Oskar Baldrin said the government had ordered checks on 14 bridges.', 'the government had ordered checks on 14 bridges'],
    ['said that', 'Oskar Baldrin said that the government had ordered checks on 14 bridges.', 'the government had ordered checks on 14 bridges'],
    ['told … that', 'Oskar Baldrin told reporters on Tuesday that the checks would take a month.', 'the checks would take a month'],
    ['stressed that', 'She stressed that the homes would be built on public land.', 'the homes would be built on public land'],
    ['underlined that', 'Teodor Vask underlined that 14,000 homes were already planned.', '14,000 homes were already planned'],
    ['announced that', 'Desmond Farrah announced that the council would release emergency grants.', 'the council would release emergency grants'],
    ['claimed that', 'Viktor Annesley claimed that the figures did not add up.', 'the figures did not add up'],
    ['denied that', 'Ms Vantch denied that the company had ignored warnings.', 'the company had ignored warnings'],
    ['warned that', 'The Bank of Estavia warned that inflation would stay high.', 'inflation would stay high'],
    ['warned someone that', 'The mayor warned residents that the river could rise again.', 'the river could rise again'],
    ['expressed concern that', 'Its chairwoman, Ruth Kallin, expressed concern that the timetable was unrealistic.', 'the timetable was unrealistic'],
    ['accused … of', 'She accused Reyne of letting council homes fall into disrepair.', 'Reyne of letting council homes fall into disrepair'],
    ['found that', 'The report found that emissions would need to fall faster.', 'emissions would need to fall faster'],
  ])('reports content after "%s"', (_verb, text, content) => {
    expect(claims(text).map(([exact]) => exact)).toEqual([content]);
  });

  it('attributes a claim to the fullest name of its source', () => {
    expect(claims('Amara Osei, the finance minister, said exports rose last year.')).toEqual([['exports rose last year', 'Amara Osei']]);
  });

  it('reads a source after the content: "CONTENT, the company said" and "CONTENT, said X"', () => {
    expect(claims('Replacement lorries would be arranged for urgent shipments, the company said.')).toEqual([['Replacement lorries would be arranged for urgent shipments', 'company']]);
    expect(claims('The plant will close in June, said Rajan Pell, the chief financial officer.')).toEqual([['The plant will close in June', 'Rajan Pell']]);
    expect(claims('None of it was planned, Nell Caddick insists.')).toEqual([['None of it was planned', 'Nell Caddick']]);
  });

  it('reads "according to" before and after the content', () => {
    expect(claims('According to the study, those who napped improved their scores.')).toEqual([['those who napped improved their scores', 'study']]);
    expect(claims('Housing completions fell to their lowest level since 1997, according to the statistics office.')).toEqual([
      ['Housing completions fell to their lowest level since 1997', 'statistics office'],
    ]);
  });

  it('reads "in a statement" before or after the verb', () => {
    expect(claims('In a statement, the Callow Basin Authority said flood defences had held.')).toEqual([['flood defences had held', 'Callow Basin Authority']]);
    expect(claims('The trust said in a statement that it had recovered the money.')).toEqual([['it had recovered the money', 'trust']]);
  });

  it('splits two reporting verbs joined by "and" into two claims with one source', () => {
    expect(claims('Tomas Reyne denied that the number had risen and claimed that 1,200 homes were refurbished.')).toEqual([
      ['the number had risen', 'Tomas Reyne'],
      ['1,200 homes were refurbished', 'Tomas Reyne'],
    ]);
  });

  it('reads a participle cue: ", adding that …"', () => {
    expect(claims('Oskar Baldrin said the checks were urgent, adding that no train would cross before May.')).toEqual([
      ['the checks were urgent', 'Oskar Baldrin'],
      ['no train would cross before May', 'Oskar Baldrin'],
    ]);
  });

  it('needs a finite verb after verbs that also take a noun: "claimed victory" is no claim', () => {
    expect(claims('Hume denied wrongdoing throughout the long trial.')).toEqual([]);
    expect(claims('Hume denied the payments were bribes.')).toEqual([['the payments were bribes', 'Hume']]);
  });

  it('leaves out what only reads like reported speech', () => {
    expect(claims('The fire claimed three lives in the old town.')).toEqual([]);
    expect(claims('Paxton declined to say how much money he would put in.')).toEqual([]);
    expect(claims('She tells me so twice before we sit down.')).toEqual([]);
    expect(claims('“We are ready,” she said.')).toEqual([]);
  });

  it('suggests a noun-phrase report ("praised the volunteers") only below the default confidence', () => {
    const text = 'The mayor praised the volunteers who worked through the night.';
    expect(claims(text)).toEqual([]);
    expect(claims(text, { minConfidence: 0.3 })).toEqual([['the volunteers who worked through the night', 'mayor']]);
  });
});

describe('facts', () => {
  it.each([
    ['a percentage', 'Unemployment fell to 5.8 per cent in the third quarter.'],
    ['a % sign', 'Revenue rose 14.5% in the quarter.'],
    ['money with a symbol', 'The stadium will cost $45 million.'],
    ['money in words', 'A litre of milk reached 1.42 euros in Porto Lenz.'],
    ['a date', 'The hearing is scheduled for 14 May.'],
    ['a month and year', 'The cap was introduced in March 2022.'],
    ['a year', 'The bridge was built in 1911.'],
    ['a ranking', 'Transport is now the largest source of emissions.'],
    ['an ordinal ranking', 'Estavia is the third-largest economy in the union.'],
    ['a measured superlative', 'Brenholt is the most expensive city in the country.'],
    ['a ranking compound', 'It was the best-selling novel in the country.'],
    ['a count in words', 'A jury convicted him on two counts after seven weeks.'],
    ['a fraction', 'The line carried roughly a fifth of the volume.'],
  ])('finds a statement with %s', (_case, text) => {
    expect(facts(`Headline\n\n${text}`)).toEqual([text.slice(0, -1)]);
  });

  it.each([
    ['a weekday only', 'On Sunday, Farrah visited the rest centre.'],
    ['a question', 'Can the country cut twice as fast from 2026?'],
    ['an opinion', 'It is a remarkable turnaround for a business many had written off.'],
    ['a figure inside quotation marks', 'Her publisher calls it “the best book of 2024”.'],
    ['a superlative of taste', 'Others will find it the most moving part of the film.'],
  ])('leaves out %s', (_case, text) => {
    expect(facts(`Headline\n\n${text}`)).toEqual([]);
  });

  it('never makes a fact of a sentence already suggested as a claim or quote', () => {
    const text = 'Headline\n\nExports rose 5 per cent last year, the ministry said. “We sold 40,000 cars,” said Amara Osei.';
    expect(facts(text)).toEqual([]);
    expect(claims(text)).toHaveLength(1);
  });

  it('leaves a subheading out', () => {
    expect(facts('Headline\n\nThe strike began on Monday.\n\n2024 in numbers\n\nAbout 1,400 staff took part.')).toEqual(['About 1,400 staff took part']);
  });

  it('leaves the headline and a dateline out', () => {
    const text = 'Council approves $45 million stadium\n\nSPRINGVALE, Ore. (AP) — The council voted 6-3 to approve the stadium.';
    expect(facts(text)).toEqual(['The council voted 6-3 to approve the stadium']);
  });
});

describe('offsets and text', () => {
  it('counts code points, so an emoji before a span shifts it by one', () => {
    const text = 'Fans 😀 cheered.\n\n“We won,” said Nell Caddick. The club was founded in 1911.';
    const index = new CodePointIndex(text);
    const suggestions = suggestAnnotations(text);
    expect(suggestions.map((s) => [s.kind, s.start, s.end])).toEqual([
      ['quote', 18, 24],
      ['fact', 46, 74],
    ]);
    for (const s of suggestions) expect(index.slice(s.start, s.end)).toBe(s.exact);
    const [quote] = suggestions;
    expect(index.slice(quote.attribution!.start!, quote.attribution!.end!)).toBe('Nell Caddick');
  });

  it('reads paragraphs separated by one line break as by two', () => {
    const spaced = 'Head\n\n“We won,” said Nell Caddick.\n\nThe club was founded in 1911.';
    const tight = spaced.replace(/\n\n/g, '\n');
    const strip = (list: Suggestion[]) => list.map(({ kind, exact, attribution }) => [kind, exact, attribution?.name]);
    expect(strip(suggestAnnotations(tight))).toEqual(strip(suggestAnnotations(spaced)));
  });

  it('returns nothing for empty or blank text', () => {
    expect(suggestAnnotations('')).toEqual([]);
    expect(suggestAnnotations(' \n\n \n')).toEqual([]);
  });

  it('gives confidences between 0 and 1 and exact text equal to the span', () => {
    const text = 'Head\n\nAmara Osei said exports rose 5 per cent. “We are pleased,” she said. The port opened in 1911.';
    const index = new CodePointIndex(text);
    for (const s of suggestAnnotations(text)) {
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(index.slice(s.start, s.end)).toBe(s.exact);
    }
  });
});

describe('options', () => {
  const text = 'Head\n\nAmara Osei said exports rose last year. “We are pleased,” she said. The port opened in 1911.';

  it('suggests only the kinds asked for', () => {
    expect(suggestAnnotations(text, { kinds: ['fact'] }).map((s) => s.kind)).toEqual(['fact']);
    expect(suggestAnnotations(text, { kinds: ['quote', 'claim'] }).map((s) => s.kind)).toEqual(['claim', 'quote']);
    expect(suggestAnnotations(text, { kinds: [] })).toEqual([]);
  });

  it('reads its words from the language table', () => {
    const pirate = {
      ...english,
      reportingVerbs: [...english.reportingVerbs, { lemma: 'bellow', forms: ['bellowed'], clause: 'zero' as const }],
    };
    const shout = 'Head\n\nCaptain Flint bellowed the ship would sail at dawn.';
    expect(claims(shout)).toEqual([]);
    expect(claims(shout, { language: pirate })).toEqual([['the ship would sail at dawn', 'Flint']]);
  });
});

describe('a whole article', () => {
  const article = [
    'Talks collapse as unions reject 3% pay offer',
    'Negotiations between the government and the largest teaching union collapsed on Thursday after union leaders rejected what they called an "insulting" 3% pay offer.',
    'Education Secretary Julian Park said he was "deeply disappointed" by the decision. "We have put a fair offer on the table," he told the BBC. "It is the biggest rise in a decade."',
    'The National Union of Teachers said the offer amounted to a real-terms pay cut.',
    '"Teachers have seen their pay fall by a fifth since 2010," said the union\'s general secretary, Dr Mary Bousted. "Enough is enough."',
    'She warned that strikes could begin as early as March. Asked whether schools would close, Dr Bousted said: "That is up to the government."',
    'Mr Park, however, insisted there was no more money.',
    'Parents are divided. Ahmed Khan, whose two children attend a primary school in Bradford, said he supported the teachers. "They deserve more," he said. But Linda Moss, a mother of three from Kent, said: "I can\'t take another week off work."',
    'The last national teachers\' strike, in 2016, closed more than 7,000 schools.',
  ].join('\n\n');

  it('finds each quote with its speaker, each claim with its source and each fact', () => {
    expect(suggestAnnotations(article).map((s) => [s.kind, s.exact.slice(0, 24), s.attribution?.name])).toEqual([
      ['fact', 'Negotiations between the', undefined],
      ['claim', 'he was "deeply disappoin', 'Julian Park'],
      ['quote', 'deeply disappointed', 'Julian Park'],
      ['quote', 'We have put a fair offer', 'Julian Park'],
      ['quote', 'It is the biggest rise i', 'Julian Park'],
      ['claim', 'the offer amounted to a ', 'National Union of Teachers'],
      ['quote', 'Teachers have seen their', 'Mary Bousted'],
      ['quote', 'Enough is enough', 'Mary Bousted'],
      ['claim', 'strikes could begin as e', 'Mary Bousted'],
      ['quote', 'That is up to the govern', 'Mary Bousted'],
      ['claim', 'there was no more money', 'Julian Park'],
      ['claim', 'he supported the teacher', 'Ahmed Khan'],
      ['quote', 'They deserve more', 'Ahmed Khan'],
      ['quote', "I can't take another wee", 'Linda Moss'],
      ['fact', "The last national teache", undefined],
    ]);
  });
});
