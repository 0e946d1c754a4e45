/** Registers `<claim-annotator>` and `<claim-library>`. Safe to load twice: a second definition is skipped. */
import { ClaimAnnotator } from './elements/claim-annotator.ts';
import { ClaimLibrary } from './elements/claim-library.ts';

export * from './index.ts';

if (!customElements.get('claim-annotator')) customElements.define('claim-annotator', ClaimAnnotator);
if (!customElements.get('claim-library')) customElements.define('claim-library', ClaimLibrary);

declare global {
  interface HTMLElementTagNameMap {
    'claim-annotator': ClaimAnnotator;
    'claim-library': ClaimLibrary;
  }
}
