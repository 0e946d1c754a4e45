/** The editor state of an article: schema, history, keys, the annotation, tagging and suggestion plugins. */
import { chainCommands, deleteSelection, joinBackward, joinForward, liftEmptyBlock, selectAll, splitBlock } from 'prosemirror-commands';
import { history } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import type { Node } from 'prosemirror-model';
import { type Command, EditorState, Plugin } from 'prosemirror-state';
import { type AnnotationPluginConfig, annotationPlugin } from './annotation-plugin.ts';
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
  /** The first step of the review status scale, which a new claim or fact starts at (see `newRecord`). */
  firstStatus?: () => string | undefined;
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
    taggingPlugin(),
    checkerPlugin(options.checker ?? (() => undefined), options.firstStatus),
    suggestionPlugin(),
    history(),
    keymap(options.keys ?? {}),
    keymap(articleKeys),
    ...(options.plugins ?? []),
  ];
  return EditorState.create({ doc: options.doc, plugins });
}

/**
 * The editing keys of an article's text: ProseMirror's base keymap without what
 * only code blocks and selected non-text nodes need, which the article schema
 * has none of (its `newlineInCode`, `exitCode`, `createParagraphNear`,
 * `selectNodeBackward`/`Forward`), and without its macOS emulations (Ctrl-h,
 * Alt-Backspace, Ctrl-d, Ctrl-a, Ctrl-e…): the browser does those itself, and
 * ProseMirror reads what they changed.
 */
const backspace = chainCommands(deleteSelection, joinBackward);
const del = chainCommands(deleteSelection, joinForward);
const articleKeys: Record<string, Command> = {
  Enter: chainCommands(liftEmptyBlock, splitBlock),
  Backspace: backspace,
  'Mod-Backspace': backspace,
  'Shift-Backspace': backspace,
  Delete: del,
  'Mod-Delete': del,
  'Mod-a': selectAll,
};
