/**
 * How a series of dates is expanded, and the zone arithmetic under it, for the
 * office's recurrence editor: its preview of the next dates and its check of a
 * rule must be the server's own, not a second reading of RFC 5545.
 */
export { occurrencesBetween, validateSchedule, RecurrenceError, type Occurrence, type Schedule } from '../resources/events/recurrence.js';
export { localDateOf, localTimeOf, toZonedIso, zonedInstant } from '../time/zoned.js';
