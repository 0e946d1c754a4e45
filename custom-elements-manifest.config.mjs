/** Where a source module is published: src/x.ts is compiled to dist/lib/x.js (tsconfig.build.json). */
const published = (path) => path.replace(/^\/?src\//, 'dist/lib/').replace(/\.ts$/, '.js');

// `cem analyze` reads this: the two public elements, documented by their JSDoc
// (@fires, @csspart, @cssproperty, @attr, @tagname), written to dist/custom-elements.json.
export default {
  globs: ['src/define.ts', 'src/elements/claim-annotator/claim-annotator.ts', 'src/elements/claim-library/claim-library.ts'],
  outdir: 'dist',
  litelement: true,
  // package.json names dist/custom-elements.json itself; a build into another folder must not rewrite it
  packagejson: false,
  plugins: [
    {
      // The analyzer also lists every `dispatchEvent(new SomeEvent(...))` it sees, without a
      // name; the documented events are the @fires lines, so keep only those.
      name: 'claimmark-documented-events-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          module.path = published(module.path);
          for (const entry of module.exports ?? []) {
            if (entry.declaration?.module) entry.declaration.module = published(entry.declaration.module);
          }
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name && event.description);
          }
        }
      },
    },
  ],
};
