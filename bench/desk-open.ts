/**
 * desk-open (`?desk`, CLAIMMARK_BENCH_DESK=1): opening a desk's article from
 * IndexedDB with 10,000 annotations, 5,000 links between them and 5,000
 * replies (issue 13; target: open under 600 ms). The article is made once as
 * a fact-checker's work would be: its annotations loaded, the links and
 * replies imported as a W3C file, then saved. Each run opens it cold in a
 * fresh element (`documentId`), to the frame after `ready`, with the longest
 * main-thread task.
 */
import type { AnnotationInput } from '../src/model/index.ts';
import type { BenchTools } from './typing.ts';

interface DeskElement extends HTMLElement {
  ready: Promise<void>;
  documentId: string | null;
  annotations: { id: string; links?: unknown[]; replies?: unknown[] }[];
  loadArticle(input: object): unknown;
  save(): Promise<void>;
  importJsonLd(input: string): Promise<{ links: number; replies: number }>;
}

export async function deskOpen(
  tools: BenchTools,
  make: (database: string) => Promise<HTMLElement>,
  html: string,
  ranges: readonly AnnotationInput[],
  watchLongTasks: () => { stop(): number },
  runs = 5,
): Promise<void> {
  const database = `bench-desk-${Date.now()}`;
  let el = (await make(database)) as DeskElement;
  await el.loadArticle({ html, title: 'Bench desk', url: 'https://example.org/desk', annotations: ranges.slice(0, 10_000) });
  await el.ready;
  const ids = el.annotations.map((annotation) => annotation.id);
  const created = '2026-11-02T10:00:00Z';
  const items = [
    ...Array.from({ length: 5_000 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-9000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'linking',
      created,
      creator: { name: 'Ana Ruiz' },
      target: ids[(i * 2) % ids.length],
      body: [{ id: ids[(i * 2 + 1) % ids.length] }, { type: 'SpecificResource', purpose: 'classifying', source: `https://w3id.org/claimmark/ns#${i % 3 ? 'supported-by' : 'refuted-by'}` }],
    })),
    ...Array.from({ length: 5_000 }, (_, i) => ({
      id: `urn:uuid:00000000-0000-4000-a000-${String(i).padStart(12, '0')}`,
      type: 'Annotation',
      motivation: 'replying',
      created,
      creator: { name: i % 2 ? 'Bob Lee' : 'Ana Ruiz' },
      target: ids[(i * 3) % ids.length],
      body: { type: 'TextualBody', value: `Checked against the register, entry ${i}: the figure holds.`, format: 'text/plain' },
    })),
  ];
  const report = await el.importJsonLd(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items }));
  if (report.links !== 5_000 || report.replies !== 5_000) throw new Error(`the desk import joined ${report.links} links and ${report.replies} replies, not 5,000 of each`);
  await el.save();
  const documentId = el.documentId!;
  el.remove();
  const samples: number[] = [];
  let longest = 0;
  for (let run = 0; run < runs; run++) {
    el = (await make(database)) as DeskElement;
    const tasks = watchLongTasks();
    const t0 = tools.now();
    el.documentId = documentId;
    await el.ready;
    await tools.frameEnd();
    samples.push(tools.now() - t0);
    longest = Math.max(longest, tasks.stop());
    const open = el.annotations;
    const linked = open.reduce((sum, annotation) => sum + (annotation.links?.length ?? 0), 0);
    const replied = open.reduce((sum, annotation) => sum + (annotation.replies?.length ?? 0), 0);
    if (open.length !== ids.length || linked !== 5_000 || replied !== 5_000) throw new Error(`the desk article opened with ${open.length} annotations, ${linked} links and ${replied} replies`);
    tools.log(`desk-open run ${run + 1}: ${samples[run].toFixed(1)} ms`);
    el.remove();
  }
  tools.record('desk-open', samples, `cold open from IndexedDB of an article with ${ids.length} annotations, 5,000 links and 5,000 replies, to the frame after ready`);
  tools.setMeta({ deskOpenLongestTaskMs: longest });
}
