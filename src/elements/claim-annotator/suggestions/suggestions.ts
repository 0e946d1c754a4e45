/**
 * The Suggest action: proposals from the rule-based suggester, shown as dashed
 * highlights and listed above the annotations, each accepted (kind and speaker
 * filled in), accepted and opened for editing, or dismissed; one by one or all
 * of a kind. Loaded on the first Suggest (a lazy chunk with the suggester), so
 * it costs nothing at start-up. A suggestion never becomes an annotation by
 * itself, and none is offered where an annotation already marks the text.
 */
import { css, html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type EditorState, TextSelection } from 'prosemirror-state';
import {
  ArticleText,
  type EditorAnnotations,
  type ShownSuggestion,
  joinPieces,
  type SuggestionMeta,
  kindClass,
  suggestionPluginKey,
} from '../../../editor/index.ts';
import { type Annotation, type AnnotationInput, type KindDefinition, type Suggestion, type SuggestionKind, notMarked, suggestAnnotations } from '../../../model/index.ts';
import { shortQuote } from '../panel/annotation-panel.ts';
import type { ClaimStrings } from '../../shared/strings/annotator-strings.ts';
import { type SuggestionStrings, englishSuggestionStrings } from '../../shared/strings/suggestion-strings.ts';
import { inWorker } from '../workers/worker-task.ts';
import { adoptMoreStyles } from '../../shared/adopt-styles.ts';
import type { EditorUpdates } from '../editor-controller.ts';

/** A suggestion with the id the list and the text's highlight share. */
export interface ListedSuggestion extends Suggestion {
  id: string;
}

/** What the suggestions need of the element. */
export interface SuggestionsNeeds {
  strings(): ClaimStrings;
  readonly editor: EditorUpdates;
  readonly annotations: EditorAnnotations;
  kinds(): readonly KindDefinition[];
  /** Adds annotations as the fact-checker tagging them would, defaults included (`EditorAnnotations.tagAll`; one undo step). */
  accept(inputs: AnnotationInput[]): Annotation[];
  /** Opens the form of a new annotation. */
  edit(id: string): void;
  /** Says something in the status line. */
  say(message: string): void;
}


/** Above this many characters (about 8,000 words), the suggester runs in a Web Worker. */
export const suggestWorkerThreshold = 50_000;

/** Suggestions for `text`: in a Worker for long articles, so the page stays responsive; else, or when none can start, here. */
async function suggestInBackground(text: string, kinds: SuggestionKind[]): Promise<Suggestion[]> {
  const found = text.length < suggestWorkerThreshold ? null : await inWorker<Suggestion[]>('suggest-worker', { text, kinds });
  return found ?? suggestAnnotations(text, { kinds });
}

/** How many of one kind the list draws before "Show more". */
const pageSize = 50;

const suggestionStyles = css`
  .cm-suggestion {
    outline: 2px dashed var(--cm-kind-colour, var(--claim-muted-colour));
    outline-offset: 1px;
    border-radius: 2px;
  }
  .suggestions {
    border: 1px dashed var(--claim-border-colour);
    border-radius: 8px;
    padding: calc(var(--claim-spacing) * 0.75);
    margin-bottom: var(--claim-spacing);
  }
  .suggestions h2,
  .suggestions h3 {
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  .suggestions h3 {
    font-size: 0.9rem;
    border-left: 4px solid var(--cm-kind-colour);
    padding-left: 0.4rem;
  }
  .suggestions .help {
    color: var(--claim-muted-colour);
    font-size: 0.85rem;
    margin: 0 0 0.6rem;
  }
  .suggestion-group {
    margin-bottom: 0.8rem;
  }
  .suggestions ul {
    list-style: none;
    margin: 0.4rem 0;
    padding: 0;
  }
  .suggestion {
    border-left: 3px dashed var(--cm-kind-colour);
    padding: 0.3rem 0 0.3rem 0.5rem;
    margin-bottom: 0.3rem;
  }
  .suggestion .jump {
    display: block;
    width: 100%;
    text-align: left;
    border: none;
    background: none;
    padding: 0.1rem 0;
  }
  .suggestion .who {
    display: block;
    color: var(--claim-muted-colour);
    font-size: 0.85rem;
  }
  .suggestion-actions,
  .group-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
`;

export class SuggestionsController {
  /** The listed suggestions by id; their ranges live in the editor plugin, mapped through edits. */
  #listed = new Map<string, ListedSuggestion>();
  #limits = new Map<string, number>();
  #open = false;
  #next = 0;
  /** Whether the fact-checker accepted or dismissed any since the last run (then an empty list is "none left"). */
  #handled = false;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment; updateComplete: Promise<boolean> },
    readonly needs: SuggestionsNeeds,
  ) {
    adoptMoreStyles(host.renderRoot as ShadowRoot, suggestionStyles);
    needs.editor.subscribe({
      // a click in a dashed highlight (the suggestion plugin notes it) shows its item
      update: ({ tr }) => {
        const meta = tr.getMeta(suggestionPluginKey) as SuggestionMeta | undefined;
        if (meta && 'clicked' in meta) void this.focusItem(meta.clicked);
      },
      replaced: () => this.#reset(),
    });
  }

  /** The element's words, with the English ones of this list where its language has none. */
  #words(): ClaimStrings & SuggestionStrings {
    const strings = this.needs.strings();
    const words = { ...englishSuggestionStrings } as SuggestionStrings;
    for (const key of Object.keys(words) as (keyof SuggestionStrings)[]) {
      if (typeof strings[key] === typeof words[key]) (words as Record<string, unknown>)[key] = strings[key];
    }
    return { ...strings, ...words };
  }

  /**
   * Runs the suggester over the article and shows what it proposes, replacing
   * earlier suggestions. Leaves out kinds the vocabulary lacks and what an
   * annotation already marks (`notMarked`: one of the same kind overlapping it,
   * or one of any kind on most of the same words), so nothing already tagged is
   * proposed again. With `show: false`
   * (the read-only view, which has no list to accept them from) it only returns them.
   */
  async run(options: { show?: boolean } = {}): Promise<ListedSuggestion[]> {
    const { annotations, editor } = this.needs;
    const kinds = new Set(this.needs.kinds().map((kind) => kind.id));
    const wanted = (['quote', 'claim', 'fact'] as SuggestionKind[]).filter((kind) => kinds.has(kind));
    const before = editor.state.doc;
    let found = await suggestInBackground(annotations.text, wanted);
    // the article changed while the worker read it: read it again as it is now
    if (editor.state.doc !== before) found = suggestAnnotations(annotations.text, { kinds: wanted });
    const fresh = notMarked(found, annotations.list().filter((annotation) => annotation.status === 'anchored'));
    const listed = fresh.map((suggestion): ListedSuggestion => ({ ...suggestion, id: `suggestion-${++this.#next}` }));
    if (options.show === false) return listed;
    const text = ArticleText.of(editor.state.doc);
    this.#listed = new Map(listed.map((suggestion) => [suggestion.id, suggestion]));
    const shown: ShownSuggestion[] = [...this.#listed.values()].map((s) => ({ id: s.id, kind: s.kind, from: text.posAt(s.start), to: text.posAt(s.end) }));
    editor.dispatch(editor.state.tr.setMeta(suggestionPluginKey, { show: shown }).setMeta('addToHistory', false));
    this.#open = true;
    this.#handled = false;
    this.#limits.clear();
    this.needs.say(this.#words().suggestionsFound(this.#listed.size));
    this.host.requestUpdate();
    return this.current();
  }

  /** The suggestions still shown, with their offsets and text as the article is now. */
  current(): ListedSuggestion[] {
    const state = this.needs.editor.state;
    const text = ArticleText.of(state.doc);
    return shownSuggestions(state).flatMap((shown) => {
      const listed = this.#listed.get(shown.id);
      if (!listed) return [];
      const start = text.offsetAt(shown.from);
      const end = text.offsetAt(shown.to);
      return [{ ...listed, start, end, exact: text.between(shown.from, shown.to) }];
    });
  }

  /** Accepts suggestions: each becomes an annotation of its kind, with its speaker; `edit` opens the (first) one's form. */
  accept(ids: readonly string[], edit = false): Annotation[] {
    const chosen = this.current().filter((suggestion) => ids.includes(suggestion.id) && suggestion.end > suggestion.start);
    if (chosen.length === 0) return [];
    const added = this.needs.accept(
      chosen.map((suggestion) => ({
        kind: suggestion.kind,
        start: suggestion.start,
        end: suggestion.end,
        ...(suggestion.attribution?.name ? { attribution: { name: suggestion.attribution.name } } : {}),
        ...(suggestion.kind === 'quote' ? { quoteStyle: 'direct' as const } : {}),
      })),
    );
    this.#forget(chosen.map((suggestion) => suggestion.id));
    const strings = this.#words();
    this.needs.say(strings.suggestionsAccepted(added.length));
    if (edit && added[0]) this.needs.edit(added[0].id);
    else this.#focusNext();
    return added;
  }

  /** Dismisses suggestions: they go, and nothing else changes. */
  dismiss(ids: readonly string[]): void {
    this.#forget(ids);
    this.needs.say(this.#words().suggestionsDismissed(ids.length));
    this.#focusNext();
  }

  /** Forgets the suggestions of an article that was replaced (the editor's new state shows none). */
  #reset(): void {
    this.#listed.clear();
    this.#open = false;
  }

  /** Closes the list and takes every suggestion away; `focusText` puts focus back in the article. */
  close(focusText = true): void {
    this.#forget([...this.#listed.keys()]);
    this.#open = false;
    if (focusText) this.needs.editor.view?.focus();
  }

  /** Shows a suggestion's item in the list (a click on its dashed highlight). */
  async focusItem(id: string): Promise<void> {
    await this.host.updateComplete;
    this.#item(id)?.querySelector<HTMLElement>('.jump')?.focus();
  }

  #forget(ids: readonly string[]): void {
    if (ids.length === 0) return;
    this.#handled = true;
    for (const id of ids) this.#listed.delete(id);
    const { editor } = this.needs;
    editor.dispatch(editor.state.tr.setMeta(suggestionPluginKey, { remove: ids }).setMeta('addToHistory', false));
    this.host.requestUpdate();
  }

  #item(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`li[data-suggestion-id="${CSS.escape(id)}"]`);
  }

  /** After an item goes, focus moves to the next suggestion's item (or the list's heading), not to the page's start. */
  #focusNext(): void {
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>('li[data-suggestion-id]')];
    const focused = (this.host.renderRoot as ShadowRoot).activeElement?.closest?.('li[data-suggestion-id]');
    const after = focused ? items.slice(items.indexOf(focused as HTMLElement) + 1) : items;
    const next = after.find((item) => this.#listed.has(item.dataset.suggestionId ?? '')) ?? items.find((item) => this.#listed.has(item.dataset.suggestionId ?? ''));
    void this.host.updateComplete.then(() => {
      const target = next && this.#item(next.dataset.suggestionId ?? '');
      (target?.querySelector<HTMLElement>('.jump') ?? this.host.renderRoot.querySelector<HTMLElement>('#suggestions-title'))?.focus();
    });
  }

  /** Selects a suggestion's text in the article and scrolls to it; focus stays in the list. */
  #show(suggestion: ListedSuggestion): void {
    const { editor } = this.needs;
    const shown = shownSuggestions(editor.state).find((s) => s.id === suggestion.id);
    if (!shown) return;
    editor.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, shown.from, shown.to)).scrollIntoView().setMeta('addToHistory', false));
  }

  render(): TemplateResult | typeof nothing {
    if (!this.#open) return nothing;
    const strings = this.#words();
    const all = this.current();
    const groups = this.needs.kinds().flatMap((kind) => {
      const items = all.filter((suggestion) => suggestion.kind === kind.id);
      return items.length ? [{ kind, items }] : [];
    });
    return html`
      <section class="suggestions" part="suggestions" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title" tabindex="-1">${strings.suggestionsTitle(all.length)}</h2>
        <p class="help">${all.length ? strings.suggestionsHelp : this.#listed.size === 0 && !this.#handled ? strings.suggestionsNoneFound : strings.suggestionsNone}</p>
        ${groups.map(({ kind, items }) => this.#renderGroup(kind, items, strings))}
        <div class="group-actions"><button type="button" @click=${() => this.close()}>${strings.suggestionsClose}</button></div>
      </section>
    `;
  }

  #renderGroup(kind: KindDefinition, items: ListedSuggestion[], strings: ClaimStrings & SuggestionStrings): TemplateResult {
    const limit = this.#limits.get(kind.id) ?? pageSize;
    const headingId = `suggestions-${kind.id}`;
    return html`
      <div class="suggestion-group ${kindClass(kind.id)}" role="group" aria-labelledby=${headingId}>
        <h3 id=${headingId}>${kind.label} (${items.length})</h3>
        <div class="group-actions">
          <button type="button" @click=${() => this.accept(items.map((item) => item.id))}>${strings.acceptAll(items.length, kind.label)}</button>
          <button type="button" @click=${() => this.dismiss(items.map((item) => item.id))}>${strings.dismissAll(items.length, kind.label)}</button>
        </div>
        <ul aria-labelledby=${headingId}>
          ${items.slice(0, limit).map((item) => this.#renderItem(item, strings))}
        </ul>
        ${items.length > limit
          ? html`<button type="button" @click=${() => {
              this.#limits.set(kind.id, limit + pageSize);
              this.host.requestUpdate();
            }}>${strings.showMore(items.length - limit)}</button>`
          : nothing}
      </div>
    `;
  }

  #renderItem(item: ListedSuggestion, strings: ClaimStrings & SuggestionStrings): TemplateResult {
    const textId = `${item.id}-text`;
    const speaker = item.attribution?.name;
    return html`
      <li class="suggestion ${kindClass(item.kind)}" data-suggestion-id=${item.id}>
        <button type="button" class="jump" id=${textId} @click=${() => this.#show(item)}>
          ${strings.quoted(shortQuote(item.exact))}
          ${speaker || item.cue ? html`<span class="who">${speaker ? strings.suggestedSpeaker(speaker, item.cue ?? '') : item.cue}</span>` : nothing}
        </button>
        <div class="suggestion-actions">
          <button type="button" aria-describedby=${textId} @click=${() => this.accept([item.id])}>${strings.accept}</button>
          <button type="button" aria-describedby=${textId} @click=${() => this.accept([item.id], true)}>${strings.acceptAndEdit}</button>
          <button type="button" aria-describedby=${textId} @click=${() => this.dismiss([item.id])}>${strings.dismiss}</button>
        </div>
      </li>
    `;
  }
}

/** The suggestions the text shows now, in document order, with their current ranges. */
function shownSuggestions(state: EditorState): ShownSuggestion[] {
  const set = suggestionPluginKey.getState(state);
  if (!set) return [];
  return joinPieces(set.find(), (piece) => {
    const { suggestion: id, kind } = piece.spec as { suggestion: string; kind: string };
    return { id, kind, from: piece.from, to: piece.to };
  });
}
