/**
 * The bench's measures of what a user does, through the DOM rather than the API:
 * - dom-keystroke-{0,10k}-dispatch / -frame: the editor focused, the caret put (by an
 *   untimed transaction) alternately at the two places the API keystrokes use, then
 *   `document.execCommand('insertText', false, 'x')`, as the browser does for a key
 *   press, timed from the call to the end of ProseMirror's dispatch (the view's
 *   `dispatch`, wrapped) and to the end of the next rendered frame (its rAF callback,
 *   then a task queued from it).
 * - panel-scroll-frame: the side column scrolled step by step from the first of the
 *   10,000 list entries to the last, one step per frame (a page down each, or three with
 *   --quick), each frame's length taken from
 *   consecutive rAF timestamps; the longest long-animation-frame entry too, where the
 *   browser reports them.
 */
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';

/** The parts of a long-animation-frame entry read here (not yet in TypeScript's DOM types). */
interface LongAnimationFrame {
  styleAndLayoutStart?: number;
  scripts?: { invoker: string; duration: number }[];
}

/** What the bench page lends these measures. */
export interface BenchTools {
  now(): number;
  record(name: string, samples: number[], note?: string): void;
  setMeta(values: Record<string, unknown>): void;
  log(message: string): void;
  /** The end of the next rendered frame. */
  frameEnd(): Promise<number>;
  /** The next rAF callback's timestamp. */
  rafCallback(): Promise<number>;
}

/** Types `total` characters through the DOM, alternately at `positions` (document positions), and records both timings. */
export async function domKeystrokes(
  tools: BenchTools,
  view: EditorView,
  label: string,
  positions: number[],
  counts: { keystrokes: number; warmup: number },
): Promise<void> {
  const { now, frameEnd } = tools;
  const pos = [...positions];
  const sizeBefore = view.state.doc.content.size;
  let dispatched = 0;
  let dispatchEnd = 0;
  const dispatch = view.dispatch;
  view.dispatch = (tr) => {
    dispatch.call(view, tr);
    if (tr.docChanged) {
      dispatched++;
      dispatchEnd = now();
    }
  };
  const toDispatch: number[] = [];
  const toFrame: number[] = [];
  /** The dispatch times at each place: inside an annotation, in plain text. */
  const byPlace: [number[], number[]] = [[], []];
  const total = counts.keystrokes + counts.warmup;
  const profiler = (window as { __benchProfile?: (command: 'start' | 'stop', label: string) => Promise<void> }).__benchProfile;
  try {
    view.focus();
    await profiler?.('start', `dom-keystroke-${label}`);
    for (let i = 0; i < total; i++) {
      const which = i % 2;
      const at = pos[which]!;
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, at)));
      await frameEnd();
      const before = dispatched;
      const t0 = now();
      if (!document.execCommand('insertText', false, 'x')) throw new Error(`dom-keystroke-${label}: the browser refused insertText`);
      // ProseMirror reads the browser's change from a MutationObserver, after the command returns
      const t2 = await frameEnd();
      if (dispatched !== before + 1) throw new Error(`dom-keystroke-${label}: ${dispatched - before} text transactions for one keystroke`);
      if (i >= counts.warmup) {
        toDispatch.push(dispatchEnd - t0);
        toFrame.push(t2 - t0);
        byPlace[which]!.push(dispatchEnd - t0);
      }
      for (let k = 0; k < pos.length; k++) if (pos[k]! >= at) pos[k] = pos[k]! + 1;
    }
    await profiler?.('stop', `dom-keystroke-${label}`);
  } finally {
    view.dispatch = dispatch;
  }
  const typed = view.state.doc.content.size - sizeBefore;
  if (typed !== total) throw new Error(`dom-keystroke-${label}: typed ${total} characters but the document grew by ${typed}`);
  const median = (samples: number[]) => {
    const sorted = [...samples].sort((a, b) => a - b);
    return Math.round(sorted[Math.floor(sorted.length / 2)]! * 1000) / 1000;
  };
  tools.setMeta({ [`dom-keystroke-${label}-dispatch-by-place`]: { annotated: median(byPlace[0]), plain: median(byPlace[1]) } });
  tools.record(`dom-keystroke-${label}-dispatch`, toDispatch, "execCommand('insertText') at the caret to the end of ProseMirror's dispatch");
  tools.record(`dom-keystroke-${label}-frame`, toFrame, "execCommand('insertText') at the caret to the end of the next rendered frame (rAF + a task)");
}

/** Scrolls the element's side column through its whole virtualized list, `columns` column heights (less 10%) per frame. */
export async function panelScroll(tools: BenchTools, el: HTMLElement, expected: number, columns: number): Promise<void> {
  const root = el.shadowRoot!;
  const side = root.querySelector<HTMLElement>('.side');
  if (!side) throw new Error('panel-scroll: the element has no side column');
  const started = tools.now();
  while (!root.querySelector('ol.annotation-list.virtual > li')) {
    if (tools.now() - started > 10_000) throw new Error('panel-scroll: the list was not virtualized within 10 s');
    await tools.frameEnd();
  }
  const setsize = root.querySelector('ol.annotation-list > li')!.getAttribute('aria-setsize');
  if (Number(setsize) !== expected) throw new Error(`panel-scroll: the list holds ${setsize} entries, not ${expected}`);
  // the page as a user sees it to scroll the panel: the element's top in view (the side column sticks there)
  el.scrollIntoView({ block: 'start' });
  side.scrollTop = 0;
  await tools.frameEnd();
  await tools.frameEnd();
  let longestLoaf = 0;
  /** Where the longest long animation frame went: script (by invoker), then style and layout. */
  let longestLoafParts: Record<string, number> | null = null;
  const observer =
    typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')
      ? new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & LongAnimationFrame)[]) {
            if (entry.duration <= longestLoaf) continue;
            longestLoaf = entry.duration;
            const parts: Record<string, number> = {};
            for (const script of entry.scripts ?? []) {
              const name = `script ${script.invoker}`.slice(0, 60);
              parts[name] = Math.round((parts[name] ?? 0) + script.duration);
            }
            if (entry.styleAndLayoutStart) parts['style and layout'] = Math.round(entry.startTime + entry.duration - entry.styleAndLayoutStart);
            longestLoafParts = parts;
          }
        })
      : null;
  observer?.observe({ type: 'long-animation-frame', buffered: false });
  const frames: number[] = [];
  const step = side.clientHeight * 0.9 * columns;
  const steps = Math.ceil(side.scrollHeight / step);
  let last = await tools.rafCallback();
  let count = 0;
  // the list's height grows as the virtualizer measures entries, so go on until the bottom stays put
  while (side.scrollTop + side.clientHeight < side.scrollHeight - 1) {
    side.scrollTop += step;
    const frame = await tools.rafCallback();
    frames.push(frame - last);
    last = frame;
    if (++count > steps * 4) break;
  }
  // at the bottom the virtualizer draws the last entries (and may find the list longer): stay there until it has
  const lastDrawn = () => [...root.querySelectorAll('ol.annotation-list > li')].some((li) => li.getAttribute('aria-posinset') === String(expected));
  for (let i = 0; i < 120 && (i < 3 || !lastDrawn()); i++) {
    side.scrollTop = side.scrollHeight;
    const frame = await tools.rafCallback();
    frames.push(frame - last);
    last = frame;
  }
  await tools.frameEnd();
  observer?.disconnect();
  const lastItem = lastDrawn();
  tools.record('panel-scroll-frame', frames, `the side column scrolled through ${expected} entries in ${count} steps of ${Math.round(step)} px, one per frame (rAF to rAF)`);
  tools.setMeta({
    panelScrollSteps: count,
    panelScrollReachedEnd: lastItem,
    panelScrollLongestFrameMs: Math.round(Math.max(...frames) * 1000) / 1000,
    panelScrollLongestAnimationFrameMs: observer ? Math.round(longestLoaf * 1000) / 1000 : null,
    panelScrollLongestAnimationFrameParts: longestLoafParts,
  });
  if (!lastItem) {
    const drawn = [...root.querySelectorAll('ol.annotation-list > li')].map((li) => Number(li.getAttribute('aria-posinset')));
    const list = root.querySelector<HTMLElement>('ol.annotation-list')!;
    throw new Error(
      `panel-scroll: the last entry was not drawn at the end of the list (drawn ${Math.min(...drawn)}-${Math.max(...drawn)}; ` +
        `scrollTop ${side.scrollTop}, clientHeight ${side.clientHeight}, scrollHeight ${side.scrollHeight}, list ${list.offsetHeight} px high at ${list.offsetTop}; column at ${Math.round(side.getBoundingClientRect().top)} px in the window)`,
    );
  }
}
