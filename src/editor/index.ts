/** The ProseMirror layer: article schema, annotation plugin and steps, text offsets. */
export * from './annotation-plugin.ts';
export * from './annotation-step.ts';
export * from './annotation-changes.ts';
export * from './annotations.ts';
export * from './article.ts';
export * from './article-text.ts';
export * from './commands.ts';
export * from './relations/relation-commands.ts';
export * from './relations/relations.ts';
export * from './highlights.ts';
export * from './slices/import-slices.ts';
export * from './slices/slices.ts';
export * from './slices/restore-slices.ts';
export * from './schema.ts';
export * from './setup.ts';
export * from './suggestions.ts';
export * from './editor-updates.ts';
