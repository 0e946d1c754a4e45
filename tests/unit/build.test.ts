/**
 * `npm run build` into a temporary folder, then what a site and a bundler get:
 * the bundle's entry file and the chunks it imports at start-up stay within
 * 120 KB gzipped (issue 5's budget) with the import code in a lazy chunk; every
 * path package.json names exists; `.` registers nothing; and the generated
 * custom-elements.json documents the elements' public surface. The shipped bundle also
 * runs in headless Chromium: both elements work, and the lazy chunks (import, French,
 * the library's desk) load from beside it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const budget = 120 * 1024;
let outdir = '';

beforeAll(() => {
  outdir = mkdtempSync(join(tmpdir(), 'claimmark-bundle-'));
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--outdir', outdir], { cwd: root, stdio: 'pipe' });
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(outdir, name), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
/** A path package.json gives (`./dist/x`), in the temporary build. */
const built = (path: string) => join(outdir, path.replace(/^\.?\/?dist\//, ''));
const gzipped = (name: string) => gzipSync(readFileSync(join(outdir, name))).length;

/** The files an ES module imports statically (`import ... from "./x.js"`), transitively. */
function startUp(name: string, seen = new Set<string>()): Set<string> {
  seen.add(name);
  for (const match of read(name).matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+)["']/g)) {
    if (!seen.has(match[1])) startUp(match[1], seen);
  }
  return seen;
}

describe('the bundle', () => {
  it('defines both elements in one entry file', () => {
    const entry = read('claim-annotator.js');
    expect(entry).toContain('"claim-annotator"');
    expect(entry).toContain('"claim-library"');
  });

  it('loads within 120 KB gzipped at start-up', () => {
    const files = [...startUp('claim-annotator.js')];
    const total = files.reduce((sum, file) => sum + gzipped(file), 0);
    console.log(`start-up: ${files.join(' + ')} = ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(budget);
  });

  it('keeps the import, backup and suggestion code, French and the worker out of start-up', () => {
    const lazy = readdirSync(outdir).filter((name) => /^(on-demand|fr)-.*\.js$/.test(name));
    expect(lazy.map((name) => name.split('-')[0]).sort()).toEqual(['fr', 'on']);
    const startFiles = startUp('claim-annotator.js');
    for (const file of lazy) expect(startFiles.has(file), file).toBe(false);
    const onDemand = lazy.find((name) => name.startsWith('on-demand'))!;
    expect([...startFiles].some((file) => read(file).includes(`import("./${onDemand}")`))).toBe(true);
    // the suggester's English table is not in any start-up file
    expect([...startFiles].some((file) => read(file).includes('according to'))).toBe(false);
    expect(read(onDemand)).toContain('according to');
    expect(readdirSync(outdir)).toEqual(expect.arrayContaining(['anchor-worker.js', 'suggest-worker.js']));
  });

  it('loads the quote search only when a stored range no longer holds its words', () => {
    const search = readdirSync(outdir).find((name) => /^anchoring-.*\.js$/.test(name));
    expect(search).toBeDefined();
    const startFiles = startUp('claim-annotator.js');
    expect(startFiles.has(search!)).toBe(false);
    expect(read('claim-annotator.js')).toContain(`import("./${search}")`);
    // the fuzzy matcher is in that chunk, not at start-up (by the bundles' source maps)
    const sources = (file: string): string[] => JSON.parse(read(`${file}.map`)).sources;
    expect(sources(search!).some((source) => source.includes('approx-string-match'))).toBe(true);
    expect(sources('claim-annotator.js').some((source) => source.includes('approx-string-match'))).toBe(false);
  });

  it('restores a backup without the editor’s on-demand chunk, and keeps the backup reader out of start-up', () => {
    const restoring = readdirSync(outdir).find((name) => /^library-backup-.*\.js$/.test(name))!;
    const loaded = startUp(restoring);
    expect([...loaded].filter((file) => file.startsWith('on-demand'))).toEqual([]);
    expect([...startUp('claim-annotator.js')].some((file) => read(file).includes('nested more than'))).toBe(false);
    expect(read(restoring)).toContain('nested more than');
  });
});

/** Serves the built bundle and a page that loads it, from 127.0.0.1 on a free port. */
async function serveBundle() {
  const server = createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.slice(1);
    if (name === '') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return void res.end('<!doctype html><script type="module" src="/claim-annotator.js"></script>');
    }
    const file = join(outdir, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': name.endsWith('.js') ? 'text/javascript' : 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

describe('the bundle in a browser', () => {
  it('runs both elements and loads its lazy chunks from beside it', async () => {
    const { findChromium, chromiumArgs } = await import('../../scripts/chromium.mjs');
    const executablePath = findChromium();
    if (!executablePath) throw new Error('no Chromium to run the bundle in (set CHROME_PATH)');
    const { server, url } = await serveBundle();
    const browser = await puppeteer.launch({ executablePath, headless: true, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      const loaded: string[] = [];
      page.on('requestfinished', (req) => loaded.push(new URL(req.url()).pathname.slice(1).split('-')[0]!));
      await page.goto(url);
      const result = await page.evaluate(async () => {
        await customElements.whenDefined('claim-annotator');
        const el = document.createElement('claim-annotator') as any;
        el.setAttribute('storage', 'memory');
        document.body.append(el);
        await el.ready;
        el.loadArticle({ title: 'Bundle check', html: '<p>The mayor said the bridge opened in 1990.</p>' });
        el.addAnnotation({ kind: 'claim', start: 4, end: 9 });
        const file = {
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'Annotation',
          id: 'urn:uuid:6a1c5a4e-3e53-4a55-9a8e-0a4fb2d0c001',
          body: { type: 'TextualBody', value: 'when?', purpose: 'commenting' },
          target: { selector: { type: 'TextQuoteSelector', exact: 'opened in 1990' } },
        };
        const report = await el.importJsonLd(file, { untaggedKind: 'note' });
        el.setAttribute('lang', 'fr');
        await el.updateComplete;
        const library = document.createElement('claim-library') as any;
        library.setAttribute('storage', 'memory');
        document.body.append(library);
        await library.updateComplete;
        return { annotations: el.annotations.length, added: report.added ?? report.imported, exported: el.exportJsonLd() };
      });
      // the French bundle and the library's desk load on demand; give them a moment
      await new Promise((done) => setTimeout(done, 500));
      expect(errors).toEqual([]);
      expect(result.annotations).toBe(2);
      expect(JSON.stringify(result.exported)).toContain('6a1c5a4e-3e53-4a55-9a8e-0a4fb2d0c001');
      expect(loaded).toEqual(expect.arrayContaining(['claim', 'on', 'fr', 'library']));
    } finally {
      await browser.close();
      server.close();
    }
  }, 60_000);
});

/** The relative modules a compiled module imports (`from './x.js'`, `import './x.js'`), transitively. */
function compiledGraph(file: string, seen = new Set<string>()): Set<string> {
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const next = resolve(dirname(file), match[1]);
    if (!seen.has(next)) compiledGraph(next, seen);
  }
  return seen;
}

describe('the package', () => {
  it('has every file its exports, types and customElements fields name', () => {
    const targets = [packageJson.main, packageJson.types, packageJson.customElements];
    for (const entry of Object.values(packageJson.exports) as (string | Record<string, string>)[]) {
      targets.push(...(typeof entry === 'string' ? [entry] : Object.values(entry)));
    }
    const missing = targets.filter((path) => path.includes('dist/') && !existsSync(built(path)));
    expect(missing).toEqual([]);
    expect(packageJson.exports['.'].types).toMatch(/\.d\.ts$/);
  });

  it('registers the elements only from ./define.js, never from .', () => {
    const registering = (entry: string) =>
      [...compiledGraph(built(entry))].filter((file) => /customElements\.define\(/.test(readFileSync(file, 'utf8')));
    expect(registering(packageJson.exports['.'].default)).toEqual([]);
    expect(registering(packageJson.exports['./define.js'].default).map((file) => file.slice(outdir.length))).toEqual(['/lib/define.js']);
  });

  it('documents both elements in custom-elements.json', () => {
    const manifest = JSON.parse(read('custom-elements.json'));
    const elements = new Map<string, any>();
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) if (declaration.customElement) elements.set(declaration.tagName, declaration);
    }
    expect([...elements.keys()].sort()).toEqual(['claim-annotator', 'claim-library']);
    const annotator = elements.get('claim-annotator');
    const names = (list: { name: string }[] = []) => list.map((item) => item.name);
    expect(names(annotator.attributes)).toEqual(expect.arrayContaining(['readonly', 'src', 'article-src', 'document-id', 'storage', 'theme']));
    expect(names(annotator.events).sort()).toEqual([
      'claim-annotation-add',
      'claim-annotation-remove',
      'claim-annotation-select',
      'claim-annotation-update',
      'claim-article-edit',
      'claim-article-load',
      'claim-article-update',
    ]);
    expect(names(annotator.cssParts)).toEqual(expect.arrayContaining(['toolbar', 'panel', 'highlight', 'card']));
    expect(names(annotator.cssProperties)).toEqual(expect.arrayContaining(['--claim-kind-quote-colour', '--claim-article-font-family', '--claim-spacing']));
    const methods = annotator.members.filter((member: any) => member.kind === 'method' && member.privacy !== 'private');
    expect(names(methods)).toEqual(expect.arrayContaining(['loadArticle', 'addAnnotation', 'exportJsonLd', 'importJsonLd']));
    // everything public says what it is for
    const undocumented = [...annotator.events, ...annotator.cssParts, ...annotator.cssProperties, ...methods].filter((item: any) => !item.description);
    expect(names(undocumented)).toEqual([]);
    const definitions = manifest.modules.flatMap((module: any) => (module.exports ?? []).filter((entry: any) => entry.kind === 'custom-element-definition'));
    expect(definitions.map((entry: any) => entry.declaration.module)).toEqual(['dist/lib/elements/claim-annotator/claim-annotator.js', 'dist/lib/elements/claim-library/claim-library.js']);
  });
});
