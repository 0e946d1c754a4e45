/** The persistence layer: an editor's article kept in the store as it changes (editor + store, no UI). */
export * from './article-saving.ts';
export * from './backup.ts';
export * from './limits.ts';
export * from './save-schedule.ts';
export * from './saving-needs.ts';
export * from './shared-stores.ts';
export * from './stored-placements.ts';
// tab-merge.ts and text-conflict.ts load when another tab speaks (article-saving.ts)
export type { OwnSaving } from './tab-merge.ts';
export type { ConflictMessage, TextConflict } from './text-conflict.ts';
