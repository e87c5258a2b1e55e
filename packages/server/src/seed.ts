/**
 * Loads a dataset (the `musterkreis` demo, or a generated one for benchmarks)
 * through the same validation and save functions the write API uses.
 */
import { randomUUID } from 'node:crypto';
import {
  EventInput,
  FundingProgramInput,
  OrganizationInput,
  RoomInput,
  TAXONOMY_NAMES,
  VenueInput,
  type EventInput as EventInputType,
  type FundingProgramInput as FundingProgramInputType,
  type Locale,
  type OrganizationInput as OrganizationInputType,
  type RoomInput as RoomInputType,
  type TaxonomyName,
  type TaxonomyTermInput,
  type VenueInput as VenueInputType,
} from '@teilhabe/contract';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './db/schema.js';
import { inTransaction } from './db/transaction.js';
import { hashSecret, newSecret } from './http/auth.js';
import { insertBooking } from './resources/bookings/repository.js';
import { saveEvent } from './resources/events/repository.js';
import { saveFundingProgram } from './resources/funding/repository.js';
import { saveOrganization } from './resources/organizations/repository.js';
import type { RoomDoc } from './resources/rooms/mapping.js';
import { saveRoom, saveVenue } from './resources/rooms/repository.js';
import { replaceTerms } from './resources/taxonomies/repository.js';

export interface TenantSeed {
  id: string;
  name: string;
  defaultLocale: Locale;
  locales: readonly Locale[];
  timeZone: string;
  corsOrigins: readonly string[];
  officeEmail?: string;
}

export interface Dataset {
  tenant: TenantSeed;
  taxonomies: Record<TaxonomyName, TaxonomyTermInput[]>;
  organizations: OrganizationInputType[];
  venues: VenueInputType[];
  rooms: RoomInputType[];
  events: EventInputType[];
  bookings: Array<{ roomId: string; start: string; end: string; purpose: string }>;
  fundingPrograms: FundingProgramInputType[];
}

export async function tenantExists(db: Kysely<DatabaseSchema>, id: string) {
  return Boolean(await db.selectFrom('tenants').select('id').where('id', '=', id).executeTakeFirst());
}

/**
 * Writes the whole dataset in one transaction (much faster on an embedded
 * database than one commit per record); an existing tenant of the same id is replaced.
 */
export function seedDataset(db: Kysely<DatabaseSchema>, dataset: Dataset): Promise<void> {
  return inTransaction(db, (trx) => writeDataset(trx, dataset));
}

async function writeDataset(db: Kysely<DatabaseSchema>, dataset: Dataset): Promise<void> {
  const { tenant } = dataset;
  await db.deleteFrom('booking_slots').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('bookings').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('rooms').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('venues').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('organization_memberships').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('idempotency_keys').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('organizations').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('events').where('tenant_id', '=', tenant.id).execute();
  await db.deleteFrom('funding_programs').where('tenant_id', '=', tenant.id).execute();
  // The tenant row stays, so its staff, tokens and audit trail survive a reload of the data.
  const settings = {
    name: tenant.name,
    default_locale: tenant.defaultLocale,
    locales: [...tenant.locales],
    time_zone: tenant.timeZone,
    cors_origins: [...tenant.corsOrigins],
    office_email: tenant.officeEmail ?? null,
  };
  await db
    .insertInto('tenants')
    .values({ id: tenant.id, ...settings })
    .onConflict((oc) => oc.column('id').doUpdateSet(settings))
    .execute();

  for (const name of TAXONOMY_NAMES) await replaceTerms(db, tenant.id, name, dataset.taxonomies[name] ?? []);

  // Umbrellas must exist before members point at them: save everyone first
  // without memberships, then once more with them.
  const organizations = dataset.organizations.map((input) => OrganizationInput.parse(input));
  for (const record of organizations) await saveOrganization(db, tenant.id, { ...record, umbrellaIds: [] });
  for (const record of organizations.filter((r) => r.umbrellaIds.length)) await saveOrganization(db, tenant.id, record);

  for (const venue of dataset.venues) await saveVenue(db, tenant.id, VenueInput.parse(venue));
  const rooms = new Map<string, RoomDoc>();
  for (const input of dataset.rooms) {
    const record = RoomInput.parse(input);
    await saveRoom(db, tenant.id, record);
    rooms.set(record.id, record);
  }
  for (const event of dataset.events) await saveEvent(db, tenant.id, EventInput.parse(event));
  for (const program of dataset.fundingPrograms) await saveFundingProgram(db, tenant.id, FundingProgramInput.parse(program));

  for (const booking of dataset.bookings) {
    const room = rooms.get(booking.roomId);
    if (!room) throw new Error(`demo booking refers to unknown room ${booking.roomId}`);
    await insertBooking(db, {
      id: randomUUID(),
      tenantId: tenant.id,
      roomId: booking.roomId,
      status: 'confirmed',
      occurrences: [{ start: new Date(booking.start), end: new Date(booking.end) }],
      bufferMinutes: room.bookingPolicy.bufferMinutes,
      doc: {
        recurrence: null,
        excludeDates: [],
        purpose: booking.purpose,
        expectedAttendees: 1,
        requester: { name: 'Integrationsbüro (Demo)', email: 'integration@example.org' },
        isPublic: false,
        feeEurPerHour: null,
      },
      manageTokenHash: hashSecret(newSecret('bk')),
    });
  }
}
