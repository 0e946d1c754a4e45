/** Each kind's look, from its definition, as a stylesheet the element adopts. */
import { kindClass } from '../editor/index.ts';
import type { KindDefinition } from '../model/index.ts';

/**
 * The CSS rules that give each kind its colour, underline and underline depth,
 * as custom properties on the kind's class (highlights, list items, buttons).
 * Ids and colours are validated by `normalizeKinds`, so they cannot end a rule.
 */
export function kindRules(kinds: readonly KindDefinition[]): string {
  return kinds
    .map((kind, index) => {
      const border = kind.underline === 'wavy' ? 'dashed' : kind.underline;
      return `.${kindClass(kind.id)} { --cm-kind-colour: ${kind.colour}; --cm-kind-underline: ${kind.underline}; --cm-kind-border: ${border}; --cm-kind-offset: ${2 + 3 * (index % 4)}px; }`;
    })
    .join('\n');
}
