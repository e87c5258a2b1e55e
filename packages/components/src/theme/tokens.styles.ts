import { css } from 'lit';

/**
 * The semantic design tokens. A host page themes every widget by setting the
 * public `--tk-*` custom properties on any ancestor (e.g. `:root`); inside
 * the widgets they are read once into private `--_*` properties with
 * defaults that meet WCAG 2.2 AA contrast on white (text ≥ 4.5:1, borders and
 * focus ring ≥ 3:1). Components use only the private properties, never a
 * literal colour.
 */
export const tokens = css`
  :host {
    --_font: var(--tk-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Arabic', sans-serif);
    --_font-size: var(--tk-font-size, 1rem);
    --_font-size-small: var(--tk-font-size-small, 0.875rem);
    --_font-size-large: var(--tk-font-size-large, 1.25rem);
    --_line-height: var(--tk-line-height, 1.5);

    --_color-text: var(--tk-color-text, #1b1b1b);
    --_color-text-muted: var(--tk-color-text-muted, #4d4d4d);
    --_color-background: var(--tk-color-background, #ffffff);
    --_color-surface: var(--tk-color-surface, #f4f5f7);
    --_color-border: var(--tk-color-border, #757575);
    --_color-border-subtle: var(--tk-color-border-subtle, #d0d4d9);
    --_color-primary: var(--tk-color-primary, #0a4f96);
    --_color-primary-hover: var(--tk-color-primary-hover, #083d75);
    --_color-on-primary: var(--tk-color-on-primary, #ffffff);
    --_color-link: var(--tk-color-link, var(--tk-color-primary, #0a4f96));
    --_color-danger: var(--tk-color-danger, #a4161a);
    --_color-chip: var(--tk-color-chip, #e6eef7);
    --_color-skeleton: var(--tk-color-skeleton, #e3e6ea);
    --_color-backdrop: var(--tk-color-backdrop, rgb(0 0 0 / 0.5));

    --_focus-color: var(--tk-focus-color, #0a4f96);
    --_focus-width: var(--tk-focus-width, 3px);
    --_focus-offset: var(--tk-focus-offset, 2px);

    --_radius: var(--tk-radius, 0.375rem);
    --_radius-large: var(--tk-radius-large, 0.75rem);
    /* A pill by default; a theme that sets --tk-radius (square KERN controls) squares the chips too. */
    --_radius-chip: var(--tk-radius-chip, var(--tk-radius, 999px));
    --_space-xs: var(--tk-space-xs, 0.25rem);
    --_space-s: var(--tk-space-s, 0.5rem);
    --_space-m: var(--tk-space-m, 1rem);
    --_space-l: var(--tk-space-l, 1.5rem);
    --_space-xl: var(--tk-space-xl, 2rem);
    --_target-size: var(--tk-target-size, 44px);
    --_shadow: var(--tk-shadow, 0 1px 3px rgb(0 0 0 / 0.15));
  }
`;
