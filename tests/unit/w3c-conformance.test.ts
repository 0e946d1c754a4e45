/**
 * Our exports against the independent W3C checker in ../shared/w3c-check: zero
 * MUST failures, zero dropped terms, zero JSON-LD errors. The checker is copied
 * to a temporary folder and resolves its packages (the exact versions it pins,
 * our devDependencies) through a link to our node_modules.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnnotationCollection, type Annotation, CodePointIndex, anchorImported, defaultKinds, defaultVerdicts, fromJsonLd, toJsonLd } from '../../src/model/index.ts';
import { hypothesisRows, recogito, w3c } from './carried-fixtures.ts';
import { annotatedArticle } from './exchange-arbitraries.ts';
import { annotations, article, articleText, exportInput, kinds, spanOf } from './exchange-helpers.ts';

const repoRoot = resolve(import.meta.dirname, '..', '..');
/** The shared checker beside the repository, or where CLAIMMARK_W3C_CHECK points. */
const checkerSource = resolve(process.env.CLAIMMARK_W3C_CHECK ?? resolve(repoRoot, '..', 'shared', 'w3c-check'));
/** CI always has the checker; a developer's machine without it skips these tests and says so. */
const checkerPresent = existsSync(join(checkerSource, 'check.mjs'));
if (!checkerPresent && !process.env.CI) {
  console.warn(`W3C conformance tests skipped: no checker at ${checkerSource} (set CLAIMMARK_W3C_CHECK to its folder)`);
}

interface CheckerReport {
  pass: boolean;
  counts: { annotations: number; schemaFailures: number; droppedTerms: number; jsonldErrors: number };
}

let folder = '';

function makeWritable(path: string): void {
  chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644);
  if (statSync(path).isDirectory()) for (const name of readdirSync(path)) makeWritable(join(path, name));
}

beforeAll(() => {
  if (!checkerPresent) {
    if (process.env.CI) throw new Error(`The W3C checker is not at ${checkerSource}; it lives in shared/w3c-check beside the repository`);
    return;
  }
  folder = mkdtempSync(join(tmpdir(), 'claimmark-w3c-'));
  for (const name of ['check.mjs', 'schemas', 'contexts', 'package.json']) cpSync(join(checkerSource, name), join(folder, name), { recursive: true });
  makeWritable(folder); // shared/ is read-only; the copy must be removable
  symlinkSync(join(repoRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

async function check(name: string, document: object): Promise<CheckerReport> {
  const file = join(folder, `${name}.jsonld`);
  const reportFile = join(folder, `${name}.report.json`);
  writeFileSync(file, JSON.stringify(document, null, 2));
  // the report goes to a file: the checker exits right after printing, which cuts a piped stdout short
  const out = openSync(reportFile, 'w');
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, [join(folder, 'check.mjs'), file, '--json'], { cwd: folder, stdio: ['ignore', out, 'inherit'] });
    child.on('error', fail);
    child.on('exit', done);
  });
  closeSync(out);
  if (code !== 0 && code !== 1) throw new Error(`The W3C checker exited with ${code} on ${name}.jsonld`);
  return JSON.parse(readFileSync(reportFile, 'utf8')) as CheckerReport;
}

/** Every kind and field, an orphan, a site's kind, an article with a URL. */
const full = toJsonLd(exportInput);

/** An article without URL, a claim without a verdict, an accessed date the W3C cannot type. */
const { url: _url, ...withoutUrl } = article;
const extra: Annotation[] = [
  {
    id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
    kind: 'claim',
    ...spanOf('Fares rose 12% last year'),
    status: 'anchored',
    created: '2026-03-12T10:00:00+01:00',
    modified: '2026-03-12T10:00:00+01:00',
    claim: 'Fares rose by 12% in 2025.',
    sources: [{ url: 'http://archive.example/fares', accessed: '2026-03-12 (archived copy)' }],
    // the review fields: a status off the default scale, the two people, a history of changes
    reviewStatus: 'awaiting legal',
    assignee: { name: 'Ana Ruiz', id: 'acct:ana@desk.example' },
    reviewer: { type: 'Person', name: 'Bob Lee', homepage: 'https://desk.example/bob' },
    history: [
      { when: '2026-03-12T10:05:00Z', who: { name: 'Ana Ruiz' }, field: 'reviewStatus', to: 'in-progress' },
      { when: '2026-03-12T11:00:00+01:00', who: { name: 'Bob Lee' }, field: 'verdict', from: 'unverified', to: 'false' },
      { when: '2026-03-12T11:30:00Z', field: 'reviewStatus', from: 'in-progress', to: 'awaiting legal' },
    ],
    // links to evidence (one of another tool's link types, kept as given) and a discussion
    links: [
      { id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e10', type: 'supported-by', to: annotations[2].id, created: '2026-03-12T10:06:00Z', creator: { name: 'Ana Ruiz' } },
      { id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e11', type: 'https://tools.example/ns#paraphrases', to: 'urn:uuid:00000000-0000-4000-8000-0000000000aa', toArticle: '0b7c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3', created: '2026-03-12T10:07:00Z' },
    ],
    replies: [
      { id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e12', text: 'Is the 2025 figure final?', created: '2026-03-12T10:08:00Z', creator: { name: 'Bob Lee' } },
      { id: 'urn:uuid:5d6e7f80-1a2b-4c3d-8e4f-5a6b7c8d9e13', text: 'Yes: the audit office confirmed it.', created: '2026-03-12T10:09:00Z', modified: '2026-03-12T10:10:00Z', creator: { name: 'Ana Ruiz' } },
    ],
  },
];
const noUrl = toJsonLd({ ...exportInput, article: withoutUrl, annotations: [...annotations, ...extra], text: articleText });

/** Random annotations with every combination of fields, gathered in one collection. */
function randomCollection(): AnnotationCollection {
  const samples = fc.sample(annotatedArticle, { numRuns: 40, seed: 4 });
  const items = samples.flatMap(({ text, annotations: list }) =>
    toJsonLd({ article: { url: 'https://news.example/random' }, text, annotations: list, kinds, verdicts: defaultVerdicts }).first.items,
  );
  const collection = toJsonLd({ ...exportInput, annotations: [] });
  return { ...collection, total: items.length, first: { ...collection.first, items } };
}

/** A broken export, to show the check is real: an unknown motivation (a relative IRI) and a missing target. */
function brokenCollection(): object {
  const broken = structuredClone(full) as unknown as { first: { items: Record<string, unknown>[] } };
  broken.first.items[0].motivation = 'factchecking';
  delete broken.first.items[1].target;
  return broken;
}

describe.skipIf(!checkerPresent && !process.env.CI)('W3C conformance of exports', () => {
  // about a second per run of the checker, most of it compiling the W3C schemas: one run for all good exports
  // (the checker reads a top-level array of collections), one for the broken one, side by side
  let good: CheckerReport;
  let broken: CheckerReport;
  const random = randomCollection();
  // other tools' files after a pass through us: their selectors, properties and bodies carried beside ours
  const imported = fromJsonLd([w3c, recogito], { kinds: defaultKinds, verdicts: defaultVerdicts });
  const fromHypothesis = fromJsonLd({ rows: hypothesisRows }, { kinds: defaultKinds, verdicts: defaultVerdicts });
  const placed = anchorImported(new CodePointIndex(articleText), [...imported.annotations, ...fromHypothesis.annotations]).annotations;
  const carried = toJsonLd({ article, text: articleText, annotations: placed, kinds: defaultKinds, verdicts: defaultVerdicts });
  const exports = [full, noUrl, random, carried];
  beforeAll(async () => {
    [good, broken] = await Promise.all([check('exports', exports), check('broken', brokenCollection())]);
  }, 30_000);

  it('passes with no MUST failure and no dropped term: every kind and field, an orphan, a site kind, no URL, review status, people and history, random field combinations, other tools\' fields carried through', () => {
    expect(random.total).toBeGreaterThan(40);
    expect(carried.total).toBe(7);
    const total = exports.reduce((sum, collection) => sum + collection.total, 0);
    expect(good.counts).toMatchObject({ annotations: total, schemaFailures: 0, droppedTerms: 0, jsonldErrors: 0 });
    expect(good.pass).toBe(true);
  });

  it('is a real check: a broken export fails it', () => {
    expect(broken.pass).toBe(false);
    expect(broken.counts.schemaFailures).toBeGreaterThan(0);
    expect(broken.counts.droppedTerms).toBeGreaterThan(0);
  });
});
