/**
 * The persistence layer's policies, DOM-free: when saving writes (the 0.8 s
 * pause, the 5 s longest wait) and what a tab takes of another tab's save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationState } from '../../src/editor/index.ts';
import { SaveSchedule, mergeFromOtherTab, storedAnnotation, storedDocument } from '../../src/persistence/index.ts';
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
    const merge = mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, nothingUnsaved);
    expect(merge?.take).toBe('annotations');
    expect(merge?.take === 'annotations' && merge.put.map((p) => p.record.verdict)).toEqual(['false']);

    const older = new TestHost('The mayor said rents rose 4%.');
    older.annotations.applyImport([{ ...claim, verdict: 'true', modified: '2000-01-01T00:00:00Z' }], []);
    expect(mergeFromOtherTab(saved(older, 1), [claim.id], undefined, ours.state, nothingUnsaved)).toBeNull();
  });

  it('removes an annotation deleted there, unless this tab changed it since its last save', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const claim = ours.annotations.add({ kind: 'claim', exact: 'rents rose 4%' });
    const theirs = new TestHost('The mayor said rents rose 4%.');
    const merge = mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, nothingUnsaved);
    expect(merge).toEqual({ take: 'annotations', put: [], removed: [claim.id] });
    const changedHere = { ...nothingUnsaved, unsavedAnnotations: new Set([claim.id]) };
    expect(mergeFromOtherTab(saved(theirs, 1), [claim.id], undefined, ours.state, changedHere)).toBeNull();
  });

  it('takes newer text with every annotation only when this tab has no unsaved text edit', () => {
    const ours = new TestHost('The mayor said rents rose 4%.');
    const theirs = new TestHost('Update: the mayor said rents rose 4%.');
    const fact = theirs.annotations.add({ kind: 'fact', exact: 'rents rose 4%' });
    const merge = mergeFromOtherTab(saved(theirs, 2), [fact.id], 2, ours.state, nothingUnsaved);
    expect(merge?.take).toBe('text');
    expect(merge?.take === 'text' && merge.doc.textContent).toBe('Update: the mayor said rents rose 4%.');
    expect(merge?.take === 'text' && merge.placements.map((p) => p.record.id)).toEqual([fact.id]);
    // with an unsaved edit of its own the text stays (saving finds the conflict); the annotation is still taken
    const editing = { ...nothingUnsaved, unsavedText: true };
    const kept = mergeFromOtherTab(saved(theirs, 2), [fact.id], 2, ours.state, editing);
    expect(kept?.take).toBe('annotations');
  });
});
