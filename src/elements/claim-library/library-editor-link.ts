/**
 * The `<claim-annotator>` a `<claim-library>` acts on: found by id in the
 * library's document or shadow root, and followed through its events. What the
 * library does to the editor goes through here.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ClaimAnnotator } from '../claim-annotator/claim-annotator.ts';

/** The editor's events after which what is stored has changed, or soon will. */
const editorEvents = ['claim-article-load', 'claim-article-edit', 'claim-annotation-add', 'claim-annotation-update', 'claim-annotation-remove'] as const;

export class EditorLink implements ReactiveController {
  #root: Document | ShadowRoot | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { for: string | null },
    /** Called after each change the linked editor reports. */
    readonly onEditorChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // listening on the root finds the editor's events even when it is added after the library
    this.#root = this.host.getRootNode() as Document | ShadowRoot;
    for (const type of editorEvents) this.#root.addEventListener(type, this.#onEvent);
  }

  hostDisconnected(): void {
    for (const type of editorEvents) this.#root?.removeEventListener(type, this.#onEvent);
    this.#root = null;
  }

  /** The `<claim-annotator>` named by the host's `for`, or null. */
  get editor(): ClaimAnnotator | null {
    const { host } = this;
    if (!host.for || !host.isConnected) return null;
    const element = (host.getRootNode() as Document | ShadowRoot).getElementById(host.for);
    return element && typeof (element as ClaimAnnotator).openArticleDialog === 'function' ? (element as ClaimAnnotator) : null;
  }

  /** The stored article the editor shows and writes, or null (none, or the editor keeps its work in memory). */
  get articleId(): string | null {
    const editor = this.editor;
    return editor && editor.storage !== 'memory' ? editor.documentId : null;
  }

  /** Writes the editor's pending changes, so that what is stored is what it shows. */
  async flush(): Promise<void> {
    const editor = this.editor;
    if (editor && editor.storage !== 'memory') await editor.save();
  }

  /**
   * Shows stored article `id` in the editor; resolves once it is shown (false
   * when the editor does not save, so cannot open stored articles). The editor
   * writes what it showed before under that article's own id.
   */
  async open(id: string): Promise<boolean> {
    const editor = this.editor;
    if (!editor || editor.storage === 'memory') return false;
    if (editor.documentId !== id) {
      editor.documentId = id;
      await editor.ready;
    }
    editor.scrollIntoView({ block: 'nearest' });
    editor.editorView?.focus();
    return editor.documentId === id;
  }

  /** Opens the editor's New article dialog; the new article gets a stored id of its own. */
  startNew(): void {
    this.editor?.openArticleDialog('new');
  }

  /** Shows a new headline for stored article `id` if the editor shows it; the editor writes it with its next change. */
  renamed(id: string, title: string): void {
    if (id === this.articleId) this.editor?.updateMetadata({ title });
  }

  #onEvent = (event: Event): void => {
    if (event.target === this.editor) this.onEditorChange();
  };
}
