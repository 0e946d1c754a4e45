import { type CSSResult, css } from 'lit';
import { adoptMoreStyles } from '../shared/adopt-styles.ts';

/**
 * The rules of what loads on demand: the selection toolbar, the dialogs (the article dialog, the import
 * report, ClaimReview), the import's progress, the edit form, the reader's card, the
 * detached list and the import's checks in the panel.
 * They come with the on-demand chunk, outside the start-up bundle.
 */
export const dialogStyles: CSSResult = css`
  dialog {
    width: min(44rem, calc(100vw - 2rem));
  }
  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  /* the import report: its sections' titles at the text's size, its rows lined up under them */
  dialog h3 {
    margin: calc(var(--claim-spacing) * 0.9) 0 0.35rem;
    font-size: 1rem;
  }
  dialog ul {
    display: grid;
    gap: 0.3rem;
    margin: 0;
    padding: 0;
    list-style: none;
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
  /* a running import: above the article, which stays usable; sticky so it stays in sight while reading */
  .import-progress {
    grid-column: 1 / -1;
    position: sticky;
    top: 3.25rem; /* under the sticky actions bar */
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--claim-spacing) * 0.5);
    padding: calc(var(--claim-spacing) * 0.4) calc(var(--claim-spacing) * 0.75);
    border: 1px solid var(--claim-border-colour);
    border-radius: 6px;
    background: var(--claim-surface);
    font-size: 0.9rem;
  }
  .import-progress progress {
    flex: 1 1 8rem;
    max-width: 16rem;
  }
  /* the reader's card, the edit form and its review fields: they load with their templates */
  .annotation-card {
    position: absolute;
    z-index: 4;
    box-sizing: border-box;
    width: min(20rem, 100%);
    padding: calc(var(--claim-spacing) * 0.6) calc(var(--claim-spacing) * 0.75);
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-top: 4px solid var(--cm-kind-colour, var(--claim-border-colour));
    border-radius: 8px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
    font-size: 0.9rem;
  }
  .annotation-card p {
    margin: 0 0 0.35rem;
  }
  .card-kind {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-weight: 600;
  }
  .card-claim {
    font-family: var(--claim-article-font-family);
    font-size: 1rem;
  }
  .card-facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 0.6rem;
    margin: 0 0 0.35rem;
  }
  .card-facts dt {
    color: var(--claim-muted-colour);
  }
  .card-facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .card-verdict .verdict {
    font-weight: 600;
  }
  .card-sources,
  .card-linked {
    margin: 0;
    padding-left: 1rem;
  }
  /* the links and replies are a form of their own under the annotation's: each is saved as it is made, not by Save */
  form.annotation-form,
  form.annotation-discussion {
    display: grid;
    gap: calc(var(--claim-spacing) * 0.5);
    margin-top: calc(var(--claim-spacing) * 0.5);
    font-size: 0.9rem;
  }
  form.annotation-form fieldset,
  form.annotation-discussion fieldset {
    border: 1px solid var(--claim-border-colour);
    border-radius: 6px;
    margin: 0;
    padding: calc(var(--claim-spacing) * 0.4) calc(var(--claim-spacing) * 0.5);
    display: grid;
    gap: calc(var(--claim-spacing) * 0.35);
  }
  .source-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25rem;
    padding-bottom: 0.35rem;
    border-bottom: 1px dashed var(--claim-border-colour);
  }
  form.annotation-form .history ol {
    margin: 0.2rem 0 0;
    padding-left: 1.1rem;
    font-size: 0.8rem;
  }
  form.annotation-form .history time {
    color: var(--claim-muted-colour);
    margin-inline-end: 0.3rem;
  }
  form.annotation-discussion .link-list,
  form.annotation-discussion .replies {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.35rem;
  }
  form.annotation-discussion .link-list li {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  form.annotation-discussion .link-list li > span {
    flex: 1 1 12rem;
    overflow-wrap: anywhere;
  }
  form.annotation-discussion .replies .reply {
    border-inline-start: 3px solid var(--claim-border-colour);
    padding-inline-start: 0.5rem;
  }
  form.annotation-discussion .reply-head,
  form.annotation-discussion .hint {
    margin: 0;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  form.annotation-discussion .reply-text {
    margin: 0.15rem 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  form.annotation-discussion .link-button {
    padding: 0.1rem 0.4rem;
    font-size: 0.8rem;
  }
  form.annotation-discussion .add-link {
    display: grid;
    gap: 0.25rem;
  }
  .drop-target {
    outline: 3px dashed var(--claim-focus-colour);
    outline-offset: -6px;
  }
  .review-note {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin: 0.25rem 0;
    font-size: 0.8rem;
    color: var(--cm-review-colour);
  }
  .review-note p {
    margin: 0;
  }
  /* the file's words beside the article's, where an import placed them on changed text */
  .old-new {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.5rem;
    width: 100%;
    margin: 0;
    color: var(--claim-text-colour, inherit);
  }
  .old-new dt {
    font-weight: 600;
  }
  .old-new dd {
    margin: 0;
  }
  .old-new del,
  .old-new ins {
    text-decoration: none;
  }
  .old-new del {
    color: var(--claim-muted-colour);
  }
  .orphan-reason {
    margin: 0;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  /* the selection toolbar (tagging/selection-toolbar.ts) */
  .selection-toolbar {
    position: absolute;
    z-index: 3;
    display: flex;
    flex-wrap: wrap;
    box-sizing: border-box;
    gap: 0.25rem;
    padding: 0.25rem;
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.15);
    transform: translateY(calc(-100% - 8px));
    white-space: nowrap;
  }
  .selection-toolbar.below {
    transform: translateY(8px);
  }
  .selection-toolbar button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  kbd {
    font-family: inherit;
    font-size: 0.75rem;
    color: var(--claim-muted-colour);
  }
`;

const styled = new WeakSet<ShadowRoot>();

/** Adds the on-demand parts' rules to the element's shadow root, once. */
export function adoptDialogStyles(root: HTMLElement | DocumentFragment): void {
  if (!(root instanceof ShadowRoot) || styled.has(root)) return;
  styled.add(root);
  adoptMoreStyles(root, dialogStyles);
}
