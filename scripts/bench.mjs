#!/usr/bin/env node
// `npm run bench [-- --quick]`: bundles bench/bench-page.ts with esbuild into .bench/, serves
// it from node:http on 127.0.0.1 with cross-origin isolation (5 µs performance.now()),
// drives the system Chromium through puppeteer-core and prints one JSON line per measure,
// {"name","unit","median","p95","n"}, then a {"name":"summary"} line with the targets.
// Progress and the page's console go to stderr. Exits 1 if the page throws.
//
// CLAIMMARK_BENCH_OPEN_ONLY=1 stops after open-10k (to compare builds' opening quickly);
// CLAIMMARK_BENCH_PANEL_ONLY=1 after panel-scroll (typing and the panel);
// CLAIMMARK_BENCH_SCALE=N runs only the import of N annotations and the reopening;
// CLAIMMARK_BENCH_LIBRARY=1 only the library search over 100 articles of 1,000 annotations;
// CLAIMMARK_BENCH_DESK=1 only the opening of a stored article with 10,000 annotations, 5,000 links and 5,000 replies;
// CLAIMMARK_BENCH_PROFILE=1 takes a CPU profile of each DOM typing run and prints its
// 25 largest self times to stderr (profiling slows the run: read it for shares, not figures);
// CLAIMMARK_BENCH_ELEMENT=/path/to/define.ts measures another build of the element
// (it replaces the page's import of src/define.ts); CLAIMMARK_BENCH_TIMEOUT_S changes the
// hard limit on the page's run (default 240 s with --quick, 480 s without).
import http from 'node:http';
import { readFile, mkdir, writeFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { requireChromium, chromiumArgs } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, '.bench');

const argv = process.argv.slice(2);
const unknown = argv.filter((a) => a !== '--quick');
if (unknown.length > 0) {
  console.error(`usage: npm run bench [-- --quick]   (unknown: ${unknown.join(' ')})`);
  process.exit(2);
}
const quick = argv.includes('--quick');
/** Hard limit for the page's run; the page itself aims at well under 3 minutes. */
const PAGE_TIMEOUT_MS = Number(process.env.CLAIMMARK_BENCH_TIMEOUT_S ?? (quick ? 240 : 480)) * 1000;

const TARGETS = {
  keystrokeRatio: 1.5, // median(keystroke-10k-dispatch) / median(keystroke-0-dispatch) <=
  keystroke10kDispatchP95: 8, // ms, <
  open0Median: 400, // ms, <
  open10kMedian: 400, // ms, <
  persistAnnotationMedian: 2, // ms to tx.done, <
  reload10kMedian: 800, // ms to first paint with highlights, <
  export10kMedian: 150, // ms, <
  exportLongestTask: 50, // ms, <=
  importLongestTask: 200, // ms, <= (issue 11: the page is never blocked longer)
  reloadLongestTask: 200, // ms, <=
  import10kMedian: 1000, // ms, <
  placedLikeExhaustive: 99, // %, >=
  domKeystrokeRatio: 1.15, // median(dom-keystroke-10k-dispatch) / median(dom-keystroke-0-dispatch) <=
  domKeystroke10kFrameP95: 33, // ms, <
  panelScrollLongestFrame: 50, // ms, <=
  librarySearchMedian: 200, // ms, < (issue 13: 100 articles of 1,000 annotations)
  deskOpenMedian: 600, // ms, < (issue 13: 10,000 annotations, 5,000 links, 5,000 replies)
};

const started = Date.now();
const log = (msg) => process.stderr.write(`${msg}\n`);

async function bundle() {
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const override = process.env.CLAIMMARK_BENCH_ELEMENT;
  const plugins = override
    ? [
        {
          name: 'element-override',
          setup(b) {
            b.onResolve({ filter: /(^|\/)src\/define(\.ts)?$/ }, () => ({
              path: path.resolve(override),
            }));
          },
        },
      ]
    : [];
  if (override) log(`bench: measuring ${path.resolve(override)} instead of src/define.ts`);
  await build({
    absWorkingDir: root,
    // the import worker is served beside the page, as dist/anchor-worker.js is beside the bundle
    entryPoints: { 'bench-page': path.join(root, 'bench/bench-page.ts'), 'anchor-worker': path.join(root, 'src/elements/claim-annotator/workers/anchor-worker.ts') },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    outdir,
    sourcemap: 'linked',
    minify: false,
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    // Lets a file outside the repo (the override) import lit and prosemirror.
    nodePaths: [path.join(root, 'node_modules')],
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
    plugins,
  });
  await writeFile(
    path.join(outdir, 'index.html'),
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Claimmark bench</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; }</style>
</head>
<body>
<script type="module" src="/bench-page.js"></script>
</body>
</html>
`,
  );
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

function serve() {
  const server = http.createServer(async (req, res) => {
    const headers = {
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Embedder-Policy': 'require-corp',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
      const file = path.resolve(outdir, rel);
      if (!file.startsWith(outdir + path.sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(file);
      res.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch (error) {
      res.writeHead(error?.code === 'ENOENT' || error?.code === 'EISDIR' ? 404 : 500, headers);
      res.end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const n = s.length;
  if (n === 0) return { median: null, p95: null, n };
  const median = n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  const p95 = s[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]; // nearest rank
  return { median, p95, n };
}

const round3 = (x) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 1000) / 1000);

function report(output, error, pageErrors) {
  const byName = new Map();
  for (const r of output?.results ?? []) {
    const { median, p95, n } = stats(r.samples);
    const line = { name: r.name, unit: 'ms', median: round3(median), p95: round3(p95), n };
    if (r.note) line.note = r.note;
    byName.set(r.name, line);
    console.log(JSON.stringify(line));
  }
  const median = (name) => byName.get(name)?.median ?? null;
  const k0 = median('keystroke-0-dispatch');
  const k10 = median('keystroke-10k-dispatch');
  const ratio = k0 !== null && k10 !== null && k0 > 0 ? k10 / k0 : null;
  const p95k10 = byName.get('keystroke-10k-dispatch')?.p95 ?? null;
  const ratioOf = (a, b) => (median(a) !== null && median(b) !== null && median(b) > 0 ? median(a) / median(b) : null);
  const domRatio = ratioOf('dom-keystroke-10k-dispatch', 'dom-keystroke-0-dispatch');
  const domFrameRatio = ratioOf('dom-keystroke-10k-frame', 'dom-keystroke-0-frame');
  const domFrameP95 = byName.get('dom-keystroke-10k-frame')?.p95 ?? null;
  const scrollLongest = output?.meta?.panelScrollLongestFrameMs ?? null;
  const open0 = median('open-0');
  const open10k = median('open-10k');
  const checks = {
    'keystroke-ratio<=1.5': ratio !== null && ratio <= TARGETS.keystrokeRatio,
    'keystroke-10k-dispatch.p95<8': p95k10 !== null && p95k10 < TARGETS.keystroke10kDispatchP95,
    'open-0.median<400': open0 !== null && open0 < TARGETS.open0Median,
    'open-10k.median<400': open10k !== null && open10k < TARGETS.open10kMedian,
    'persist-annotation-store.median<2': median('persist-annotation-store') !== null && median('persist-annotation-store') < TARGETS.persistAnnotationMedian,
    'reload-10k.median<800': median('reload-10k') !== null && median('reload-10k') < TARGETS.reload10kMedian,
    'export-10k.median<150': median('export-10k') !== null && median('export-10k') < TARGETS.export10kMedian,
    'export-longest-task<=50': (output?.meta?.exportLongestTaskMs ?? Infinity) <= TARGETS.exportLongestTask,
    'import-longest-task<=200': (output?.meta?.importLongestTaskMs ?? Infinity) <= TARGETS.importLongestTask,
    'reload-longest-task<=200': (output?.meta?.reloadLongestTaskMs ?? Infinity) <= TARGETS.reloadLongestTask,
    'import-10k.median<1000': median('import-10k') !== null && median('import-10k') < TARGETS.import10kMedian,
    'import-placed-like-exhaustive>=99%': (output?.meta?.importPlacedLikeExhaustive ?? 0) >= TARGETS.placedLikeExhaustive,
    'dom-keystroke-ratio<=1.15': domRatio !== null && domRatio <= TARGETS.domKeystrokeRatio,
    'dom-keystroke-10k-frame.p95<33': domFrameP95 !== null && domFrameP95 < TARGETS.domKeystroke10kFrameP95,
    ...(median('import-scale') !== null
      ? {
          // the issue's targets are for 100,000 annotations; a smaller scale run checks the tasks only
          'import-scale-100k<12000': (output?.meta?.scaleAnnotations ?? 0) >= 100_000 && median('import-scale') < 12_000,
          'reopen-scale-100k<5000': (output?.meta?.scaleAnnotations ?? 0) >= 100_000 && median('reopen-scale') !== null && median('reopen-scale') < 5_000,
          'import-scale-longest-task<=200': (output?.meta?.importScaleLongestTaskMs ?? Infinity) <= 200,
          'reopen-scale-longest-task<=200': (output?.meta?.reopenScaleLongestTaskMs ?? Infinity) <= 200,
        }
      : {}),
    ...(median('library-search') !== null
      ? {
          'library-search.median<200': median('library-search') < TARGETS.librarySearchMedian,
          'library-search-longest-task<=200': (output?.meta?.librarySearchLongestTaskMs ?? Infinity) <= 200,
        }
      : {}),
    ...(median('desk-open') !== null ? { 'desk-open.median<600': median('desk-open') < TARGETS.deskOpenMedian } : {}),
    'panel-scroll-longest-frame<=50': scrollLongest !== null && output?.meta?.panelScrollReachedEnd === true && scrollLongest <= TARGETS.panelScrollLongestFrame,
  };
  const meta = output?.meta ?? {};
  const summary = {
    name: 'summary',
    keystrokeRatio: round3(ratio),
    keystroke10kDispatchP95: p95k10,
    domKeystroke0DispatchMedian: median('dom-keystroke-0-dispatch'),
    domKeystroke10kDispatchMedian: median('dom-keystroke-10k-dispatch'),
    domKeystrokeRatio: round3(domRatio),
    domKeystroke0FrameMedian: median('dom-keystroke-0-frame'),
    domKeystroke10kFrameMedian: median('dom-keystroke-10k-frame'),
    domKeystrokeFrameRatio: round3(domFrameRatio),
    domKeystroke10kFrameP95: domFrameP95,
    panelScrollLongestFrameMs: scrollLongest,
    panelScrollFrameP95: byName.get('panel-scroll-frame')?.p95 ?? null,
    panelScrollLongestAnimationFrameMs: output?.meta?.panelScrollLongestAnimationFrameMs ?? null,
    panelScrollLongestAnimationFrameParts: output?.meta?.panelScrollLongestAnimationFrameParts ?? null,
    panelScrollSteps: output?.meta?.panelScrollSteps ?? null,
    panelScrollReachedEnd: output?.meta?.panelScrollReachedEnd ?? null,
    open0Median: open0,
    open10kMedian: open10k,
    persistAnnotationMedian: median('persist-annotation-store'),
    persistAnnotationElementMedian: median('persist-annotation-element'),
    persistTextEditMedian: median('persist-text-edit'),
    reload10kMedian: median('reload-10k'),
    export10kMedian: median('export-10k'),
    exportLongestTaskMs: output?.meta?.exportLongestTaskMs ?? null,
    importLongestTaskMs: output?.meta?.importLongestTaskMs ?? null,
    reloadLongestTaskMs: output?.meta?.reloadLongestTaskMs ?? null,
    import10kMedian: median('import-10k'),
    suggest100kMedian: median('suggest-100k'),
    suggestFirstCallMs: meta.suggestFirstCallMs ?? null,
    suggestionsFound: meta.suggestionsFound ?? null,
    importPlacedLikeExhaustive: output?.meta?.importPlacedLikeExhaustive ?? null,
    importMoved: output?.meta?.importMoved ?? null,
    importOrphaned: output?.meta?.importOrphaned ?? null,
    hypothesisBaselineMs: output?.meta?.hypothesisBaselineMs ?? null,
    hypothesisBaselineSampled: output?.meta?.hypothesisBaselineSampled ?? null,
    baselineOverOurs: output?.meta?.baselineOverOurs ?? null,
    ...(median('desk-open') !== null ? { deskOpenMedian: median('desk-open'), deskOpenLongestTaskMs: output?.meta?.deskOpenLongestTaskMs ?? null } : {}),
    ...(median('library-search') !== null
      ? {
          librarySearchMedian: median('library-search'),
          librarySearchFirstMs: output?.meta?.librarySearchFirstMs ?? null,
          librarySearchFirstLongestTaskMs: output?.meta?.librarySearchFirstLongestTaskMs ?? null,
          librarySearchLongestTaskMs: output?.meta?.librarySearchLongestTaskMs ?? null,
        }
      : {}),
    ...(median('import-scale') !== null
      ? {
          scaleAnnotations: meta.scaleAnnotations ?? null,
          importScaleMs: median('import-scale'),
          importScaleReportMs: meta.importScaleReportMs ?? null,
          importScaleLongestTaskMs: meta.importScaleLongestTaskMs ?? null,
          importScaleReportLongestTaskMs: meta.importScaleReportLongestTaskMs ?? null,
          importScaleSaveLongestTaskMs: meta.importScaleSaveLongestTaskMs ?? null,
          reopenScaleMs: median('reopen-scale'),
          reopenScaleLongestTaskMs: meta.reopenScaleLongestTaskMs ?? null,
        }
      : {}),
    targets: checks,
    allTargetsMet: Object.values(checks).every(Boolean),
    open10kVia: meta.open10kVia ?? null,
    crossOriginIsolated: meta.crossOriginIsolated ?? null,
    domKeystrokeByPlace: {
      '0': meta['dom-keystroke-0-dispatch-by-place'] ?? null,
      '10k': meta['dom-keystroke-10k-dispatch-by-place'] ?? null,
    },
    keystrokeSetup: {
      '0': meta['keystroke-0-setup'] ?? null,
      '10k': meta['keystroke-10k-setup'] ?? null,
    },
    quick,
    words: meta.words ?? null,
    annotations: meta.annotations ?? null,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ok: !error && pageErrors.length === 0,
  };
  if (error) summary.error = String(error?.message ?? error).split('\n')[0];
  if (pageErrors.length) summary.pageErrors = pageErrors.slice(0, 5);
  console.log(JSON.stringify(summary));
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let server = null;
let browser = null;

async function cleanup() {
  if (browser) {
    const b = browser;
    browser = null;
    const proc = b.process();
    try {
      await withTimeout(b.close(), 5_000, 'closing Chromium');
    } catch {
      proc?.kill('SIGKILL');
    }
  }
  if (server) {
    const s = server;
    server = null;
    s.closeAllConnections?.();
    await new Promise((resolve) => s.close(() => resolve()));
  }
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    log(`bench: ${signal}, stopping`);
    cleanup().finally(() => process.exit(130));
  });
}

async function main() {
  const executablePath = requireChromium();
  log(`bench: bundling${quick ? ' (quick)' : ''}`);
  await bundle();
  server = await serve();
  const { port } = server.address();
  const flags = [quick && 'quick', process.env.CLAIMMARK_BENCH_OPEN_ONLY && 'open-only', process.env.CLAIMMARK_BENCH_PANEL_ONLY && 'panel-only', process.env.CLAIMMARK_BENCH_SCALE && `scale=${process.env.CLAIMMARK_BENCH_SCALE}`, process.env.CLAIMMARK_BENCH_LIBRARY && 'library', process.env.CLAIMMARK_BENCH_DESK && 'desk'].filter(Boolean);
  const url = `http://127.0.0.1:${port}/${flags.length ? `?${flags.join('&')}` : ''}`;

  log(`bench: launching ${executablePath}`);
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: [...chromiumArgs, '--js-flags=--expose-gc', '--window-size=1280,900'],
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: PAGE_TIMEOUT_MS + 60_000,
  });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  // typing through the DOM needs the page to have focus
  await page.bringToFront();

  if (process.env.CLAIMMARK_BENCH_PROFILE) await exposeProfiler(page);

  const pageErrors = [];
  let crashed = null;
  // Results and metadata also arrive through the console as they are measured, so a
  // page that hangs in a later phase still reports what it finished.
  const streamed = { results: [], meta: {} };
  page.on('console', (msg) => {
    const type = msg.type();
    const text = msg.text();
    try {
      if (text.startsWith('[bench-result] ')) return void streamed.results.push(JSON.parse(text.slice(15)));
      if (text.startsWith('[bench-meta] ')) return void Object.assign(streamed.meta, JSON.parse(text.slice(13)));
    } catch {
      // not ours after all: log it below
    }
    if (type === 'info' && text.startsWith('[bench]')) log(text);
    else log(`[page ${type}] ${text}`);
  });
  page.on('pageerror', (error) => {
    const text = error?.stack ?? error?.message ?? String(error);
    pageErrors.push(String(error?.message ?? error).split('\n')[0]);
    log(`[page error] ${text}`);
  });
  page.on('requestfailed', (req) => log(`[page request failed] ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('error', (error) => {
    crashed = error;
    log(`[page crashed] ${error?.message ?? error}`);
  });

  let output = null;
  let error = null;
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    // The module sets window.__benchDone; if it failed to evaluate there is nothing to wait for.
    await page
      .waitForFunction(() => window.__benchDone !== undefined, { timeout: 30_000 })
      .catch(() => {
        throw new Error(`the bench page did not start${pageErrors.length ? `: ${pageErrors[0]}` : ''}`);
      });
    output = await withTimeout(
      page.evaluate(() => window.__benchDone),
      PAGE_TIMEOUT_MS,
      'the bench page',
    );
  } catch (e) {
    error = crashed ?? e;
    log(`bench: FAILED: ${error?.stack ?? error}`);
    // Whatever finished before the failure is still worth printing.
    output = streamed;
  }
  report(output, error, pageErrors);
  if (error || pageErrors.length) process.exitCode = 1;
  if (output?.meta && output.meta.crossOriginIsolated === false) {
    log('bench: warning: the page was not cross-origin isolated; timer resolution is coarse');
  }
}

/** The browser's own work during a run (style, layout, paint...), summed by trace event name. */
async function traceRun(page, command, label) {
  if (command === 'start') {
    return void (await page.tracing.start({ categories: ['devtools.timeline', 'blink', 'v8.execute'] }));
  }
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString("utf8"));
  const byName = new Map();
  for (const event of trace.traceEvents) {
    if (event.ph !== 'X' || !event.dur) continue;
    const entry = byName.get(event.name) ?? { ms: 0, count: 0, elements: 0 };
    entry.ms += event.dur / 1000;
    entry.count++;
    entry.elements += event.args?.elementCount ?? event.args?.data?.elementCount ?? 0;
    byName.set(event.name, entry);
  }
  log(`bench: trace ${label}, largest (inclusive) times by event:`);
  for (const [name, e] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 30)) {
    log(`  ${e.ms.toFixed(1).padStart(8)} ms  x${String(e.count).padEnd(6)} ${name}${e.elements ? ` (${e.elements} elements)` : ''}`);
  }
}

/** Lets the page start and stop a CPU profile (`window.__benchProfile('start' | 'stop', label)`). */
async function exposeProfiler(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const tracing = process.env.CLAIMMARK_BENCH_PROFILE === 'trace';
  await page.exposeFunction('__benchProfile', async (command, label) => {
    if (tracing) return traceRun(page, command, label);
    if (command === 'start') return void (await cdp.send('Profiler.start'));
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(path.join(outdir, `profile-${label}.cpuprofile`), JSON.stringify(profile));
    const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
    const self = new Map();
    const deltas = profile.timeDeltas;
    profile.samples.forEach((id, i) => {
      const { functionName, url, lineNumber } = byNode.get(id).callFrame;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
    });
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    log(`bench: profile ${label}: ${total.toFixed(0)} ms sampled, largest self times:`);
    for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
      log(`  ${ms.toFixed(1).padStart(8)} ms  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${key}`);
    }
  });
}

try {
  await main();
} catch (error) {
  log(`bench: FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
  log(`bench: done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
await import('./bench-reanchor.mjs'); // re-anchoring against the shared corpus's ground truth (issue 11)
