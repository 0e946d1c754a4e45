import { css } from 'lit';

/**
 * What every Claimmark element shares: the default custom properties (a page
 * overrides them on the element), box sizing, buttons and focus rings.
 */
export const baseStyles = css`
  :host {
    --claim-focus-colour: #1d4ed8;
    --claim-text-colour: #1f2328;
    --claim-muted-colour: #57606a;
    --claim-border-colour: #d0d7de;
    --claim-surface: #ffffff;
    --claim-panel-surface: #f6f8fa;
    --claim-danger-colour: #b42318;
    color: var(--claim-text-colour);
    font-family: var(--claim-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--claim-font-size, 16px);
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
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
    background: #eef1f4;
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
    color: #fff;
  }
  .primary:hover {
    background: #1e40af;
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
    gap: 0.4rem;
    justify-content: flex-end;
  }
  dialog {
    border: 1px solid var(--claim-border-colour);
    border-radius: 10px;
    padding: 1rem 1.25rem;
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
