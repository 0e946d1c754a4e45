/**
 * The element's editor states: a new one for each article, with the plugins
 * the current kinds, words and view call for (the key table, the selection
 * toolbar, the highlights' configuration).
 */
import type { Node } from 'prosemirror-model';
import type { EditorState } from 'prosemirror-state';
import { type AnnotationPluginConfig, type Placement, createArticleState } from '../../editor/index.ts';
import type { Agent } from '../../model/index.ts';
import type { ClaimStrings } from '../shared/strings/annotator-strings.ts';
import { type ToolbarPluginOptions, selectionToolbarPlugin } from './tagging/toolbar-plugin.ts';
import { type KeyBinding, keyTable, keymapOf } from './tagging/keys.ts';
import type { ElementVocabulary } from './vocabulary.ts';

/** What making a state needs of the element, read when a state is made. */
export interface ArticleStateNeeds {
  vocabulary: Pick<ElementVocabulary, 'kinds' | 'describe' | 'statuses'>;
  strings(): ClaimStrings;
  /** The read-only view: highlights are then for readers. */
  readonly(): boolean;
  /** Who is checking, the creator of what is tagged. */
  checker(): Agent | undefined;
  /** The selection toolbar's code, loaded on demand. */
  toolbarCode: ToolbarPluginOptions['code'];
}

export class ArticleStates {
  constructor(readonly needs: ArticleStateNeeds) {}

  /** The highlights' configuration for the current kinds, words and view. */
  pluginConfig(): AnnotationPluginConfig {
    const { vocabulary } = this.needs;
    // one pair of words per kind, not per highlight: 10,000 highlights share three
    const announcements = new Map<string, { start: string; end: string }>();
    return {
      kinds: vocabulary.kinds,
      describe: (record) => vocabulary.describe(record),
      forReaders: this.needs.readonly(),
      announce: (kind, id) => {
        let words = announcements.get(id);
        if (!words) {
          const strings = this.needs.strings();
          words = { start: strings.highlightStart(kind?.label ?? id), end: strings.highlightEnd(kind?.label ?? id) };
          announcements.set(id, words);
        }
        return words;
      },
    };
  }

  /** The key table of the current kinds: the keymap, and the shortcuts the buttons show. */
  get keys(): readonly KeyBinding[] {
    return keyTable(this.needs.vocabulary.kinds);
  }

  /** An editor state for `doc`, with the key table and the selection toolbar of the current kinds. */
  create(doc: Node, placements: readonly Placement[] = []): EditorState {
    const keys = this.keys;
    const toolbar = selectionToolbarPlugin({ strings: () => this.needs.strings(), keys, code: this.needs.toolbarCode });
    return createArticleState({ doc, placements, annotations: this.pluginConfig(), keys: keymapOf(keys), plugins: [toolbar], checker: () => this.needs.checker(), firstStatus: () => this.needs.vocabulary.statuses[0]?.id });
  }
}
