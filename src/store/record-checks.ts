/**
 * Checking a record read from IndexedDB or a backup file before anything uses
 * it: every field's type and range, rebuilt from the fields we know, so a
 * record from an older version, a hand edit or a crafted backup is refused
 * with a reason rather than breaking the list or the editor. Documents stay
 * opaque here (the store does not know ProseMirror); the persistence layer
 * checks them against the article schema.
 */
import {
  type AnnotationError,
  type AnnotationFields,
  type AnnotationRecord,
  type ArticleMetadata,
  type CarriedFields,
  type FileTarget,
  type FileVersion,
  type JsonData,
  carriedLimit,
  writtenAnnotationKeys,
  writtenTargetKeys,
  type PlacementCheck,
  placementCheckReasons,
  checkAuthors,
  checkHistory,
  checkLinks,
  checkReplies,
  checkFields,
  checkMetadata,
  recordFieldNames,
  isHttpUrl,
  isKindId,
  isZonedTimestamp,
} from '../model/index.ts';
import type { StoredAnnotation, StoredArticle, StoredDocument } from './schema.ts';
import { RecordError } from './record-error.ts';

export { type RecordFault, RecordError, type SkippedRecord } from './record-error.ts';

/** A check turns a value into a clean one or throws a RecordError naming `field`. */
type Check<T = unknown> = (value: unknown, field: string) => T;
/** The fields of an object; `[check]` marks an optional one. */
type Shape = Record<string, Check | [Check]>;

/**
 * The object `value` as `shape` describes it, rebuilt from those fields only:
 * any other field is left out, so nothing unchecked is kept or written.
 */
function object(value: unknown, field: string, shape: Shape): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new RecordError(field, 'not-object');
  const fields = value as Record<string, unknown>;
  const clean: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(shape)) {
    const given = Object.hasOwn(fields, key) ? fields[key] : undefined;
    const optional = Array.isArray(spec);
    if (given === undefined) {
      if (!optional) throw new RecordError(`${field}.${key}`, 'missing');
      continue;
    }
    clean[key] = (optional ? spec[0] : spec)(given, `${field}.${key}`);
  }
  return clean;
}

const text: Check<string> = (value, field) => {
  if (typeof value !== 'string') throw new RecordError(field, 'not-text');
  return value;
};

const id: Check<string> = (value, field) => {
  if (text(value, field) === '') throw new RecordError(field, 'empty');
  return value as string;
};

const count: Check<number> = (value, field) => {
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new RecordError(field, 'not-count');
  return value as number;
};

const timestamp: Check<string> = (value, field) => {
  if (!isZonedTimestamp(value)) throw new RecordError(field, 'not-timestamp');
  return value;
};

/** `[from, to]`, positions with from <= to. */
const range: Check<[number, number]> = (value, field) => {
  if (!Array.isArray(value) || value.length !== 2) throw new RecordError(field, 'not-range');
  const [from, to] = [count(value[0], `${field}[0]`), count(value[1], `${field}[1]`)];
  if (to < from) throw new RecordError(field, 'not-range');
  return [from, to];
};

function list<T>(value: unknown, field: string, item: (value: unknown, field: string) => T): T[] {
  if (!Array.isArray(value)) throw new RecordError(field, 'not-list');
  return value.map((each, index) => item(each, `${field}[${index}]`));
}

/** Article metadata: an object of strings, an http(s) URL, an ISO date (model/annotation/article.ts checks the last two). */
export function checkStoredMetadata(value: unknown, field = 'metadata'): ArticleMetadata {
  const metadata = object(value, field, { url: [text], title: [text], publisher: [text], author: [text], published: [text] });
  if (metadata.url !== undefined && !isHttpUrl((metadata.url as string).trim())) throw new RecordError(`${field}.url`, 'not-url');
  try {
    return checkMetadata(metadata);
  } catch {
    throw new RecordError(`${field}.published`, 'not-date');
  }
}

/** An article record (the library's list reads these). */
export function checkStoredArticle(value: unknown, field = 'article'): StoredArticle {
  const shape: Shape = { id, metadata: checkStoredMetadata, sourceHash: [text], created: timestamp, modified: timestamp, annotationCount: count };
  return object(value, field, shape) as unknown as StoredArticle;
}

/** A document record of article `articleId`; its `doc` is checked by the persistence layer. */
export function checkStoredDocument(value: unknown, articleId: string, field = 'document'): StoredDocument {
  const document = object(value, field, { articleId: sameArticle(articleId), doc: (v) => v, revision: count, anchors: anchorList });
  return document as unknown as StoredDocument;
}

const anchorList: Check<[string, number, number][]> = (value, field) =>
  list(value, field, (anchor, where) => {
    if (!Array.isArray(anchor) || anchor.length !== 3) throw new RecordError(where, 'not-range');
    return [id(anchor[0], `${where}[0]`), ...range(anchor.slice(1), where)];
  });

function sameArticle(articleId: string): Check<string> {
  return (value, field) => {
    if (value !== articleId) throw new RecordError(field, 'other-article');
    return articleId;
  };
}

/** An annotation record of article `articleId`: its record, quote and where it was. */
export function checkStoredAnnotation(value: unknown, articleId: string, field = 'annotation'): StoredAnnotation {
  const shape: Shape = {
    articleId: sameArticle(articleId),
    id,
    record: checkAnnotationRecord,
    anchor: (v, f) => (v === null ? null : range(v, f)),
    revision: count,
    quote: (v, f) => object(v, f, { exact: text, prefix: text, suffix: text }),
    hint: [(v, f) => (v === null ? null : object(v, f, { pos: count, relFrom: integer, relTo: integer }))],
  };
  const annotation = object(value, field, shape) as unknown as StoredAnnotation;
  if (annotation.record.id !== annotation.id) throw new RecordError(`${field}.record.id`, 'other-article');
  return annotation;
}

/** A content digest (`contentHash`): hexadecimal, 14 digits. */
const fileDigest: Check<string> = (value, field) => {
  if (typeof value !== 'string' || !/^[0-9a-f]{1,16}$/.test(value)) throw new RecordError(field, 'not-text');
  return value;
};

const integer: Check<number> = (value, field) => {
  if (!Number.isSafeInteger(value)) throw new RecordError(field, 'not-count');
  return value as number;
};

/**
 * An annotation's record: its id, a kind id as kinds have them (it becomes a
 * class and a `part`), timestamps, and its fields checked by the model's own
 * input checks (`checkFields`), as an annotation added through the API is.
 * Any verdict id is kept: the site's scale is not known here.
 */
export function checkAnnotationRecord(value: unknown, field = 'record'): AnnotationRecord {
  const kind: Check<string> = (v, f) => {
    if (!isKindId(v)) throw new RecordError(f, 'not-kind');
    return v;
  };
  const fromFile: Check<FileVersion> = (v, f) => object(v, f, { digest: fileDigest, modified: timestamp }) as unknown as FileVersion;
  const placementCheck: Check<PlacementCheck> = (v, f) => {
    const check = object(v, f, { reason: text, fileQuote: text, placedText: text, candidates: [count] }) as unknown as PlacementCheck;
    if (!placementCheckReasons.includes(check.reason)) throw new RecordError(`${f}.reason`, 'not-text');
    return check;
  };
  const shape: Shape = {
    id, kind, created: timestamp, modified: timestamp, fromFile: [fromFile], placementCheck: [placementCheck], fileTarget: [fileTarget], carried: [carried], private: [onlyTrue],
    creator: [(v) => v], coCreators: [(v) => v], modifiedBy: [(v) => v], links: [(v) => v], replies: [(v) => v],
  };
  for (const name of recordFieldNames) shape[name] = [name === 'verdict' ? text : (v) => v];
  const { verdict, fromFile: baseline, placementCheck: check, fileTarget: target, carried: kept, private: hidden, creator, coCreators, modifiedBy, links: givenLinks, replies: givenReplies, ...given } = object(value, field, shape);
  if ((target || kept) && JSON.stringify([target ?? null, kept ?? null]).length > carriedLimit) throw new RecordError(`${field}.carried`, 'too-long');
  let fields: AnnotationFields;
  let authors: Pick<AnnotationRecord, 'creator' | 'coCreators' | 'modifiedBy'>;
  try {
    fields = checkFields(given as AnnotationFields, { kinds: [], verdicts: [] });
  } catch (error) {
    throw new RecordError(field, 'not-field', (error as Error).message);
  }
  try {
    authors = checkAuthors({ creator, coCreators, modifiedBy });
  } catch (error) {
    // the agent's own field: `record.creator.homepage`
    throw new RecordError(`${field}.${(error as AnnotationError).field ?? 'creator'}`, 'not-field', (error as Error).message);
  }
  let history: AnnotationFields['history'];
  let relations: Pick<AnnotationRecord, 'links' | 'replies'>;
  try {
    history = checkHistory((given as AnnotationFields).history);
    relations = { links: checkLinks(givenLinks), replies: checkReplies(givenReplies) };
  } catch (error) {
    throw new RecordError(`${field}.${(error as AnnotationError).field ?? 'history'}`, 'not-field', (error as Error).message);
  }
  const record: Record<string, unknown> = {
    ...given, ...fields, ...authors, ...relations, history, verdict: (verdict as string | undefined)?.trim() || undefined, fromFile: baseline, placementCheck: check, fileTarget: target, carried: kept, private: hidden,
  };
  // a field the checks emptied (a blank note) is left out, as the API leaves it out
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record as unknown as AnnotationRecord;
}

/** Plain JSON as a file gave it (carried fields): no key that could reach a prototype, no deeper than an import may be. */
const jsonData: Check<JsonData> = (value, field) => {
  const check = (v: unknown, where: string, depth: number): JsonData => {
    if (depth > 64) throw new RecordError(where, 'too-long');
    if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new RecordError(where, 'not-field');
      return v;
    }
    if (Array.isArray(v)) return v.map((each, index) => check(each, `${where}[${index}]`, depth + 1));
    if (typeof v !== 'object' || Object.getPrototypeOf(v) !== Object.prototype && Object.getPrototypeOf(v) !== null) throw new RecordError(where, 'not-field');
    const clean: { [key: string]: JsonData } = {};
    for (const [key, each] of Object.entries(v)) {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new RecordError(`${where}.${key}`, 'unknown-field');
      clean[key] = check(each, `${where}.${key}`, depth + 1);
    }
    return clean;
  };
  return check(value, field, 0);
};

/** A JSON object whose keys are none of `written` (what the export writes from the record itself). */
function jsonObject(written: readonly string[]): Check<{ [key: string]: JsonData }> {
  return (value, field) => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw new RecordError(field, 'not-object');
    const clean = jsonData(value, field) as { [key: string]: JsonData };
    for (const key of Object.keys(clean)) if (written.includes(key)) throw new RecordError(`${field}.${key}`, 'unknown-field');
    return clean;
  };
}

const jsonList: Check<JsonData[]> = (value, field) => list(value, field, jsonData);

/** The target a file gave: a source string and its selectors, each a JSON object. */
const fileTarget: Check<FileTarget> = (value, field) => {
  const target = object(value, field, { source: [text], selectors: jsonList }) as unknown as FileTarget;
  target.selectors.forEach((selector, index) => {
    if (!selector || typeof selector !== 'object' || Array.isArray(selector)) throw new RecordError(`${field}.selectors[${index}]`, 'not-object');
  });
  return target;
};

const carried: Check<CarriedFields> = (value, field) =>
  object(value, field, {
    annotation: [jsonObject(writtenAnnotationKeys)],
    target: [jsonObject(writtenTargetKeys)],
    targets: [jsonList],
    bodies: [jsonList],
    noteBodies: [jsonList],
    note: [text],
  }) as CarriedFields;

const onlyTrue: Check<true> = (value, field) => {
  if (value !== true) throw new RecordError(field, 'not-field');
  return true;
};

/** The id of a record that failed its checks, when it has a usable one (to name it in a report). */
export function recordId(value: unknown): string | null {
  const found = (value as { id?: unknown } | null)?.id;
  return typeof found === 'string' && found ? found : null;
}
