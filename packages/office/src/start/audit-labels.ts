/** How an audit entry reads on the start page: what kind of record, what happened to it. */
import { msg } from '@lit/localize';
import type { AuditEntry } from '@teilhabe/sdk';

export function recordTypeLabel(type: AuditEntry['recordType']): string {
  switch (type) {
    case 'organization':
      return msg('Organisation', { id: 'start.type.organization' });
    case 'venue':
      return msg('Ort', { id: 'start.type.venue' });
    case 'room':
      return msg('Raum', { id: 'start.type.room' });
    case 'event':
      return msg('Veranstaltung', { id: 'start.type.event' });
    case 'funding-program':
      return msg('Förderprogramm', { id: 'start.type.funding-program' });
    case 'taxonomy':
      return msg('Kategorie', { id: 'start.type.taxonomy' });
    case 'booking':
      return msg('Buchung', { id: 'start.type.booking' });
    case 'staff':
      return msg('Mitarbeiterin oder Mitarbeiter', { id: 'start.type.staff' });
    case 'token':
      return msg('Zugang für ein Programm', { id: 'start.type.token' });
    case 'settings':
      return msg('Einstellungen', { id: 'start.type.settings' });
    case 'session':
      return msg('Anmeldung', { id: 'start.type.session' });
  }
}

/** One line per entry: `Buchung zugesagt`; signing in and out read as what they are. */
export function changeLabel(entry: Pick<AuditEntry, 'recordType' | 'operation'>): string {
  if (entry.recordType === 'session') {
    return entry.operation.startsWith('sign-out') ? msg('Abmeldung', { id: 'start.session.sign-out' }) : msg('Anmeldung', { id: 'start.session.sign-in' });
  }
  return `${recordTypeLabel(entry.recordType)} ${operationLabel(entry.operation)}`;
}

/** The operations the server writes; one it adds later shows as it is stored. */
export function operationLabel(operation: string): string {
  if (operation.startsWith('sign-in')) return msg('angemeldet', { id: 'start.op.sign-in' });
  switch (operation) {
    case 'create':
      return msg('angelegt', { id: 'start.op.create' });
    case 'update':
    case 'put':
      return msg('geändert', { id: 'start.op.update' });
    case 'delete':
      return msg('gelöscht', { id: 'start.op.delete' });
    case 'approve':
      return msg('zugesagt', { id: 'start.op.approve' });
    case 'approve-partly':
      return msg('teilweise zugesagt', { id: 'start.op.approve-partly' });
    case 'decline':
      return msg('abgesagt', { id: 'start.op.decline' });
    case 'cancel':
      return msg('storniert', { id: 'start.op.cancel' });
    case 'revoke':
      return msg('widerrufen', { id: 'start.op.revoke' });
    case 'import':
      return msg('importiert', { id: 'start.op.import' });
    case 'set-password':
      return msg('Passwort gesetzt', { id: 'start.op.set-password' });
    case 'sign-out':
    case 'sign-out-everywhere':
      return msg('abgemeldet', { id: 'start.op.sign-out' });
    default:
      return operation;
  }
}
