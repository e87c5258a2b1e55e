/**
 * The GOV.UK/KERN error pattern of the widgets' forms: a summary box at the
 * top, and each field with an error marked by a bar, a red border and its
 * message in bold. One look for every form (room booking, proposals).
 */
import { css } from 'lit';

export const formErrorStyles = css`
  .has-error {
    padding-inline-start: var(--_space-m);
    border-inline-start: 5px solid var(--_color-danger);
  }
  .has-error .input {
    border-color: var(--_color-danger);
  }
  .field-error {
    color: var(--_color-danger);
    font-weight: 700;
  }
  .error-summary {
    display: grid;
    gap: var(--_space-s);
    padding: var(--_space-m);
    border: 5px solid var(--_color-danger);
    border-radius: var(--_radius);
  }
  .error-summary a {
    color: var(--_color-danger);
    font-weight: 600;
  }
`;
