/**
 * Who the fact-checker at this element is: the `creator` a site sets, or the
 * name they gave in "Your name", kept in this browser's localStorage under
 * `checkerStorageKey` so that it lasts across reloads. Their Agent is what the
 * editor records as the creator or last editor of what they change
 * (`withAuthorship`).
 */
import { type Agent, isHttpUrl } from '../../model/index.ts';

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
