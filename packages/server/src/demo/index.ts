/**
 * Demo data of the fictional district `musterkreis` (Landkreis Musterkreis):
 * taxonomies, organisations, rooms, events, bookings and funding programmes,
 * all as input records of the contract's zod schemas.
 */
import type { EventInput, FundingProgramInput, OrganizationInput, RoomInput, TaxonomyName, TaxonomyTermInput, VenueInput } from '@teilhabe/contract';
import { type DemoBooking, demoBookings, demoEvents } from './events.js';
import { demoFundingPrograms } from './funding.js';
import { demoOrganizations } from './organizations.js';
import { demoRooms, demoVenues } from './rooms.js';
import { demoTaxonomies } from './taxonomies.js';
import { type DemoTenant, demoTenant } from './tenant.js';

export { demoTenant, type DemoTenant } from './tenant.js';
export { demoTaxonomies, taxonomyCodes } from './taxonomies.js';
export { demoOrganizations, UMBRELLA_NETWORK, UMBRELLA_FORUM } from './organizations.js';
export { demoVenues, demoRooms, isRoomClosed, roomHoursOn } from './rooms.js';
export { demoEvents, demoBookings, OFFICE, type DemoBooking } from './events.js';
export { demoFundingPrograms } from './funding.js';
export { generateScaledDataset, type ScaleOptions } from './generate.js';
export { AREAS, AREA_CODES, type AreaCode } from './places.js';
export { expandRule, localIso, berlinDay, TIME_ZONE } from './time.js';

/** Everything a server needs to seed one tenant. */
export interface DemoDataset {
  tenant: DemoTenant;
  taxonomies: Record<TaxonomyName, TaxonomyTermInput[]>;
  organizations: OrganizationInput[];
  venues: VenueInput[];
  rooms: RoomInput[];
  events: EventInput[];
  bookings: DemoBooking[];
  fundingPrograms: FundingProgramInput[];
}

/** The demo data set; events and bookings are placed relative to `today`. */
export function demoDataset(today: Date = new Date()): DemoDataset {
  return {
    tenant: demoTenant,
    taxonomies: demoTaxonomies,
    organizations: demoOrganizations,
    venues: demoVenues,
    rooms: demoRooms,
    events: demoEvents(today),
    bookings: demoBookings(today),
    fundingPrograms: demoFundingPrograms,
  };
}
