/**
 * @teilhabe/react: the four Teilhabe-Kit widgets as React components.
 * Importing this module registers the `tk-*` tags (it imports each widget's
 * define module); props reach the elements as properties, the widgets'
 * `tk-*` events reach `on…` callbacks with a typed `CustomEvent`.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import {
  TkEventCalendar,
  TkFundingFinder,
  TkMoDirectory,
  TkRoomBooking,
  type BookingCreatedEventDetail,
  type CalendarNavigateEventDetail,
  type CalendarSelectEventDetail,
  type FilterChangeEventDetail,
  type FundingSelectEventDetail,
  type NavigateEventDetail,
  type RoomSelectEventDetail,
  type SelectEventDetail,
} from '@teilhabe/components';
import '@teilhabe/components/mo-directory/define.js';
import '@teilhabe/components/funding-finder/define.js';
import '@teilhabe/components/room-booking/define.js';
import '@teilhabe/components/event-calendar/define.js';

/** Detail of the calendar's `tk-filter-change`: the search and the filters now applied. */
export interface CalendarFilterChangeEventDetail {
  q: string;
  filters: Record<string, string[]>;
}

const event = <Detail>(name: string) => name as EventName<CustomEvent<Detail>>;

export const MoDirectory = createComponent({
  react: React,
  tagName: 'tk-mo-directory',
  elementClass: TkMoDirectory,
  events: {
    onTkSelect: event<SelectEventDetail>('tk-select'),
    onTkNavigate: event<NavigateEventDetail>('tk-navigate'),
    onTkFilterChange: event<FilterChangeEventDetail>('tk-filter-change'),
  },
  displayName: 'MoDirectory',
});

export const FundingFinder = createComponent({
  react: React,
  tagName: 'tk-funding-finder',
  elementClass: TkFundingFinder,
  events: {
    onTkSelect: event<FundingSelectEventDetail>('tk-select'),
  },
  displayName: 'FundingFinder',
});

export const RoomBooking = createComponent({
  react: React,
  tagName: 'tk-room-booking',
  elementClass: TkRoomBooking,
  events: {
    onTkRoomSelect: event<RoomSelectEventDetail>('tk-room-select'),
    onTkBookingCreated: event<BookingCreatedEventDetail>('tk-booking-created'),
  },
  displayName: 'RoomBooking',
});

export const EventCalendar = createComponent({
  react: React,
  tagName: 'tk-event-calendar',
  elementClass: TkEventCalendar,
  events: {
    onTkSelect: event<CalendarSelectEventDetail>('tk-select'),
    onTkNavigate: event<CalendarNavigateEventDetail>('tk-navigate'),
    onTkFilterChange: event<CalendarFilterChangeEventDetail>('tk-filter-change'),
  },
  displayName: 'EventCalendar',
});

export type {
  BookingCreatedEventDetail,
  CalendarNavigateEventDetail,
  CalendarSelectEventDetail,
  FilterChangeEventDetail,
  FundingSelectEventDetail,
  NavigateEventDetail,
  RoomSelectEventDetail,
  SelectEventDetail,
};
