/**
 * The one way our elements add styles beyond their static `styles`: sheets that
 * arrive later (a lazy chunk's, such as the suggestion list's) or change (each
 * kind's colours) are appended to the shadow root's adopted sheets, after Lit's.
 * The page's CSP may forbid `<style>` elements; adopted sheets need no nonce.
 */
import type { CSSResult } from 'lit';

/** Adds `styles` to `root`'s adopted style sheets, after the ones it has. */
export function adoptMoreStyles(root: ShadowRoot, ...styles: (CSSResult | CSSStyleSheet)[]): void {
  const sheets = styles.map((style) => (style instanceof CSSStyleSheet ? style : (style.styleSheet as CSSStyleSheet)));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}
