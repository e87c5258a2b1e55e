/** What a failed call of the admin screens tells the person: no connection, no right, or try again. */
import { msg } from '@lit/localize';
import type { ErrorMeaning } from '../shared/api-errors.js';

export function failureText(meaning: ErrorMeaning, otherwise: string): string {
  if (meaning.status === 0) return msg('Keine Verbindung zum Server. Prüfen Sie die Internetverbindung und versuchen Sie es noch einmal. Ihre Eingaben bleiben erhalten.', { id: 'staff.offline' });
  if (meaning.status === 401) return msg('Ihre Sitzung ist abgelaufen. Melden Sie sich neu an.', { id: 'staff.session-ended' });
  if (meaning.status === 403) return msg('Dafür brauchen Sie die Rolle Admin.', { id: 'staff.forbidden' });
  return otherwise;
}
