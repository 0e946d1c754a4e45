/** The IndexedDB layer: the article library, its schema and upgrades, and tab sync. */
export * from './article-store.ts';
export * from './database.ts';
export * from './record-checks.ts';
export * from './record-error.ts';
export * from './schema.ts';
export * from './tab-sync.ts';
