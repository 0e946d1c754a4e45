/**
 * The side panel's state and behaviour: the list (its entries mapped through
 * each transaction, drawn again after typing pauses), its filters, the status
 * line with its Undo of a deletion, and where focus goes after each of them.
 * The edit form is form/edit-form.ts.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import {
  AnnotationStep,
  type CommandNote,
  type EditorAnnotations,
  annotationState,
  commandNote,
  currentChecker,
  reattachToSelection,
  isImportSlice,
} from '../../../editor/index.ts';
import type { EditorUpdate, EditorUpdates } from '../editor-controller.ts';
import type { ArticleStore } from '../../../store/index.ts';
import { type KindDefinition, type LinkType, type ReviewStatus, type Verdict, kindLabel } from '../../../model/index.ts';
import { EditForm, type OnDemand } from './form/edit-form.ts';
import { type VirtualizerModule, plainListLimit, renderPanel } from './annotation-panel.ts';
import { type PanelFilter, PanelEntries, ShownEntries, matchesFilter } from './panel-entries.ts';
import { showWhole } from './show-whole.ts';
import { StatusLine } from './status-line.ts';
import { ReviewFilter } from './review-filter.ts';
import { hiddenKindClass } from '../kind-styles.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** How long typing may go on before the panel draws the quotes it changed. */
const refreshDelay = 250;
/** While a large import arrives in slices, how often the list is read again (ms). */
const importRedrawDelay = 1000;

/** The lazy chunk with the edit form, the virtualizer and the detached list. */
let onDemandLoad: Promise<OnDemand> | null = null;
/** Loads the on-demand chunk once; a failed load may be tried again. */
function loadOnDemand(): Promise<OnDemand> {
  return (onDemandLoad ??= import('../on-demand.ts').catch((error: unknown) => {
    onDemandLoad = null;
    throw error;
  }));
}

/** What the panel needs of the element. */
export interface PanelNeeds {
  /** The element's words, read when a message is made. */
  strings(): ClaimStrings;
  /** The locale for dates: the element's `lang`, else undefined for the browser's. */
  locale(): string | undefined;
  readonly editor: EditorUpdates;
  readonly annotations: EditorAnnotations;
  kinds(): readonly KindDefinition[];
  verdicts(): readonly Verdict[];
  statuses(): readonly ReviewStatus[];
  linkTypes(): readonly LinkType[];
  /** The library this article is stored in and its id there, for links to other articles; null when it is not stored. */
  library(): { store: () => Promise<ArticleStore>; articleId: string } | null;
  /** The fact-checker confirms where an import placed an annotation (its `placementCheck`). */
  confirmPlace(id: string): void;
  /** Keeps the element's `updateComplete` waiting until `chunk` (the form's and the long list's code) has loaded. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

export class PanelController implements ReactiveController {
  /** The entries, mapped through each transaction; null until first drawn and after a new article. */
  #entries: PanelEntries | null = null;
  #shown = new ShownEntries();
  #virtualizer: VirtualizerModule | 'loading' | 'failed' | null = null;
  /** The detached list and the import's checks, once loaded ('loading' while they load). */
  #checks: OnDemand | 'loading' | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #hiddenKinds = new Set<string>();
  #verdictFilter = '';
  readonly #review = new ReviewFilter(
    () => this.host.requestUpdate(),
    () => this.needs.load(loadOnDemand()),
  );
  #query = '';
  /** The status line's words and what they are about (status-line.ts). */
  readonly #statusLine = new StatusLine();
  readonly #form: EditForm;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> },
    readonly needs: PanelNeeds,
  ) {
    this.#form = new EditForm(host, {
      ...needs,
      code: () => needs.load(loadOnDemand()),
      say: (message) => this.setStatus(message),
      item: (id) => this.#itemOf(id),
      delete: (id) => this.#delete(id),
    });
    host.addController(this);
    needs.editor.subscribe({ update: (update) => this.#heard(update), replaced: () => this.reset() });
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }

  /** A virtual list just put in the page is drawn again, now that the virtualizer can start there. */
  hostUpdated(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>('ol.annotation-list.virtual');
    if (list && !(this.#virtualizer as VirtualizerModule).isVirtualized(list)) this.host.requestUpdate();
  }

  /** The classes that hide the highlights of the kinds "Show kinds" leaves out, for the article. */
  get articleClasses(): string {
    return [...this.#hiddenKinds].map(hiddenKindClass).join(' ');
  }

  /** Reads the entries afresh (new kinds) and draws the list at once. */
  invalidate(): void {
    this.#entries = null;
    this.#redraw();
  }

  /** Draws the list again: after a pause in typing, or at once. */
  #redraw(afterPause = false): void {
    clearTimeout(this.#timer);
    if (afterPause) this.#timer = setTimeout(() => this.host.requestUpdate(), refreshDelay);
    else this.host.requestUpdate();
  }

  /** Forgets the form and status of the previous article. */
  reset(): void {
    this.#form.reset();
    this.#statusLine.current = null;
    this.invalidate();
  }

  /**
   * A transaction: a command's note is acted on, the status line's deleted annotation follows the text, the form
   * of an annotation that is gone closes, and the entries are mapped through it (typing draws the list after a
   * pause; a keystroke that changes no annotation's words leaves the entries as they are).
   */
  #heard(update: EditorUpdate): void {
    const { tr, before, after, changes } = update;
    // a selection may be tagged next, which opens the form: load its code now
    if (!after.selection.empty) this.#form.preload();
    const note = commandNote(tr);
    if (note) this.#noted(note);
    if (note && 'tagged' in note) this.#form.tagged(note.tagged, after);
    if (this.#statusLine.follow(update, (count) => this.needs.strings().detached(count))) this.host.requestUpdate();
    const old = annotationState(before);
    const now = annotationState(after);
    if (old === now) return;
    this.#form.gone(changes.removed);
    if (isImportSlice(tr)) return this.#importing();
    const entries = this.#entries;
    if (entries) this.#entries = entries.map(update);
    // a text edit that changed no entry leaves the list as drawn; any other change to the annotations (a review mark, the selected one) shows
    if (!entries || this.#entries !== entries || !tr.docChanged || old.activeId !== now.activeId) {
      this.#redraw(tr.docChanged && !tr.steps.some((step) => step instanceof AnnotationStep));
    }
  }

  /**
   * A slice of a large import, with more to come: reading every annotation
   * again for each slice would grow with the square of the import, so the
   * list shows what it had and is read again at most once a second, and
   * after the last slice (an ordinary transaction).
   */
  #importing(): void {
    if (this.#importTimer !== undefined) return;
    this.#importTimer = setTimeout(() => {
      this.#importTimer = undefined;
      this.#entries = null;
      this.host.requestUpdate();
    }, importRedrawDelay);
  }

  #importTimer: ReturnType<typeof setTimeout> | undefined;

  /** The entries, read when first needed. */
  get #current(): PanelEntries {
    return (this.#entries ??= PanelEntries.of(this.needs.editor.state));
  }

  #filter(): PanelFilter {
    return { hiddenKinds: this.#hiddenKinds, verdict: this.#verdictFilter, query: this.#query, review: this.#review.value(currentChecker(this.needs.editor.state), this.needs.statuses()) };
  }

  /**
   * What a command's note means here: the status line's words, the form of
   * the annotation just tagged, the list item of the one a click selected.
   */
  #noted(note: CommandNote): void {
    const strings = this.needs.strings();
    if ('tagged' in note) {
      const label = kindLabel(this.needs.kinds(), note.kind);
      this.#statusLine.current = { message: strings.tagged(label), about: note.tagged };
      this.host.requestUpdate();
      void this.openForm(note.tagged, 'editor');
    } else if ('nothingToTag' in note) {
      this.setStatus(strings.selectionEmpty);
    } else if ('waitingToReattach' in note) {
      this.setStatus(strings.reattachPrompt);
      this.needs.editor.view?.focus();
    } else if ('reattached' in note) {
      this.setStatus(strings.saved);
    } else {
      void this.host.updateComplete.then(() => this.reveal(note.selectedAt));
    }
  }

  setStatus(message: string): void {
    this.#statusLine.current = { message };
    this.host.requestUpdate();
  }

  /** Opens the edit form of annotation `id`, with focus in its first field. */
  openForm(id: string, returnFocusTo: 'editor' | 'list'): Promise<void> {
    return this.#form.open(id, returnFocusTo);
  }

  /** Selects an annotation's text in the article, moves focus there and scrolls the whole of it into sight (a detached one: its entry). */
  jumpTo(id: string): void {
    this.needs.annotations.select(id, { selectText: true });
    const view = this.needs.editor.view;
    const anchor = this.needs.annotations.placement(id)?.anchor;
    // a detached annotation has no words to go to: its entry in the detached list instead
    if (!anchor) return void this.#showDetached(id);
    if (!view) return;
    view.focus();
    if (anchor) showWhole(view, anchor.from, anchor.to);
  }

  /** Scrolls the side column (not the page) so that annotation `id`'s item shows. */
  async reveal(id: string): Promise<void> {
    const side = this.host.renderRoot.querySelector<HTMLElement>('.side');
    if (!side || getComputedStyle(side).position !== 'sticky') return;
    const item = await this.#itemOf(id);
    // a virtual list settles its items' places in the frames after it draws them (it measures them a frame late)
    for (let frame = 0; item && typeof this.#virtualizer === 'object' && frame < 3; frame++) await new Promise(requestAnimationFrame);
    if (!item?.isConnected) return;
    const column = side.getBoundingClientRect();
    const box = item.getBoundingClientRect();
    if (box.top < column.top) side.scrollTop -= column.top - box.top;
    else if (box.bottom > column.bottom) side.scrollTop += box.bottom - column.bottom;
  }

  /**
   * Annotation `id`'s list item; in a long list, where only the items on
   * screen are drawn, the virtualizer first scrolls to it and draws it.
   */
  async #itemOf(id: string): Promise<HTMLElement | null> {
    const root = this.host.renderRoot;
    const find = () => root.querySelector<HTMLElement>(`li[data-annotation-id="${CSS.escape(id)}"]`);
    const list = root.querySelector<HTMLElement>('ol.annotation-list.virtual');
    const entry = this.#current.byId(id);
    const index = entry ? this.#shown.of(this.#current, this.#filter()).indexOf(entry) : -1;
    // a virtual list was drawn by the loaded virtualizer
    // the side column scrolls where it sticks beside the article, the page where the panel is below it
    const side = root.querySelector('.side')!;
    const scroller = getComputedStyle(side).position === 'sticky' ? side : document.scrollingElement!;
    return find() ?? (list && index >= 0 ? (this.#virtualizer as VirtualizerModule).scrollToIndex(list, index, find, scroller) : null);
  }

  /** The status line's Show (or a detached annotation `id`): its entry in the detached list, focus on its Re-attach. */
  async #showDetached(id = this.#statusLine.current?.detached?.[0]): Promise<void> {
    await this.host.updateComplete;
    const item = id && this.host.renderRoot.querySelector<HTMLElement>(`li.orphan[data-annotation-id="${CSS.escape(id)}"]`);
    if (!item) return;
    item.scrollIntoView({ block: 'nearest' });
    item.querySelector<HTMLElement>('button')?.focus();
  }

  /** Deletes an annotation from the panel or its form; focus moves to the next item (or the previous, or Undo, or the text). */
  #delete(id: string): void {
    const deleted = this.needs.annotations.placement(id);
    if (!deleted) return;
    const entries = this.#current;
    const entry = entries.byId(id);
    const list = entry?.status === 'orphaned' ? entries.orphans : this.#shown.of(entries, this.#filter());
    const index = entry ? list.indexOf(entry) : -1;
    const neighbour = index < 0 ? undefined : list[index + 1] ?? list[index - 1];
    this.#form.gone([id]);
    this.needs.annotations.remove(id);
    const label = kindLabel(this.needs.kinds(), deleted.record.kind);
    this.#statusLine.current = { message: this.needs.strings().deleted(label), deleted };
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      const root = this.host.renderRoot;
      const next = neighbour && root.querySelector<HTMLElement>(`li[data-annotation-id="${CSS.escape(neighbour.id)}"] button`);
      if (next) next.focus();
      else (root.querySelector<HTMLElement>('.status button') ?? this.needs.editor.view)?.focus();
    });
  }

  /** The status line's Undo: brings back the annotation deleted last, where its text is now. */
  #undoDelete(): void {
    const deleted = this.#statusLine.current?.deleted;
    this.#statusLine.current = null;
    if (deleted) this.needs.annotations.restore(deleted);
    this.host.requestUpdate();
  }

  #loadVirtualizer(): void {
    this.#virtualizer = 'loading';
    this.needs.load(loadOnDemand()).then(
      (module) => {
        this.#virtualizer = module;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        this.#virtualizer = 'failed';
        this.setStatus(this.needs.strings().panelCodeFailed(error instanceof Error ? error.message : String(error)));
      },
    );
  }

  /** The status line. */
  renderStatus(): TemplateResult {
    const status = this.#statusLine.current;
    return html`
      <div class="status" role="status">
        ${status
          ? html`<span>${status.message}</span>${status.deleted ? html`<button type="button" @click=${() => this.#undoDelete()}>${this.needs.strings().undo}</button>` : ''}${status.detached
              ? html`<button type="button" @click=${() => void this.#showDetached()}>${this.needs.strings().showDetached}</button>`
              : ''}`
          : ''}
      </div>
    `;
  }

  /** The panel. */
  render(): TemplateResult {
    const state = this.needs.editor.state;
    const { doc } = state;
    const entries = this.#current;
    const filter = this.#filter();
    const shown = this.#shown.of(entries, filter);
    // detached annotations are few: filtered as drawn
    const orphans = entries.orphans.filter((entry) => matchesFilter(filter, entry));
    if (shown.length > plainListLimit && !this.#virtualizer) this.#loadVirtualizer();
    const virtualizer = this.#virtualizer ?? 'loading';
    return renderPanel({
      strings: this.needs.strings(),
      total: entries.total,
      counts: entries.counts,
      anchoredCount: entries.anchored.length,
      shown,
      orphans,
      filtered: shown.length + orphans.length < entries.total,
      virtualizer,
      virtualListInPage: this.host.renderRoot.querySelector('ol.annotation-list.virtual') !== null,
      kinds: this.needs.kinds(),
      verdicts: this.needs.verdicts(),
      statuses: this.needs.statuses(),
      linkTypes: this.needs.linkTypes(),
      groups: this.#review.headings(filter.review, shown, this.needs.statuses(), this.needs.strings()),
      reviewFilters: this.#review.render(this.needs.strings(), this.needs.statuses(), this.needs.kinds().some((kind) => kind.fields.includes('review'))),
      hiddenKinds: this.#hiddenKinds,
      verdictFilter: this.#verdictFilter,
      query: this.#query,
      activeId: annotationState(state).activeId,
      editingId: this.#form.editingId,
      articleEmpty: doc.childCount === 1 && doc.firstChild!.content.size === 0,
      onConfirmPlace: (id) => this.needs.confirmPlace(id),
      onToggleKind: (kind, shown) => {
        if (shown) this.#hiddenKinds.delete(kind);
        else this.#hiddenKinds.add(kind);
        this.host.requestUpdate();
      },
      onVerdictFilter: (verdict) => {
        this.#verdictFilter = verdict;
        this.host.requestUpdate();
      },
      onQuery: (query) => {
        this.#query = query;
        this.host.requestUpdate();
      },
      onJump: (id) => this.jumpTo(id),
      onEdit: (id) => this.#form.toggle(id),
      onDelete: (id) => this.#delete(id),
      onReattach: (id) => void reattachToSelection(id)(this.needs.editor.state, (tr) => this.needs.editor.dispatch(tr)),
      checks: () => {
        if (!this.#checks) {
          this.#checks = 'loading';
          this.needs.load(loadOnDemand()).then(
            (module) => void (module.adoptDialogStyles(this.host.renderRoot), (this.#checks = module), this.host.requestUpdate()),
            () => void (this.#checks = null), // the next drawing tries again
          );
        }
        return this.#checks === 'loading' ? null : this.#checks;
      },
      renderForm: (id) => this.#form.render(id),
    });
  }
}

