import { css } from 'lit';

/** `<claim-library>`: the same custom properties and look as `<claim-annotator>`, in a column that fits a sidebar. */
export const claimLibraryStyles = css`
  :host {
    display: block;
    background: var(--claim-surface);
    line-height: 1.45;
  }
  button,
  input,
  select {
    font: inherit;
    font-size: 0.875rem;
  }
  input,
  select {
    background: var(--claim-surface);
    color: inherit;
  }
  p {
    margin: 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--claim-spacing) * 0.4);
  }
  .alert {
    margin-top: calc(var(--claim-spacing) * 0.5);
    border: 1px solid var(--claim-danger-colour);
    border-left-width: 4px;
    border-radius: 6px;
    padding: calc(var(--claim-spacing) * 0.5) calc(var(--claim-spacing) * 0.75);
    background: var(--cm-danger-surface);
    font-size: 0.875rem;
  }
  .alert p {
    margin-bottom: 0.4rem;
  }
  .status {
    min-height: 1.5rem;
    margin: calc(var(--claim-spacing) * 0.4) 0;
    font-size: 0.875rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: center;
  }
  .empty {
    color: var(--claim-muted-colour);
    font-size: 0.9rem;
    display: grid;
    gap: 0.3rem;
  }
  .empty strong {
    color: var(--claim-text-colour);
  }
  .count {
    color: var(--claim-muted-colour);
    font-size: 0.8rem;
    margin-bottom: 0.25rem;
  }

  /* the stored articles, and a search's results: the same cards */
  ul.articles,
  ol.results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: calc(var(--claim-spacing) * 0.5);
  }
  li.article,
  li.result {
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    padding: calc(var(--claim-spacing) * 0.5) calc(var(--claim-spacing) * 0.65);
    background: var(--claim-surface);
    display: grid;
    gap: 0.15rem;
  }
  li.article.current {
    border-color: var(--claim-focus-colour);
    box-shadow: inset 3px 0 0 var(--claim-focus-colour);
  }
  .title {
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .title.untitled {
    font-style: italic;
    font-weight: 500;
  }
  .details {
    color: var(--claim-muted-colour);
    font-size: 0.8rem;
  }
  .badge {
    justify-self: start;
    font-size: 0.75rem;
    color: var(--claim-focus-colour);
    font-weight: 600;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--claim-spacing) * 0.35);
    margin-top: calc(var(--claim-spacing) * 0.3);
  }
  .item-actions button {
    padding: 0.1rem 0.5rem;
  }

  .rename-form {
    display: grid;
    gap: 0.35rem;
  }
  .rename-form label {
    display: grid;
    gap: 0.1rem;
    font-size: 0.8rem;
  }
  .rename-form input {
    width: 100%;
    border: 1px solid var(--claim-border-colour);
    border-radius: 4px;
    padding: 0.25rem 0.4rem;
    font-size: 0.95rem;
    font-weight: 600;
  }

  .desk-search {
    display: grid;
    gap: 0.4rem;
    margin: calc(var(--claim-spacing) * 0.5) 0 calc(var(--claim-spacing) * 0.75);
    padding-bottom: calc(var(--claim-spacing) * 0.6);
    border-bottom: 1px solid var(--claim-border-colour);
  }
  .desk-search label {
    display: grid;
    gap: 0.1rem;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  .desk-search .search-words {
    font-weight: 600;
    color: var(--claim-text-colour);
  }
  .desk-search input,
  .desk-search select {
    width: 100%;
    box-sizing: border-box;
    border: 1px solid var(--claim-border-colour);
    border-radius: 4px;
    padding: 0.25rem 0.4rem;
    color: var(--claim-text-colour);
  }
  .search-more summary {
    font-size: 0.8rem;
    cursor: pointer;
    color: var(--claim-muted-colour);
  }
  .search-more[open] summary {
    margin-bottom: 0.4rem;
  }
  .search-filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    gap: 0.4rem;
  }
  .clear-search {
    justify-self: start;
  }
  .results-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.4rem;
    margin-bottom: 0.4rem;
  }
  .results-head .count {
    margin: 0;
  }
  .result-kind {
    font-size: 0.75rem;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.03em;
  }
  .result-quote {
    overflow-wrap: anywhere;
    display: -webkit-box;
    -webkit-line-clamp: 4;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }
  .open-result {
    justify-self: start;
    margin-top: 0.2rem;
    padding: 0.1rem 0.5rem;
  }
  .more-results {
    margin-top: calc(var(--claim-spacing) * 0.5);
  }
`;
