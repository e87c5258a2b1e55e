import { css } from 'lit';

/**
 * Building blocks shared by the widgets: typography, buttons, inputs, chips,
 * cards, skeletons, states and the focus ring. Logical properties only, so
 * right-to-left layouts need no extra rules.
 */
export const baseStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color: var(--_color-text);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  /*
   * A checkbox or radio row: its label fills the row's full height (44 px, more
   * when it wraps), so the whole row is the target, not only the 24 px box.
   */
  .choice > label,
  .filter-option > label {
    align-self: stretch;
    display: block;
    min-block-size: var(--_target-size);
    padding-block: max(0px, calc((var(--_target-size) - 1lh) / 2));
    box-sizing: border-box;
  }
  /* Headings are role="heading" elements whose level follows heading-level; they look like headings wherever they sit. */
  :where([role='heading']) {
    font-weight: 700;
  }
  h2,
  h3,
  p,
  ul,
  dl,
  dd {
    margin: 0;
  }
  ul {
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_color-link);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    min-inline-size: var(--_target-size);
    padding-block: var(--_space-s);
    padding-inline: var(--_space-m);
    border: 2px solid var(--_color-primary);
    border-radius: var(--_radius);
    background: var(--_color-primary);
    color: var(--_color-on-primary);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:hover {
    background: var(--_color-primary-hover);
    border-color: var(--_color-primary-hover);
  }
  .button.secondary {
    background: var(--_color-background);
    color: var(--_color-primary);
  }
  .link-button {
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    border: 0;
    background: none;
    color: var(--_color-link);
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }

  .field {
    display: grid;
    gap: var(--_space-xs);
  }
  .label {
    font-weight: 600;
  }
  .field-hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
  }
  .input {
    inline-size: 100%;
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-s);
    border: 2px solid var(--_color-border);
    border-radius: var(--_radius);
    background: var(--_color-background);
    color: var(--_color-text);
    font: inherit;
  }

  .chip-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-s);
    min-block-size: var(--_target-size);
    padding-inline: var(--_space-m) var(--_space-s);
    border: 1px solid var(--_color-primary);
    border-radius: var(--_radius-chip);
    background: var(--_color-chip);
    color: var(--_color-text);
    font: inherit;
    cursor: pointer;
  }
  .chip-x {
    font-size: 1.25em;
    line-height: 1;
  }

  .hint {
    color: var(--_color-text-muted);
    font-size: var(--_font-size-small);
    font-style: italic;
  }

  .card {
    padding: var(--_space-m);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius-large);
    background: var(--_color-background);
    box-shadow: var(--_shadow);
  }
  .skeleton-list {
    display: grid;
    gap: var(--_space-m);
  }
  .skeleton {
    display: grid;
    gap: var(--_space-s);
    min-block-size: 9rem;
  }
  .skeleton span {
    display: block;
    block-size: 1rem;
    border-radius: var(--_radius);
    background: var(--_color-skeleton);
    animation: tk-pulse 1.5s ease-in-out infinite;
  }
  .skeleton span:first-child {
    inline-size: 60%;
    block-size: 1.5rem;
  }
  .skeleton span:last-child {
    inline-size: 80%;
  }
  @keyframes tk-pulse {
    50% {
      opacity: 0.5;
    }
  }

  .state {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
    padding: var(--_space-l);
    border: 1px solid var(--_color-border-subtle);
    border-radius: var(--_radius-large);
    background: var(--_color-surface);
  }
  .state-error {
    border-inline-start: 6px solid var(--_color-danger);
  }
  .state-title {
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Forced colours (Windows high contrast) replace every background: a state that colour shows gets a system colour pair or a border instead. */
  @media (forced-colors: active) {
    .chip,
    .button,
    .card {
      border-color: CanvasText;
    }
    [aria-pressed='true'] {
      forced-color-adjust: none;
      border-color: Highlight;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
