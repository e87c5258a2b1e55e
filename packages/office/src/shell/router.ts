/**
 * The app's routes as paths under its base (`/office/`): `` (start),
 * `bookings`, `bookings/<id>`, `set-password`, the same paths the server's
 * mails link to. `memory` mode keeps the route out of the address bar (tests
 * and Storybook, where the page is not the app's).
 */
export type RoutingMode = 'path' | 'memory';

type Listener = (route: string) => void;

class Router {
  private mode: RoutingMode = 'path';
  private base = '/office/';
  private memoryRoute = '';
  private readonly listeners = new Set<Listener>();
  private leaveGuard: (() => boolean) | undefined;

  configure(mode: RoutingMode, base: string): void {
    this.mode = mode;
    this.base = base.endsWith('/') ? base : `${base}/`;
    this.memoryRoute = '';
  }

  /** The current route, without the base and without slashes at either end. */
  get route(): string {
    if (this.mode === 'memory') return this.memoryRoute;
    const { pathname } = location;
    return pathname.startsWith(this.base) ? pathname.slice(this.base.length).replace(/\/+$/, '') : '';
  }

  /** The link target of a route; a real URL, so "open in new tab" works. */
  href(route: string): string {
    return `${this.base}${route}${location.search}`;
  }

  /** A screen with unsaved changes asks before the app leaves it; the guard returns false to stay. */
  setLeaveGuard(guard: (() => boolean) | undefined): void {
    this.leaveGuard = guard;
  }

  go(route: string): void {
    if (this.leaveGuard && !this.leaveGuard()) return;
    if (this.mode === 'memory') this.memoryRoute = route;
    else history.pushState(null, '', this.href(route));
    this.notify();
  }

  /** Back and forward buttons. */
  handlePopState = (): void => this.notify();

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify() {
    for (const listener of this.listeners) listener(this.route);
  }
}

export const router = new Router();

/** A click handler for an in-app link: plain clicks route in place, modified clicks open as usual. */
export function navigate(route: string) {
  return (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    router.go(route);
  };
}
