/** The editor state of an article: schema, history, keys, the annotation, tagging and suggestion plugins. */
import { baseKeymap } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { type Command, EditorState, Plugin } from 'prosemirror-state';
import { type AnnotationPluginConfig, annotationPlugin, drawnRangePlugin } from './annotation-plugin.ts';
import type { Placement } from './annotation-step.ts';
import { pastedHtmlWithoutBreaks } from './article.ts';
import type { Agent } from '../model/index.ts';
import { checkerPlugin, taggingPlugin } from './commands.ts';
import { suggestionPlugin } from './suggestions.ts';

/** What an article editor starts from. */
export interface ArticleStateOptions {
  doc: Node;
  annotations: AnnotationPluginConfig;
  placements?: readonly Placement[];
  /** The editor's key bindings (the element's key table), tried before ProseMirror's base keys. */
  keys?: Record<string, Command>;
  /** Who the fact-checker is now (the element's `creator`), for the annotations they make and change (see `editedRecord`). */
  checker?: () => Agent | undefined;
  /** Plugins of the element's own (the selection toolbar's view). */
  plugins?: readonly Plugin[];
}

/** The article's own props: pasted HTML is read as `articleFromHtml` reads a loaded article. */
export function articlePlugin(): Plugin {
  return new Plugin({
    props: { transformPastedHTML: pastedHtmlWithoutBreaks },
  });
}

/** A new editor state for an article with its annotations. */
export function createArticleState(options: ArticleStateOptions): EditorState {
  const plugins: Plugin[] = [
    articlePlugin(),
    annotationPlugin(options.annotations, options.placements),
    drawnRangePlugin(),
    taggingPlugin(),
    checkerPlugin(options.checker ?? (() => undefined)),
    suggestionPlugin(),
    history(),
    keymap(options.keys ?? {}),
    keymap(baseKeymap),
    ...(options.plugins ?? []),
  ];
  return EditorState.create({ doc: options.doc, plugins });
}
