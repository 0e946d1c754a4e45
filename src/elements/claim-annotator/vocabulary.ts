/**
 * The element's kinds and verdicts: the page's own when it set them (then they
 * keep its words in every language), else the defaults in the element's
 * language; the style sheet that gives each kind its look; and the words a
 * highlight is described by.
 */
import type { ReactiveElement } from 'lit';
import {
  type AnnotationRecord,
  type KindDefinition,
  type LinkType,
  type ReviewStatus,
  type Verdict,
  type Vocabulary,
  KindError,
  defaultKinds,
  defaultLinkTypes,
  defaultStatusScale,
  defaultVerdicts,
  findVerdict,
  verdictTones,
  kindLabel,
  normalizeKinds,
  normalizeLinkTypes,
  normalizeStatusScale,
} from '../../model/index.ts';
import { kindRules } from './kind-styles.ts';
import type { ClaimStrings } from '../shared/strings/annotator-strings.ts';

/** A copy of `kind` that shares nothing with it. */
export const copyKind = (kind: KindDefinition): KindDefinition => ({ ...kind, fields: [...kind.fields] });

export class ElementVocabulary {
  #kinds: KindDefinition[] = defaultKinds.map(copyKind);
  #verdicts: Verdict[] = [...defaultVerdicts];
  #statuses: ReviewStatus[] = [...defaultStatusScale];
  #linkTypes: LinkType[] = [...defaultLinkTypes];
  /** Whether the page set the kinds, verdicts, statuses or link types (then they keep its words in every language). */
  #chosen = { kinds: false, verdicts: false, statuses: false, linkTypes: false };
  /** Each kind's colour and underline, on the kind's class; replaced when the kinds change. The element adopts it. */
  readonly sheet = new CSSStyleSheet();

  /** `kindsChanged` applies new kinds to the editor (highlights, key bindings, panel). */
  constructor(
    readonly host: ReactiveElement,
    readonly kindsChanged: () => void,
  ) {
    this.sheet.replaceSync(kindRules(this.#kinds));
  }

  /** The kinds in use (not a copy: the element's `kinds` getter copies). */
  get kinds(): readonly KindDefinition[] {
    return this.#kinds;
  }

  /** The verdict scale in use (not a copy). */
  get verdicts(): readonly Verdict[] {
    return this.#verdicts;
  }

  /** The review status scale in use (not a copy). */
  get statuses(): readonly ReviewStatus[] {
    return this.#statuses;
  }

  /** The page's status scale (the element's `statusScale`): checked whole (`normalizeStatusScale`), a bad one throws a TypeError and changes nothing. */
  chooseStatuses(value: readonly ReviewStatus[]): void {
    this.#statuses = normalizeStatusScale(value);
    this.#chosen.statuses = true;
    this.host.requestUpdate();
  }

  /** The link types in use (not a copy). */
  get linkTypes(): readonly LinkType[] {
    return this.#linkTypes;
  }

  /** The page's link types (the element's `linkTypes`): checked whole (`normalizeLinkTypes`), a bad list throws a TypeError and changes nothing. */
  chooseLinkTypes(value: readonly LinkType[]): void {
    this.#linkTypes = normalizeLinkTypes(value);
    this.#chosen.linkTypes = true;
    this.host.requestUpdate();
  }

  /** The kinds, verdicts, statuses and link types in use now, as the model layer takes them. */
  current(): Vocabulary {
    return { kinds: this.#kinds, verdicts: this.#verdicts, statuses: this.#statuses, linkTypes: this.#linkTypes };
  }

  /**
   * The page's kinds (the element's `kinds` setter): the whole vocabulary is
   * checked first (`normalizeKinds`, and each colour by the browser's own CSS
   * parser), then applied; a KindError leaves the kinds in use as they were.
   */
  chooseKinds(value: readonly Partial<KindDefinition>[]): void {
    const kinds = normalizeKinds(value);
    const unknown = kinds.find((kind) => !CSS.supports('color', kind.colour));
    if (unknown) throw new KindError(`Kind "${unknown.id}" has an invalid colour ${JSON.stringify(unknown.colour)}`, unknown.id, 'colour');
    this.#useKinds(kinds);
    this.#chosen.kinds = true;
  }

  /** The page's verdict scale (the element's `verdicts` setter); a bad scale throws a TypeError. */
  chooseVerdicts(value: readonly Verdict[]): void {
    if (!Array.isArray(value) || value.length === 0 || value.some((v) => typeof v?.id !== 'string' || typeof v.label !== 'string')) {
      throw new TypeError('A verdict scale is a non-empty array of { id, label, description }');
    }
    const bad = value.find((v) => v.rating !== undefined && v.rating !== null && !Number.isFinite(v.rating));
    if (bad) throw new TypeError(`The rating of verdict ${JSON.stringify(bad.id)} must be a number or null, not ${JSON.stringify(bad.rating)}`);
    const badTone = value.find((v) => v.tone !== undefined && !verdictTones.includes(v.tone));
    if (badTone) throw new TypeError(`The tone of verdict ${JSON.stringify(badTone.id)} must be one of ${verdictTones.join(', ')}, not ${JSON.stringify(badTone.tone)}`);
    this.#verdicts = value.map((v) => ({
      id: v.id,
      label: v.label,
      description: v.description ?? '',
      ...(v.rating !== undefined ? { rating: v.rating } : {}),
      ...(v.tone !== undefined ? { tone: v.tone } : {}),
    }));
    this.#chosen.verdicts = true;
    this.host.requestUpdate();
  }

  /**
   * The default kinds and verdicts in the element's language, where the page
   * set none of its own (a page's vocabulary is its own choice of words).
   * Returns whether the kinds changed (and so were drawn again): a language
   * change that leaves their words as they were redraws nothing here.
   */
  localize(strings: ClaimStrings): boolean {
    const { kindLabels = {}, kindDescriptions = {}, verdictLabels = {}, verdictDescriptions = {}, statusLabels = {}, linkTypeLabels = {} } = strings;
    if (!this.#chosen.statuses) this.#statuses = defaultStatusScale.map((s) => ({ ...s, label: statusLabels[s.id] ?? s.label }));
    if (!this.#chosen.linkTypes) {
      this.#linkTypes = defaultLinkTypes.map((type) => ({ ...type, label: linkTypeLabels[type.id]?.[0] ?? type.label, inverse: linkTypeLabels[type.id]?.[1] ?? type.inverse }));
    }
    if (!this.#chosen.verdicts) {
      this.#verdicts = defaultVerdicts.map((v) => ({ ...v, label: verdictLabels[v.id] ?? v.label, description: verdictDescriptions[v.id] ?? v.description }));
    }
    if (this.#chosen.kinds) return false;
    const kinds = defaultKinds.map((kind) => ({ ...copyKind(kind), label: kindLabels[kind.id] ?? kind.label, description: kindDescriptions[kind.id] ?? kind.description }));
    const same = kinds.every((kind, i) => kind.label === this.#kinds[i]?.label && kind.description === this.#kinds[i]?.description);
    if (same) return false;
    this.#useKinds(kinds);
    return true;
  }

  /** What a highlight says it is: its kind, speaker and verdict, in words. */
  describe(record: AnnotationRecord): string {
    const parts = [kindLabel(this.#kinds, record.kind)];
    if (record.attribution?.name) parts.push(record.attribution.name);
    const verdict = record.verdict && findVerdict(this.#verdicts, record.verdict);
    if (verdict) parts.push(verdict.label);
    return parts.join(' · ');
  }

  /** Puts `kinds` in use: the editor first (its keymap is the step that could still refuse them), then their styles. */
  #useKinds(kinds: KindDefinition[]): void {
    const before = this.#kinds;
    this.#kinds = kinds;
    try {
      this.kindsChanged();
    } catch (error) {
      this.#kinds = before;
      throw error;
    }
    this.sheet.replaceSync(kindRules(this.#kinds));
  }
}
