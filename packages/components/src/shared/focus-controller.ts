import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Target = string | (() => HTMLElement | null | undefined);

/**
 * Moves keyboard focus once the next render has put the target in place: a
 * heading after a step, the first new card after "show more", a field after
 * an error. A later request replaces an earlier one. A target missing after
 * the render is dropped, unless asked `untilFound` (content still loading).
 */
export class FocusController implements ReactiveController {
  private pending: Target | undefined;
  private untilFound = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode }) {
    host.addController(this);
  }

  /** Focuses `target` (a selector inside the widget, or a finder) after the next render. */
  request(target: Target, { untilFound = false } = {}): void {
    this.pending = target;
    this.untilFound = untilFound;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending;
    if (!target) return;
    const element = typeof target === 'string' ? this.host.renderRoot.querySelector<HTMLElement>(target) : target();
    if (!element && this.untilFound) return;
    this.pending = undefined;
    element?.focus();
  }
}
