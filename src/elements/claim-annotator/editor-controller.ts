/**
 * A reactive controller that owns the ProseMirror editor of an element: its
 * EditorState always, and an EditorView while the element is in the page.
 * The view is destroyed on disconnect and re-created from the kept state on
 * reconnect, so moving the element loses nothing.
 */
import type { EditorState, Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { EditorHost } from '../../editor/index.ts';

/** Called after each transaction is applied, with the states before and after. */
export type TransactionListener = (tr: Transaction, before: EditorState, after: EditorState) => void;

export class EditorController implements ReactiveController, EditorHost {
  #state: EditorState;
  #view: EditorView | null = null;
  #mount: HTMLElement | null = null;
  #editable = true;

  constructor(
    readonly host: ReactiveControllerHost,
    state: EditorState,
    readonly onTransaction: TransactionListener,
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

  /** Applies a transaction, whether or not a view exists. */
  dispatch(tr: Transaction): void {
    const before = this.#state;
    const after = before.apply(tr);
    this.#state = after;
    this.#view?.updateState(after);
    this.onTransaction(tr, before, after);
  }

  /** Replaces the whole state (a new article), without history. */
  replaceState(state: EditorState): void {
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
