/**
 * The events of `<claim-library>`. Each is fired for a choice the user made in
 * the library; they bubble and cross shadow roots. Those fired before the
 * library acts (`claim-library-open`, `-new`, `-backup`) are cancelable, so a
 * page can take over: open the article itself, keep the backup on a server.
 */
import type { LibraryBackup } from '../../persistence/backup.ts';
import type { ArticleSummary } from '../../store/index.ts';

const init: EventInit = { bubbles: true, composed: true };
const cancelable: EventInit = { ...init, cancelable: true };

/** `claim-library-open`: the user chose Open; cancel it to open the article yourself. */
export class LibraryOpenEvent extends Event {
  static readonly eventName = 'claim-library-open';
  constructor(readonly articleId: string) {
    super(LibraryOpenEvent.eventName, cancelable);
  }
}

/** `claim-library-new`: the user chose New article; cancel it to start one yourself. */
export class LibraryNewEvent extends Event {
  static readonly eventName = 'claim-library-new';
  constructor() {
    super(LibraryNewEvent.eventName, cancelable);
  }
}

/** `claim-library-rename`: the user renamed a stored article (`title` empty: no headline). */
export class LibraryRenameEvent extends Event {
  static readonly eventName = 'claim-library-rename';
  constructor(
    readonly articleId: string,
    readonly title: string,
  ) {
    super(LibraryRenameEvent.eventName, init);
  }
}

/** `claim-library-delete`: the user deleted a stored article; `article` is how the list showed it. */
export class LibraryDeleteEvent extends Event {
  static readonly eventName = 'claim-library-delete';
  constructor(readonly article: ArticleSummary) {
    super(LibraryDeleteEvent.eventName, init);
  }
}

/** `claim-library-restore`: articles were written back, by Undo after a delete or from a backup file. */
export class LibraryRestoreEvent extends Event {
  static readonly eventName = 'claim-library-restore';
  constructor(
    readonly articleIds: readonly string[],
    readonly annotationCount: number,
    readonly from: 'undo' | 'backup',
  ) {
    super(LibraryRestoreEvent.eventName, init);
  }
}

/** `claim-library-backup`: a backup of the whole library is ready; cancel it to keep `backup` yourself instead of downloading `fileName`. */
export class LibraryBackupEvent extends Event {
  static readonly eventName = 'claim-library-backup';
  constructor(
    readonly backup: LibraryBackup,
    readonly fileName: string,
  ) {
    super(LibraryBackupEvent.eventName, cancelable);
  }
}

declare global {
  interface HTMLElementEventMap {
    'claim-library-open': LibraryOpenEvent;
    'claim-library-new': LibraryNewEvent;
    'claim-library-rename': LibraryRenameEvent;
    'claim-library-delete': LibraryDeleteEvent;
    'claim-library-restore': LibraryRestoreEvent;
    'claim-library-backup': LibraryBackupEvent;
  }
}
