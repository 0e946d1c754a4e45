/**
 * The bundle a site loads: `npm run build` into a temporary folder, then the
 * entry file and the chunks it imports at start-up must stay within 120 KB
 * gzipped (issue 5's budget); the import code stays in a lazy chunk.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
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

  it('keeps the import code and the worker out of start-up', () => {
    const lazy = readdirSync(outdir).filter((name) => /^exchange-import-.*\.js$/.test(name));
    expect(lazy).toHaveLength(1);
    expect(startUp('claim-annotator.js').has(lazy[0])).toBe(false);
    expect(read('claim-annotator.js')).toContain(`import("./${lazy[0]}")`);
    expect(readdirSync(outdir)).toContain('anchor-worker.js');
  });
});
