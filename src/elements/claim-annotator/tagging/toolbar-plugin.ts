/**
 * The plugin that shows the tagging toolbar (selection-toolbar.ts). The
 * toolbar's code comes with the on-demand chunk, which it starts loading as
 * soon as the editable article has focus, before anything is selected: by the
 * time a selection is made the toolbar is there, and a page that only reads
 * never loads it. This file must not import selection-toolbar.ts, or the code
 * would be back in the start-up bundle.
 */
import { Plugin, type PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { SelectionToolbarOptions, SelectionToolbarView } from './selection-toolbar.ts';

/** What the plugin is given: the toolbar's options, and how to load its code (once; the element's `updateComplete` waits for it). */
export interface ToolbarPluginOptions extends SelectionToolbarOptions {
  code(): Promise<{ SelectionToolbarView: typeof SelectionToolbarView }>;
}

/** The plugin whose view is the selection toolbar, once its code has loaded. */
export function selectionToolbarPlugin(options: ToolbarPluginOptions): Plugin {
  return new Plugin({ view: (view) => new ToolbarLoader(view, options) });
}

/** Stands for the toolbar until its code is loaded, then hands every update to it. */
class ToolbarLoader implements PluginView {
  #toolbar: PluginView | null = null;
  #loading = false;
  #destroyed = false;

  constructor(
    readonly view: EditorView,
    readonly options: ToolbarPluginOptions,
  ) {
    view.dom.addEventListener('focus', this.#load);
    this.#load();
  }

  update(view: EditorView, previous: EditorView['state']): void {
    if (this.#toolbar) this.#toolbar.update?.(view, previous);
    else this.#load();
  }

  destroy(): void {
    this.#destroyed = true;
    this.view.dom.removeEventListener('focus', this.#load);
    this.#toolbar?.destroy?.();
  }

  /** Loads the toolbar's code when the article may be tagged: editable and focused. A failed load is tried again at the next focus or update. */
  #load = (): void => {
    const { view } = this;
    if (this.#toolbar || this.#loading || !view.editable || !view.hasFocus()) return;
    this.#loading = true;
    this.options.code().then(
      ({ SelectionToolbarView }) => {
        this.#loading = false;
        // the toolbar draws itself at once for a selection made while its code loaded
        if (!this.#destroyed) this.#toolbar = new SelectionToolbarView(view, this.options);
      },
      () => {
        this.#loading = false;
      },
    );
  };
}
