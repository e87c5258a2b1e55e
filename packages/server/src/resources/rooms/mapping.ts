/** Stored rooms and venues → what the public API shows, in one locale. */
import type { Address, Locale, Room, RoomRecord, RoomSummary } from '@teilhabe/contract';
import { Localizer, type LocalizedText } from '../../i18n/localizer.js';

export interface VenueDoc {
  name: string;
  address: Address;
  accessibilityNote: LocalizedText | null;
}

export interface RoomRow {
  id: string;
  venue_id: string;
  doc: unknown;
  venue_doc: unknown;
}

export type RoomDoc = Omit<RoomRecord, 'id' | 'venueId'>;

function summaryFields(row: RoomRow, localizer: Localizer) {
  const doc = row.doc as RoomDoc;
  const venue = row.venue_doc as VenueDoc;
  return {
    id: row.id,
    name: doc.name,
    venue: {
      id: row.venue_id,
      name: venue.name,
      address: venue.address,
      accessibilityNote: localizer.optionalText('venue.accessibilityNote', venue.accessibilityNote),
    },
    capacity: doc.capacity,
    sizeSqm: doc.sizeSqm,
    equipment: doc.equipment,
    accessibility: doc.accessibility,
    fees: doc.fees,
    bookingPolicy: doc.bookingPolicy,
  };
}

export function toRoomSummary(row: RoomRow, locale: Locale, defaultLocale: Locale): RoomSummary {
  const localizer = new Localizer(locale, defaultLocale, (row.doc as RoomDoc).machineTranslated);
  return { ...summaryFields(row, localizer), translation: localizer.translation() };
}

export function toRoom(row: RoomRow, locale: Locale, defaultLocale: Locale): Room {
  const doc = row.doc as RoomDoc;
  const localizer = new Localizer(locale, defaultLocale, doc.machineTranslated);
  return {
    ...summaryFields(row, localizer),
    description: localizer.text('description', doc.description),
    openingHours: doc.openingHours,
    closures: doc.closures.map((closure, index) => ({
      from: closure.from,
      to: closure.to,
      reason: localizer.optionalText(`closures.${index}.reason`, closure.reason),
    })),
    houseRules: localizer.text('houseRules', doc.houseRules),
    contactOffice: doc.contactOffice,
    photos: doc.photos.map((photo, index) => ({ url: photo.url, alt: localizer.text(`photos.${index}.alt`, photo.alt) })),
    translation: localizer.translation(),
  };
}

/** EUR per hour for an applicant kind: the first fee rule naming it, else the standard fee. */
export function feeFor(doc: Pick<RoomDoc, 'fees'>, applicantKind: string | undefined): number {
  const rule = applicantKind ? doc.fees.rules.find((r) => r.applicantKinds.includes(applicantKind)) : undefined;
  return rule ? rule.eurPerHour : doc.fees.standardEurPerHour;
}
