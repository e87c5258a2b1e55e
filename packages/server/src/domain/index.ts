/**
 * `@teilhabe/server/domain`: the rules the reference server applies that
 * other parts of the project must apply the same way (the msw mocks behind
 * Storybook and the browser tests): funding matching, its reasons and
 * deadlines and the order of its pages, the time-of-day filter of events, and the expansion of a series
 * of dates (the office's recurrence editor). Pure functions, no
 * database, no HTTP.
 */
export * from './funding-deadlines.js';
export * from './funding-matching.js';
export * from './funding-reasons.js';
export * from './time-of-day.js';
export * from './recurrence.js';
export * from './funding-ranking.js';
