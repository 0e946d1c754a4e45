/**
 * docs/architecture.md is the map a newcomer reads: every source path it names
 * (`editor/commands.ts`, `src/elements/...`) must exist, so a move that forgets
 * the map fails here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const map = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

/** The paths in backticks that name a TypeScript file inside a folder. */
function namedPaths(text: string): string[] {
  return [...text.matchAll(/`([\w./-]+\/[\w.-]+\.ts)`/g)].map((m) => m[1]);
}

describe('docs/architecture.md', () => {
  it('names only files that exist', () => {
    const paths = namedPaths(map);
    expect(paths.length).toBeGreaterThan(15);
    const missing = paths.filter((path) => ![join(root, path), join(root, 'src', path), join(root, 'src/elements', path), join(root, 'src/elements/claim-annotator', path)].some(existsSync));
    expect(missing).toEqual([]);
  });

  it('sees a path that does not exist', () => {
    const missing = namedPaths('see `editor/no-such-file.ts`').filter((path) => !existsSync(join(root, 'src', path)));
    expect(missing).toEqual(['editor/no-such-file.ts']);
  });
});
