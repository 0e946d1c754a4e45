/**
 * The language an element speaks and the words it uses: its own `lang`, else
 * the nearest ancestor's (across shadow roots), else the document's; that
 * language's bundle, loaded as a lazy chunk, overlaid with the element's
 * `strings` property. Issue 5.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LibraryStrings } from './library-strings.ts';
import type { ClaimStrings } from './annotator-strings.ts';

/** One language's words for both elements: what a module in `locales/` exports. */
export interface LocaleBundles {
  claim: ClaimStrings;
  library: LibraryStrings;
}

/** The languages shipped besides English, by primary language subtag; each is a chunk of its own. */
const loaders = new Map<string, () => Promise<LocaleBundles>>([['fr', () => import('./fr.ts')]]);

/**
 * Bundles already loaded, so that a second element in the same language renders
 * it at once. Only ever added to, with modules that never change: a memo of
 * the module registry, not state any element shares.
 */
const loaded = new Map<string, LocaleBundles>();

/** The `lang` in effect at `element`: its own or its nearest ancestor's, looking through shadow roots to their hosts, else the document's. */
function languageOf(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const owner = node.closest('[lang]');
    if (owner) return (owner.getAttribute('lang') ?? '').trim();
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang.trim();
}

/** The shipped language that serves `tag` (`fr-CA` → `fr`), or null for English and for languages Claimmark does not have. */
function shippedLanguage(tag: string): string | null {
  const primary = tag.toLowerCase().split('-')[0];
  return loaders.has(primary) ? primary : null;
}

/** `tag` as Intl reads it, or undefined (the browser's own locale) when there is none or it is not a valid tag. */
function intlLocale(tag: string): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

/** `base` with each entry of `overrides` in its place; an entry of another type than the one it replaces is ignored. */
function overlay<S extends object>(base: S, overrides: Partial<S> | null | undefined): S {
  if (!overrides) return base;
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    const under = result[key];
    if (value == null || (key in base && typeof value !== typeof under)) continue;
    // a record such as `stances` may be given in part
    result[key] = typeof value === 'object' && value && typeof under === 'object' ? { ...under, ...value } : value;
  }
  return result as S;
}

/** What the controller needs of its element: the English bundle, which bundle of a language is its, and its `strings` property. */
export interface LocaleOptions<S> {
  /** The English bundle, shown for other languages and while one loads. */
  english: S;
  /** This element's bundle among a language's. */
  pick(bundles: LocaleBundles): S;
  /** The element's `strings` property. */
  overrides(): Partial<S> | null | undefined;
  /**
   * Called in an update whose strings differ from the previous update's (and in
   * the first update, unless it shows the plain English bundle), for words drawn
   * outside Lit's templates.
   */
  changed?(strings: S): void;
}

/** Follows the host's language while it is in the page and gives its words and Intl locale. */
export class LocaleController<S extends object> implements ReactiveController {
  #observer: MutationObserver | null = null;
  /** The `lang` in effect, as last read. */
  #tag = '';
  #bundle: S;
  #loading: Promise<void> = Promise.resolve();
  /** The strings made from `#bundle` and `#overrides`; null when the bundle changed since. */
  #strings: S | null = null;
  #overrides: Partial<S> | null | undefined;
  /** The strings of the last update. */
  #drawn: S | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly options: LocaleOptions<S>,
  ) {
    this.#bundle = options.english;
    host.addController(this);
  }

  /** The element's words: its language's bundle with the `strings` property laid over it. */
  get strings(): S {
    const overrides = this.options.overrides();
    if (!this.#strings || overrides !== this.#overrides) {
      this.#overrides = overrides;
      this.#strings = overlay(this.#bundle, overrides);
    }
    return this.#strings;
  }

  /** The locale for dates and numbers: the element's `lang`, else undefined for the browser's. */
  get locale(): string | undefined {
    return intlLocale(this.#tag);
  }

  hostConnected(): void {
    // a change of any `lang` in the element's document or the shadow roots around it may change its language
    this.#observer ??= new MutationObserver(() => void this.refresh());
    let root = this.host.getRootNode();
    for (;;) {
      this.#observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
      root = root.host.getRootNode();
    }
    void this.refresh();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  hostUpdate(): void {
    const strings = this.strings;
    if (strings !== this.#drawn && (this.#drawn || strings !== this.options.english)) this.options.changed?.(strings);
    this.#drawn = strings;
  }

  /**
   * Reads the host's language again; resolves when its words are shown or
   * could not be loaded (then English stays). Until a language's chunk has
   * arrived the host shows English.
   */
  refresh(): Promise<void> {
    const tag = this.host.isConnected ? languageOf(this.host) : this.#tag;
    if (tag === this.#tag) return this.#loading;
    this.#tag = tag;
    const language = shippedLanguage(tag);
    const bundles = language ? loaded.get(language) : undefined;
    this.#show(bundles ? this.options.pick(bundles) : this.options.english);
    if (!language || bundles) return (this.#loading = Promise.resolve());
    const load = loaders.get(language) as () => Promise<LocaleBundles>;
    return (this.#loading = load().then(
      (bundles) => {
        loaded.set(language, bundles);
        if (shippedLanguage(this.#tag) === language) this.#show(this.options.pick(bundles));
      },
      (error: unknown) => console.warn(`Claimmark shows English: its "${language}" strings did not load.`, error),
    ));
  }

  #show(bundle: S): void {
    this.#bundle = bundle;
    this.#strings = null;
    this.host.requestUpdate();
  }
}
