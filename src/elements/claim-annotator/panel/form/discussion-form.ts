/**
 * The edit form's links and discussion (on demand, with the form): the links
 * from the annotation and to it, each with the other annotation's kind and
 * words, a way to go to it and (for its own links) to remove it; a link made
 * by choosing a type and an annotation of the article from a list a search
 * narrows (keyboard and mouse alike); and the thread of replies, oldest first,
 * where the fact-checker edits and deletes their own. Nothing here is part of
 * the form's Save: each change is made at once, as its own undo step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  type Agent,
  type Annotation,
  type AnnotationLink,
  type AnnotationRecord,
  type LinkType,
  type Reply,
  agentName,
  findLinkType,
  isOwnReply,
  kindLabel,
  replyCharacters,
} from '../../../../model/index.ts';
import type { KindDefinition } from '../../../../model/index.ts';
import type { EditorState, Transaction } from 'prosemirror-state';
import { type EditorAnnotations, EditorRelations, commandNote, currentChecker, linksTo } from '../../../../editor/index.ts';
import type { ArticleStore, StoredAnnotation } from '../../../../store/index.ts';
import { readAnnotations } from '../../../../store/annotation-reading.ts';
import { listArticles } from '../../../../store/library-records.ts';
import type { ClaimStrings } from '../../../shared/strings/annotator-strings.ts';
import { onDemandWords } from '../../../shared/strings/on-demand-strings.ts';

/** An annotation of another stored article, found by the library search. */
export interface LibraryHit {
  articleId: string;
  title: string;
  id: string;
  kind: string;
  exact: string;
}

/** What the links and the discussion need of the panel. */
export interface DiscussionContext {
  linkTypes: readonly LinkType[];
  /** The links that end at this annotation. */
  incoming: readonly { from: AnnotationRecord; link: AnnotationLink }[];
  /** Annotation `id` of the article, or null (in another article, or gone). */
  find(id: string): Annotation | null;
  /** The article's other annotations matching the search, the first few. */
  candidates: readonly Annotation[];
  /** How many match in all. */
  candidateCount: number;
  search: string;
  /** What the last search of the library found in other articles (null before one; `searching` while it runs). */
  library: readonly LibraryHit[] | null | 'searching';
  /** Whether this article is stored, so that the library can be searched. */
  canSearchLibrary: boolean;
  /** The title of stored article `id`, once known. */
  articleTitle(id: string): string | undefined;
  checker: Agent | undefined;
  /** How the replies' dates are written (the element's language). */
  dates: Intl.DateTimeFormat;
  /** The reply being edited, if any. */
  editingReply: string | null;
  onSearch(query: string): void;
  onSearchLibrary(): void;
  /** Whether the next click on a highlight in the text picks the annotation to link to. */
  picking: boolean;
  /** Starts (with the link type chosen) or stops picking in the text. */
  onPick(type: string | null): void;
  onLink(to: string, type: string, article?: string): void;
  onUnlink(from: string, linkId: string): void;
  onGoTo(id: string): void;
  /** Posts a reply; false when it could not be (the form says why). */
  onReply(text: string): boolean;
  onEditingReply(id: string | null): void;
  onChangeReply(id: string, text: string | null): boolean;
}

/** The annotation's links and discussion, as fieldsets of the edit form. */
export function renderDiscussion(given: ClaimStrings, kinds: readonly KindDefinition[], annotation: Annotation, context: DiscussionContext): TemplateResult {
  const strings = onDemandWords(given);
  const describe = (id: string, article?: string) => {
    const other = context.find(id);
    if (other) return `${kindLabel(kinds, other.kind)}: “${short(other.exact)}”`;
    const title = article === undefined ? undefined : context.articleTitle(article);
    return title === undefined ? strings.linkedElsewhere : strings.linkedInArticle(title);
  };
  const typeWords = (id: string, inverse: boolean) => {
    const type = findLinkType(context.linkTypes, id);
    return type ? (inverse ? type.inverse : type.label) : id;
  };
  const goTo = (id: string) => (context.find(id) ? html`<button type="button" class="link-button" @click=${() => context.onGoTo(id)}>${strings.goTo}</button>` : nothing);
  const links = annotation.links ?? [];
  const field = (form: HTMLFormElement | null, name: string) => (form?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null)?.value ?? '';
  const addLink = (event: Event) => {
    const form = (event.currentTarget as HTMLButtonElement).form;
    const to = field(form, 'link-to');
    const hit = /^library:(\d+)$/.exec(to);
    const found = hit && Array.isArray(context.library) ? context.library[Number(hit[1])] : undefined;
    if (found) context.onLink(found.id, field(form, 'link-type'), found.articleId);
    else if (to && !hit) context.onLink(to, field(form, 'link-type'));
  };
  const post = (event: Event) => {
    const area = (event.currentTarget as HTMLElement).closest('form')?.elements.namedItem('reply-text') as HTMLTextAreaElement | null;
    // the box is uncontrolled: emptied once its reply is posted
    if (area?.value.trim() && context.onReply(area.value)) area.value = '';
  };
  const postOnCtrlEnter = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      post(event);
    }
  };
  return html`
    <fieldset class="links">
      <legend>${strings.links}</legend>
      ${links.length || context.incoming.length
        ? html`<ul class="link-list">
            ${links.map(
              (link) => html`<li data-link-id=${link.id}>
                <span>${typeWords(link.type, false)} ${describe(link.to, link.toArticle)}</span>
                ${goTo(link.to)}
                <button type="button" class="link-button danger" aria-label="${strings.removeLink}: ${typeWords(link.type, false)} ${describe(link.to)}" @click=${() => context.onUnlink(annotation.id, link.id)}>${strings.removeLink}</button>
              </li>`,
            )}
            ${context.incoming.map(
              ({ from, link }) => html`<li class="incoming" data-link-id=${link.id}>
                <span>${typeWords(link.type, true)} ${describe(from.id)}</span>
                ${goTo(from.id)}
              </li>`,
            )}
          </ul>`
        : html`<p class="hint">${strings.noLinks}</p>`}
      <div class="add-link">
        <label>${strings.linkType}
          <select name="link-type">
            ${context.linkTypes.map((type) => html`<option value=${type.id}>${type.label}</option>`)}
          </select>
        </label>
        <label>${strings.findAnnotation}
          <input type="search" name="link-search" autocomplete="off" .value=${context.search} @input=${(event: Event) => context.onSearch((event.target as HTMLInputElement).value)} />
        </label>
        ${context.canSearchLibrary
          ? html`<button type="button" class="link-button" ?disabled=${context.library === 'searching'} @click=${context.onSearchLibrary}>${strings.searchLibrary}</button>`
          : nothing}
        <label>${strings.linkTo}
          <select name="link-to">
            ${context.candidates.length || Array.isArray(context.library)
              ? html`<optgroup label=${strings.inThisArticle}>
                    ${context.candidates.map((other) => html`<option value=${other.id}>${describe(other.id)}${other.attribution?.name ? ` (${other.attribution.name})` : ''}</option>`)}
                  </optgroup>
                  ${Array.isArray(context.library)
                    ? html`<optgroup label=${strings.inOtherArticles}>
                        ${context.library.map((hit, index) => html`<option value="library:${index}">${hit.title}: ${kindLabel(kinds, hit.kind)} “${short(hit.exact)}”</option>`)}
                      </optgroup>`
                    : nothing}`
              : html`<option value="">${strings.noLinkCandidates}</option>`}
          </select>
        </label>
        ${context.library === 'searching' ? html`<p class="hint" role="status">${strings.searchingLibrary}</p>` : Array.isArray(context.library) && !context.library.length ? html`<p class="hint" role="status">${strings.noLibraryHits}</p>` : nothing}
        ${context.candidateCount > context.candidates.length ? html`<p class="hint">${strings.moreCandidates(context.candidateCount - context.candidates.length)}</p>` : nothing}
        <div class="form-buttons">
          <button type="button" aria-pressed=${context.picking ? 'true' : 'false'} @click=${(event: Event) => context.onPick(context.picking ? null : field((event.currentTarget as HTMLButtonElement).form, 'link-type'))}>${strings.pickInText}</button>
          <button type="button" ?disabled=${!context.candidates.length && !(Array.isArray(context.library) && context.library.length)} @click=${addLink}>${strings.addLink}</button>
        </div>
        ${context.picking ? html`<p class="hint" role="status">${strings.pickPrompt}</p>` : nothing}
      </div>
    </fieldset>
    <fieldset class="discussion">
      <legend>${strings.discussion(annotation.replies?.length ?? 0)}</legend>
      ${annotation.replies?.length
        ? html`<ol class="replies">
            ${repeat(annotation.replies, (reply) => reply.id, (reply) => renderReply(given, reply, context))}
          </ol>`
        : nothing}
      <label>${strings.replyLabel}<textarea name="reply-text" rows="2" maxlength=${replyCharacters} @keydown=${postOnCtrlEnter}></textarea></label>
      <div class="form-buttons"><button type="button" @click=${post}>${strings.postReply}</button></div>
    </fieldset>
  `;
}

function renderReply(given: ClaimStrings, reply: Reply, context: DiscussionContext): TemplateResult {
  const strings = onDemandWords(given);
  const own = isOwnReply(reply, context.checker);
  const when = new Date(reply.modified ?? reply.created);
  // a reply made here before the checker gave a name is theirs: "You", not "Someone"
  const who = reply.creator ? agentName(reply.creator) : own ? strings.you : strings.someone;
  if (context.editingReply === reply.id && own) {
    const save = (event: Event) => {
      const area = (event.currentTarget as HTMLElement).closest('li')?.querySelector('textarea');
      if (area) context.onChangeReply(reply.id, area.value);
    };
    return html`<li class="reply editing" data-reply-id=${reply.id}>
      <label>${strings.editReplyLabel}<textarea rows="3" maxlength=${replyCharacters} .value=${reply.text}></textarea></label>
      <div class="form-buttons">
        <button type="button" @click=${() => context.onEditingReply(null)}>${given.cancel}</button>
        <button type="button" class="primary" @click=${save}>${strings.saveReply}</button>
      </div>
    </li>`;
  }
  return html`<li class="reply" data-reply-id=${reply.id}>
    <p class="reply-head"><strong>${who}</strong> · <time datetime=${reply.modified ?? reply.created}>${context.dates.format(when)}</time>${reply.modified ? ` · ${strings.replyEdited}` : ''}</p>
    <p class="reply-text">${reply.text.length > 2000 ? `${reply.text.slice(0, 2000)}…` : reply.text}</p>
    ${own
      ? html`<div class="reply-actions">
          <button type="button" class="link-button" @click=${() => context.onEditingReply(reply.id)}>${strings.editReply}</button>
          <button type="button" class="link-button danger" @click=${() => context.onChangeReply(reply.id, null)}>${strings.deleteReply}</button>
        </div>`
      : nothing}
  </li>`;
}

/** At most 60 characters of `text`, cut at a word. */
function short(text: string): string {
  if (text.length <= 60) return text;
  const cut = text.slice(0, 60).lastIndexOf(' ');
  return `${text.slice(0, cut > 30 ? cut : 60)}…`;
}

/** What the discussion needs of the panel: the annotations, the editor's state, the link types, and how to redraw and to say a failure. */
export interface DiscussionNeeds {
  readonly annotations: EditorAnnotations;
  state(): EditorState;
  linkTypes(): readonly LinkType[];
  /** The locale for the replies' dates. */
  locale(): string | undefined;
  redraw(): void;
  /** A change could not be made: the form says why (`annotationProblem`). */
  failed(error: unknown): void;
  /** Goes to annotation `id` in the text. */
  goTo(id: string): void;
  /** Hears of the editor's transactions (for picking in the text). */
  readonly editor: { subscribe(listener: { update?(update: { tr: Transaction }): void }): () => void };
  /** The library this article is stored in, and its id there; null when it is not stored. */
  library(): { store: () => Promise<ArticleStore>; articleId: string } | null;
}

/** How many annotations the link list offers at once; the search narrows the rest. */
const candidateLimit = 50;

/** The panel's links and discussion: the little state they keep (the search, the reply being edited) and their context for one annotation. */
export class Discussion {
  #search = '';
  #library: LibraryHit[] | null | 'searching' = null;
  #titles = new Map<string, string>();
  #editingReply: string | null = null;
  #for: string | null = null;
  /** Picking in the text: the link type, and how to stop hearing of clicks. */
  #picking: { type: string; stop: () => void } | null = null;

  readonly #relations: EditorRelations;

  constructor(readonly needs: DiscussionNeeds) {
    this.#relations = new EditorRelations(needs.annotations);
  }

  context(annotation: Annotation): DiscussionContext {
    if (this.#for !== annotation.id) {
      [this.#for, this.#search, this.#editingReply, this.#library] = [annotation.id, '', null, null];
      this.#pick(null, annotation.id);
    }
    if ((annotation.links ?? []).some((link) => link.toArticle !== undefined && !this.#titles.has(link.toArticle))) void this.#readTitles();
    const { needs } = this;
    const state = needs.state();
    const query = this.#search.trim().toLowerCase();
    const all = needs.annotations.list(state);
    const byId = new Map(all.map((other) => [other.id, other]));
    const matching = all.filter(
      (other) => other.id !== annotation.id && (!query || other.exact.toLowerCase().includes(query) || other.attribution?.name.toLowerCase().includes(query) || other.claim?.toLowerCase().includes(query)),
    );
    const act = (change: () => unknown): boolean => {
      try {
        change();
      } catch (error) {
        needs.failed(error);
        return false;
      }
      needs.redraw();
      return true;
    };
    return {
      linkTypes: needs.linkTypes(),
      incoming: linksTo(state, annotation.id),
      find: (id) => byId.get(id) ?? null,
      candidates: matching.slice(0, candidateLimit),
      candidateCount: matching.length,
      search: this.#search,
      library: this.#library,
      canSearchLibrary: needs.library() !== null,
      articleTitle: (id) => this.#titles.get(id),
      onSearchLibrary: () => void this.#searchLibrary(),
      picking: this.#picking !== null,
      onPick: (type) => {
        this.#pick(type, annotation.id);
        needs.redraw();
      },
      checker: currentChecker(state),
      dates: new Intl.DateTimeFormat(needs.locale(), { dateStyle: 'medium', timeStyle: 'short' }),
      editingReply: this.#editingReply,
      onSearch: (value) => {
        this.#search = value;
        needs.redraw();
      },
      onLink: (to, type, article) => act(() => this.#relations.link(annotation.id, to, type, article)),
      onUnlink: (from, linkId) => act(() => this.#relations.unlink(from, linkId)),
      onGoTo: (id) => needs.goTo(id),
      onReply: (text) => act(() => this.#relations.reply(annotation.id, text)),
      onEditingReply: (id) => {
        this.#editingReply = id;
        needs.redraw();
      },
      onChangeReply: (id, text) =>
        act(() => {
          this.#relations.changeReply(annotation.id, id, text);
          this.#editingReply = null;
        }),
    };
  }

  /** Reads the titles of the library's articles, once, for the links to them. */
  async #readTitles(): Promise<void> {
    const library = this.needs.library();
    if (!library || this.#titles.size) return;
    try {
      for (const article of await listArticles(await library.store())) this.#titles.set(article.id, article.title ?? article.id);
    } catch {
      return; // the links say "another article" instead
    }
    this.needs.redraw();
  }

  /** Looks for the search's words in the other stored articles' annotations (quote, restated claim, speaker): the first `candidateLimit`. */
  async #searchLibrary(): Promise<void> {
    const library = this.needs.library();
    if (!library || this.#library === 'searching') return;
    const query = this.#search.trim().toLowerCase();
    this.#library = 'searching';
    this.needs.redraw();
    const hits: LibraryHit[] = [];
    try {
      const store = await library.store();
      await this.#readTitles();
      await readAnnotations(store, (page: StoredAnnotation[]) => {
        for (const { articleId, record, quote } of page) {
          if (hits.length >= candidateLimit || articleId === library.articleId) continue;
          const said = [quote.exact, record.claim, record.attribution?.name].some((text) => text?.toLowerCase().includes(query));
          if (said) hits.push({ articleId, title: this.#titles.get(articleId) ?? articleId, id: record.id, kind: record.kind, exact: quote.exact });
        }
      });
      this.#library = hits;
    } catch (error) {
      this.#library = null;
      this.needs.failed(error);
      return;
    }
    this.needs.redraw();
  }

  /**
   * Picking in the text: the next click that selects another annotation links
   * `from` to it by `type`; `type` null stops. Escape in the text lets go of the
   * selection and so picks nothing.
   */
  #pick(type: string | null, from: string): void {
    this.#picking?.stop();
    this.#picking = null;
    if (type === null) return;
    const stop = this.needs.editor.subscribe({
      update: ({ tr }) => {
        const note = commandNote(tr);
        if (!note || !('selectedAt' in note) || note.selectedAt === from) return;
        this.#pick(null, from);
        try {
          this.#relations.link(from, note.selectedAt, type);
        } catch (error) {
          this.needs.failed(error);
          return;
        }
        this.needs.redraw();
      },
    });
    this.#picking = { type, stop };
  }
}

