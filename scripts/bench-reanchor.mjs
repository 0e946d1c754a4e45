#!/usr/bin/env node
// `node scripts/bench-reanchor.mjs` (also run at the end of `npm run bench`): re-anchoring
// against ground truth. Builds the element's bundle into a temporary folder, then runs the
// shared corpus's scorer (../shared/reanchor-corpus/score.mjs, or CLAIMMARK_REANCHOR_CORPUS)
// on three corpora, and prints one JSON line per corpus,
// {"name":"reanchor","seeds","exactPct","wrong","lost","silentOnDeleted","importMs","speedup",…},
// then {"name":"reanchor.summary"} with the targets and whether each corpus met them.
// CLAIMMARK_REANCHOR_SEEDS="101,102,103;7,8,9;1,2,3" picks the corpora. Without the corpus
// folder it says so on stderr and prints nothing. Exits 1 if the scorer fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, process.env.CLAIMMARK_REANCHOR_CORPUS ?? '../shared/reanchor-corpus');
const scorer = path.join(corpus, 'score.mjs');
const seedSets = (process.env.CLAIMMARK_REANCHOR_SEEDS ?? '101,102,103;7,8,9;1,2,3').split(';').filter(Boolean);
/** What issue 11 asks of re-anchoring 10,000 annotations into an edited 100,000-word article. */
const TARGETS = { exactPctMin: 99.5, wrong: 0, silentOnDeleted: 0, importMsMax: 1000, speedupMin: 10 };
const log = (message) => process.stderr.write(`${message}\n`);

function run() {
  if (!existsSync(scorer)) {
    log(`bench-reanchor: no corpus at ${corpus}; skipped`);
    return 0;
  }
  const bundle = mkdtempSync(path.join(tmpdir(), 'claimmark-reanchor-'));
  try {
    const built = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--outdir', bundle, '--bundle-only'], { cwd: root, encoding: 'utf8' });
    if (built.status !== 0) {
      log(`bench-reanchor: the build failed\n${built.stderr}`);
      return 1;
    }
    const results = [];
    for (const seeds of seedSets) {
      log(`bench-reanchor: corpus ${seeds}`);
      const scored = spawnSync(process.execPath, [scorer, '--bundle', bundle], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, CORPUS_SEEDS: seeds },
        maxBuffer: 16 * 1024 * 1024,
      });
      const lines = scored.stdout.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
      const summary = lines.find((line) => line.name === 'reanchor.summary');
      if (scored.status !== 0 || !summary) {
        log(`bench-reanchor: the scorer failed on ${seeds}\n${scored.stderr}`);
        return 1;
      }
      const examples = lines.find((line) => line.name === 'reanchor.examples') ?? {};
      const result = {
        name: 'reanchor',
        seeds,
        exactPct: summary.exactPct,
        exact: summary.exact,
        near: summary.near,
        wrong: summary.wrong,
        lost: summary.lost,
        silentOnDeleted: summary.silentOnDeleted,
        deletedOrphaned: summary.deletedOrphaned,
        deleted: summary.deleted,
        missingIds: examples.missingIds ?? 0,
        importMs: summary.importMs,
        hypothesisStyleMs: summary.hypothesisStyleMs,
        speedup: summary.speedup,
      };
      result.meetsTargets =
        result.exactPct >= TARGETS.exactPctMin &&
        result.wrong === TARGETS.wrong &&
        result.silentOnDeleted === TARGETS.silentOnDeleted &&
        result.importMs < TARGETS.importMsMax &&
        result.speedup >= TARGETS.speedupMin;
      results.push(result);
      console.log(JSON.stringify(result));
    }
    console.log(JSON.stringify({ name: 'reanchor.summary', targets: TARGETS, corpora: results.length, met: results.filter((r) => r.meetsTargets).length }));
    return 0;
  } finally {
    rmSync(bundle, { recursive: true, force: true });
  }
}

const status = run();
if (status) process.exitCode = status;
