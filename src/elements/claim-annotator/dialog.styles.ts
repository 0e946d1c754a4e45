import { type CSSResult, css } from 'lit';
import { adoptMoreStyles } from '../shared/adopt-styles.ts';

/** The dialogs' rules (the article dialog, the import report, ClaimReview): they load with the dialogs, in the on-demand chunk. */
export const dialogStyles: CSSResult = css`
  dialog {
    width: min(44rem, calc(100vw - 2rem));
  }
  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  dialog form {
    display: grid;
    gap: calc(var(--claim-spacing) * 0.6);
  }
  dialog textarea {
    min-height: 10rem;
    font-family: inherit;
  }
  .metadata-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: calc(var(--claim-spacing) * 0.5);
  }
  /* an address in a sentence (another page's, the article's) may be longer than the dialog is wide */
  dialog .url {
    overflow-wrap: anywhere;
    font-family: var(--claim-mono-font-family, ui-monospace, monospace);
    font-size: 0.9em;
  }
  .report-conflicts li,
  .long-claims li {
    margin-block-end: 0.4rem;
  }
  /* claims to restate before publishing: a warning, not an error */
  .long-claims {
    border-inline-start: 3px solid var(--claim-focus-colour);
    padding-inline-start: calc(var(--claim-spacing) * 0.6);
  }
  .long-claims p {
    margin: 0;
  }
  .drop-target {
    outline: 3px dashed var(--claim-focus-colour);
    outline-offset: -6px;
  }
`;

const styled = new WeakSet<ShadowRoot>();

/** Adds the dialogs' rules to the element's shadow root, once. */
export function adoptDialogStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  adoptMoreStyles(root, dialogStyles);
}
