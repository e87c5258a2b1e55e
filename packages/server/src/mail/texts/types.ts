/**
 * The words of the mails to residents. German is the source (plain language,
 * "Sie"); every UI locale of the widgets has the same keys, and each text
 * the same `{placeholders}` as the German one (a test checks both).
 */
export interface ResidentMailTexts {
  greeting: string;
  receipt: {
    subjectRequested: string;
    subjectConfirmed: string;
    requested: string;
    confirmed: string;
    link: string;
  };
  decision: {
    subjectConfirmed: string;
    subjectDeclined: string;
    subjectPartial: string;
    /** Some dates decided, others still open (a series decided date by date). */
    subjectUpdate: string;
    confirmed: string;
    declined: string;
    partial: string;
    update: string;
    reasonHeading: string;
    confirmedDates: string;
    declinedDates: string;
    pendingDates: string;
    changed: string;
    before: string;
    after: string;
    calendarAttached: string;
    searchAgain: string;
    searchAgainNoLink: string;
    manage: string;
  };
  cancellation: { subject: string; body: string };
  reminder: { subject: string; body: string; cancelHint: string };
  facts: { room: string; dates: string; purpose: string; people: string };
  footer: { automatic: string; contact: string };
  calendarName: string;
}
