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
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { rollup } from 'rollup';
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
 * written: minify each template with esbuild's CSS minifier too. An interpolation
 * (`${unsafeCSS(...)}`, which stands between rules) goes through as a placeholder
 * rule and is put back after; a template the minifier would change around one fails
 * the build rather than ship broken styles. About 1 KB gzipped of the start-up budget.
 */
const minifyLitCss = {
  name: 'minify-lit-css',
  setup(b) {
    b.onLoad({ filter: /\.styles\.ts$/ }, async (args) => {
      let contents = await readFile(args.path, 'utf8');
      for (const [whole, body] of [...contents.matchAll(/css`([^`]*)`/g)]) {
        const slots = [];
        const css = body.replace(/\$\{([^`]*?)\}/g, (_, expression) => `.cm-slot-${slots.push(expression) - 1}{--cm-slot:0}`);
        let { code } = await transform(css, { loader: 'css', minify: true, sourcefile: args.path });
        code = code.trim();
        slots.forEach((expression, i) => {
          const placeholder = `.cm-slot-${i}{--cm-slot:0}`;
          if (!code.includes(placeholder)) throw new Error(`${args.path}: the CSS minifier moved an interpolation (${expression})`);
          code = code.replace(placeholder, `\${${expression}}`);
        });
        contents = contents.replace(whole, `css\`${code}\``);
      }
      return { contents, loader: 'ts' };
    });
  },
};

// the element, with what only an import needs (reading, matching) split into a chunk
// beside it that loads on the first import. esbuild compiles and splits into a staging
// folder; rollup then re-chunks (see rechunk below).
const staging = mkdtempSync(join(tmpdir(), 'claimmark-staging-'));
try {
  await build({
    entryPoints: { 'claim-annotator': 'src/define.ts' },
    outdir: staging,
    splitting: true,
    chunkNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
    plugins: [minifyLitCss],
  });
  await rechunk(staging, outdir);
} finally {
  rmSync(staging, { recursive: true, force: true });
}

/**
 * esbuild puts code shared by the start-up and a lazy chunk into chunks of their own,
 * which the entry imports: seven files at start-up, and gzip compresses each apart (about
 * 2 KB more than one file). Rollup, given esbuild's output, lets the lazy chunks import
 * from the entry instead, so start-up is one file. Each chunk is minified again (rollup
 * prints its own import and export statements), and the source maps are chained back to
 * the TypeScript. The licences of everything bundled go to one claim-annotator.js.LEGAL.txt.
 */
async function rechunk(from, to) {
  const fromStaging = {
    name: 'esbuild-output',
    async load(id) {
      if (!id.startsWith(from)) return null;
      const code = (await readFile(id, 'utf8')).replace(/\/\*! For license information please see [^*]+\*\/\n?/g, '');
      return { code, map: JSON.parse(await readFile(`${id}.map`, 'utf8')) };
    },
    async renderChunk(code) {
      const minified = await transform(code, { minify: true, format: 'esm', target: 'es2022', sourcemap: true, legalComments: 'none' });
      return { code: `${minified.code}/*! For license information please see claim-annotator.js.LEGAL.txt */\n`, map: minified.map };
    },
  };
  const bundle = await rollup({
    input: join(from, 'claim-annotator.js'),
    // the entry exports nothing, so lazy chunks may import from it rather than from a facade
    preserveEntrySignatures: false,
    plugins: [fromStaging],
    onwarn(warning) {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  await bundle.write({
    dir: to,
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    // esbuild's hash is dropped from the name: rollup's own stands for the new content
    chunkFileNames: (chunk) => `${chunk.name.replace(/-[A-Z0-9]{8}$/, '')}-[hash].js`,
  });
  await bundle.close();
  const licences = new Set();
  for (const name of readdirSync(from).filter((file) => file.endsWith('.LEGAL.txt'))) {
    for (const block of readFileSync(join(from, name), 'utf8').replace(/^\s*Bundled license information:\s*/, '').split(/\n\s*\n(?=\S)/)) {
      if (block.trim()) licences.add(block.trimEnd());
    }
  }
  writeFileSync(join(to, 'claim-annotator.js.LEGAL.txt'), `Bundled license information:\n\n${[...licences].sort().join('\n\n')}\n`);
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
