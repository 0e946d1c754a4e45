/**
 * When saving writes: an annotation change right after the keystroke's work
 * (a zero timeout); a text edit once typing pauses for 0.8 s, and at most 5 s
 * after the first unsaved edit however long typing goes on; while a large
 * import's slices land, once a second.
 */

/** How long typing may go on before the text is written, and the longest it waits. */
export const textSaveDelay = 800;
export const textSaveMaxDelay = 5000;
/** How often a large import's slices are written while more are coming: each write reads every annotation. */
export const sliceSaveDelay = 1000;

export class SaveSchedule {
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest text edit not yet written was made, or null. */
  #textSince: number | null = null;

  /** `write` is what runs when the time comes. */
  constructor(readonly write: () => void) {}

  /** Whether a write is waiting. */
  get waiting(): boolean {
    return this.#timer !== undefined;
  }

  /** Writes right after the current work (annotation changes, a rename). */
  soon(): void {
    this.#at(0);
  }

  /** The text changed: writes once typing pauses, or when the oldest unsaved edit is 5 s old. */
  afterTextEdit(): void {
    const now = Date.now();
    this.#textSince ??= now;
    this.#at(Math.max(0, Math.min(textSaveDelay, textSaveMaxDelay - (now - this.#textSince))));
  }

  /** A slice of a large import with more to come: writes a second after the first slice not written, unless a write waits already. */
  whileSlicing(): void {
    if (this.#timer === undefined) this.#at(sliceSaveDelay);
  }

  /** Nothing waits any more: a write is starting, or saving stopped. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** The text was written (or is no longer this tab's to write): the next edit starts a new wait. */
  textWritten(): void {
    this.#textSince = null;
  }

  #at(delay: number): void {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.write();
    }, delay);
  }
}
