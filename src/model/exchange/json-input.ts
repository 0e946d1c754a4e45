/**
 * The one adapter between untrusted JSON (a file a user drops, a string or an
 * object a page passes in) and typed values. Everything past this point reads a
 * `JsonValue` tree: plain data in null-prototype objects, no `__proto__`,
 * `constructor` or `prototype` keys, no deeper than `maxImportDepth`.
 */

/** A JSON value as the importers read it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;

/** A JSON object with a null prototype: looking up any key never reaches `Object.prototype`. */
export interface JsonObject {
  [key: string]: JsonValue | undefined;
}

/**
 * The largest import accepted, in characters of JSON text (100 MiB): a file of
 * 100,000 annotations with quote, context and position, as tools write them,
 * is 50-60 MB, and one from Hypothesis more.
 */
export const maxImportSize = 100 * 1024 * 1024;

/** How deeply arrays and objects may nest; our own exports need 9 levels. */
export const maxImportDepth = 64;

/** Why a whole file cannot be imported: `not-input` is a value that is neither JSON text nor an object (a caller's bug). */
export type ImportFailure = 'too-large' | 'too-deep' | 'not-json' | 'not-input' | 'unreadable' | 'no-annotations';

/**
 * A whole file that cannot be imported: not JSON, too large, too deep, or no
 * annotations in it. The message says why in English, for developers; `reason`
 * (and `limit`, the size in MB or the depth) says it as data, for the UI.
 */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    message: string,
    readonly reason: ImportFailure = 'unreadable',
    readonly limit?: number,
  ) {
    super(message);
  }
}

/** The counts of what cleaning left out, for the import notes. */
export interface CleanReport {
  /** Keys named `__proto__`, `constructor` or `prototype` that were dropped. */
  droppedKeys: number;
  /** Values that are not JSON (functions, symbols, `undefined`, NaN) that were dropped. */
  droppedValues: number;
  /** About how many characters the value would be as JSON text, so far: an object a page passes in has the same size limit as a file. */
  characters: number;
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Parses `input` (JSON text, or an already parsed value) into a clean
 * `JsonValue`; throws an ImportError naming the problem for text over
 * `maxImportSize`, nesting over `maxImportDepth` or invalid JSON.
 */
export function parseUntrustedJson(input: unknown): { value: JsonValue; report: CleanReport } {
  const report: CleanReport = { droppedKeys: 0, droppedValues: 0, characters: 0 };
  let parsed: unknown = input;
  if (typeof input === 'string') {
    if (input.length > maxImportSize) throw tooLarge('The file', input.length);
    checkTextDepth(input);
    try {
      parsed = JSON.parse(input);
    } catch (error) {
      throw new ImportError(`The file is not valid JSON: ${(error as Error).message}`, 'not-json');
    }
  } else if (input === null || typeof input !== 'object') {
    throw new ImportError(`Expected JSON text or an object, not ${input === null ? 'null' : typeof input}`, 'not-input');
  }
  try {
    return { value: clean(parsed, 0, report) ?? null, report };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    // a getter or proxy in an object a page passed in
    throw new ImportError(`The object could not be read: ${(error as Error).message}`, 'unreadable');
  }
}

function megabytes(characters: number): string {
  return (characters / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
}

/**
 * Rejects text whose arrays and objects nest deeper than the limit, before
 * JSON.parse (and our own walk) could recurse that deep. Strings are skipped
 * whole with indexOf, so brackets inside them do not count and the scan stays
 * fast on text-heavy files.
 */
function checkTextDepth(text: string): void {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit === 0x22) {
      i = stringEnd(text, i);
      if (i < 0) return; // unterminated: JSON.parse will say so
    } else if (unit === 0x5b || unit === 0x7b) {
      if (++depth > maxImportDepth) throw depthError();
    } else if (unit === 0x5d || unit === 0x7d) {
      depth--;
    }
  }
}

/** The offset of the quote that closes the string opening at `open`, or -1. */
function stringEnd(text: string, open: number): number {
  for (let at = text.indexOf('"', open + 1); at >= 0; at = text.indexOf('"', at + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return at;
  }
  return -1;
}

/** The size limit's error: `what` is "The file" (text) or "The object" (a value a page passed in). */
function tooLarge(what: string, characters: number): ImportError {
  const limit = megabytes(maxImportSize);
  const size = what === 'The file' ? `${characters.toLocaleString('en')} characters` : `over ${characters.toLocaleString('en')} characters as JSON`;
  return new ImportError(`${what} is larger than ${limit} MB (${size}); Claimmark imports files up to ${limit} MB`, 'too-large', Number(limit));
}

function depthError(): ImportError {
  return new ImportError(`The file nests arrays and objects more than ${maxImportDepth} levels deep`, 'too-deep', maxImportDepth);
}

/**
 * Copies a parsed value into null-prototype objects, dropping forbidden keys
 * and non-JSON values. Recursion is bounded by `maxImportDepth`, which also
 * stops a cyclic object passed in by a page.
 */
function clean(value: unknown, depth: number, report: CleanReport): JsonValue | undefined {
  // every value costs at least its punctuation; a string its characters
  report.characters += typeof value === 'string' ? value.length + 3 : 6;
  if (report.characters > maxImportSize) throw tooLarge('The object', report.characters);
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    report.droppedValues++;
    return undefined;
  }
  if (typeof value !== 'object') {
    report.droppedValues++;
    return undefined;
  }
  if (depth >= maxImportDepth) throw depthError();
  if (Array.isArray(value)) {
    const items: JsonValue[] = [];
    for (const item of value) {
      const cleaned = clean(item, depth + 1, report);
      items.push(cleaned === undefined ? null : cleaned);
    }
    return items;
  }
  const object: JsonObject = Object.create(null);
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) {
      report.droppedKeys++;
      continue;
    }
    report.characters += key.length + 3;
    const cleaned = clean((value as Record<string, unknown>)[key], depth + 1, report);
    if (cleaned !== undefined) object[key] = cleaned;
  }
  return object;
}

/** Whether `value` is a JSON object (not an array, not null). */
export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
