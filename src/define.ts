/** Registers `<claim-annotator>` and `<claim-library>`. Safe to load twice: a second definition is skipped. */
import { ClaimAnnotator } from './elements/claim-annotator/claim-annotator.ts';
import { ClaimLibrary } from './elements/claim-library/claim-library.ts';

// The classes, so a page using the bundle can define them under names of its own. The
// rest of the API (index.ts) is for bundlers: re-exporting it here would put code that
// only a backup restore or an import needs into the bundle's start-up.
export { ClaimAnnotator, ClaimLibrary };

if (!customElements.get('claim-annotator')) customElements.define('claim-annotator', ClaimAnnotator);
if (!customElements.get('claim-library')) customElements.define('claim-library', ClaimLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'claim-annotator': ClaimAnnotator;
    'claim-library': ClaimLibrary;
  }
}
