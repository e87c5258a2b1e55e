/**
 * @teilhabe/mocks: msw handlers and fixtures that speak the Teilhabe-Kit data
 * API (typed from the same OpenAPI document as the SDK), for Storybook and the
 * browser tests. One handler module per resource.
 */
export { scenarios, largeDirectory, type ScenarioName } from './scenarios.js';
export { organizationHandlers, searchOrganizations } from './handlers/organizations.js';
export { taxonomyHandlers } from './handlers/taxonomies.js';
export { problem, requestLocale } from './handlers/common.js';
export {
  organizationFixtures,
  hostileOrganization,
  toOrganization,
  toSummary,
  type OrganizationFixture,
} from './fixtures/organizations.js';
export { generateOrganizations } from './fixtures/generate.js';
export { taxonomyFixtures, taxonomyTerms } from './fixtures/taxonomies.js';
export { TranslationReader, type LocalizedText } from './fixtures/localized.js';
export { fundingHandlers, fundingScenarios, fundingTaxonomyHandlers, matchFunding, searchFunding } from './handlers/funding.js';
export { fundingFixtures, toFundingProgram, toFundingSummary, type FundingFixture } from './fixtures/funding.js';
export { fundingTaxonomyFixtures, fundingTaxonomyTerms } from './fixtures/funding-taxonomies.js';
export { eventHandlers, eventScenarios, largeCalendar, type EventScenarioName } from './handlers/events.js';
export { eventFixtures, eventFormatFixtures, generateEventFixtures, hostileEventFixture, berlinIso, type EventFixture } from './fixtures/events.js';
export { roomHandlers, roomTaxonomyHandlers, mockBusyOn, type RoomHandlerOptions } from './handlers/rooms.js';
export { bookingHandlers, bookingLog, roomScenarios, type BookingMode } from './handlers/bookings.js';
export { roomFixtures, roomTaxonomyFixtures, toRoom, toRoomSummary, type RoomFixture } from './fixtures/rooms.js';
export {
  officeHandlers,
  queueFixtures,
  decisionLog,
  MOCK_TOTP_CODE,
  MOCK_PASSKEY_ID,
  MOCK_RECOVERY_CODE,
  MOCK_SESSION_SECRET,
  USED_LINK_TOKEN,
  type OfficeHandlerOptions,
  type SignInMode,
  type QueueMode,
} from './handlers/office.js';
export { officeRecordHandlers, recordWriteLog, storedOrganizationFixtures, type OfficeRecordsOptions } from './handlers/office-records.js';
export { officePlaceHandlers, storedPlaceFixtures } from './handlers/office-places.js';
export { officeEventSourceHandlers, eventSourceFixtures, eventSourceLog, type OfficeEventSourcesOptions } from './handlers/office-event-sources.js';
export { officeTaxonomyHandlers, storedTermFixtures, taxonomyWriteLog, type OfficeTaxonomiesOptions } from './handlers/office-taxonomies.js';
export { auditFixtures, failedMailFixtures, outboxRetryLog, type OfficeStartOptions } from './handlers/office-start.js';
export { reviewQueueFixtures, reviewDecisionLog } from './handlers/office-review.js';
export { importRequestLog, type ImportRequestLogEntry } from './handlers/office-import.js';
export { staffFixtures, tokenFixtures, peopleLog, MOCK_TOKEN_SECRET, MOCK_TOTP_SECRET, type OfficePeopleOptions } from './handlers/office-people.js';
