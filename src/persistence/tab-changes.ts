/**
 * What this tab does when another tab saved the same article: merge its save
 * (tab-merge.ts) or settle a text conflict (text-conflict.ts). Both happen only
 * with two tabs on one article, after reading the store: a chunk of their own,
 * loaded then (`loadTabChanges` in article-saving.ts, which must not import
 * this file: a static import would put the chunk back into start-up).
 */
export { mergeFromOtherTab, takesTheirMetadata } from './tab-merge.ts';
export { conflictMessage, holdsSameText, otherVersion } from './text-conflict.ts';
export { putSnapshot } from '../store/library-records.ts';

