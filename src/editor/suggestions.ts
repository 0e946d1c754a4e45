/**
 * Suggestions shown in the text: dashed highlights that a fact-checker accepts
 * or dismisses. They are view state only: never annotations, never saved or
 * exported, never in the undo history. Edits map them like any decoration.
 */
import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import { kindClass, textRanges } from './highlights.ts';

/** A suggestion as the text shows it: where it is now, and of what kind. */
export interface ShownSuggestion {
  id: string;
  kind: string;
  from: number;
  to: number;
}

/**
 * What a transaction may tell the plugin: show a new set (replacing any), or
 * remove some; or, changing nothing, that a click landed in suggestion `clicked`
 * (the suggestions list hears of it and shows its item).
 */
export type SuggestionMeta = { show: readonly ShownSuggestion[] } | { remove: readonly string[] } | { clicked: string };

/** The suggestion plugin's key: its state is the DecorationSet of dashed highlights. */
export const suggestionPluginKey = new PluginKey<DecorationSet>('claimmark-suggestions');

function pieces(doc: Node, suggestion: ShownSuggestion): Decoration[] {
  const attrs = {
    nodeName: 'span',
    class: `cm-suggestion ${kindClass(suggestion.kind)}`,
    part: 'suggestion',
    'data-suggestion-id': suggestion.id,
  };
  return textRanges(doc, suggestion.from, suggestion.to).map(([from, to]) => Decoration.inline(from, to, attrs, { suggestion: suggestion.id, kind: suggestion.kind }));
}

/** The suggestion plugin: dashed highlights mapped through edits, and a click in one noted for the list. */
export function suggestionPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: suggestionPluginKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr: Transaction, set: DecorationSet): DecorationSet {
        let next = set === DecorationSet.empty ? set : set.map(tr.mapping, tr.doc);
        const meta = tr.getMeta(suggestionPluginKey) as SuggestionMeta | undefined;
        if (meta && 'show' in meta) next = DecorationSet.create(tr.doc, meta.show.flatMap((s) => pieces(tr.doc, s)));
        else if (meta && 'remove' in meta) {
          const gone = new Set(meta.remove);
          next = next.remove(next.find(undefined, undefined, (spec) => gone.has(spec.suggestion)));
        }
        return next;
      },
    },
    props: {
      decorations: (state) => suggestionPluginKey.getState(state),
      handleClick(view, pos) {
        const set = suggestionPluginKey.getState(view.state);
        const hit = set?.find(pos, pos).find((piece) => piece.from <= pos && pos <= piece.to);
        if (hit) {
          const meta: SuggestionMeta = { clicked: (hit.spec as { suggestion: string }).suggestion };
          view.dispatch(view.state.tr.setMeta(suggestionPluginKey, meta).setMeta('addToHistory', false));
        }
        return false; // ProseMirror still places the caret
      },
    },
  });
}
