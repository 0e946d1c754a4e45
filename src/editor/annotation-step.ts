/**
 * Annotation changes as ProseMirror steps, so that prosemirror-history undoes
 * and redoes them together with text edits, and a collaboration layer can
 * rebase them. A step replaces one annotation's placement (`before`) with
 * another (`after`): add is null -> placement, remove is placement -> null.
 */
import type { Node, Schema } from 'prosemirror-model';
import { type Mappable, Step, StepMap, StepResult } from 'prosemirror-transform';
import type { AnnotationRecord } from '../model/index.ts';

/** Where an orphan's text went: the collapsed position and the span's offsets from it. */
export interface OrphanHint {
  pos: number;
  relFrom: number;
  relTo: number;
}

/**
 * An annotation and where it sits in the editor: its anchor, or none for an
 * orphan. The code's one "placement" and its one "anchor" (design.md's word):
 * the model's scored text match is a `QuoteMatch`, a stored pair a `StoredRange`.
 */
export interface Placement {
  record: AnnotationRecord;
  /** The anchor: the annotation's ProseMirror range, mapped through every transaction; null for an orphan. */
  anchor: { from: number; to: number } | null;
  /** The annotated text (for an orphan, the text it had). */
  exact: string;
  /** For an orphan: where its text was, so undoing the deletion re-anchors it. */
  hint?: OrphanHint | null;
}

/** Maps a placement's positions; an anchor that collapses makes it an orphan. */
export function mapPlacement(placement: Placement, mapping: Mappable): Placement {
  const { anchor, hint } = placement;
  if (anchor) {
    const from = mapping.map(anchor.from, 1);
    const to = mapping.map(anchor.to, -1);
    if (from < to) return { ...placement, anchor: { from, to } };
    return { ...placement, anchor: null, hint: { pos: from, relFrom: 0, relTo: 0 } };
  }
  if (hint) return { ...placement, hint: { ...hint, pos: mapping.map(hint.pos, -1) } };
  return placement;
}

/** Replaces the placement of annotation `id`. */
export class AnnotationStep extends Step {
  constructor(
    readonly id: string,
    readonly before: Placement | null,
    readonly after: Placement | null,
  ) {
    super();
  }

  // An annotation change leaves the document as it is.
  apply(doc: Node): StepResult {
    return StepResult.ok(doc);
  }

  override getMap(): StepMap {
    return StepMap.empty;
  }

  invert(): AnnotationStep {
    return new AnnotationStep(this.id, this.after, this.before);
  }

  map(mapping: Mappable): AnnotationStep {
    return new AnnotationStep(
      this.id,
      this.before && mapPlacement(this.before, mapping),
      this.after && mapPlacement(this.after, mapping),
    );
  }

  override merge(): null {
    return null;
  }

  toJSON() {
    return { stepType: annotationStepType, id: this.id, before: this.before, after: this.after };
  }

  static override fromJSON(_schema: Schema, json: { id: string; before: Placement | null; after: Placement | null }): AnnotationStep {
    if (typeof json?.id !== 'string') throw new RangeError('Invalid input for AnnotationStep.fromJSON');
    return new AnnotationStep(json.id, json.before ?? null, json.after ?? null);
  }
}

const annotationStepType = 'claimmark.annotation';

// A second copy of this module on the page (two bundles) must not throw.
try {
  Step.jsonID(annotationStepType, AnnotationStep);
} catch {
  // already registered by another copy; steps still apply, JSON uses the first copy's class
}
