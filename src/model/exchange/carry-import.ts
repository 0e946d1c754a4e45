/**
 * Reading what a file says that Claimmark does not model into an annotation's
 * `fileTarget` and `carried` (`carryAnnotation`, `carryTarget`, `noteBody`);
 * `carried.ts` writes it out again. docs/format.md, "Carried through", says
 * what goes where. Imported by the importers only, so the start-up bundle
 * (which exports) does without it and the HTML sanitizer.
 */
import { type CarriedFields, type FileTarget, type JsonData, writtenAnnotationKeys, writtenTargetKeys } from '../annotation/annotation.ts';
import { isHtml } from './carried.ts';
import { htmlText, sanitizeHtml } from '../text/html.ts';
import { type JsonObject, type JsonValue, isJsonObject } from './json-input.ts';
import { values } from './jsonld-read.ts';

/** The annotation properties a file gave that are not ours to write, verbatim; motivation `classifying` is what we write anyway. */
export function carryAnnotation(node: JsonObject, ourGenerator: string): { [key: string]: JsonData } | undefined {
  const kept: { [key: string]: JsonData } = {};
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || writtenAnnotationKeys.includes(key)) continue;
    if (key === 'motivation' && value === 'classifying') continue;
    if (key === 'generator') {
      // ours is written again; another tool's stays beside it
      const others = values(value).filter((generator) => !(isJsonObject(generator) && generator.name === ourGenerator));
      if (others.length) kept.generator = json(others.length === 1 ? others[0] : others);
      continue;
    }
    kept[key] = json(value);
  }
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * The target the selectors were read from, as `fileTarget` (its source when a
 * string, every selector), and its other properties for `carried.target`. In
 * our own files the first TextQuote and TextPosition are ours, written again
 * from the annotation, so they are not kept; nor is our source.
 */
export function carryTarget(target: JsonObject, ours: boolean): { fileTarget?: FileTarget; properties?: { [key: string]: JsonData } } {
  let selectors = values(target.selector);
  if (ours) {
    const firstOf = (type: string) => selectors.findIndex((selector) => isJsonObject(selector) && selector.type === type);
    const quote = firstOf('TextQuoteSelector');
    const skip = new Set([quote, firstOf('TextPositionSelector')]);
    const rest = selectors.filter((_, index) => !skip.has(index));
    const typed = (type: string) => rest.some((selector) => isJsonObject(selector) && selector.type === type);
    // another tool's position whose quote our export left out as equal to ours: ours stays as its quote, which says whether its words are still there
    if (quote >= 0 && typed('TextPositionSelector') && !typed('TextQuoteSelector')) rest.unshift(selectors[quote]);
    selectors = rest;
  }
  const result: { fileTarget?: FileTarget; properties?: { [key: string]: JsonData } } = {};
  // our source is the article's, unless the file we wrote had kept another tool's target
  const source = typeof target.source === 'string' && (!ours || selectors.length) ? target.source : undefined;
  if (selectors.length || source !== undefined) result.fileTarget = { ...(source !== undefined ? { source } : {}), selectors: selectors.map(json) };
  const properties: { [key: string]: JsonData } = {};
  for (const [key, value] of Object.entries(target)) if (value !== undefined && !writtenTargetKeys.includes(key)) properties[key] = json(value);
  if (Object.keys(properties).length) result.properties = properties;
  return result;
}

/** Whether a textual body is the note body our export writes, which nothing need carry. */
function isOurNoteBody(body: JsonObject): boolean {
  return Object.keys(body).every((key) => ['type', 'purpose', 'value', 'format'].includes(key)) && body.type === 'TextualBody' && body.purpose === 'commenting' && body.format === 'text/plain';
}

/**
 * A textual body that makes (part of) the note: the text it gives the note (an
 * HTML body's words, sanitized) and the body to carry (HTML sanitized), or
 * none for a body exactly as ours. `cleaned` says sanitizing changed the HTML.
 */
export function noteBody(body: JsonObject, value: string): { text: string; carried?: JsonData; cleaned: boolean } {
  if (!isHtml(body)) return { text: value, ...(isOurNoteBody(body) ? {} : { carried: json(body) }), cleaned: false };
  const clean = sanitizeHtml(value);
  return { text: htmlText(clean), carried: json({ ...body, value: clean }), cleaned: clean !== value };
}

/** The carried JSON, as plain data for a record. */
function json(value: JsonValue): JsonData {
  return value as JsonData;
}

/** How many characters of JSON an annotation's carried parts take. */
export function carriedSize(parts: { fileTarget?: FileTarget; carried?: CarriedFields }): number {
  return JSON.stringify([parts.fileTarget ?? null, parts.carried ?? null]).length;
}
