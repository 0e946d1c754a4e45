/**
 * What an imported file adds to the article's details. Only an import needs it,
 * so it is apart from article.ts, which start-up loads.
 */
import { samePage } from './annotation-input.ts';
import type { ArticleMetadata } from './article.ts';

/**
 * The article's metadata with the fields it lacks filled from `file`'s (the
 * article an imported file says it annotates), when the file is about this
 * article: the same page, or no address on either side. A `.txt` article then
 * gets the headline its annotations were published with. Returns `here`
 * itself when nothing is added; never replaces a field the article has.
 */
export function completeMetadata(here: ArticleMetadata, file: ArticleMetadata | undefined): ArticleMetadata {
  if (!file || (here.url && file.url && !samePage(here.url, file.url))) return here;
  const missing = (['url', 'title', 'publisher', 'author', 'published'] as const).filter((key) => !here[key] && file[key]);
  if (missing.length === 0) return here;
  const completed = { ...here };
  for (const key of missing) completed[key] = file[key];
  return completed;
}
