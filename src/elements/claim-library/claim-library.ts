/**
 * `<claim-library>`, the element: its attributes and properties. What it does
 * (reading and changing the library, its templates, styles and words) is the
 * LibraryDesk, a lazy chunk: the list can only show once the library is read
 * from IndexedDB, and the chunk loads meanwhile, so a page that embeds only the
 * editor never loads it.
 */
import { LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ArticleSummary } from '../../store/index.ts';
import type { LibraryStrings } from '../shared/strings/library-strings.ts';
import { baseStyles } from '../shared/base.styles.ts';
import { adoptMoreStyles } from '../shared/adopt-styles.ts';
import type { LibraryDesk } from './library-desk.ts';

const loadDesk = () => import('./library-desk.ts');

/**
 * The library of stored articles, for one database.
 *
 * @fires claim-library-open - The user chose Open (`LibraryOpenEvent`, cancelable).
 * @fires claim-library-new - The user chose New article (`LibraryNewEvent`, cancelable).
 * @fires claim-library-rename - The user renamed an article (`LibraryRenameEvent`).
 * @fires claim-library-delete - The user deleted an article (`LibraryDeleteEvent`).
 * @fires claim-library-restore - Undo or a backup file wrote articles back (`LibraryRestoreEvent`).
 * @fires claim-library-backup - A backup is ready to download (`LibraryBackupEvent`, cancelable).
 * @csspart actions - New article, back up and restore.
 * @csspart list - The list of articles.
 * @csspart item - One article in the list.
 * @csspart item-actions - An article's Open, Rename and Delete.
 * @csspart status - The status line, with Undo after a delete.
 * @csspart unlisted - The note naming stored articles that cannot be read, which the list leaves out.
 * @cssproperty --claim-font-family - The interface font.
 * @cssproperty --claim-focus-colour - Focus rings and primary buttons.
 * @cssproperty --claim-text-colour - Text.
 * @cssproperty --claim-surface - The background.
 * @cssproperty --claim-border-colour - Borders and separators.
 * @cssproperty --claim-font-size - The base font size (16px).
 * @cssproperty --claim-spacing - The base unit of gaps and padding (1rem).
 * @cssproperty --claim-muted-colour - Secondary text.
 * @cssproperty --claim-hover-surface - Buttons under the pointer.
 * @cssproperty --claim-on-focus-colour - Text on primary buttons.
 * @cssproperty --claim-danger-colour - Errors and delete buttons.
 * @attr theme - `light` (the default), `dark`, or `auto` to follow the reader's system setting.
 * @tagname claim-library
 */
export class ClaimLibrary extends LitElement {
  static override styles = [baseStyles];

  static override properties = {
    for: { reflect: true },
    database: {},
    idbFactory: { attribute: false },
    theme: { reflect: true },
    strings: { attribute: false },
  };

  /** `light` (the default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: 'light' | 'dark' | 'auto';

  #desk: LibraryDesk | null = null;
  #deskLoading: Promise<LibraryDesk> | null = null;

  /** The id of the `<claim-annotator>` (in the same document or shadow root) that Open and New article act on. */
  declare for: string | null;
  /** The IndexedDB database name; defaults to the linked editor's, else `claimmark`. */
  declare database: string | undefined;
  /** The IndexedDB to use; defaults to the linked editor's, else the page's. Tests pass `null` or a failing one. */
  declare idbFactory: IDBFactory | null | undefined;
  /**
   * Words that replace the library's own, by name (`{ list: 'Archive' }`); the
   * rest stay in its language: its `lang`, else the nearest ancestor's, else
   * the page's (English, and French, built in), which also sets how dates and
   * numbers are written. `updateComplete` waits for a language's words to load.
   */
  declare strings: Partial<LibraryStrings> | undefined;

  constructor() {
    super();
    this.for = null;
  }

  /** The stored articles as last read, most recently changed first (empty until read). */
  get articles(): ArticleSummary[] {
    return this.#desk?.articles ?? [];
  }

  // ---- lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.#desk) this.#desk.connect();
    else void this.#loadDesk();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#desk?.disconnect();
  }

  /** Also waits for the library's chunk and the words of its language, read again now, to load and show. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const desk = await this.#loadDesk();
    await desk.wordsLoaded();
    return super.getUpdateComplete();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#desk?.willUpdate(changed);
  }

  // ---- public methods

  /** Reads the list of articles again now. Never rejects: a failure is shown in the alert. */
  async refresh(): Promise<void> {
    await (await this.#loadDesk()).refresh();
  }

  // ---- render

  protected override render(): TemplateResult | typeof nothing {
    return this.#desk?.render() ?? nothing;
  }

  /** The desk, loading its chunk on first use; it starts work once the element is in the page. */
  #loadDesk(): Promise<LibraryDesk> {
    this.#deskLoading ??= loadDesk().then(async ({ LibraryDesk, libraryStyles }) => {
      // the shadow root exists from the first connection on
      if (!this.renderRoot) await new Promise<void>((resolve) => this.addController({ hostConnected: resolve }));
      adoptMoreStyles(this.renderRoot as ShadowRoot, libraryStyles);
      const desk = new LibraryDesk(this);
      this.#desk = desk;
      if (this.isConnected) desk.connect();
      this.requestUpdate();
      return desk;
    });
    return this.#deskLoading;
  }
}
