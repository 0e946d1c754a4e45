/**
 * A reactive controller that owns the ProseMirror editor of an element: its
 * EditorState always, and an EditorView while the element is in the page.
 * The view is destroyed on disconnect and re-created from the kept state on
 * reconnect, so moving the element loses nothing.
 *
 * It is also the one place every part hears of changes from: each applied
 * transaction is published once, with the states before and after, its origin
 * and what it did to the annotations, to every part that subscribed (events,
 * saving, the panel, the suggestions list, and later collaboration). A part
 * subscribes when it is made and needs nothing else to exist first. UI that
 * follows the selection (the tagging toolbar) is a ProseMirror plugin view instead.
 */
import { isHistoryTransaction } from 'prosemirror-history';
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type AnnotationChanges, type ChangeOrigin, type EditorListener, type EditorUpdate, type EditorUpdates, annotationChanges } from '../../editor/index.ts';

export type { EditorListener, EditorUpdate, EditorUpdates };

/** Marks a transaction's origin when it is not the user's (another tab's changes). */
const originMeta = 'claimmark-origin';

export class EditorController implements ReactiveController, EditorUpdates {
  #state: EditorState;
  #view: EditorView | null = null;
  #mount: HTMLElement | null = null;
  #editable = true;
  readonly #listeners: EditorListener[] = [];
  /** Above zero while an API method runs, so its transactions say `origin: 'api'`. */
  #apiDepth = 0;

  constructor(
    readonly host: ReactiveControllerHost,
    state: EditorState,
    readonly viewProps: () => Partial<ConstructorParameters<typeof EditorView>[1]> = () => ({}),
  ) {
    this.#state = state;
    host.addController(this);
  }

  get state(): EditorState {
    return this.#state;
  }

  /** The live view, or null while the element is not in the page. */
  get view(): EditorView | null {
    return this.#view;
  }

  /** Hears of every transaction and every new article from now on; returns the way to stop. */
  subscribe(listener: EditorListener): () => void {
    this.#listeners.push(listener);
    return () => {
      const index = this.#listeners.indexOf(listener);
      if (index >= 0) this.#listeners.splice(index, 1);
    };
  }

  /** Runs an API method: the transactions it dispatches say `origin: 'api'`. */
  asApi<T>(run: () => T): T {
    this.#apiDepth++;
    try {
      return run();
    } finally {
      this.#apiDepth--;
    }
  }

  /** Applies a transaction, whether or not a view exists, and tells every subscriber. */
  dispatch(tr: Transaction): void {
    const before = this.#state;
    const after = before.apply(tr);
    this.#state = after;
    this.#view?.updateState(after);
    const origin: ChangeOrigin =
      (tr.getMeta(originMeta) as ChangeOrigin | undefined) ?? (this.#apiDepth > 0 ? 'api' : isHistoryTransaction(tr) ? 'history' : 'user');
    let changes: AnnotationChanges | undefined;
    const update: EditorUpdate = {
      tr,
      before,
      after,
      origin,
      get changes() {
        return (changes ??= annotationChanges(tr, before, after));
      },
    };
    for (const listener of [...this.#listeners]) listener.update?.(update);
  }

  /** Applies changes that came from another tab: origin `remote`, outside this tab's undo history. */
  dispatchRemote(tr: Transaction): void {
    this.dispatch(tr.setMeta(originMeta, 'remote').setMeta('addToHistory', false));
  }

  /** Shows a new article: the whole state replaced, with a fresh history; subscribers reset. */
  replaceState(state: EditorState): void {
    this.#state = state;
    this.#view?.updateState(state);
    for (const listener of [...this.#listeners]) listener.replaced?.(state);
  }

  /** Swaps the plugins (new kinds bring new key bindings), keeping the article, its history and every part's state. */
  reconfigure(state: EditorState): void {
    this.#state = state;
    this.#view?.updateState(state);
  }

  set editable(value: boolean) {
    this.#editable = value;
    this.#view?.setProps({ editable: () => this.#editable });
  }

  get editable(): boolean {
    return this.#editable;
  }

  /** Creates the view inside `mount` (the element's static editor container). */
  attach(mount: HTMLElement): void {
    this.#mount = mount;
    this.#createView();
  }

  hostConnected(): void {
    if (this.#mount && !this.#view) this.#createView();
  }

  hostDisconnected(): void {
    this.#view?.destroy();
    this.#view = null;
  }

  #createView(): void {
    if (!this.#mount) return;
    this.#view = new EditorView(this.#mount, {
      state: this.#state,
      editable: () => this.#editable,
      dispatchTransaction: (tr) => this.dispatch(tr),
      ...this.viewProps(),
    });
  }
}
