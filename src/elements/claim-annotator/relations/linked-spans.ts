/**
 * Links seen in the text: hovering a highlight, or selecting an annotation,
 * marks the spans of the annotations linked to it, either way (its evidence,
 * the claim a quote states, the quotes that state it), and nothing otherwise.
 * One adopted style rule names them, so the text is not drawn again. A lazy
 * chunk of its own, loaded in idle time once the element is in the page.
 */
import { annotationState, type EditorUpdates, records } from '../../../editor/index.ts';
import { adoptMoreStyles } from '../../shared/adopt-styles.ts';

export class LinkedSpans {
  readonly #sheet = new CSSStyleSheet();
  #adopted = false;
  #hovered: string | null = null;
  #active: string | null = null;
  /** The annotation whose links are marked now. */
  #marked: string | null = null;

  constructor(
    readonly host: HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    readonly editor: EditorUpdates,
  ) {
    host.addEventListener('mouseover', (event) => {
      // the innermost highlight under the pointer (they nest where annotations overlap)
      const mark = event.composedPath().find((node): node is HTMLElement => node instanceof HTMLElement && node.matches('mark[data-annotation-id]'));
      this.#hovered = mark?.dataset.annotationId ?? null;
      this.#show();
    });
    editor.subscribe({
      // a keystroke reads one field here; the links are looked up only when the selected annotation changes
      update: ({ after, changes }) => {
        const active = annotationState(after).activeId;
        // annotation changes without typing (a link made, an annotation deleted) may change what is linked
        const relinked = this.#marked !== null && !changes.docChanged && (changes.changed.length > 0 || changes.removed.length > 0 || changes.added.length > 0);
        if (active === this.#active && !relinked) return;
        this.#active = active;
        this.#show(relinked);
      },
      replaced: () => {
        this.#active = this.#hovered = null;
        this.#show();
      },
    });
    this.#active = annotationState(editor.state).activeId;
    this.#show();
  }

  #show(again = false): void {
    const id = this.#hovered ?? this.#active;
    if (id === this.#marked && !again) return;
    this.#marked = id;
    const { state } = this.editor;
    const record = id ? annotationState(state).find(id, state.doc)?.record : undefined;
    const linked = new Set((record?.links ?? []).map((link) => link.to));
    if (record) for (const other of records(state)) if (other.links?.some((link) => link.to === record.id)) linked.add(other.id);
    linked.delete(id ?? '');
    if (!this.#adopted && linked.size && this.host.renderRoot instanceof ShadowRoot) {
      adoptMoreStyles(this.host.renderRoot, this.#sheet);
      this.#adopted = true;
    }
    const marks = [...linked].map((other) => `mark[data-annotation-id="${CSS.escape(other)}"]`).join(',');
    this.#sheet.replaceSync(marks ? `${marks}{outline:2px dashed var(--claim-focus-colour);outline-offset:1px}` : '');
  }
}
