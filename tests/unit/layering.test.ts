/**
 * design.md's layering: model imports nothing of ours and no editor, storage or
 * UI library; editor and store import only model; only elements touch Lit.
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

function importsOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]/g)].map((m) => m[1] ?? m[2]);
}

const rules: Record<string, { layers: string[]; packages: RegExp }> = {
  model: { layers: ['model'], packages: /^approx-string-match$/ },
  editor: { layers: ['model', 'editor'], packages: /^prosemirror-/ },
  store: { layers: ['model', 'store'], packages: /^idb$/ },
};

describe('layering', () => {
  for (const [layer, rule] of Object.entries(rules)) {
    it(`${layer}/ imports only ${rule.layers.join(' and ')}`, () => {
      let dir: string;
      try {
        dir = join(root, layer);
        statSync(dir);
      } catch {
        return; // the layer does not exist yet
      }
      const offences: string[] = [];
      for (const file of filesIn(dir)) {
        for (const specifier of importsOf(file)) {
          if (specifier.startsWith('.')) {
            const target = relative(root, join(file, '..', specifier)).split('/')[0];
            if (!rule.layers.includes(target)) offences.push(`${relative(root, file)} -> ${specifier}`);
          } else if (!rule.packages.test(specifier)) {
            offences.push(`${relative(root, file)} -> ${specifier}`);
          }
        }
      }
      expect(offences).toEqual([]);
    });
  }

  it('finds the imports it checks', () => {
    expect(importsOf(join(root, 'editor/setup.ts'))).toContain('prosemirror-history');
    expect(filesIn(join(root, 'model')).length).toBeGreaterThan(3);
  });
});
