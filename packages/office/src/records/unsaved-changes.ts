/**
 * Warns before unsaved changes are lost: the browser's own question when the
 * page is closed or reloaded, and a confirmation when an in-app link leaves
 * the form. A reactive controller, so any form can hold one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { router } from '../shell/router.js';

export class UnsavedChangesController implements ReactiveController {
  constructor(
    host: ReactiveControllerHost,
    private readonly isDirty: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeunload', this.onBeforeUnload);
    router.setLeaveGuard(this.mayLeave);
  }

  hostDisconnected(): void {
    removeEventListener('beforeunload', this.onBeforeUnload);
    router.setLeaveGuard(undefined);
  }

  /** The page's `beforeunload` listener: cancelling the event makes the browser ask. */
  readonly onBeforeUnload = (event: Event) => {
    if (this.isDirty()) event.preventDefault();
  };

  private readonly mayLeave = () =>
    !this.isDirty() || confirm(msg('Sie haben Änderungen nicht gespeichert. Wollen Sie die Seite trotzdem verlassen? Die Änderungen gehen dann verloren.', { id: 'records.unsaved.confirm' }));
}
