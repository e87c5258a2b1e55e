import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the widget itself (not the viewport) is narrower than `threshold`
 * CSS px, for layouts that need different markup, not only different CSS
 * (a week grid that becomes a day list). A 300 px sidebar on a wide screen
 * counts as narrow.
 */
export class NarrowController implements ReactiveController {
  narrow = false;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly threshold: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer = new ResizeObserver((entries) => {
      const width = entries[0]?.contentRect.width ?? 0;
      // A layout switch changes the height and maybe the scroll bar; deciding in the next frame keeps the observer out of a loop.
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        const narrow = width > 0 && width < this.threshold;
        if (narrow === this.narrow) return;
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
