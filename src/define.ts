/** Registers `<claim-annotator>`. Safe to load twice: a second definition is skipped. */
import { ClaimAnnotator } from './elements/claim-annotator.ts';

export * from './index.ts';

if (!customElements.get('claim-annotator')) customElements.define('claim-annotator', ClaimAnnotator);

declare global {
  interface HTMLElementTagNameMap {
    'claim-annotator': ClaimAnnotator;
  }
}
