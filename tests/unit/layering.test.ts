/**
 * design.md's layering, and the rooms inside the element layer: model imports
 * nothing of ours and no editor, storage or UI library; editor and store import
 * only model; persistence (saving an editor's article) imports editor and store;
 * only elements touch Lit. Inside elements/, shared/ serves both
 * elements and each element keeps to its own folder. A back-edge may import
 * types only (`import type`), as ProseMirror's packages do.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../src');

function filesIn(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Import {
  specifier: string;
  typeOnly: boolean;
}

function importsOf(file: string): Import[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)(\s+type\b)?[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => ({
    specifier: m[2] ?? m[3],
    typeOnly: Boolean(m[1]),
  }));
}

/** A layer: the folders of src/ it may import (values), and the packages it may use. */
interface LayerRule {
  layers: string[];
  packages: RegExp;
}

const rules: Record<string, LayerRule> = {
  model: { layers: ['model'], packages: /^approx-string-match$/ },
  editor: { layers: ['model', 'editor'], packages: /^prosemirror-/ },
  store: { layers: ['model', 'store'], packages: /^idb$/ },
  persistence: { layers: ['model', 'editor', 'store', 'persistence'], packages: /^prosemirror-/ },
  elements: { layers: ['model', 'editor', 'store', 'persistence', 'elements'], packages: /^(lit|lit\/.*|@lit-labs\/virtualizer\/.*|prosemirror-.*)$/ },
  'elements/shared': { layers: ['model', 'editor', 'store', 'persistence', 'elements/shared'], packages: /^(lit|lit\/.*)$/ },
  'elements/claim-annotator': {
    layers: ['model', 'editor', 'store', 'persistence', 'elements/shared', 'elements/claim-annotator'],
    // the virtualizer draws the panel's long list (loaded with the on-demand chunk)
    packages: /^(lit|lit\/.*|@lit-labs\/virtualizer\/.*|prosemirror-.*)$/,
  },
  'elements/claim-library': {
    layers: ['model', 'editor', 'store', 'persistence', 'elements/shared', 'elements/claim-library'],
    packages: /^(lit|lit\/.*|prosemirror-model)$/,
  },
};

/** The rule's layer that `path` (relative to src/, with slashes) lies in, or null. */
function layerOf(path: string, layers: readonly string[]): string | null {
  return layers.find((layer) => path === layer || path.startsWith(`${layer}/`)) ?? null;
}

function offencesOf(layer: string, rule: LayerRule): string[] {
  const offences: string[] = [];
  for (const file of filesIn(join(root, layer))) {
    for (const { specifier, typeOnly } of importsOf(file)) {
      if (specifier.startsWith('.')) {
        const target = relative(root, join(file, '..', specifier)).split('\\').join('/');
        if (!layerOf(target, rule.layers) && !typeOnly) offences.push(`${relative(root, file)} -> ${specifier}`);
      } else if (!rule.packages.test(specifier)) {
        offences.push(`${relative(root, file)} -> ${specifier}`);
      }
    }
  }
  return offences;
}

describe('layering', () => {
  for (const [layer, rule] of Object.entries(rules)) {
    it(`${layer}/ imports only ${rule.layers.join(', ')}`, () => {
      // a missing folder is a moved layer, not a layer without offences
      expect(statSync(join(root, layer)).isDirectory(), `src/${layer} exists`).toBe(true);
      expect(offencesOf(layer, rule)).toEqual([]);
    });
  }

  it('finds the imports it checks, and tells type-only ones apart', () => {
    expect(importsOf(join(root, 'editor/setup.ts')).map((i) => i.specifier)).toContain('prosemirror-history');
    const link = importsOf(join(root, 'elements/claim-library/library-editor-link.ts'));
    expect(link).toContainEqual({ specifier: '../claim-annotator/claim-annotator.ts', typeOnly: true });
    expect(filesIn(join(root, 'model')).length).toBeGreaterThan(3);
  });

  it('sees an offence: a value import from the editor into the model', () => {
    const rule = rules.model;
    const target = 'editor/schema.ts';
    expect(layerOf(target, rule.layers)).toBeNull();
    expect(layerOf('model/text/text.ts', rule.layers)).toBe('model');
  });

  it('keeps every folder a room, not a flat bag of files', () => {
    const crowded: string[] = [];
    const visit = (dir: string) => {
      const names = readdirSync(dir);
      const own = names.filter((name) => name.endsWith('.ts') && name !== 'index.ts');
      if (own.length > 14) crowded.push(`${relative(root, dir)} (${own.length})`);
      for (const name of names) if (statSync(join(dir, name)).isDirectory()) visit(join(dir, name));
    };
    visit(root);
    expect(crowded).toEqual([]);
  });
});
