/** The editor state of an article: schema, history, keys, the annotation plugin and suggestions. */
import { baseKeymap, toggleMark } from 'prosemirror-commands';
import { history, redo, undo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { type Command, EditorState, type Plugin } from 'prosemirror-state';
import { type AnnotationPluginConfig, annotationPlugin } from './annotation-plugin.ts';
import type { Placement } from './annotation-step.ts';
import { articleSchema } from './schema.ts';
import { suggestionPlugin } from './suggestions.ts';

/** What an article editor starts from. */
export interface ArticleStateOptions {
  doc: Node;
  annotations: AnnotationPluginConfig;
  placements?: readonly Placement[];
  /** Extra key bindings (the element's tagging shortcuts), tried before the defaults. */
  keys?: Record<string, Command>;
}

/** Undo, redo and emphasis keys; Mod is Cmd on macOS and Ctrl elsewhere. */
export const editingKeys: Record<string, Command> = {
  'Mod-z': undo,
  'Shift-Mod-z': redo,
  'Mod-y': redo,
  'Mod-b': toggleMark(articleSchema.marks.strong),
  'Mod-i': toggleMark(articleSchema.marks.em),
};

/** A new editor state for an article with its annotations. */
export function createArticleState(options: ArticleStateOptions): EditorState {
  const plugins: Plugin[] = [
    annotationPlugin(options.annotations, options.placements),
    suggestionPlugin(),
    history(),
    keymap(options.keys ?? {}),
    keymap(editingKeys),
    keymap(baseKeymap),
  ];
  return EditorState.create({ doc: options.doc, plugins });
}
