/**
 * The IndexedDB schema of database `claimmark` and its upgrade ladder. Every
 * version a user may have on disk is upgraded step by step to the current one.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { AnnotationRecord, ArticleMetadata } from '../model/index.ts';

/** The current schema version. */
export const databaseVersion = 3;

/** The default database name. */
export const databaseName = 'claimmark';

/**
 * An annotation's stored range [id, from, to], in ProseMirror positions of one
 * document revision. Kept in the document record's field `anchors`: a field
 * name is part of the format on disk, so it keeps its name (renaming it would
 * need an upgrade step); in code, "anchor" is the editor's live range.
 */
export type StoredRange = [id: string, from: number, to: number];

/** Where an orphan's text was, in positions of one document revision (see the editor's OrphanHint). */
export interface StoredHint {
  pos: number;
  relFrom: number;
  relTo: number;
}

/** One article in the library: its metadata and counts (small: read and written on every change). */
export interface StoredArticle {
  id: string;
  metadata: ArticleMetadata;
  /** A hash of the text or HTML the article was first opened from, to recognise it when a page opens it again. */
  sourceHash?: string;
  created: string;
  modified: string;
  /** How many annotations the article has, for the library list. */
  annotationCount: number;
}

/** An article's document (large: written when the text changes), and where its annotations were in it. */
export interface StoredDocument {
  articleId: string;
  /** The article as ProseMirror JSON; the store does not read it. */
  doc: unknown;
  /** Counts the saves of `doc`; stored positions refer to one revision. */
  revision: number;
  /** The anchored annotations' ranges in this revision of `doc` (the stored field keeps its name). */
  anchors: StoredRange[];
}

/** Version 1 kept the document inside the article record. */
interface ArticleV1 {
  id: string;
  metadata: ArticleMetadata;
  doc: unknown;
  revision: number;
  anchors: StoredRange[];
  sourceHash?: string;
  created: string;
  modified: string;
}

/** One annotation of one article. */
export interface StoredAnnotation {
  articleId: string;
  id: string;
  record: AnnotationRecord;
  /** Its range in document revision `revision`, or null for an orphan (a stored range; the field keeps its name). */
  anchor: [from: number, to: number] | null;
  revision: number;
  /** The annotated text and its context, to find it again if the positions no longer fit. */
  quote: { exact: string; prefix: string; suffix: string };
  /** For an orphan: where its text was in revision `revision`. */
  hint?: StoredHint | null;
}

/**
 * One saved revision of an article's text, claimed when it is written. Two tabs
 * that both build on revision r cannot both write r + 1: the second `add` fails
 * inside its own transaction (no read first, so a write made as the page closes
 * still commits at once), and that tab knows its text conflicts.
 */
export interface StoredTextSave {
  articleId: string;
  revision: number;
  saved: string;
}

export interface ClaimmarkSchema extends DBSchema {
  articles: {
    key: string;
    value: StoredArticle;
    indexes: { byModified: string };
  };
  documents: {
    key: string;
    value: StoredDocument;
  };
  annotations: {
    key: [string, string];
    value: StoredAnnotation;
    indexes: { byArticle: string };
  };
  textSaves: {
    key: [string, number];
    value: StoredTextSave;
  };
}

type UpgradeTransaction = IDBPTransaction<ClaimmarkSchema, StoreNames<ClaimmarkSchema>[], 'versionchange'>;

/**
 * The upgrade ladder. Invariants: articles are keyed by id and indexed by
 * `modified`; an article's document is in `documents` under the same id;
 * annotations are keyed by [articleId, id] and indexed by article; every
 * article has an `annotationCount`.
 *
 * Version 1: articles (document inside) and annotations.
 * Version 2: documents moved to their own store, so that an annotation change
 * rewrites a small article record, not the whole text; annotation counts.
 * Version 3: textSaves, keyed by [articleId, revision], one per saved text
 * revision; each stored document's current revision is claimed.
 */
export async function upgradeDatabase(
  db: IDBPDatabase<ClaimmarkSchema>,
  oldVersion: number,
  tx: UpgradeTransaction,
): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('articles', { keyPath: 'id' });
    const annotations = db.createObjectStore('annotations', { keyPath: ['articleId', 'id'] });
    annotations.createIndex('byArticle', 'articleId');
  }
  if (oldVersion < 2) {
    const documents = db.createObjectStore('documents', { keyPath: 'articleId' });
    const articles = tx.objectStore('articles');
    articles.createIndex('byModified', 'modified');
    const counts = new Map<string, number>();
    for await (const cursor of tx.objectStore('annotations').index('byArticle').iterate()) {
      counts.set(cursor.value.articleId, (counts.get(cursor.value.articleId) ?? 0) + 1);
    }
    for await (const cursor of articles.iterate()) {
      const { doc, revision, anchors, ...article } = cursor.value as unknown as ArticleV1;
      await documents.put({ articleId: article.id, doc, revision: revision ?? 0, anchors: anchors ?? [] });
      await cursor.update({ ...article, annotationCount: counts.get(article.id) ?? 0 });
    }
  }
  if (oldVersion < 3) {
    const textSaves = db.createObjectStore('textSaves', { keyPath: ['articleId', 'revision'] });
    const saved = new Date().toISOString();
    for await (const cursor of tx.objectStore('documents').iterate()) {
      await textSaves.put({ articleId: cursor.value.articleId, revision: cursor.value.revision, saved });
    }
  }
}
