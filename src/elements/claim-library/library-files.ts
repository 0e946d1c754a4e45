/** What the library needs of backup files before one is read: their name and size limit (the reading code loads on demand). */

/** The largest backup file the library reads (bytes). */
export const maxBackupBytes = 256 * 1024 * 1024;

/** The name of a library backup made on `date` (local day): `claimmark-library-YYYY-MM-DD.json`. */
export function backupFileName(date = new Date()): string {
  const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `claimmark-library-${day}.json`;
}
