// `npm run build`: dist/claim-annotator.js, one ES module that defines <claim-annotator>.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const outfile = 'dist/claim-annotator.js';

// the Web Worker that places large imports, loaded from beside the bundle
await build({
  entryPoints: ['src/elements/anchor-worker.ts'],
  outfile: 'dist/anchor-worker.js',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  logLevel: 'warning',
});

await build({
  entryPoints: ['src/define.ts'],
  outfile,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  legalComments: 'eof',
  logLevel: 'warning',
});

const bytes = readFileSync(outfile);
console.log(`${outfile}: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzipped`);
