/**
 * The kind vocabulary: what a fact-checker can tag a span as. Kinds are data,
 * not code paths, so a site can add its own (a "statistic", say) with a label,
 * a colour, the fields its form offers and how its highlight looks.
 */
import { type AnnotationFields, type FieldName, fieldNames } from './annotation.ts';
import { isColour, isShortcut } from './kind-values.ts';
import { defaultVerdictId } from './verdicts.ts';

/** How a kind's highlight is underlined, so kinds differ by more than colour. */
export type UnderlineStyle = 'solid' | 'double' | 'dotted' | 'dashed' | 'wavy';

export const underlineStyles: readonly UnderlineStyle[] = ['solid', 'double', 'dotted', 'dashed', 'wavy'];

/** One kind of annotation. */
export interface KindDefinition {
  /** Stored in annotations and exports; lowercase letters, digits and dashes. */
  id: string;
  label: string;
  /** A CSS colour for the highlight and the list badge. */
  colour: string;
  underline: UnderlineStyle;
  /** The fields the annotation form offers for this kind, in order. */
  fields: FieldName[];
  /** A ProseMirror key name that tags the selection, for example `Alt-Shift-c`. */
  shortcut?: string;
  /** One sentence of help shown in the toolbar tooltip. */
  description?: string;
  /**
   * Whether text typed right at the span's start or end joins the span. Both
   * default to false: typing beside a quote must not silently grow it.
   */
  inclusiveStart?: boolean;
  inclusiveEnd?: boolean;
}

/** The default vocabulary: claim, quote, fact, and note for what another tool's file does not say (see `untaggedKindId`). */
export const defaultKinds: readonly KindDefinition[] = [
  {
    id: 'claim',
    label: 'Claim',
    colour: '#d97706',
    underline: 'solid',
    fields: ['attribution', 'claim', 'verdict', 'sources', 'note', 'review'],
    shortcut: 'Alt-Shift-c',
    description: 'An assertion, attributed to whoever made it, with a verdict.',
  },
  {
    id: 'quote',
    label: 'Quote',
    colour: '#2563eb',
    underline: 'double',
    fields: ['attribution', 'quoteStyle', 'occasion', 'note'],
    shortcut: 'Alt-Shift-q',
    description: 'Words someone said, with the speaker.',
  },
  {
    id: 'fact',
    label: 'Fact',
    colour: '#059669',
    underline: 'dotted',
    fields: ['sources', 'verdict', 'note', 'review'],
    shortcut: 'Alt-Shift-f',
    description: 'A checkable statement, with the sources that support or refute it.',
  },
  {
    id: 'note',
    label: 'Note',
    colour: '#6b7280',
    underline: 'dashed',
    fields: ['note', 'sources', 'verdict'],
    description: 'A comment on the text, such as one made in another annotation tool.',
  },
];

/** The kind an import gives annotations whose file names none of ours, unless told otherwise. */
export const untaggedKindId = 'note';

/** The kind with `id`, or null. */
export function findKind(kinds: readonly KindDefinition[], id: string): KindDefinition | null {
  return kinds.find((kind) => kind.id === id) ?? null;
}

/** The label people read for kind `id`: the kind's label, or the id itself when the vocabulary lacks the kind. */
export function kindLabel(kinds: readonly KindDefinition[], id: string): string {
  return findKind(kinds, id)?.label ?? id;
}

/**
 * The fields a new annotation of `kind` starts with when a person makes it here,
 * by tagging a selection or accepting a suggestion (`newRecord` in
 * editor/commands.ts): Unverified, when the kind's form asks for a verdict,
 * and the first step of the status scale (`firstStatus`, "to check" by default)
 * when it takes part in the review. The API's `addAnnotation` adds only what its caller gives.
 */
export function newAnnotationFields(kind: KindDefinition, firstStatus?: string): Pick<AnnotationFields, 'verdict' | 'reviewStatus'> {
  return {
    ...(kind.fields.includes('verdict') ? { verdict: defaultVerdictId } : {}),
    ...(firstStatus && kind.fields.includes('review') ? { reviewStatus: firstStatus } : {}),
  };
}

/**
 * Whether kind `id` records quotes: the built-in `quote`, or a kind whose form
 * asks for the quote style. Decides the speaker's label in the form and the
 * schema.org Quotation in exports.
 */
export function isQuoteKind(kinds: readonly KindDefinition[], id: string): boolean {
  return id === 'quote' || (findKind(kinds, id)?.fields.includes('quoteStyle') ?? false);
}

const kindIdPattern = /^[a-z][a-z0-9-]{0,31}$/;

/** Whether `id` can be a kind's id: lowercase letters, digits and dashes, as classes and `part` names need (see `normalizeKinds`). */
export function isKindId(id: unknown): id is string {
  return typeof id === 'string' && kindIdPattern.test(id);
}

/** What is wrong with a site's kind vocabulary: `kind` names the kind (its id, or its place as `#2` when the id is the problem), `field` the definition's field. */
export class KindError extends TypeError {
  override name = 'KindError';
  constructor(
    message: string,
    readonly kind: string,
    readonly field: keyof KindDefinition | '',
  ) {
    super(message);
  }
}

/**
 * Checks a whole site vocabulary and fills defaults; throws a KindError naming
 * the first problem's kind and field (a bad id, a duplicate, an unknown field,
 * a colour that is not one, a shortcut no keymap takes), so that nothing of a
 * bad vocabulary is ever applied.
 */
export function normalizeKinds(input: readonly Partial<KindDefinition>[]): KindDefinition[] {
  if (!Array.isArray(input) || input.length === 0) throw new KindError('A kind vocabulary needs at least one kind', '', '');
  const seen = new Set<string>();
  return input.map((kind, index) => {
    const id = kind?.id;
    if (!isKindId(id)) {
      throw new KindError(`Kind ${index} has id ${JSON.stringify(id)}; use lowercase letters, digits and dashes`, `#${index}`, 'id');
    }
    const problem = (field: keyof KindDefinition, message: string) => new KindError(`Kind "${id}" ${message}`, id, field);
    if (seen.has(id)) throw problem('id', 'is defined twice');
    seen.add(id);
    const fields = kind.fields ?? ['attribution', 'note'];
    if (!Array.isArray(fields)) throw problem('fields', 'has fields that are not a list');
    for (const field of fields) {
      if (!fieldNames.includes(field)) throw problem('fields', `has unknown field "${field}"`);
    }
    const underline = kind.underline ?? underlineStyles[index % underlineStyles.length];
    if (!underlineStyles.includes(underline)) throw problem('underline', `has unknown underline "${underline}"`);
    const colour = kind.colour ?? '#6b7280';
    // the colour goes into the kind stylesheet: `red /*` or `red '` would end every rule after it
    if (!isColour(colour)) throw problem('colour', `has an invalid colour ${JSON.stringify(colour)}`);
    if (kind.shortcut !== undefined && !isShortcut(kind.shortcut)) throw problem('shortcut', `has an invalid shortcut ${JSON.stringify(kind.shortcut)}`);
    for (const [field, type] of [['label', 'string'], ['description', 'string'], ['inclusiveStart', 'boolean'], ['inclusiveEnd', 'boolean']] as const) {
      if (kind[field] !== undefined && typeof kind[field] !== type) throw problem(field, `has a ${field} that is not a ${type}`);
    }
    return {
      ...kind,
      id,
      label: kind.label ?? id,
      colour: colour.trim(),
      underline,
      fields: [...fields],
    };
  });
}
