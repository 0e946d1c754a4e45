import { css } from 'lit';

/** The rules ProseMirror needs in any root it renders into (page CSS does not reach a shadow root). */
export const prosemirrorStyles = css`
  .ProseMirror {
    position: relative;
    word-wrap: break-word;
    white-space: pre-wrap;
    white-space: break-spaces;
    font-variant-ligatures: none;
    font-feature-settings: 'liga' 0;
    outline: none;
  }
  .ProseMirror li {
    position: relative;
  }
  .ProseMirror-hideselection *::selection {
    background: transparent;
  }
  .ProseMirror-hideselection {
    caret-color: transparent;
  }
  .ProseMirror-selectednode {
    outline: 2px solid var(--claim-focus-colour);
  }
`;

export const claimAnnotatorStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    background: var(--claim-surface);
    line-height: 1.5;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.9rem;
  }
  button[disabled] {
    cursor: default;
    opacity: 0.5;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr) var(--claim-panel-width, 22rem);
    gap: 1rem;
    align-items: start;
  }
  @container (max-width: 720px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .side {
      position: static;
      max-height: none;
    }
  }

  header.article-header {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    justify-content: space-between;
    border-bottom: 1px solid var(--claim-border-colour);
    padding: 0.5rem 0;
  }
  .headline {
    margin: 0;
    font-size: 1.35rem;
    line-height: 1.25;
  }
  .byline {
    margin: 0.2rem 0 0;
    color: var(--claim-muted-colour);
    font-size: 0.875rem;
  }
  .byline a {
    color: inherit;
  }
  .actions {
    display: flex;
    gap: 0.4rem;
    flex-wrap: wrap;
  }

  .save-state {
    align-self: center;
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  .save-failed {
    color: var(--claim-danger-colour);
    font-weight: 600;
  }
  .storage-alert {
    grid-column: 1 / -1;
    border: 1px solid var(--claim-danger-colour);
    border-left-width: 4px;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    background: #fef3f2;
  }
  .storage-alert p {
    margin: 0 0 0.4rem;
  }
  .article {
    position: relative;
    min-width: 0;
  }
  .editor-mount .ProseMirror {
    min-height: 12rem;
    padding: 0.25rem 0.5rem 2rem;
    font-family: var(--claim-article-font-family, Georgia, 'Times New Roman', serif);
    font-size: var(--claim-article-font-size, 1.05rem);
    line-height: 1.7;
  }
  /* Long articles: blocks off screen skip layout and paint until scrolled to. */
  .editor-mount .ProseMirror > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 5lh;
  }
  .editor-mount .ProseMirror:focus-visible {
    outline: 1px dashed var(--claim-border-colour);
  }
  .editor-mount blockquote {
    margin: 1rem 0;
    padding-left: 1rem;
    border-left: 3px solid var(--claim-border-colour);
    color: #3d444d;
  }
  .editor-mount a {
    color: #0b57d0;
  }

  /* Highlights. Each annotation is its own <mark>, so overlaps nest and darken;
     kinds differ by colour, underline style and underline offset. */
  mark.cm-annotation {
    color: inherit;
    background: color-mix(in srgb, var(--cm-kind-colour, #6b7280) 16%, transparent);
    text-decoration-line: underline;
    text-decoration-color: var(--cm-kind-colour, #6b7280);
    text-decoration-style: var(--cm-kind-underline, solid);
    text-decoration-thickness: 2px;
    text-underline-offset: var(--cm-kind-offset, 3px);
    text-decoration-skip-ink: none;
    border-radius: 2px;
  }
  mark.cm-annotation-active {
    background: color-mix(in srgb, var(--cm-kind-colour, #6b7280) 38%, transparent);
    outline: 2px solid var(--cm-kind-colour, #6b7280);
    outline-offset: 1px;
  }

  .layout.readonly {
    grid-template-columns: minmax(0, 1fr);
  }
  .readonly mark.cm-annotation {
    cursor: help;
  }
  .readonly mark.cm-annotation:focus-visible {
    outline: 2px solid var(--claim-focus-colour);
    outline-offset: 2px;
  }
  .annotation-card {
    position: absolute;
    z-index: 4;
    width: min(20rem, 100%);
    padding: 0.6rem 0.75rem;
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
  .card-speaker {
    color: var(--claim-muted-colour);
  }
  .card-sources {
    margin: 0 0 0.35rem;
    padding-left: 1.1rem;
  }
  mark.cm-annotation-review {
    outline: 2px dashed #b45309;
    outline-offset: 1px;
  }
  .review-note {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin: 0.25rem 0;
    font-size: 0.8rem;
    color: #92400e;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: #0b57d0;
    text-decoration: underline;
    text-align: left;
  }
  .selection-toolbar {
    position: absolute;
    z-index: 3;
    display: flex;
    gap: 0.25rem;
    padding: 0.25rem;
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.15);
    transform: translate(-50%, calc(-100% - 8px));
    white-space: nowrap;
  }
  .selection-toolbar.below {
    transform: translate(-50%, 8px);
  }
  .selection-toolbar button {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  .kind-swatch {
    display: inline-block;
    width: 1.4em;
    height: 0.75em;
    border-bottom: 3px solid var(--cm-kind-colour);
    border-bottom-style: var(--cm-kind-border, solid);
    background: color-mix(in srgb, var(--cm-kind-colour) 18%, transparent);
  }
  kbd {
    font-family: inherit;
    font-size: 0.75rem;
    color: var(--claim-muted-colour);
  }

  .side {
    position: sticky;
    top: 0.5rem;
    max-height: calc(100vh - 1rem);
    overflow: auto;
  }
  .panel {
    background: var(--claim-panel-surface);
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    padding: 0.75rem;
  }
  .panel h2,
  .panel h3 {
    font-size: 1rem;
    margin: 0 0 0.5rem;
  }
  .panel h3 {
    margin-top: 1rem;
  }
  .filters {
    border: 0;
    padding: 0;
    margin: 0 0 0.75rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    font-size: 0.875rem;
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
    gap: 0.5rem;
  }
  .annotation {
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-left: 4px solid var(--cm-kind-colour);
    border-radius: 6px;
    padding: 0.4rem 0.5rem;
  }
  .annotation.active {
    outline: 2px solid var(--cm-kind-colour);
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
    font-family: var(--claim-article-font-family, Georgia, serif);
    margin: 0.15rem 0;
    overflow-wrap: anywhere;
  }
  .verdict {
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4rem;
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

  form.annotation-form {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.5rem;
    font-size: 0.9rem;
  }
  form.annotation-form fieldset {
    border: 1px solid var(--claim-border-colour);
    border-radius: 6px;
    margin: 0;
    padding: 0.4rem 0.5rem;
    display: grid;
    gap: 0.35rem;
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
  .source-row {
    display: grid;
    grid-template-columns: 1fr;
    gap: 0.25rem;
    padding-bottom: 0.35rem;
    border-bottom: 1px dashed var(--claim-border-colour);
  }
  .help {
    color: var(--claim-muted-colour);
    font-size: 0.8rem;
    margin: 0;
  }
  dialog {
    width: min(44rem, calc(100vw - 2rem));
  }
  dialog h2 {
    margin: 0 0 0.75rem;
    font-size: 1.15rem;
  }
  dialog form {
    display: grid;
    gap: 0.6rem;
  }
  dialog textarea {
    min-height: 10rem;
    font-family: inherit;
  }
  .metadata-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: 0.5rem;
  }
  .drop-target {
    outline: 3px dashed var(--claim-focus-colour);
    outline-offset: -6px;
  }
`;
