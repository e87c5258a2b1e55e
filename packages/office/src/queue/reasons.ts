import { msg } from '@lit/localize';

/**
 * Standard reasons to decline, written for the resident (the mail and the
 * booking page show them). Picking one fills the text, which stays editable.
 */
export function standardReasons(): Array<{ id: string; label: string; text: string }> {
  return [
    {
      id: 'taken',
      label: msg('Der Raum ist schon vergeben', { id: 'reason.taken.label' }),
      text: msg('Der Raum ist zu dieser Zeit leider schon vergeben. Fragen Sie gern einen anderen Termin oder einen anderen Raum an.', { id: 'reason.taken.text' }),
    },
    {
      id: 'closed',
      label: msg('Das Haus ist geschlossen', { id: 'reason.closed.label' }),
      text: msg('Das Haus ist an diesem Tag geschlossen. Fragen Sie gern einen anderen Tag an.', { id: 'reason.closed.text' }),
    },
    {
      id: 'purpose',
      label: msg('Der Zweck passt nicht zum Raum', { id: 'reason.purpose.label' }),
      text: msg('Für diesen Zweck können wir den Raum nicht vergeben. Rufen Sie uns an, dann suchen wir gemeinsam einen passenden Raum.', { id: 'reason.purpose.text' }),
    },
    {
      id: 'size',
      label: msg('Zu viele Personen für den Raum', { id: 'reason.size.label' }),
      text: msg('Für so viele Personen ist der Raum zu klein. Fragen Sie gern einen größeren Raum an.', { id: 'reason.size.text' }),
    },
  ];
}
