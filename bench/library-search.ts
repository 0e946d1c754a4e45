/**
 * library-search (`?library`, CLAIMMARK_BENCH_LIBRARY=1): the desk's search
 * over 100 stored articles with 1,000 annotations each, through
 * `<claim-library>` as a fact-checker uses it: words typed into the search
 * field and Enter. The first search reads every annotation from IndexedDB;
 * the next ones search the rows kept. Each to the frame that shows the
 * results, with the longest main-thread task (target: search under 200 ms).
 */
import { ArticleStore, type StoredAnnotation } from '../src/store/index.ts';
import { putSnapshot } from '../src/store/library-records.ts';
import type { BenchTools } from './typing.ts';

const articles = 100;
const perArticle = 1_000;
const speakers = ['Ana Ruiz', 'Tomás Ferreira', 'Mei Lin', 'Kofi Mensah', 'Élodie Martin', 'the city council', 'Priya Nair'];
const verdicts = ['true', 'false', 'mostly-true', 'misleading', 'unverified'];
const topics = ['rents', 'trams', 'schools', 'hospital waiting times', 'crime', 'the budget', 'bus fares', 'air quality', 'housing permits', 'water prices'];

/** A stored article of `perArticle` annotations on an invented text (the documents are small: the search reads annotations only). */
function snapshot(a: number) {
  const id = `bench-article-${a}`;
  const modified = new Date(Date.UTC(2026, 10, 1) + a * 3_600_000).toISOString();
  const annotations: StoredAnnotation[] = [];
  for (let i = 0; i < perArticle; i++) {
    const topic = topics[(a + i) % topics.length];
    const exact = `${topic} rose by ${(i * 7) % 97} percent in ${2000 + (i % 26)} according to figure ${a}-${i}`;
    annotations.push({
      articleId: id,
      id: `${id}-${i}`,
      record: {
        id: `${id}-${i}`,
        kind: ['claim', 'quote', 'fact'][i % 3],
        created: modified,
        modified,
        ...(i % 3 !== 2 ? { attribution: { name: speakers[(a + i) % speakers.length] } } : {}),
        ...(i % 3 === 0 ? { verdict: verdicts[i % verdicts.length], claim: `The share of ${topic} went up` } : {}),
        ...(i % 5 === 0 ? { note: `Checked against the ${topic} register` } : {}),
        ...(i % 3 === 2 ? { sources: [{ url: `https://stats.example.org/${a}/${i}`, title: `${topic} statistics` }] } : {}),
      },
      anchor: [i * 120 + 1, i * 120 + 1 + exact.length],
      revision: 1,
      quote: { exact, prefix: '', suffix: '' },
    });
  }
  return {
    article: { id, metadata: { title: `Article ${a}: ${topics[a % topics.length]}`, url: `https://news.example.org/${a}` }, created: modified, modified, annotationCount: perArticle },
    document: { articleId: id, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Article ${a}.` }] }] }, revision: 1, anchors: [] },
    annotations,
  };
}

export async function librarySearch(tools: BenchTools, watchLongTasks: () => { stop(): number }): Promise<void> {
  const database = `bench-library-${Date.now()}`;
  const store = await ArticleStore.open({ name: database });
  const t0 = tools.now();
  for (let a = 0; a < articles; a++) await putSnapshot(store, snapshot(a));
  tools.log(`library-search: stored ${articles} articles of ${perArticle} annotations in ${(tools.now() - t0).toFixed(0)} ms`);
  store.close();

  const library = document.createElement('claim-library') as HTMLElement & { database: string; refresh(): Promise<void> };
  library.database = database;
  document.body.prepend(library);
  await library.refresh();
  const root = library.shadowRoot!;
  const found = () => root.querySelector('.desk-results .count')?.textContent ?? '';
  /** Types `words` and presses Enter; resolves with the time to the frame that shows their results. */
  const search = async (words: string): Promise<{ ms: number; summary: string }> => {
    const field = root.querySelector<HTMLInputElement>('.desk-search input[name="text"]')!;
    const form = field.form!;
    const before = found();
    field.value = words;
    const start = tools.now();
    form.requestSubmit();
    // the results are drawn when the count says what was found for these words
    for (;;) {
      await tools.rafCallback();
      const now = found();
      if (now && now !== before && !now.includes('…')) break;
      if (tools.now() - start > 60_000) throw new Error(`no results for "${words}"`);
    }
    const end = await tools.frameEnd();
    return { ms: end - start, summary: found() };
  };

  let tasks = watchLongTasks();
  const first = await search('rents');
  const firstLongestTask = tasks.stop();
  tools.record('library-search-first', [first.ms], `the first search of ${articles * perArticle} annotations in ${articles} articles: read from IndexedDB, searched, drawn`);
  tasks = watchLongTasks();
  const samples: number[] = [];
  const queries = ['trams', 'percent 2011', 'ana ruiz', 'elodie', 'statistics', 'register water', 'figure 42-17', 'share budget', 'hospital', 'rose'];
  for (let round = 0; round < 2; round++) {
    for (const words of queries) {
      // from a search that finds nothing, so that each timed one changes what the count says
      await search('no such words at all');
      samples.push((await search(words)).ms);
    }
  }
  tools.record('library-search', samples, `a search of ${articles * perArticle} annotations read already: words typed and Enter, to the frame with the results`);
  tools.setMeta({ librarySearchFirstMs: Math.round(first.ms), librarySearchFirstLongestTaskMs: firstLongestTask, librarySearchLongestTaskMs: tasks.stop(), librarySearchFirstFound: first.summary });
  library.remove();
}
