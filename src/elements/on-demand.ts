/**
 * What loads on demand, as one lazy chunk: reading and placing an import, reading a
 * library backup, and the Suggest action. Each is a user's explicit action, rare on a
 * page view; one chunk rather than three keeps the start-up bundle smaller, since the
 * bundler splits the code they share with start-up into one more file per set.
 */
export { prepareImport } from './exchange-import.ts';
export { BackupError, parseLibraryBackup, planRestore } from './library-backup.ts';
export { SuggestionsController } from './suggestions.ts';
