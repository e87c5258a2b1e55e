/**
 * The few stable pieces the office app takes from the widgets: the `--tk-*`
 * tokens, the base styles and the `Intl` helpers. They are imported from the
 * components' sources (never copied), all through this one module, so a move
 * inside `packages/components/src/shared/` changes one line here.
 *
 * Nothing that uses `msg()` or configures @lit/localize is imported: the
 * office has its own messages and its own localization.
 */
export { tokens } from '../../../components/src/theme/tokens.styles.js';
export { baseStyles } from '../../../components/src/shared/base.styles.js';
export { formatDate, formatNumber, formatList } from '../../../components/src/shared/format.js';
