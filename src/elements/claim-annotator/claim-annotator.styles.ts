import { css, unsafeCSS } from 'lit';
import { darkThemeRules } from '../shared/base.styles.ts';

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

/**
 * \`<claim-annotator>\`: layout, article and highlights (the
 * panel is in panel/panel.styles.ts; the selection toolbar, the card and the forms, on demand, in dialog.styles.ts). Colours come from the custom properties of \`baseStyles\` and the kind
 * stylesheet (\`kindRules\`); gaps and padding scale with \`--claim-spacing\`.
 */
export const claimAnnotatorStyles = css`
  :host {
    --claim-article-font-family: Georgia, 'Times New Roman', serif;
    --claim-article-font-size: 1.05rem;
    --claim-article-line-height: 1.7;
    --claim-panel-width: 22rem;
    --claim-highlight-strength: 16%;
    --claim-highlight-thickness: 2px;
    /* The selected highlight: the page's strength plus as much again and a bit. */
    --cm-active-strength: min(100%, calc(var(--claim-highlight-strength) + 22%));
    --cm-quote-colour: color-mix(in srgb, var(--claim-text-colour) 75%, var(--claim-muted-colour));
    /* verdict badges: text in the tone's colour on its tint, with its icon (AA on both surfaces) */
    --cm-tone-true: #116329;
    --cm-tone-false: #a40e26;
    --cm-tone-mixed: #7d4e00;
    --cm-tone-unknown: #57606a;
    display: block;
    container-type: inline-size;
    background: var(--claim-surface);
    line-height: 1.5;
  }
  ${unsafeCSS(darkThemeRules([['', '--cm-tone-true: #56d364; --cm-tone-false: #ff8e84; --cm-tone-mixed: #e3b341; --cm-tone-unknown: #9198a1;']]))}
  button,
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.9rem;
  }
  .verdict {
    --cm-tone: var(--cm-tone-unknown);
    color: var(--cm-tone);
    background: color-mix(in srgb, var(--cm-tone) 10%, transparent);
    font-weight: 600;
    white-space: nowrap;
  }
  .verdict::before {
    content: '?' / '';
    margin-right: 0.25em;
  }
  .tone-true {
    --cm-tone: var(--cm-tone-true);
  }
  .tone-true::before {
    content: '✓' / '';
  }
  .tone-false {
    --cm-tone: var(--cm-tone-false);
  }
  .tone-false::before {
    content: '✗' / '';
  }
  .tone-mixed {
    --cm-tone: var(--cm-tone-mixed);
  }
  .tone-mixed::before {
    content: '◐' / '';
  }
  button[disabled] {
    cursor: default;
    opacity: 0.5;
  }

  /* the article at its measure first, the panel beside it with the rest (up to 32rem, panel.styles.ts) */
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 47rem) minmax(var(--claim-panel-width), 1fr);
    gap: var(--claim-spacing);
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
    padding-top: calc(var(--claim-spacing) * 0.5);
  }
  .headline {
    margin: 0;
    font-size: 1.5rem;
    line-height: 1.25;
    max-width: 46rem;
  }
  .byline {
    margin: 0.25rem 0 0;
    color: var(--claim-muted-colour);
    font-size: 0.875rem;
  }
  .byline a {
    color: inherit;
  }
  /* the actions stay in view while the article scrolls */
  .actions-bar {
    grid-column: 1 / -1;
    position: sticky;
    top: 0;
    z-index: 3;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--claim-spacing) * 0.5);
    padding: calc(var(--claim-spacing) * 0.5) 0;
    border-bottom: 1px solid var(--claim-border-colour);
    background: var(--claim-surface);
  }
  .actions-bar button {
    min-height: 2rem;
  }
  .actions-bar .suggest {
    margin-left: auto;
  }
  .menu {
    position: relative;
  }
  [aria-haspopup]::after {
    content: '▾' / '';
    margin-left: 0.35rem;
  }
  [role='menu'] {
    position: absolute;
    left: 0;
    top: calc(100% + 4px);
    z-index: 4;
    display: flex;
    flex-direction: column;
    min-width: 12rem;
    padding: 0.25rem;
    background: var(--claim-surface);
    border: 1px solid var(--claim-border-colour);
    border-radius: 8px;
    box-shadow: 0 6px 20px rgb(0 0 0 / 0.18);
  }
  [role='menu'][hidden] {
    display: none;
  }
  [role='menuitem'] {
    border: 0;
    text-align: left;
    padding: 0.4rem 0.75rem;
  }
  [role='menuitem']:focus {
    background: var(--claim-hover-surface);
  }
  .save-indicator {
    align-self: center;
    display: inline-grid;
    font-size: 0.8rem;
  }
  .save-indicator > * {
    grid-area: 1 / 1;
  }
  .save-state {
    font-size: 0.8rem;
    color: var(--claim-muted-colour);
  }
  .save-reserve {
    visibility: hidden;
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
    padding: calc(var(--claim-spacing) * 0.5) calc(var(--claim-spacing) * 0.75);
    background: var(--cm-danger-surface);
  }
  .storage-alert p {
    margin: 0 0 0.4rem;
  }
  .article {
    position: relative;
    min-width: 0;
  }
  /* the article's measure: about 75 characters a line, however wide the column */
  .editor-mount .ProseMirror {
    max-width: 46rem;
    min-height: 12rem;
    padding: 0.25rem 0.5rem 2rem;
    font-family: var(--claim-article-font-family);
    font-size: var(--claim-article-font-size);
    line-height: var(--claim-article-line-height);
  }
  /* Long articles: blocks off screen skip layout and paint until scrolled to. */
  .editor-mount .ProseMirror > * {
    content-visibility: auto;
    contain-intrinsic-size: auto 5lh;
  }
  .editor-mount .ProseMirror:focus-visible {
    outline: 1px dashed var(--claim-border-colour);
  }
  /* headings keep their own leading: the article's 1.7 spreads a two-line headline apart */
  .editor-mount :is(h1, h2, h3, h4, h5, h6) {
    line-height: 1.25;
    margin: 0.5em 0;
  }
  .editor-mount h1 {
    font-size: 1.8em;
  }
  .editor-mount blockquote {
    margin: 1rem 0;
    padding-left: 1rem;
    border-left: 3px solid var(--claim-border-colour);
    color: var(--cm-quote-colour);
  }

  /* Highlights. Each annotation is its own <mark>, so overlaps nest and darken;
     kinds differ by colour, underline style and underline offset. */
  mark.cm-annotation {
    --cm-mark-colour: var(--cm-kind-colour, var(--claim-muted-colour));
    color: inherit;
    background: color-mix(in srgb, var(--cm-mark-colour) var(--claim-highlight-strength), transparent);
    text-decoration-line: underline;
    text-decoration-color: var(--cm-mark-colour);
    text-decoration-style: var(--cm-kind-underline, solid);
    text-decoration-thickness: var(--claim-highlight-thickness);
    text-underline-offset: var(--cm-kind-offset, 3px);
    text-decoration-skip-ink: none;
    border-radius: 2px;
  }
  /* Where a highlight begins and ends, for screen readers only: the generated
     content is empty on screen and its alternative text (after the slash) is
     what the accessibility tree reads. No box to lay out, unlike a visually
     hidden one, so 20,000 of them cost next to nothing; and it is not article
     text, so copying and editing ignore it. */
  mark.cm-annotation[data-cm-start]::before {
    content: '' / '[' attr(data-cm-start) '] ';
  }
  mark.cm-annotation[data-cm-end]::after {
    content: '' / ' [' attr(data-cm-end) ']';
  }
  mark.cm-annotation-active {
    background: color-mix(in srgb, var(--cm-mark-colour) var(--cm-active-strength), transparent);
    outline: 2px solid var(--cm-mark-colour);
    outline-offset: 1px;
  }

  .layout.readonly {
    grid-template-columns: minmax(0, 1fr);
  }
  /* readers: the text lines up with the byline, and takes no room for typing */
  .readonly .editor-mount .ProseMirror {
    min-height: 0;
    padding: 0 0 1rem;
  }
  .readonly mark.cm-annotation {
    cursor: help;
  }
  .readonly mark.cm-annotation:focus-visible {
    outline: 2px solid var(--claim-focus-colour);
    outline-offset: 2px;
  }
  mark.cm-annotation-review {
    outline: 2px dashed var(--cm-review-colour);
    outline-offset: 1px;
  }
  button.link {
    border: 0;
    background: none;
    padding: 0;
    color: var(--claim-focus-colour);
    text-decoration: underline;
    text-align: left;
  }
  .kind-swatch {
    display: inline-block;
    width: 1.4em;
    height: 0.75em;
    border-bottom: 3px solid var(--cm-kind-colour);
    border-bottom-style: var(--cm-kind-border, solid);
    background: color-mix(in srgb, var(--cm-kind-colour) 18%, transparent);
  }
  @container (max-width: 720px) {
    /* a phone: the bar in as few rows as its buttons allow, the save state under them */
    .headline {
      font-size: 1.25rem;
    }
    .actions-bar {
      gap: 0.35rem;
    }
    .actions-bar .suggest {
      margin-left: 0;
    }
    .actions-bar .save-indicator {
      order: 1;
      flex-basis: 100%;
    }
  }
`;
