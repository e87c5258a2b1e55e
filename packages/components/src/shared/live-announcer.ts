import type { ReactiveControllerHost } from 'lit';

/**
 * The text of a widget's one polite live region. Screen readers announce a
 * change of text only, so saying the same message again (the same result
 * count after a new search) alternates a trailing no-break space.
 */
export class LiveAnnouncer {
  message = '';

  constructor(private readonly host: ReactiveControllerHost) {
  }

  announce(text: string): void {
    this.message = this.message === text ? `${text}\u00a0` : text;
    this.host.requestUpdate();
  }
}
