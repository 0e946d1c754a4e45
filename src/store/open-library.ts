/** Opening the article library from a site's own code, without an element. */
import { ArticleStore } from './article-store.ts';

/**
 * Opens the article library that `<claim-annotator>` and `<claim-library>` use:
 * database `name` (default `claimmark`) in `factory` (default the page's
 * IndexedDB). Rejects with a StoreError saying why it cannot.
 */
export function openLibrary(options: { name?: string; factory?: IDBFactory | null } = {}): Promise<ArticleStore> {
  return ArticleStore.open({ name: options.name, factory: options.factory });
}
