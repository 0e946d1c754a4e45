/**
 * Tagging the selected text, and the editor's keys for it: a kind's shortcut
 * or toolbar button tags the selection and opens the new annotation's form;
 * Alt-Shift-ArrowDown and -ArrowUp move between annotations; Escape lets go of
 * the selected one and hides the toolbar; a click in a highlight selects its
 * annotation; Re-attach puts an orphan on the selected text, or waits for a
 * selection.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Command, EditorState } from 'prosemirror-state';
import { type AnnotationSpec, type EditorAnnotations, annotationState } from '../../../editor/index.ts';
import { type KindDefinition, kindLabel } from '../../../model/index.ts';
import type { EditorController } from '../editor-controller.ts';
import type { PanelController } from '../panel/panel-controller.ts';
import type { SelectionToolbarController } from './selection-toolbar.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';

/** What tagging needs of the element; read when used, since the key bindings are made before the editor. */
export interface TaggingHost {
  readonly editor: EditorController;
  readonly annotations: EditorAnnotations;
  readonly panel: PanelController;
  readonly toolbar: SelectionToolbarController;
  kinds(): readonly KindDefinition[];
  strings(): ClaimStrings;
}

export class TaggingController implements ReactiveController {
  /** The orphan that Re-attach waits to put on the next selection. */
  #reattachId: string | null = null;

  constructor(
    readonly element: ReactiveElement,
    readonly host: TaggingHost,
  ) {
    element.addController(this);
  }

  hostConnected(): void {}

  /** The editor's keys: moving between annotations, Escape, and each kind's shortcut. */
  keyBindings(): Record<string, Command> {
    const keys: Record<string, Command> = {
      'Alt-Shift-ArrowDown': () => this.#moveToAnnotation(1),
      'Alt-Shift-ArrowUp': () => this.#moveToAnnotation(-1),
      Escape: (state) => {
        const { annotations, toolbar } = this.host;
        if (!annotationState(state).activeId && !toolbar.visible) return false;
        annotations.select(null);
        toolbar.hide();
        return true;
      },
    };
    for (const kind of this.host.kinds()) {
      if (!kind.shortcut) continue;
      keys[kind.shortcut] = (state) => {
        if (state.selection.empty) return false;
        void this.tag(kind.id);
        return true;
      };
    }
    return keys;
  }

  /** A new article has no orphan waiting. */
  reset(): void {
    this.#reattachId = null;
  }

  /** The tagging toolbar, with Re-attach while an orphan waits for a selection. */
  renderToolbar(): ReturnType<SelectionToolbarController['render']> {
    const { annotations, toolbar } = this.host;
    const id = this.#reattachId;
    return toolbar.render({
      strings: this.host.strings(),
      kinds: this.host.kinds(),
      reattaching: id !== null && annotations.get(id) !== null,
      onTag: (kindId) => void this.tag(kindId),
      onReattach: () => this.#reattachId && this.reattach(this.#reattachId),
    });
  }

  /** Tags the selection as `kindId` and opens the new annotation's form. */
  async tag(kindId: string): Promise<void> {
    const { panel } = this.host;
    const { from, to } = this.host.editor.state.selection;
    const annotation = this.host.annotations.tag(kindId, from, to);
    const strings = this.host.strings();
    if (!annotation) {
      panel.setStatus(strings.selectionEmpty);
      return;
    }
    const label = kindLabel(this.host.kinds(), kindId);
    panel.setStatus(strings.tagged(label));
    await panel.openForm(annotation.id, 'editor');
  }

  /** Puts the orphan `id` on the selected text; with nothing selected, waits for a selection. */
  reattach(id: string): void {
    const { editor, panel } = this.host;
    const { from, to } = editor.state.selection;
    const strings = this.host.strings();
    if (from === to) {
      this.#reattachId = id;
      panel.setStatus(strings.reattachPrompt);
      editor.view?.focus();
      return;
    }
    this.#reattachId = null;
    const annotation = this.host.annotations.reattach(id, from, to);
    panel.setStatus(annotation ? strings.saved : strings.selectionEmpty);
  }

  /** Clicking in a highlight selects its annotation (the innermost, where they nest) and shows it in the panel. */
  selectAt(state: EditorState, pos: number): void {
    const hits = annotationState(state)
      .decorations.find(pos, pos)
      .filter((piece) => piece.from <= pos && pos < piece.to)
      .sort((a, b) => a.to - a.from - (b.to - b.from));
    const id = hits.length ? (hits[0].spec as AnnotationSpec).id : null;
    if (id === annotationState(state).activeId) return;
    this.host.annotations.select(id);
    if (id) void this.element.updateComplete.then(() => this.host.panel.reveal(id));
  }

  #moveToAnnotation(direction: 1 | -1): boolean {
    const state = this.host.editor.state;
    const anchored = annotationState(state).anchored();
    if (anchored.length === 0) return false;
    const { from } = state.selection;
    const target =
      direction === 1
        ? (anchored.find((annotation) => annotation.from > from) ?? anchored[0])
        : ([...anchored].reverse().find((annotation) => annotation.from < from) ?? anchored[anchored.length - 1]);
    this.host.annotations.select(target.id, { selectText: true });
    return true;
  }
}
