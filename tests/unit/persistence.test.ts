/**
 * The persistence layer's policies, DOM-free: when saving writes (the 0.8 s
 * pause, the 5 s longest wait) and what a tab takes of another tab's save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationState } from '../../src/editor/index.ts';
import { matchQuote } from '../../src/model/index.ts';
import { SaveSchedule, restoreArticle, restoreWith, searchNeeded, storedAnnotation, storedDocument } from '../../src/persistence/index.ts';
import { mergeFromOtherTab } from '../../src/persistence/tab-merge.ts';
import type { ArticleSnapshot } from '../../src/store/index.ts';
import { TestHost } from './helpers.ts';

describe('the save schedule', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes text once typing pauses for 0.8 s', () => {
    const write = vi.fn();
    const schedule = new SaveSchedule(write);
    schedule.afterTextEdit();
    vi.advanceTimersByTime(500);
    schedule.afterTextEdit();
    vi.advanceTimersByTime(799);
    expect(write).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(write).toHaveBeenCalledTimes(1);
    expect(schedule.waiting).toBe(false);
  });

  it('writes text 5 s after the first unsaved edit however long typing goes on', () => {
    const write = vi.fn(() => schedule.textWritten());
    const schedule = new SaveSchedule(write);
    let elapsed = 0;
    while (!write.mock.calls.length && elapsed < 10_000) {
      schedule.afterTextEdit();
      vi.advanceTimersByTime(300);
      elapsed += 300;
    }
    expect(elapsed).toBeGreaterThanOrEqual(5000);
    expect(elapsed).toBeLessThanOrEqual(5100);
    // the next edit waits for a pause again
    schedule.afterTextEdit();
    vi.advanceTimersByTime(799);
    expect(write).toHaveBeenCalledTimes(1);
  });

  it('writes a large import’s slices once a second while more are coming, and the last one at once', () => {
    const write = vi.fn(() => schedule.cancel());
    const schedule = new SaveSchedule(write);
    // a slice every 50 ms for 2.5 s
    for (let elapsed = 0; elapsed < 2500; elapsed += 50) {
      schedule.whileSlicing();
      vi.advanceTimersByTime(50);
    }
    expect(write).toHaveBeenCalledTimes(2);
    // the last slice is an ordinary change
    schedule.soon();
    vi.advanceTimersByTime(0);
    expect(write).toHaveBeenCalledTimes(3);
  });

  it('writes annotation changes right after the current work, and waits for nothing once cancelled', () => {
    const write = vi.fn();
    const schedule = new SaveSchedule(write);
    schedule.soon();
    expect(schedule.waiting).toBe(true);
    vi.advanceTimersByTime(0);
    expect(write).toHaveBeenCalledTimes(1);
    schedule.afterTextEdit();
    schedule.cancel();
    vi.advanceTimersByTime(10_000);
    expect(write).toHaveBeenCalledTimes(1);
  });
});

/** What another tab stored: the document of `other` and its annotations. */
function saved(other: TestHost, revision: number): ArticleSnapshot {
  const state = other.state;
  const placements = annotationState(state).placements(state.doc);
  return {
    article: { id: 'a', metadata: {}, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', annotationCount: placements.length },
    document: storedDocument(state, revision, 'a'),
    annotations: placements.map((placement) => storedAnnotation('a', placement, state, revision)),
  };
}

const nothingUnsaved = { revision: 1, unsavedText: false, unsavedMetadata: false, unsavedAnnotations: new Set<string>() };

describe('taking another tab’s save', () => {
  it('takes a newer annotation and leaves an older one', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const claim = ours.annotations.add({ kind: 'claim', exact: 'rents rose 4%' });
    const theirs = new TestHost('The mayor said rents rose 4%.');
    theirs.annotations.applyImport([{ ...claim, verdict: 'false', modified: '2099-01-01T00:00:00Z' }], []);
    const merge = mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, nothingUnsaved, matchQuote);
    expect(merge?.take).toBe('annotations');
    expect(merge?.take === 'annotations' && merge.put.map((p) => p.record.verdict)).toEqual(['false']);

    const older = new TestHost('The mayor said rents rose 4%.');
    older.annotations.applyImport([{ ...claim, verdict: 'true', modified: '2000-01-01T00:00:00Z' }], []);
    expect(mergeFromOtherTab(saved(older, 1), [claim.id], undefined, ours.state, nothingUnsaved, matchQuote)).toBeNull();
  });

  it('removes an annotation deleted there, unless this tab changed it since its last save', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const claim = ours.annotations.add({ kind: 'claim', exact: 'rents rose 4%' });
    const theirs = new TestHost('The mayor said rents rose 4%.');
    const merge = mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, nothingUnsaved, matchQuote);
    expect(merge).toEqual({ take: 'annotations', put: [], removed: [claim.id] });
    const changedHere = { ...nothingUnsaved, unsavedAnnotations: new Set([claim.id]) };
    expect(mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, changedHere, matchQuote)).toBeNull();
  });

  it('takes newer text with every annotation only when this tab has no unsaved text edit', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const theirs = new TestHost('Update: the mayor said rents rose 4%.');
    const fact = theirs.annotations.add({ kind: 'fact', exact: 'rents rose 4%' });
    const merge = mergeFromOtherTab(saved(theirs, 2), [fact.id], 2, ours.state, nothingUnsaved, matchQuote);
    expect(merge?.take).toBe('text');
    expect(merge?.take === 'text' && merge.doc.textContent).toBe('Update: the mayor said rents rose 4%.');
    expect(merge?.take === 'text' && merge.placements.map((p) => p.record.id)).toEqual([fact.id]);
    // with an unsaved edit of its own the text stays (saving finds the conflict); the annotation is still taken
    const editing = { ...nothingUnsaved, unsavedText: true };
    const kept = mergeFromOtherTab(saved(theirs, 2), [fact.id], 2, ours.state, editing, matchQuote);
    expect(kept?.take).toBe('annotations');
  });

  it('needs the quote search only for a range that no longer holds its words, and then finds the quote', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const claim = ours.annotations.add({ kind: 'claim', exact: 'rents rose 4%' });
    const theirs = new TestHost('The mayor said rents rose 4%.');
    theirs.annotations.applyImport([{ ...claim, verdict: 'false', modified: '2099-01-01T00:00:00Z' }], []);
    // their ranges are from the text shown here: no search
    expect(mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, nothingUnsaved, null)).toMatchObject({ take: 'annotations' });
    // from another revision of the text: their ranges are not trusted, the quote is looked for
    const otherRevision = saved(theirs, 5);
    expect(mergeFromOtherTab(otherRevision, [claim.id], undefined, ours.state, nothingUnsaved, null)).toBe(searchNeeded);
    const merge = mergeFromOtherTab(otherRevision, [claim.id], undefined, ours.state, nothingUnsaved, matchQuote);
    expect(merge?.take === 'annotations' && merge.put.map((p) => [p.record.verdict, p.exact])).toEqual([['false', 'rents rose 4%']]);
  });
});

describe('restoring a stored article', () => {
  it('opens at the stored ranges without the quote search, and loads it when a range no longer fits', async () => {
    const host = new TestHost('The mayor said rents rose 4%. The council disagreed.');
    const claim = host.annotations.add({ kind: 'claim', exact: 'The council disagreed' });
    const snapshot = saved(host, 1);
    const fits = restoreWith(snapshot, null);
    expect(fits !== searchNeeded && fits?.placements.map((p) => p.anchor)).toEqual([expect.objectContaining({ from: expect.any(Number) })]);
    // a range that is off (a write cut short): found again by its quote
    const off = { ...snapshot, document: { ...snapshot.document!, anchors: [[claim.id, 1, 5] as [string, number, number]] }, annotations: snapshot.annotations.map((a) => ({ ...a, anchor: [1, 5] as [number, number] })) };
    expect(restoreWith(off, null)).toBe(searchNeeded);
    const restored = await restoreArticle(off);
    expect(restored?.placements.map((p) => p.exact)).toEqual(['The council disagreed']);
    expect(restored?.placements[0]?.anchor).toEqual((fits as { placements: { anchor: unknown }[] }).placements[0]?.anchor);
  });
});

