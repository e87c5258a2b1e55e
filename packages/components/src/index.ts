/**
 * @teilhabe/components: the widget classes without registering any tag.
 * Import `@teilhabe/components/mo-directory/define.js` (or the CDN bundle) to
 * register `<tk-mo-directory>`.
 */
export { TkMoDirectory } from './mo-directory/mo-directory.component.js';
export type { SelectEventDetail, NavigateEventDetail, FilterChangeEventDetail } from './mo-directory/mo-directory.component.js';
export { TkFundingFinder } from './funding-finder/funding-finder.component.js';
export type { FundingSelectEventDetail } from './funding-finder/funding-finder.component.js';
export { createFundingApi, type FundingApi, type FundingTaxonomy } from './funding-finder/funding-api.js';
export { TkRoomBooking } from './room-booking/room-booking.component.js';
export type { BookingCreatedEventDetail, RoomSelectEventDetail } from './room-booking/room-booking.component.js';
export { createRoomBookingApi, type RoomBookingApi, type RoomTaxonomy } from './room-booking/booking-api.js';
export { TkEventCalendar } from './event-calendar/event-calendar.component.js';
export type { CalendarNavigateEventDetail, CalendarSelectEventDetail } from './event-calendar/event-calendar.component.js';
export { createEventCalendarApi, type EventCalendarApi, type CalendarTaxonomy } from './event-calendar/calendar-api.js';
export type { DirectoryApi, DirectoryTaxonomy } from './mo-directory/directory-api.js';
export type { ApiCallOptions } from './shared/api-options.js';
export type { NavigateEventDetail as WidgetNavigateEventDetail } from './shared/widget-events.js';
export { WidgetElement } from './shared/widget-element.js';
export { createDirectoryApi } from './mo-directory/directory-api.js';
export { LocaleController } from './shared/locale-controller.js';
export { FetchController, type FetchStatus } from './shared/fetch-controller.js';
export { safeUrl, mailtoUrl, telUrl } from './shared/safe-url.js';
export { activeUiLocale, allLocales, directionOf, toUiLocale, type UiLocale } from './localization/index.js';
