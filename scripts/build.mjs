// `npm run build`: dist/claim-annotator.js, one ES module that defines <claim-annotator>.
import { build } from 'esbuild';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// `--outdir DIR` builds elsewhere (the bundle-size test builds into a temporary folder)
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 ? process.argv[outdirFlag + 1] : 'dist';
rmSync(outdir, { recursive: true, force: true });

// the Web Worker that places large imports, loaded from beside the bundle
await build({
  entryPoints: ['src/elements/anchor-worker.ts'],
  outfile: `${outdir}/anchor-worker.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});

// the element, with what only an import needs (reading, matching) split into a chunk
// beside it that loads on the first import
await build({
  entryPoints: { 'claim-annotator': 'src/define.ts' },
  outdir,
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

for (const file of readdirSync(outdir).filter((name) => name.endsWith('.js'))) {
  const bytes = readFileSync(`${outdir}/${file}`);
  console.log(`${outdir}/${file}: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`);
}
