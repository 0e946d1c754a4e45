/** Each kind's look, from its definition, as a stylesheet the element adopts. */
import { kindClass } from '../../editor/index.ts';
import type { KindDefinition } from '../../model/index.ts';
import { darkThemeRules } from '../shared/base.styles.ts';

/** How much of a kind's own colour its dark-theme default keeps (the rest is white), so it reads on a dark surface. */
const darkKindShare = '70%';

/** The article's class while "Show kinds" hides kind `kindId`: its highlights then look like the text around them. */
export function hiddenKindClass(kindId: string): string {
  return `cm-hide-${kindId}`;
}

/**
 * The CSS rules that give each kind its colour, underline and underline depth,
 * as custom properties on the kind's class (highlights, list items, buttons).
 * The colour is the page's `--claim-kind-<id>-colour` when set, else the
 * definition's colour (lightened in the dark theme). Ids and colours are
 * validated by `normalizeKinds`, so they cannot end a rule.
 */
export function kindRules(kinds: readonly KindDefinition[]): string {
  const light = kinds.map((kind, index) => {
    const border = kind.underline === 'wavy' ? 'dashed' : kind.underline;
    const hidden = `.${hiddenKindClass(kind.id)} mark.${kindClass(kind.id)} { background: none; text-decoration-line: none; outline: none; }`;
    return `${hidden}\n.${kindClass(kind.id)} { --cm-kind-colour: var(--claim-kind-${kind.id}-colour, ${kind.colour}); --cm-kind-underline: ${kind.underline}; --cm-kind-border: ${border}; --cm-kind-offset: ${2 + 3 * (index % 4)}px; }`;
  });
  const dark = kinds.map(
    (kind) => [`.${kindClass(kind.id)}`, `--cm-kind-colour: var(--claim-kind-${kind.id}-colour, color-mix(in srgb, ${kind.colour} ${darkKindShare}, white));`] as const,
  );
  return `${light.join('\n')}\n${darkThemeRules(dark)}`;
}
