import type { ResidentMailTexts } from './types.js';

export const en: ResidentMailTexts = {
  greeting: 'Hello {name},',
  receipt: {
    subjectRequested: 'We have received your room request: {room}',
    subjectConfirmed: 'Your booking: {room}',
    requested: '{municipality} has received your request for the room {room}. The office is checking it. You will get an e-mail as soon as it has decided.',
    confirmed: 'The room {room} is booked for you. The dates are attached as a calendar file.',
    link: 'With this link you can see your request and cancel it. Keep this e-mail and do not pass the link on:',
  },
  decision: {
    subjectConfirmed: 'Your room request is approved: {room}',
    subjectDeclined: 'Your room request is declined: {room}',
    subjectPartial: 'Your room request is partly approved: {room}',
    subjectUpdate: 'News about your room request: {room}',
    confirmed: '{municipality} has approved your request. The room {room} is booked for you.',
    declined: '{municipality} cannot give you the room {room} at this time.',
    partial: '{municipality} has approved some of your dates. The office cannot give you the other dates.',
    update: '{municipality} has decided on some of your dates. The office is still deciding on the other dates.',
    reasonHeading: 'The office’s reason:',
    confirmedDates: 'Booked dates',
    declinedDates: 'Declined dates',
    pendingDates: 'The office is still checking these dates',
    changed: 'The office changed your request before approving it:',
    before: 'Requested',
    after: 'Now booked',
    calendarAttached: 'The booked dates are attached as a calendar file.',
    searchAgain: 'You can find another room or another time here:',
    searchAgainNoLink: 'You can find another room or another time on the website of {municipality}.',
    manage: 'To see or cancel your request, use the link in the first e-mail, the confirmation of receipt.',
  },
  cancellation: {
    subject: 'Cancelled: {room}',
    body: 'Your booking of the room {room} is cancelled. Others can use the room now.',
  },
  reminder: {
    subject: 'Reminder: tomorrow in the room {room}',
    body: 'Tomorrow you have booked the room {room}.',
    cancelHint: 'If you no longer need the room, cancel the booking with the link in the confirmation of receipt.',
  },
  facts: { room: 'Room', dates: 'Dates', purpose: 'Purpose', people: 'Expected people' },
  footer: {
    automatic: 'This e-mail was sent automatically. If you have questions, reply to this e-mail or contact:',
    contact: 'Contact',
  },
  calendarName: 'Room booking',
};
