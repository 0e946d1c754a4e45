/** Reading library backup files and planning a restore, without a browser. */
import { describe, expect, it } from 'vitest';
import { BackupError, backupFileName, parseLibraryBackup, planRestore } from '../../src/elements/claim-library/library-backup.ts';
import type { ArticleSummary, LibraryBackup } from '../../src/store/index.ts';

const at = (minute: number) => `2026-03-12T10:${String(minute).padStart(2, '0')}:00.000Z`;

function backupOf(...articles: [id: string, modified: string][]): LibraryBackup {
  return {
    format: 'claimmark-backup',
    version: 1,
    exported: at(59),
    articles: articles.map(([id, modified]) => ({
      article: { id, metadata: { title: id }, created: at(0), modified, annotationCount: 1 },
      document: {
        articleId: id,
        doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Rents rose 4%.' }] }] },
        revision: 2,
        anchors: [['n1', 1, 14]],
      },
      annotations: [
        {
          articleId: id,
          id: 'n1',
          record: { id: 'n1', kind: 'claim', created: at(1), modified: at(1), verdict: 'false', sources: [{ url: 'https://example.org/s', stance: 'refutes' }] },
          anchor: [1, 14],
          revision: 2,
          quote: { exact: 'Rents rose 4%', prefix: '', suffix: '.' },
          hint: null,
        },
      ],
    })),
  };
}

const summary = (id: string, modified: string): ArticleSummary => ({ id, modified, annotationCount: 0 });

describe('parseLibraryBackup', () => {
  it('reads back what a backup holds, field for field', () => {
    const backup = backupOf(['a', at(5)], ['b', at(6)]);
    expect(parseLibraryBackup(JSON.stringify(backup))).toEqual(backup);
  });

  const broken: [string, (backup: LibraryBackup) => void, RegExp][] = [
    ['a missing field', (b) => Reflect.deleteProperty(b.articles[0].article, 'created'), /articles\[0\]\.article has no created/],
    ['a timestamp without a zone', (b) => (b.articles[0].article.modified = '2026-03-12 10:00'), /modified must be an ISO 8601 timestamp/],
    ['a negative position', (b) => (b.articles[0].annotations[0].anchor = [-1, 4]), /anchor\[0\] must not be negative/],
    ['a range that ends before it starts', (b) => (b.articles[0].annotations[0].anchor = [9, 4]), /ends before it starts/],
    ['an annotation of another article', (b) => (b.articles[0].annotations[0].articleId = 'z'), /articleId must be the article's id "a"/],
    ['a record with another id', (b) => (b.articles[0].annotations[0].record.id = 'n2'), /record\.id must be the annotation's id "n1"/],
    ['a source that is not http(s)', (b) => (b.articles[0].annotations[0].record.sources![0].url = 'javascript:x'), /sources\[0\]\.url "javascript:x" is not an http\(s\) URL/],
    ['an unknown stance', (b) => (b.articles[0].annotations[0].record.sources![0].stance = 'maybe' as never), /stance must be supports, refutes or context/],
    ['a duplicate annotation', (b) => b.articles[0].annotations.push(b.articles[0].annotations[0]), /annotation id "n1" appears twice/],
    ['a duplicate article', (b) => b.articles.push(b.articles[0]), /article id "a" appears twice/],
    ['a class instance', (b) => (b.articles[0].annotations[0].quote = [] as never), /quote must be an object/],
  ];
  for (const [name, breakIt, message] of broken) {
    it(`refuses ${name}`, () => {
      const backup = JSON.parse(JSON.stringify(backupOf(['a', at(5)]))) as LibraryBackup;
      breakIt(backup);
      expect(() => parseLibraryBackup(JSON.stringify(backup))).toThrowError(BackupError);
      expect(() => parseLibraryBackup(JSON.stringify(backup))).toThrowError(message);
    });
  }
});

describe('planRestore', () => {
  const backup = backupOf(['new', at(5)], ['same', at(5)], ['older-here', at(5)], ['newer-here', at(5)], ['open', at(5)], ['open-same', at(5)]);
  const stored = [summary('same', at(5)), summary('older-here', at(1)), summary('newer-here', at(9)), summary('open', at(9)), summary('open-same', at(5))];
  const plan = planRestore(backup, stored, 'open');
  const ids = (list: { article: { id: string } }[]) => list.map((item) => item.article.id);

  it('writes what is missing or older here', () => expect(ids(plan.write)).toEqual(['new', 'older-here']));
  it('leaves what is the same alone', () => expect(ids(plan.same)).toEqual(['same', 'open-same']));
  it('asks about what changed here after the backup', () => expect(ids(plan.newer)).toEqual(['newer-here']));
  it('leaves the article open in the editor alone', () => expect(ids(plan.open)).toEqual(['open']));
});

describe('backupFileName', () => {
  it('names the local day', () => expect(backupFileName(new Date(2026, 0, 5, 23, 30))).toBe('claimmark-library-2026-01-05.json'));
});
