// `npm run build` writes what a site or a bundler uses:
// - dist/claim-annotator.js: one ES module a page loads with <script type="module">; it
//   defines <claim-annotator> and <claim-library> (plus lazy chunks and the worker beside it);
// - dist/lib/: the compiled modules with their .d.ts, for bundlers (package.json `exports`:
//   `.` is side-effect-free, `./define.js` registers the elements);
// - dist/custom-elements.json: the elements' manifest, generated from their JSDoc.
// `--outdir DIR` builds elsewhere; `--bundle-only` skips dist/lib and the manifest (the
// bundle-size test needs only the bundle).
import { build, transform } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { gzipSync } from 'node:zlib';

const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';
const bundleOnly = process.argv.includes('--bundle-only');
rmSync(outdir, { recursive: true, force: true });

// the Web Workers that place large imports and suggest on long articles, loaded from
// beside the bundle (worker-task.ts)
await build({
  entryPoints: ['src/elements/claim-annotator/workers/anchor-worker.ts', 'src/elements/claim-annotator/workers/suggest-worker.ts'],
  outdir,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});

/**
 * esbuild minifies JavaScript but leaves the CSS inside Lit's css`` templates as
 * written: the source of a .styles.ts file with each template minified by esbuild's
 * CSS minifier too. An interpolation (`${unsafeCSS(...)}`, which stands between rules)
 * goes through as a placeholder rule and is put back after; a template the minifier
 * would change around one fails the build rather than ship broken styles. About 1 KB
 * gzipped of the start-up budget.
 */
async function minifyLitCss(path) {
  let contents = await readFile(path, 'utf8');
  for (const [whole, body] of [...contents.matchAll(/css`([^`]*)`/g)]) {
    const slots = [];
    const css = body.replace(/\$\{([^`]*?)\}/g, (_, expression) => `.cm-slot-${slots.push(expression) - 1}{--cm-slot:0}`);
    let { code } = await transform(css, { loader: 'css', minify: true, sourcefile: path });
    code = code.trim();
    slots.forEach((expression, i) => {
      const placeholder = `.cm-slot-${i}{--cm-slot:0}`;
      if (!code.includes(placeholder)) throw new Error(`${path}: the CSS minifier moved an interpolation (${expression})`);
      code = code.replace(placeholder, `\${${expression}}`);
    });
    contents = contents.replace(whole, `css\`${code}\``);
  }
  return contents;
}

// the element, with what loads on demand (the import, the dialogs, the forms, French...)
// split into chunks beside it. Rollup bundles straight from the TypeScript, which
// esbuild compiles file by file (typescript below): rollup cuts chunks per source file
// and keeps in each only what is used, so start-up is one file holding only what
// start-up runs. esbuild's own splitting grouped files into shared chunks whole, and
// the code that only lazy chunks used came into start-up with the rest of its group.
const bundle = await rollup({
  input: { 'claim-annotator': 'src/define.ts' },
  // the entry exports nothing, so lazy chunks may import from it rather than from a facade
  preserveEntrySignatures: false,
  plugins: [nodeResolve({ extensions: ['.js', '.ts'] }), typescript()],
  onwarn(warning) {
    // Lit's and the virtualizer's modules set `this` at the top level, which is harmless
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    throw new Error(`rollup: ${warning.message}`);
  },
});
const licences = new Map();
await bundle.write({
  dir: outdir,
  format: 'es',
  sourcemap: true,
  entryFileNames: '[name].js',
  chunkFileNames: '[name]-[hash].js',
  plugins: [minifyChunks(licences)],
});
await bundle.close();
writeLicences(licences, join(outdir, 'claim-annotator.js.LEGAL.txt'));

/**
 * Compiles each TypeScript file with esbuild (no bundling), with the CSS of its Lit
 * css`` templates minified (minifyLitCss); JavaScript from node_modules passes as
 * it is. The licence comments of what is bundled are collected by minifyChunks.
 */
function typescript() {
  return {
    name: 'typescript',
    async load(id) {
      if (!id.endsWith('.ts')) return null;
      const source = id.endsWith('.styles.ts') ? await minifyLitCss(id) : await readFile(id, 'utf8');
      const { code, map } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcemap: true, sourcefile: id });
      return { code, map: JSON.parse(map) };
    },
  };
}

/**
 * Minifies each chunk with esbuild. The licence comments (esbuild's "legal comments":
 * `/*!`, `@license`, `@preserve`) of the bundled packages are kept apart, by package
 * file, for one claim-annotator.js.LEGAL.txt, as esbuild writes them.
 */
function minifyChunks(licences) {
  return {
    name: 'minify-chunks',
    async renderChunk(code, chunk) {
      for (const id of Object.keys(chunk.modules)) {
        const at = id.lastIndexOf('/node_modules/');
        if (at < 0) continue;
        const original = await readFile(id, 'utf8').catch(() => '');
        for (const [comment] of original.matchAll(/\/\*(?:!|\*(?:(?!\*\/)[\s\S])*?@(?:license|preserve))[\s\S]*?\*\//g)) {
          const name = id.slice(at + '/node_modules/'.length);
          licences.set(comment, [...(licences.get(comment) ?? []), name]);
        }
      }
      const minified = await transform(code, { minify: true, format: 'esm', target: 'es2022', sourcemap: true, legalComments: 'none' });
      return { code: `${minified.code}/*! For license information please see claim-annotator.js.LEGAL.txt */\n`, map: minified.map };
    },
  };
}

function writeLicences(licences, file) {
  const blocks = [...licences].map(([comment, names]) => `${[...new Set(names)].map((name) => `${name}:`).join('\n')}\n${comment.split('\n').map((line) => `  ${line.trim().startsWith('*') ? ` ${line.trim()}` : line.trim()}`).join('\n')}`);
  writeFileSync(file, `Bundled license information:\n\n${blocks.sort().join('\n\n')}\n`);
}

for (const file of readdirSync(outdir).filter((name) => name.endsWith('.js'))) {
  const bytes = readFileSync(`${outdir}/${file}`);
  console.log(`${outdir}/${file}: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`);
}

if (!bundleOnly) {
  const require = createRequire(import.meta.url);
  const run = (script, args) => execFileSync(process.execPath, [require.resolve(script), ...args], { stdio: 'inherit' });
  run('typescript/bin/tsc', ['-p', 'tsconfig.build.json', '--outDir', `${outdir}/lib`]);
  // the analyzer reads --outdir relative to the working folder, even when absolute
  run('@custom-elements-manifest/analyzer/cem.js', ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative('.', outdir), '--quiet']);
  console.log(`${outdir}/lib: compiled modules and types; ${outdir}/custom-elements.json`);
}
