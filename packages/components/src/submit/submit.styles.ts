import { css } from 'lit';

/** Layout of `<tk-submit>`: one column; fields as wide as their content needs. */
export const submitStyles = css`
  .submit-form,
  .success {
    display: grid;
    gap: var(--_space-m);
  }
  .input.narrow {
    max-inline-size: 9rem;
  }
  .textarea {
    padding-block: var(--_space-s);
    resize: vertical;
  }
  .notice {
    padding: var(--_space-m);
    border-inline-start: 5px solid var(--_color-primary);
    background: var(--_color-surface);
  }
  .checkbox {
    display: flex;
    gap: var(--_space-s);
    align-items: flex-start;
  }
  .checkbox input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    flex: none;
  }
  .trap {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
  }
  .optional,
  .privacy {
    color: var(--_color-text-muted);
  }
`;
