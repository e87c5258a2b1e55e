import { css } from 'lit';

/**
 * The modal `<dialog class="detail">` that shows one record: sized to the
 * viewport, with a sticky bar for the close button above a scrolling body.
 * A dialog sits in the top layer, so it restates the widget's font.
 */
export const detailDialogStyles = css`
  .detail {
    inline-size: min(48rem, calc(100vw - 2 * var(--_space-m)));
    max-block-size: calc(100dvh - 2 * var(--_space-m));
    padding: 0;
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius-large);
    background: var(--_color-background);
    color: var(--_color-text);
    font-family: var(--_font);
    line-height: var(--_line-height);
  }
  .detail::backdrop {
    background: var(--_color-backdrop);
  }
  .dialog-bar {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    justify-content: flex-end;
    padding: var(--_space-s);
    background: var(--_color-background);
    border-block-end: 1px solid var(--_color-border-subtle);
  }
  .dialog-body {
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
  }
  .detail-title {
    font-size: 1.5rem;
    line-height: 1.3;
  }
`;
