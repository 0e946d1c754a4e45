/**
 * Who the fact-checker at this element is: the `creator` a site sets, or the
 * name they gave in "Your name", kept in this browser's localStorage under
 * `checkerStorageKey` so that it lasts across reloads. Their Agent is what the
 * editor records as the creator or last editor of what they change
 * (`withAuthorship`).
 */
import { nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { type Agent, isHttpUrl } from '../../model/index.ts';
import type { ClaimStrings } from '../shared/strings/annotator-strings.ts';
import type { CheckerDialog } from './checker-dialog.ts';

/** The fact-checker as the element's `creator` property has them. */
export interface FactChecker {
  name: string;
  url?: string;
}

/** The localStorage key of the name given in "Your name" (README, "The fact-checker's name"). */
export const checkerStorageKey = 'claimmark-fact-checker';

/** The fact-checker `value` names, cleaned; throws a TypeError for a missing name or a URL that is not http(s). */
export function checkFactChecker(value: FactChecker | null): FactChecker | null {
  if (value !== null && (typeof value?.name !== 'string' || !value.name.trim())) throw new TypeError('A creator needs a name');
  if (value?.url !== undefined && !isHttpUrl(value.url)) throw new TypeError(`The creator URL ${JSON.stringify(value.url)} is not an http(s) URL`);
  return value && { name: value.name.trim(), ...(value.url ? { url: value.url } : {}) };
}

/** The name this browser keeps, or null (none, unreadable, or storage refused, as in some private windows). */
export function storedFactChecker(): FactChecker | null {
  try {
    const kept = globalThis.localStorage?.getItem(checkerStorageKey);
    return kept ? checkFactChecker(JSON.parse(kept) as FactChecker) : null;
  } catch {
    return null;
  }
}

/** Keeps `checker` in this browser (null forgets it); a storage that refuses leaves the name for this page only. */
export function storeFactChecker(checker: FactChecker | null): void {
  try {
    if (checker) globalThis.localStorage?.setItem(checkerStorageKey, JSON.stringify(checker));
    else globalThis.localStorage?.removeItem(checkerStorageKey);
  } catch {
    // quota or a private window: the name still counts in this page
  }
}

/** The fact-checker as the W3C Agent their annotations name. */
export function checkerAgent(checker: FactChecker | null): Agent | undefined {
  return checker ? { type: 'Person', name: checker.name, ...(checker.url ? { homepage: checker.url } : {}) } : undefined;
}

/** What the element's fact-checker needs of it. */
export interface FactCheckerNeeds {
  strings(): ClaimStrings;
  /** Whether this browser may keep the name ("Your name"): not with `storage="memory"`. */
  remembers(): boolean;
  /** Keeps the element's `updateComplete` waiting until `chunk` (the dialog's) has loaded. */
  load<T>(chunk: Promise<T>): Promise<T>;
}

/** The element's fact-checker: as the site set them, else as they named themselves in "Your name", and that dialog. */
export class ElementFactChecker {
  #checker: FactChecker | null = null;
  /** The site or the fact-checker chose them in this page: the name this browser keeps does not replace it. */
  #chosen = false;
  /** "Your name", once opened (the on-demand chunk). */
  #dialog: CheckerDialog | null = null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    readonly needs: FactCheckerNeeds,
  ) {}

  get current(): FactChecker | null {
    return this.#checker;
  }

  /** The site's choice (`creator`): checked, and kept over the name this browser keeps. */
  choose(value: FactChecker | null): void {
    this.#checker = checkFactChecker(value);
    this.#chosen = true;
    this.host.requestUpdate();
  }

  /** Before the element first draws: the name this browser keeps, unless the site chose someone. */
  restore(): void {
    if (!this.#chosen && this.needs.remembers()) this.#checker = storedFactChecker();
  }

  /** Opens "Your name", where the fact-checker says who they are. */
  openDialog(): void {
    void this.needs.load(
      import('./on-demand.ts').then(({ CheckerDialog }) => {
        this.#dialog ??= new CheckerDialog(this.host, { strings: () => this.needs.strings(), checker: () => this.#checker, choose: (name) => this.#named(name) });
        this.#dialog.open();
      }),
    );
  }

  render(): TemplateResult | typeof nothing {
    return this.#dialog?.render() ?? nothing;
  }

  /** The name given in "Your name": the fact-checker from now on, kept in this browser (empty forgets it). */
  #named(name: string): void {
    const checker = name.trim() ? { name: name.trim() } : null;
    this.choose(checker);
    if (this.needs.remembers()) storeFactChecker(checker);
  }
}
