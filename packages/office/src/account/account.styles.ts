import { css } from 'lit';

/** The account page: its sections, the steps of setting up an app, the recovery codes. */
export const accountStyles = css`
  .steps {
    display: grid;
    gap: var(--_space-l);
    padding-inline-start: var(--_space-l);
    list-style: decimal;
  }
  .steps > li > p + .secret,
  .secret + p {
    margin-block-start: var(--_space-s);
  }
  .codes {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_space-xs) var(--_space-m);
    margin-block: var(--_space-m);
    padding-inline-start: var(--_space-l);
    font-family: ui-monospace, monospace;
    font-size: 1.125rem;
  }
  .recovery-codes {
    margin-block-end: var(--_space-l);
  }
  .passkeys {
    display: grid;
    gap: var(--_space-m);
    margin-block: var(--_space-m);
  }
  .account-section {
    margin-block-start: var(--_space-xl);
    padding-block-start: var(--_space-l);
    border-block-start: 1px solid var(--_color-border-subtle);
  }
`;
