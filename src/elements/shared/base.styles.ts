import { css, unsafeCSS } from 'lit';

/**
 * Rules that apply in the dark theme: under `theme="dark"`, and under
 * `theme="auto"` when the reader's system prefers dark. Each rule is
 * `[selector inside the host (or '' for the host itself), declarations]`; the
 * rules are written once and placed under both conditions, so the two can never
 * drift apart. Used by the base styles and by the kind stylesheet.
 */
export function darkThemeRules(rules: readonly (readonly [selector: string, declarations: string])[]): string {
  const under = (host: string) => rules.map(([selector, declarations]) => `${selector ? `${host} ${selector}` : host} { ${declarations} }`).join('\n');
  return `${under(":host([theme='dark'])")}\n@media (prefers-color-scheme: dark) {\n${under(":host([theme='auto'])")}\n}`;
}

/**
 * The dark theme's defaults. Text, muted text, links, badges and buttons keep
 * at least 4.5:1 against the surfaces they sit on (docs/theming.md lists the
 * pairs); `--cm-review-colour` is internal, the amber of "moved on import".
 */
const darkDefaults = `
  color-scheme: dark;
  --claim-text-colour: #e6edf3;
  --claim-muted-colour: #9198a1;
  --claim-border-colour: #3d444d;
  --claim-surface: #0d1117;
  --claim-panel-surface: #151b23;
  --claim-hover-surface: #21262d;
  --claim-focus-colour: #4493f8;
  --claim-on-focus-colour: #0d1117;
  --claim-danger-colour: #ff7b72;
  --cm-review-colour: #d29922;
`;

/**
 * What every Claimmark element shares: the default custom properties (light on
 * `:host`, dark under the theme attribute; a page's rule on the element beats
 * both, because the outer tree wins the cascade over `:host`), box sizing,
 * buttons and focus rings.
 */
export const baseStyles = css`
  :host {
    color-scheme: light;
    --claim-font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    --claim-font-size: 16px;
    --claim-spacing: 1rem;
    --claim-text-colour: #1f2328;
    --claim-muted-colour: #57606a;
    --claim-border-colour: #d0d7de;
    --claim-surface: #ffffff;
    --claim-panel-surface: #f6f8fa;
    --claim-hover-surface: #eef1f4;
    --claim-focus-colour: #1d4ed8;
    --claim-on-focus-colour: #ffffff;
    --claim-danger-colour: #b42318;
    --cm-review-colour: #92400e;
    /* Derived colours, computed from whatever the page or the theme chose. */
    --cm-primary-hover: color-mix(in srgb, var(--claim-focus-colour) 82%, var(--claim-text-colour));
    --cm-danger-surface: color-mix(in srgb, var(--claim-danger-colour) 8%, var(--claim-surface));
    color: var(--claim-text-colour);
    font-family: var(--claim-font-family);
    font-size: var(--claim-font-size);
  }
  ${unsafeCSS(darkThemeRules([['', darkDefaults]]))}
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  a {
    color: var(--claim-focus-colour);
  }
  ::placeholder {
    color: var(--claim-muted-colour);
    opacity: 1;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--claim-border-colour);
    background: var(--claim-surface);
    color: inherit;
    border-radius: 6px;
    padding: 0.2rem 0.6rem;
  }
  button:hover {
    background: var(--claim-hover-surface);
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 2px solid var(--claim-focus-colour);
    outline-offset: 1px;
  }
  .primary {
    background: var(--claim-focus-colour);
    border-color: var(--claim-focus-colour);
    color: var(--claim-on-focus-colour);
  }
  .primary:hover {
    background: var(--cm-primary-hover);
    border-color: var(--cm-primary-hover);
  }
  .danger {
    color: var(--claim-danger-colour);
  }
  .error {
    color: var(--claim-danger-colour);
    font-size: 0.875rem;
    margin: 0;
  }
  .form-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--claim-spacing) * 0.4);
    justify-content: flex-end;
  }
  dialog {
    border: 1px solid var(--claim-border-colour);
    border-radius: 10px;
    padding: var(--claim-spacing) calc(var(--claim-spacing) * 1.25);
    color: inherit;
    background: var(--claim-surface);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
