/**
 * Issue 13's CSV report (model/review/csv.ts): RFC 4180 quoting, CRLF records,
 * UTF-8 with a byte-order mark, and no formula injection. Any cells round-trip
 * through the RFC 4180 parser below (written here from the RFC's grammar), and
 * a cell a spreadsheet would run as a formula comes back with an apostrophe.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Annotation, annotationsCsv, byteOrderMark, csvCell, csvColumns, defaultStatusScale, defaultVerdicts, toCsv } from '../../src/model/index.ts';
import { article, kinds, spanOf } from './exchange-helpers.ts';

/**
 * RFC 4180's grammar: records end with CRLF; a field is either escaped
 * (DQUOTE, any characters with quotes doubled, DQUOTE) or plain (no comma,
 * quote, CR or LF). Throws on anything else, so a writer's mistake shows.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let at = 0;
  while (at < text.length) {
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[at] === '"') {
        at++;
        for (;;) {
          if (at >= text.length) throw new Error('an unterminated quoted field');
          if (text[at] === '"') {
            if (text[at + 1] === '"') {
              field += '"';
              at += 2;
            } else {
              at++;
              break;
            }
          } else field += text[at++];
        }
      } else {
        while (at < text.length && !/[,"\r\n]/.test(text[at])) field += text[at++];
        if (text[at] === '"') throw new Error(`a quote inside a plain field at ${at}`);
      }
      row.push(field);
      if (text[at] === ',') {
        at++;
        continue;
      }
      if (text.startsWith('\r\n', at)) {
        at += 2;
        break;
      }
      throw new Error(`a record that does not end with CRLF at ${at}`);
    }
    rows.push(row);
  }
  return rows;
}

/** What a spreadsheet would read as a formula: its first character. */
const formulaStart = /^[=+\-@\t\r]/;

/** The cell as it is meant to come back: as given, or with the apostrophe that disarms a formula. */
const expected = (cell: string) => (formulaStart.test(cell) ? `'${cell}` : cell);

const cell = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'é', ',', '"', '\r', '\n', '\t', '=', '+', '-', '@', ' ', '😀', "'") }),
  fc.string(),
);

describe('CSV', () => {
  it('gives back any cells through an RFC 4180 parser, formulas disarmed', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = toCsv(rows);
        expect(text.startsWith(byteOrderMark)).toBe(true);
        expect(parseCsv(text.slice(1))).toEqual(rows.map((row) => row.map(expected)));
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises a formula cell with a leading apostrophe, and leaves others alone', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
    expect(csvCell('Council said 1+1')).toBe('Council said 1+1');
    expect(csvCell('a, b')).toBe('"a, b"');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe(`${byteOrderMark}a,b\r\nc,d\r\n`);
  });
});

describe('the CSV report of an article', () => {
  const annotation: Annotation = {
    id: 'urn:uuid:00000000-0000-4000-8000-0000000000bb',
    kind: 'claim',
    ...spanOf('Fares rose 12% last year'),
    status: 'anchored',
    created: '2026-03-12T10:00:00Z',
    modified: '2026-03-12T11:00:00Z',
    creator: { name: 'Ana Ruiz' },
    modifiedBy: { id: 'acct:bob@desk.example' },
    attribution: { name: '=cmd|calc' },
    verdict: 'mostly-false',
    reviewStatus: 'in-review',
    assignee: { name: 'Ana Ruiz' },
    reviewer: { name: 'Bob Lee' },
    sources: [{ url: 'https://audit.example/a' }, { url: 'https://audit.example/b' }],
  };
  const headings = Object.fromEntries(csvColumns.map((column) => [column, column.toUpperCase()])) as Record<(typeof csvColumns)[number], string>;
  const rows = parseCsv(
    annotationsCsv({ article, articleId: 'urn:uuid:doc', annotations: [annotation, { ...annotation, reviewStatus: 'awaiting legal', verdict: undefined }], kinds, verdicts: defaultVerdicts, statuses: defaultStatusScale, headings }).slice(1),
  );

  it('has a heading row and one row per annotation, in the words people read', () => {
    expect(rows[0]).toEqual(csvColumns.map((column) => column.toUpperCase()));
    expect(Object.fromEntries(csvColumns.map((column, index) => [column, rows[1][index]]))).toEqual({
      article: 'urn:uuid:doc',
      headline: 'Tram line update',
      url: 'https://news.example/tram-line-update',
      kind: 'Claim',
      quote: 'Fares rose 12% last year',
      speaker: "'=cmd|calc",
      verdict: 'Mostly false',
      status: 'In review',
      assignee: 'Ana Ruiz',
      reviewer: 'Bob Lee',
      sources: 'https://audit.example/a\nhttps://audit.example/b',
      createdBy: 'Ana Ruiz',
      created: '2026-03-12T10:00:00Z',
      modifiedBy: 'bob',
      modified: '2026-03-12T11:00:00Z',
    });
  });

  it('gives a status off the scale as it is, and an empty cell for no verdict', () => {
    expect(rows[2][csvColumns.indexOf('status')]).toBe('awaiting legal');
    expect(rows[2][csvColumns.indexOf('verdict')]).toBe('');
    expect(rows).toHaveLength(3);
  });
});
