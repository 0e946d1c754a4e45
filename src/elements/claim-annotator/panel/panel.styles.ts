import { css } from 'lit';

/**
 * The side panel of \`<claim-annotator>\`: the list, its filters and status
 * line (the edit form's own rules load with it: dialog.styles.ts). Colours come from the custom properties of
 * \`baseStyles\`; gaps and padding scale with \`--claim-spacing\`.
 */
export const panelStyles = css`
  /* under the sticky actions bar */
  .side {
    max-width: 32rem;
    position: sticky;
    top: 3.75rem;
    max-height: calc(100vh - 4.25rem);
    overflow: auto;
  }
  /* below the article on a narrow screen: as wide as it */
  @container (max-width: 720px) {
    .side {
      max-width: none;
    }
  }
  .panel {
    background: var(--claim-panel-surface);
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    padding: calc(var(--claim-spacing) * 0.75);
  }
  .panel h2,
  .panel h3 {
    font-size: 1rem;
    margin: 0 0 calc(var(--claim-spacing) * 0.5);
  }
  .panel h3 {
    margin-top: var(--claim-spacing);
  }
  .filters {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--claim-spacing) * 0.75);
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--claim-spacing) * 0.25) calc(var(--claim-spacing) * 0.75);
    font-size: 0.875rem;
  }
  .review-filters[open] {
    flex-basis: 100%;
  }
  .review-filters summary {
    cursor: pointer;
  }
  .review-filters .filters {
    margin: calc(var(--claim-spacing) * 0.4) 0 0;
  }
  .filters legend {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  .annotation-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--claim-spacing) * 0.5);
  }
  /* With a long (virtual) list the column's size does not follow its content: the list's
     height changes as the virtualizer measures entries, and it would lay out the whole
     element, article included, on every scrolled frame. */
  .side:has(.annotation-list.virtual) {
    height: calc(100vh - 4.25rem);
    contain: strict;
  }
  /* the virtualizer places its items itself (absolutely) and reads their margins instead of a gap;
     each item lays out and paints on its own, so the items drawn as the list scrolls touch no other */
  .annotation-list.virtual > li {
    width: 100%;
    box-sizing: border-box;
    margin-block-end: calc(var(--claim-spacing) * 0.5);
    contain: layout style paint;
  }
  .annotation {
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-left: 4px solid var(--cm-kind-colour, var(--claim-muted-colour));
    border-radius: 6px;
    padding: calc(var(--claim-spacing) * 0.4) calc(var(--claim-spacing) * 0.5);
  }
  .annotation.active {
    outline: 2px solid var(--cm-kind-colour, var(--claim-focus-colour));
  }
  .annotation .jump {
    display: block;
    width: 100%;
    text-align: left;
    border: 0;
    background: none;
    padding: 0.1rem;
  }
  .annotation .meta {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  .kind-label {
    font-weight: 600;
    color: var(--claim-text-colour);
  }
  .quote {
    display: block;
    font-family: var(--claim-article-font-family);
    margin: 0.15rem 0;
    overflow-wrap: anywhere;
  }
  .group-heading {
    margin: 0 0 0.25rem;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--claim-muted-colour);
  }
  .authorship,
  .relations,
  .card-authorship {
    display: block;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  .verdict,
  .private-badge,
  .review-status {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4rem;
  }
  .private-badge {
    border-style: dashed;
  }
  .review-status {
    white-space: nowrap;
  }
  .item-actions {
    display: flex;
    gap: 0.3rem;
    justify-content: flex-end;
  }
  .empty {
    color: var(--claim-muted-colour);
    font-size: 0.9rem;
  }
  .status {
    min-height: 1.5rem;
    font-size: 0.875rem;
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }

  label {
    display: grid;
    gap: 0.1rem;
    font-size: 0.85rem;
  }
  label.inline {
    display: inline-flex;
    gap: 0.3rem;
    align-items: center;
  }
  input[type='text'],
  input[type='search'],
  input[type='url'],
  input[type='date'],
  select,
  textarea {
    width: 100%;
    border: 1px solid var(--claim-border-colour);
    border-radius: 4px;
    padding: 0.25rem 0.4rem;
    background: var(--claim-surface);
    color: inherit;
  }
  .help {
    color: var(--claim-muted-colour);
    font-size: 0.8rem;
    margin: 0;
  }
`;
