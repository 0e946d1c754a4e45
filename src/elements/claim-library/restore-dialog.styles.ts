import { css } from 'lit';

/** The question a restore asks before replacing newer work: added to the library's root by library-backup.ts when it first asks. */
export const restoreDialogStyles = css`
  dialog {
    width: min(32rem, calc(100vw - 2rem));
  }
  dialog h2 {
    margin: 0 0 0.5rem;
    font-size: 1.1rem;
  }
  .newer-list {
    margin: 0.5rem 0 1rem;
    padding-left: 1.25rem;
    font-size: 0.9rem;
  }
`;
